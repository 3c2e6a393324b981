import { expect, it } from 'vitest';
import { findingsOf, ruleCases } from './rule-tester';

const BODY = 'Hi Martin,\n\nYour garden centres take on sixty extra staff each spring. Worth a call?\n\nThanks,\nRachel';
const BODY_NL = 'Beste Jan,\n\nUw tuincentra nemen elk voorjaar zestig extra mensen aan. Zullen we bellen?\n\nGroet,\nPieter';
const BODY_NL_JE = 'Hoi Sanne,\n\nJe team groeit dit jaar naar veertig mensen. Zal ik je ons inwerkschema sturen?\n\nGroetjes,\nMark';
const nl = (subject: string) => ({ subject, lang: 'nl' as const });

ruleCases('subject/length', {
  valid: [
    { name: 'three words', text: BODY, options: { subject: 'Seasonal payroll setup' } },
    { name: 'exactly eight words', text: BODY, options: { subject: 'A second source for your aluminium pump housings' } },
    { name: '"Re:" and "Fwd:" prefixes do not count', text: BODY, options: { subject: 'Re: Fwd: Re: A second source for your aluminium pump housings' } },
    { name: 'dashes and ampersands are not words', text: BODY, options: { subject: 'Payroll — contracts & payslips — for spring staff' } },
    { name: 'no subject given', text: BODY },
    { name: 'only for emails', text: BODY, options: { kind: 'message', subject: 'Quick question about how your team handles payroll for seasonal staff' } },
    { name: 'acht woorden', text: BODY_NL, options: { subject: 'Een zomerfeest voor jullie team aan het water', lang: 'nl' } },
    { name: '"Antw:" telt niet mee', text: BODY_NL, options: { subject: 'Antw: Een zomerfeest voor jullie team aan het water', lang: 'nl' } },
    { name: 'four words with a question mark', text: BODY, options: { subject: 'Spring staff this year?' } },
    { name: 'a hyphenated word counts once (eight words)', text: BODY, options: { subject: 'Your seasonal-staff payroll, set up in one afternoon' } },
    { name: '"FW:" and "RE:" in capitals do not count', text: BODY, options: { subject: 'FW: RE: A second source for your aluminium pump housings' } },
    { name: 'a subject of one word', text: BODY, options: { subject: 'Payroll' } },
    { name: 'een onderwerp van drie woorden', text: BODY_NL, options: nl('Seizoenskrachten dit voorjaar') },
    { name: 'een lange samenstelling is één woord', text: BODY_NL, options: nl('Seizoenskrachtenloonadministratie') },
    { name: 'acht woorden met "je"', text: BODY_NL_JE, options: nl('Je inwerkschema voor veertig mensen in één keer') },
    { name: '"Re:" en "Antw:" samen tellen niet mee', text: BODY_NL_JE, options: nl('Re: Antw: Je inwerkschema voor veertig mensen in één keer') },
    { name: '"Doorst:" telt niet mee', text: BODY_NL, options: nl('Doorst: Een zomerfeest voor jullie team aan het water') },
    { name: 'streepjes en ampersands zijn geen woorden', text: BODY_NL, options: nl('Loon — contracten & loonstroken — voor seizoenskrachten') },
    { name: 'alleen voor e-mails: een bericht met een lang onderwerp', text: BODY_NL_JE, options: { ...nl('Een snelle vraag over hoe jullie de loonadministratie voor seizoenskrachten regelen'), kind: 'message' } },
  ],
  invalid: [
    { name: 'nine words', text: BODY, options: { subject: 'A second source for your aluminium pump housings in Brno' }, excerpts: [''] },
    { name: 'eleven words with a filler opening', text: BODY, options: { subject: 'Quick question about how your team handles payroll for seasonal staff' }, excerpts: [''] },
    { name: 'a long reply subject', text: BODY, options: { subject: 'Re: Following up on the prefab bathroom pods for the Harbour View scheme' }, excerpts: [''] },
    { name: 'elf woorden', text: BODY_NL, options: { subject: 'Uw verzekering voor bedrijfsaansprakelijkheid en de nieuwe eisen van uw opdrachtgevers', lang: 'nl' }, excerpts: [''] },
    { name: 'dertien woorden', text: BODY_NL, options: { subject: 'Je vraag over de dekking van de bus bij schade in het buitenland', lang: 'nl' }, excerpts: [''] },
    { name: 'nine words after a "Fwd:" prefix', text: BODY, options: { subject: 'Fwd: A second source for your aluminium pump housings in Brno' }, excerpts: [''] },
    { name: 'ten words with digits', text: BODY, options: { subject: 'Your 60 spring staff on payroll in 2 days flat' }, excerpts: [''] },
    { name: 'a long subject on a reply thread', text: BODY, options: { subject: 'Re: The payroll numbers for your sixty spring staff in the garden centres', thread: 'reply' }, excerpts: [''] },
    { name: 'negen woorden', text: BODY_NL, options: nl('Een zomerfeest voor jullie hele team aan het water'), excerpts: [''] },
    { name: 'negen woorden na "Antw:"', text: BODY_NL, options: nl('Antw: Een zomerfeest voor jullie hele team aan het water'), excerpts: [''] },
    { name: 'een lang onderwerp met "je"', text: BODY_NL_JE, options: nl('Een korte vraag over hoe je veertig nieuwe mensen dit jaar inwerkt'), excerpts: [''] },
    { name: 'tien woorden met getallen', text: BODY_NL, options: nl('Uw 60 seizoenskrachten in 2 dagen op de loonlijst gezet'), excerpts: [''] },
    { name: 'een lang onderwerp bij een antwoord', text: BODY_NL, options: { ...nl('Re: De cijfers voor de zestig seizoenskrachten in uw tuincentra dit voorjaar'), thread: 'reply' }, excerpts: [''] },
    { name: 'een opvullende opening maakt het te lang', text: BODY_NL, options: nl('Even een vraag over hoe jullie de lonen voor seizoenskrachten regelen'), excerpts: [''] },
  ],
});

it('proposes the subject without its filler opening when that is short enough', () => {
  const [finding] = findingsOf('subject/length', BODY, { subject: 'Quick question about how your team handles payroll for seasonal staff' });
  expect(finding?.suggestions[0]?.replacement).toBe('How your team handles payroll for seasonal staff');
  const [reply] = findingsOf('subject/length', BODY, { subject: 'Re: Following up on the prefab bathroom pods for the Harbour View scheme' });
  expect(reply?.suggestions[0]?.replacement).toBe('Re: Prefab bathroom pods for the Harbour View scheme');
});

it('only advises when no filler can go, and says the count in Dutch for Dutch', () => {
  const [finding] = findingsOf('subject/length', BODY_NL, {
    subject: 'Uw verzekering voor bedrijfsaansprakelijkheid en de nieuwe eisen van uw opdrachtgevers',
    lang: 'nl',
  });
  expect(finding?.suggestions.map((s) => s.replacement)).toEqual([undefined]);
  expect(finding?.message).toContain('11 woorden');
  expect(finding).toMatchObject({ start: 0, end: 0, severity: 'info' });
});
