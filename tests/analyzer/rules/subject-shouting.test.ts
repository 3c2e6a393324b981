import { expect, it } from 'vitest';
import { findingsOf, ruleCases } from './rule-tester';

const BODY = 'Hi Daniel,\n\nYour vans pass three depots a week. Shall we book a review visit?\n\nBest,\nGary';
const BODY_NL = 'Beste Jan,\n\nUw busjes rijden langs drie depots per week. Zullen we een bezoek plannen?\n\nGroet,\nPieter';
const en = (subject: string) => ({ subject });
const nl = (subject: string) => ({ subject, lang: 'nl' as const });

// Subject findings have no place in the body: their span is empty at offset 0 (excerpt '').
ruleCases('subject/shouting', {
  valid: [
    // English
    { name: 'a plain subject', text: BODY, options: en('Fleet risk review for your drivers') },
    { name: 'one acronym', text: BODY, options: en('OEE figures from the packaging line pilot') },
    { name: 'several acronyms (rules.md: ROI, CEO, SaaS, KPI, B2B)', text: BODY, options: en('ROI of SaaS for your CEO: KPI and B2B notes') },
    { name: 'one word in capitals is not enough', text: BODY, options: en('NEW: a stand you build yourself') },
    { name: 'a single "!"', text: BODY, options: en('Congratulations on the new depot!') },
    { name: 'codes with digits are acronyms', text: BODY, options: en('Q3 plan for the ISO27001 audit and GDPR') },
    { name: '"freedom" is not "free"', text: BODY, options: en('Freedom to route vans your way') },
    { name: '"free" inside another word is no trigger', text: BODY, options: en('A carefree renewal for your fleet') },
    { name: 'only for emails', text: BODY, options: { kind: 'message', subject: 'FREE URGENT OFFER!!' } },
    // Dutch
    { name: 'een gewoon onderwerp', text: BODY_NL, options: nl('Planning voor de renovatie van De Linde') },
    { name: 'één afkorting', text: BODY_NL, options: nl('Uw KPI-rapportage in het nieuwe jaar') },
    { name: 'Nederlandse afkortingen: MKB, ZZP, BTW, AVG', text: BODY_NL, options: nl('MKB en ZZP: BTW en AVG op één rij') },
    { name: 'één woord in hoofdletters is niet genoeg', text: BODY_NL, options: nl('NIEUW: een beursstand die u zelf opbouwt') },
    { name: 'één uitroepteken', text: BODY_NL, options: nl('Gefeliciteerd met het nieuwe depot!') },
    { name: '"gratis" binnen een ander woord telt niet', text: BODY_NL, options: nl('Gratisverhaal van onze klanten') },
    { name: 'een antwoordonderwerp met afkorting', text: BODY_NL, options: nl('Re: koppeling met het ECD') },
    { name: '"Antw:" en "RE:" zijn geen hoofdletterwoorden', text: BODY_NL, options: nl('Antw: RE: Planning voor de renovatie') },
    { name: 'een onderwerp met "je" en een vraagteken', text: BODY_NL, options: nl('Je depotplanning voor de zomer?') },
  ],
  invalid: [
    // English
    { name: 'a spam trigger: FREE', text: BODY, options: en('FREE fleet risk review for your drivers'), excerpts: [''] },
    { name: 'two words in capitals and a trigger', text: BODY, options: en('URGENT: interim HR manager available NOW'), excerpts: [''] },
    { name: '"!!" at the end', text: BODY, options: en('Your stand at the Hannover fair!!'), excerpts: [''] },
    { name: 'two capitalised non-acronyms', text: BODY, options: en('BIG SAVINGS on fleet cover'), excerpts: [''] },
    { name: '"free" in lower case', text: BODY, options: en('A free review of your fleet risk'), excerpts: [''] },
    { name: 'act now', text: BODY, options: en('Act now on your fleet renewal'), excerpts: [''] },
    { name: '100% guaranteed', text: BODY, options: en('Lower premiums, 100% guaranteed'), excerpts: [''] },
    { name: '$$$', text: BODY, options: en('Save $$$ on fleet cover'), excerpts: [''] },
    // Dutch
    { name: 'spamwoord GRATIS', text: BODY_NL, options: nl('GRATIS verzuimscan voor uw team'), excerpts: [''] },
    { name: 'twee woorden in hoofdletters en DRINGEND', text: BODY_NL, options: nl('DRINGEND: LAATSTE plekken op onze lasrobot demodag'), excerpts: [''] },
    { name: '"!!" aan het eind', text: BODY_NL, options: nl('Kandidaat voor uw vacature projectleider!!'), excerpts: [''] },
    { name: 'twee woorden in hoofdletters', text: BODY_NL, options: nl('GROTE KORTING op uw wagenparkverzekering'), excerpts: [''] },
    { name: 'nu in actie', text: BODY_NL, options: nl('Kom nu in actie voor uw verzekering'), excerpts: [''] },
    { name: 'dringend in kleine letters', text: BODY_NL, options: nl('Een dringend verzoek over uw wagenpark'), excerpts: [''] },
    { name: 'gratis in kleine letters', text: BODY_NL, options: nl('Een gratis scan van uw wagenpark'), excerpts: [''] },
    { name: 'klik hier', text: BODY_NL, options: nl('Klik hier voor uw offerte'), excerpts: [''] },
    { name: '"Antw:" verbergt geen spamwoord', text: BODY_NL, options: nl('Antw: Gratis proefrit met de nieuwe bus'), excerpts: [''] },
    { name: 'twee woorden in hoofdletters na "Re:"', text: BODY_NL, options: nl('Re: LAATSTE KANS voor uw wagenpark'), excerpts: [''] },
  ],
});

it('proposes a calmer subject without the trigger, the capitals and the "!!"', () => {
  const calmer = (subject: string, lang: 'en' | 'nl' = 'en') =>
    findingsOf('subject/shouting', lang === 'en' ? BODY : BODY_NL, { subject, lang })[0]?.suggestions[0]?.replacement;
  expect(calmer('FREE fleet risk review for your drivers')).toBe('Fleet risk review for your drivers');
  expect(calmer('URGENT: interim HR manager available NOW')).toBe('Interim HR manager available now');
  expect(calmer('Your stand at the Hannover fair!!')).toBe('Your stand at the Hannover fair');
  expect(calmer('DRINGEND: LAATSTE plekken op onze lasrobot demodag', 'nl')).toBe('Laatste plekken op onze lasrobot demodag');
  expect(calmer('GRATIS verzuimscan voor uw team', 'nl')).toBe('Verzuimscan voor uw team');
});

it('names what shouts, in the draft’s language', () => {
  const [finding] = findingsOf('subject/shouting', BODY_NL, nl('DRINGEND: LAATSTE plekken'));
  expect(finding?.message).toContain('DRINGEND, LAATSTE');
  expect(finding?.message).toMatch(/spamwoord/);
  expect(finding).toMatchObject({ start: 0, end: 0, severity: 'warning' });
});
