import { expect, it } from 'vitest';
import { findingsOf, ruleCases } from './rule-tester';
import { nl } from './drafts';

const email = (body: string) => `Hi Martin,\n\n${body}\n\nThanks,\nRachel`;
const mail = (body: string) => `Beste Jan,\n\n${body}\n\nMet vriendelijke groet,\nPieter`;

const PITCH_EN = 'Your garden centres take on sixty extra staff each spring, and PayBridge sets up their contracts and payslips in a day.';
const PITCH_NL = 'Uw tuincentra nemen elk voorjaar zestig extra mensen aan, en PayBridge regelt hun contracten en loonstroken binnen een dag.';

ruleCases('tone/timid', {
  valid: [
    // English
    { name: 'plain pitch and a clear ask', text: email(`${PITCH_EN}\n\nWould a 15-minute call next Wednesday work?`) },
    { name: 'one softener after a clear ask', text: email(`${PITCH_EN}\n\nWould a 15-minute call next Wednesday work? No worries if not.`) },
    { name: 'one hedge alone', text: email(`I just wanted to share one number. ${PITCH_EN}\n\nShall I send the two-page summary?`) },
    { name: 'sympathy is not an apology', text: email(`Sorry to hear about the flooding at the Leeds site. ${PITCH_EN}\n\nShall I send the summary?`) },
    { name: 'apologising for a late reply is not apologising for writing', text: email('Sorry for the late reply. The contracts are ready to sign; shall I send them over today?'), options: { thread: 'reply' } },
    { name: '"busy" as a plain fact', text: email(`Spring is your busy season. ${PITCH_EN}\n\nShall I send the summary?`) },
    { name: '"wondering" about the product, not the ask', text: email(`Many teams keep wondering why payroll takes so long. ${PITCH_EN}\n\nWorth a call?`) },
    { name: 'a greeting line "Sorry" is outside the hedge list', text: email(`${PITCH_EN}\n\nIs Tuesday at 10 good for a call? If not, Thursday works too.`) },
    // Dutch
    { name: 'gewone pitch en een duidelijke vraag', text: mail(`${PITCH_NL}\n\nZullen we volgende week woensdag een kwartier bellen?`), options: nl },
    { name: 'één verzachting na een duidelijke vraag', text: mail(`${PITCH_NL}\n\nZullen we woensdag een kwartier bellen? Geen probleem als het niet uitkomt.`), options: nl },
    { name: 'één afzwakking alleen', text: mail(`Ik wilde even vragen hoe het seizoen begint. ${PITCH_NL}\n\nZal ik de samenvatting sturen?`), options: nl },
    { name: 'medeleven is geen excuus', text: mail(`Vervelend om te horen van de storing in Utrecht. ${PITCH_NL}\n\nZal ik de samenvatting sturen?`), options: nl },
    { name: 'excuses voor een late reactie', text: mail('Sorry voor de late reactie. De contracten zijn klaar; zal ik ze vandaag sturen?'), options: { thread: 'reply', lang: 'nl' } },
    { name: '"druk" als gewoon feit', text: mail(`Het voorjaar is uw drukste tijd. ${PITCH_NL}\n\nZal ik de samenvatting sturen?`), options: nl },
    { name: 'een gewone "als"-zin', text: mail(`${PITCH_NL}\n\nAls dinsdag niet past, kan donderdag ook. Zal ik een uitnodiging sturen?`), options: nl },
    {
      name: 'één "geen druk" na een duidelijke vraag in een bericht met "je"',
      text: 'Hoi Sanne,\n\nJe opent in mei drie winkels. Zal ik je onze checklist voor de inrichting sturen? Geen druk hoor.\n\nGroetjes,\nMark',
      options: { kind: 'message', lang: 'nl' },
    },
    { name: 'excuses voor een vertraging zijn geen excuses voor het schrijven', text: mail(`Excuses voor de vertraging bij de levering van vorige week. ${PITCH_NL}\n\nZal ik de samenvatting sturen?`), options: nl },
  ],
  invalid: [
    // English
    {
      name: 'two hedges (rules.md example)',
      text: email("I know you're busy, but I was just wondering if maybe you would have a few minutes for a chat about seasonal payroll."),
      excerpts: ["I know you're busy, but ", 'I was just wondering if maybe '],
    },
    { name: 'an apology for writing, alone', text: email(`Sorry to bother you again. ${PITCH_EN}\n\nShall I send the summary?`), excerpts: ['Sorry to bother you again.'] },
    { name: 'apology inside a longer sentence', text: email(`We are very sorry to disturb you! ${PITCH_EN}\n\nShall I send the summary?`), excerpts: ['We are very sorry to disturb you!'] },
    { name: 'forgive the intrusion', text: email(`Forgive the intrusion. ${PITCH_EN}\n\nWorth a call?`), excerpts: ['Forgive the intrusion.'] },
    {
      name: 'a softener after the ask plus a hedge before it',
      text: email(`${PITCH_EN}\n\nIf it's not too much trouble, could we talk on Wednesday? No worries if not.`),
      excerpts: ["If it's not too much trouble, could", 'No worries if not.'],
    },
    {
      name: 'closing hedge takes its "but" with it',
      text: email(`I just wanted to share a result. ${PITCH_EN}\n\nI would love to hear what you think, but no worries if not.`),
      excerpts: ['I just wanted to', ', but no worries if not'],
    },
    {
      name: 'curly apostrophes and a line wrap inside the hedge',
      text: email(`I know you’re\nbusy, but could we talk on Friday? Feel free to ignore this.`),
      excerpts: ['I know you’re\nbusy, but could', 'Feel free to ignore this.'],
    },
    {
      name: 'three hedges in a LinkedIn note',
      text: "Hi Priya, I hate to ask, but I was wondering if you'd connect. I don't want to take up your time, so feel free to ignore this.",
      options: { kind: 'message' },
      excerpts: ['I hate to ask, but ', 'I was wondering if ', "I don't want to take up your time, so", ' feel free to ignore this'],
    },
    // Dutch
    {
      name: 'twee afzwakkingen (voorbeeld uit rules.md)',
      text: mail('Ik weet dat u het druk heeft, maar ik vroeg me af of misschien u tijd heeft voor een kort gesprek.'),
      options: nl,
      excerpts: ['Ik weet dat u het druk heeft, maar ', 'ik vroeg me af of misschien '],
    },
    { name: 'sorry dat ik stoor', text: mail(`Sorry dat ik stoor. ${PITCH_NL}\n\nZal ik de samenvatting sturen?`), options: nl, excerpts: ['Sorry dat ik stoor.'] },
    { name: 'excuses voor de onderbreking', text: mail(`Excuses voor de onderbreking. ${PITCH_NL}`), options: nl, excerpts: ['Excuses voor de onderbreking.'] },
    { name: 'het spijt me dat ik u stoor', text: mail(`Het spijt me dat ik u stoor. ${PITCH_NL}`), options: nl, excerpts: ['Het spijt me dat ik u stoor.'] },
    {
      name: 'ik wilde even vragen + als het niet te veel moeite is',
      text: mail(`${PITCH_NL}\n\nIk wilde even vragen of u de planning wilt delen, als het niet te veel moeite is.`),
      options: nl,
      excerpts: ['Ik wilde even vragen', ', als het niet te veel moeite is'],
    },
    {
      name: 'verzachting na de vraag plus een afzwakking ervoor',
      text: mail(`Ik vraag me af of u tijd heeft om woensdag te bellen. Geen probleem als het niet uitkomt.`),
      options: nl,
      excerpts: ['Ik vraag me af of', 'Geen probleem als het niet uitkomt.'],
    },
    {
      // "Ik wil u niet lastigvallen" apologises for writing (the twin of "I don't want to be a bother"),
      // so it is reported on its own; "u mag dit negeren" is then a single hedge, which does not count.
      name: 'ik wil u niet lastigvallen is an apology; one hedge beside it is not reported',
      text: mail(`Ik wil u niet lastigvallen, maar heeft u een kwartier? U mag dit bericht gerust negeren.`),
      options: nl,
      excerpts: ['Ik wil u niet lastigvallen, maar heeft'],
    },
    {
      name: 'twee afzwakkingen met "je" in een bericht',
      text: 'Hoi Sanne,\n\nIk weet dat je het druk hebt, maar heb je een kwartier voor de inrichting van de nieuwe winkels? Geen zorgen als het niet lukt.\n\nGroetjes,\nMark',
      options: { kind: 'message', lang: 'nl' },
      excerpts: ['Ik weet dat je het druk hebt, maar heb', 'Geen zorgen als het niet lukt.'],
    },
    {
      name: 'sorry dat ik je zomaar een bericht stuur',
      text: 'Hoi Sanne,\n\nSorry dat ik je zomaar een bericht stuur. Je opent in mei drie winkels; zal ik je de checklist sturen?\n\nGroetjes,\nMark',
      options: { kind: 'message', lang: 'nl' },
      excerpts: ['Sorry dat ik je zomaar een bericht stuur.'],
    },
    { name: 'excuses voor deze ongevraagde mail', text: mail(`Excuses voor deze ongevraagde mail. ${PITCH_NL}\n\nZal ik de samenvatting sturen?`), options: nl, excerpts: ['Excuses voor deze ongevraagde mail.'] },
  ],
});

it('offers the plain cut as a replacement, with a capital for the word after an opening hedge', () => {
  const text = email("I know you're busy, but could we talk on Friday? No worries if not.");
  const [first, second] = findingsOf('tone/timid', text);
  expect(first?.suggestions[0]?.replacement).toBe('Could');
  expect(second?.suggestions[0]?.replacement).toBe('');
});

it('replaces "just wanted to" rather than deleting it', () => {
  const text = email('Just wanted to check one thing. Is the Leeds site still yours? No worries if not.');
  const [first] = findingsOf('tone/timid', text);
  expect(first?.excerpt).toBe('Just wanted to');
  expect(first?.suggestions[0]?.replacement).toBe('I wanted to');
});

it('speaks the draft’s language', () => {
  const [finding] = findingsOf('tone/timid', mail('Sorry dat ik stoor. Zal ik bellen?'), nl);
  expect(finding?.message).toMatch(/excuus|verontschuldigt/);
});
