import { expect, it } from 'vitest';
import { findingsOf, ruleCases } from './rule-tester';
import { dutchSyllables, englishSyllables } from '../../../src/analyzer/syllables';
import { nl } from './drafts';

const email = (body: string) => `Dear Helena,\n\n${body}\n\nKind regards,\nJulian`;
const mail = (body: string) => `Beste Jan,\n\n${body}\n\nMet vriendelijke groet,\nPieter`;

// Plain: short sentences, short words (grade ~4).
const PLAIN_EN =
  'Your team puts up the scaffold next month. That means a lot of weekly checks. SiteTag lets your crew scan each tag with a phone. ' +
  'The check goes into one log, with a photo and the time. If a tag runs out, your site manager gets a note the same day. Want to see it?';
const PLAIN_NL =
  'Uw team zet volgende maand de steigers op. Dat zijn veel keuringen per week. Met SiteTag scant uw ploeg elk label met de telefoon. ' +
  'De keuring komt in één logboek, met een foto en de tijd. Loopt een label af, dan krijgt de uitvoerder dezelfde dag een bericht. Zal ik het laten zien?';

// Hard: long sentences of long words (grade far above 10 / Flesch-Douma far below 50).
const HARD_1_EN =
  'Following the preliminary assessment of your packaging operations, our consultants identified considerable variability in overall ' +
  'equipment effectiveness across the three production shifts, principally attributable to unstandardised changeover procedures.';
const HARD_2_EN =
  'The proposed intervention would combine structured operator qualification with visual management infrastructure.';
const HARD_1_NL =
  'Naar aanleiding van de gewijzigde aanbestedingsvoorwaarden van verschillende provinciale opdrachtgevers constateren wij dat ' +
  'installatiebedrijven tegenwoordig aanzienlijke aansprakelijkheidsrisico’s dragen bij de uitvoering van onderhoudscontracten.';
const HARD_2_NL =
  'Een onafhankelijke risicoanalyse biedt bestuurders waardevolle aanknopingspunten voor verzekeringsbeslissingen en voor de ' +
  'noodzakelijke aanpassing van bestaande aansprakelijkheidsdekkingen.';

ruleCases('clarity/readability', {
  valid: [
    // English
    { name: 'plain short sentences', text: email(PLAIN_EN) },
    { name: 'a hard sentence under the 40-word floor', text: email(HARD_2_EN) },
    { name: 'one hard sentence among many plain ones', text: email(`${PLAIN_EN} ${HARD_2_EN} ${PLAIN_EN}`) },
    {
      name: 'long links and addresses are not words to read',
      text: email(`${PLAIN_EN}\n\nThe demo is here: https://www.sitetag-inspections-example.co.uk/construction/scaffolding/demonstration-registration and mail support@sitetag-inspections.co.uk.`),
    },
    {
      name: 'a closing line of hashtags is not a sentence',
      text: `${PLAIN_EN}\n\n#construction #scaffolding #inspections #healthandsafety #digitalisation #infrastructure`,
      options: { kind: 'post' },
    },
    {
      name: 'a list of tools without sentence punctuation is not prose',
      text: `${PLAIN_EN}\n\nOur stack:\n- Kubernetes orchestration infrastructure\n- Observability instrumentation platform\n- Continuous integration automation\n- Infrastructure provisioning utilities`,
      options: { kind: 'post' },
    },
    { name: 'template placeholders are not read', text: email(`${PLAIN_EN} Your {{personalised_recommendation_identifier}} is ready at [registration_confirmation_link].`) },
    { name: 'an empty draft', text: '' },
    { name: 'a plain post', text: `${PLAIN_EN}\n\n#construction`, options: { kind: 'post' } },
    {
      name: 'one word under the 40-word floor (39 words of jargon)',
      text: email(`${HARD_1_EN.replace('across the three', 'across three')} ${HARD_2_EN}`),
    },
    {
      name: 'jargon in the quoted earlier message is not the writer’s',
      text: `Hi Helena,\n\n${PLAIN_EN}\n\nBest,\nJulian\n\nOn Mon, 3 Mar 2025 at 09:12, Helena Marsh wrote:\n> ${HARD_1_EN}\n> ${HARD_2_EN}`,
      options: { thread: 'reply' },
    },
    // Dutch
    { name: 'korte gewone zinnen', text: mail(PLAIN_NL), options: nl },
    { name: 'een moeilijke zin onder de 40 woorden', text: mail(HARD_2_NL), options: nl },
    { name: 'één moeilijke zin tussen veel makkelijke', text: mail(`${PLAIN_NL} ${HARD_2_NL} ${PLAIN_NL}`), options: nl },
    {
      name: 'links en adressen zijn geen woorden',
      text: mail(`${PLAIN_NL}\n\nDe demo staat hier: https://www.sitetag-keuringen-voorbeeld.nl/bouwplaatsen/steigerbouw/demonstratie-aanmelding of mail naar ondersteuning@sitetag-keuringen.nl.`),
      options: nl,
    },
    {
      name: 'een slotregel met hashtags is geen zin',
      text: `${PLAIN_NL}\n\n#bouwplaatsveiligheid #steigerinspecties #arbeidsomstandigheden #digitalisering #infrastructuur`,
      options: { kind: 'post', lang: 'nl' },
    },
    {
      name: 'een opsomming zonder leestekens is geen lopende tekst',
      text: `${PLAIN_NL}\n\nWat u krijgt:\n- Kwaliteitsregistratiesysteem\n- Onderhoudsplanningsmodule\n- Veiligheidsinspectierapportages\n- Certificeringsadministratie`,
      options: { kind: 'post', lang: 'nl' },
    },
    { name: 'merknamen in camel case tellen niet', text: mail(`${PLAIN_NL} Het werkt met WhatsApp, LinkedIn en SharePoint.`), options: nl },
    { name: 'een leeg concept', text: '', options: nl },
  ],
  invalid: [
    // English
    { name: 'two long sentences of jargon (exactly 40 words: the floor is reached)', text: email(`${HARD_1_EN} ${HARD_2_EN}`), excerpts: [HARD_1_EN] },
    {
      name: 'the hardest sentence is the long one, not a short one with long words',
      text: email(`Operational harmonisation. ${HARD_1_EN} ${HARD_2_EN}`),
      excerpts: [HARD_1_EN],
    },
    {
      name: 'long sentences of plain words also read above grade 10',
      text: email(
        'We went to see each of the four sites that you run in the north of the county last week and we found that the checks on the ' +
          'scaffold tags are done by hand on paper forms that are then typed up again at the end of each week by the site office staff, ' +
          'which takes time and leads to a lot of small mistakes in the log that nobody sees until the inspector comes round to look at it.',
      ),
      excerpts: [
        'We went to see each of the four sites that you run in the north of the county last week and we found that the checks on the ' +
          'scaffold tags are done by hand on paper forms that are then typed up again at the end of each week by the site office staff, ' +
          'which takes time and leads to a lot of small mistakes in the log that nobody sees until the inspector comes round to look at it.',
      ],
    },
    { name: 'in a LinkedIn message', text: `${HARD_2_EN} ${HARD_1_EN}`, options: { kind: 'message' }, excerpts: [HARD_1_EN] },
    { name: 'in a post', text: `${HARD_1_EN}\n\n${HARD_2_EN}\n\n#operations`, options: { kind: 'post' }, excerpts: [HARD_1_EN] },
    { name: 'in a reply', text: email(`${HARD_2_EN} ${HARD_1_EN}`), options: { thread: 'reply' }, excerpts: [HARD_1_EN] },
    {
      name: 'a hard email with a plain question at the end',
      text: email(`${HARD_1_EN} ${HARD_2_EN}\n\nCan we talk?`),
      excerpts: [HARD_1_EN],
    },
    {
      name: 'a P.S. is part of the body',
      text: `Dear Helena,\n\n${HARD_2_EN}\n\nKind regards,\nJulian\n\nP.S. ${HARD_1_EN}`,
      excerpts: [HARD_1_EN],
    },
    // Dutch
    { name: 'twee lange zinnen vol samenstellingen', text: mail(`${HARD_1_NL} ${HARD_2_NL}`), options: nl, excerpts: [HARD_2_NL] },
    {
      name: 'de moeilijkste zin is de lange, niet een korte met lange woorden',
      text: mail(`Verzekeringsharmonisatie. ${HARD_1_NL} ${HARD_2_NL}`),
      options: nl,
      excerpts: [HARD_2_NL],
    },
    { name: 'in een LinkedIn-bericht', text: `${HARD_2_NL} ${HARD_1_NL}`, options: { kind: 'message', lang: 'nl' }, excerpts: [HARD_2_NL] },
    { name: 'in een post', text: `${HARD_1_NL}\n\n${HARD_2_NL}\n\n#verzekeringen`, options: { kind: 'post', lang: 'nl' }, excerpts: [HARD_2_NL] },
    { name: 'in een antwoord', text: mail(`${HARD_2_NL} ${HARD_1_NL}`), options: { thread: 'reply', lang: 'nl' }, excerpts: [HARD_2_NL] },
    { name: 'met een korte vraag aan het eind', text: mail(`${HARD_1_NL} ${HARD_2_NL}\n\nZullen we bellen?`), options: nl, excerpts: [HARD_2_NL] },
    {
      name: 'ambtelijke taal met lange woorden in middellange zinnen',
      text: mail(
        'Overeenkomstig de geldende privacyregelgeving verwerken wij persoonsgegevens uitsluitend ten behoeve van de contractuele ' +
          'dienstverlening. Eventuele verwerkingsverantwoordelijkheden worden vastgelegd in een afzonderlijke verwerkersovereenkomst. ' +
          'Aanvullende beveiligingsmaatregelen worden halfjaarlijks geëvalueerd door een onafhankelijke certificeringsinstelling. ' +
          'Bijbehorende rapportageverplichtingen zijn opgenomen in de toepasselijke dienstverleningsovereenkomst en worden jaarlijks herzien.',
      ),
      options: nl,
      excerpts: ['Eventuele verwerkingsverantwoordelijkheden worden vastgelegd in een afzonderlijke verwerkersovereenkomst.'],
    },
    {
      name: 'met een tweede zin vol moeilijke woorden',
      text: mail(`${HARD_2_NL} ${HARD_1_NL} ${HARD_2_NL}`),
      options: nl,
      excerpts: [HARD_2_NL],
    },
  ],
});

it('says the grade for English and the reading ease for Dutch', () => {
  const [en] = findingsOf('clarity/readability', email(`${HARD_1_EN} ${HARD_2_EN}`));
  expect(en?.message).toMatch(/grade \d+/);
  const [dutch] = findingsOf('clarity/readability', mail(`${HARD_1_NL} ${HARD_2_NL}`), nl);
  expect(dutch?.message).toMatch(/Flesch-Douma-leesgemak -?\d+/);
});

it('counts syllables the way a reader says them', () => {
  const en: Array<[string, number]> = [
    ['the', 1], ['make', 1], ['table', 2], ['wanted', 2], ['asked', 1], ['boxes', 2], ['pages', 2], ['makes', 1],
    ['social', 2], ['people', 2], ['video', 3], ['going', 2], ['management', 3], ['business', 2], ['any', 2],
    ['effectiveness', 4], ['organisation', 5], ['preliminary', 5],
  ];
  for (const [word, count] of en) expect(englishSyllables(word), word).toBe(count);
  const dutch: Array<[string, number]> = [
    ['de', 1], ['maand', 1], ['nieuwe', 2], ['ooit', 1], ['bijna', 2], ['ideaal', 3], ['geïnteresseerd', 5], ['ideeën', 3],
    ['distributiecentrum', 6], ['uw', 1], ['reactie', 3], ['vriendelijke', 4], ['eeuw', 1], ['verzekering', 4],
  ];
  for (const [word, count] of dutch) expect(dutchSyllables(word), word).toBe(count);
});
