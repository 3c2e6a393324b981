/**
 * Template mode, metamorphic: a template judged in template mode gets the same cta, tone and
 * clarity verdicts as the same template once its fields are filled with plausible values
 * (rules.md `template`). The templates are written for this test on the model of the sequences,
 * snippets and CRM templates salespeople use, in English and Dutch.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer/index';
import { findPlaceholders } from '../../src/analyzer/placeholders/detect';
import type { AnalyzeOptions, Report } from '../../src/analyzer/types';

interface Template {
  name: string;
  text: string;
  /** Field (as written, brackets and all) → a value a rep would type. */
  fill: Record<string, string>;
  options?: AnalyzeOptions;
}

const nl = { lang: 'nl' } as const;

const TEMPLATES: Template[] = [
  {
    name: 'cold email with a chat ask',
    text: 'Hi {{first_name}},\n\nI noticed {{company}} opened two new offices this year. Teams that grow that fast often lose track of onboarding.\n\nWe help HR teams like yours cut onboarding time in half.\n\nWorth a quick chat next week?\n\nBest,\n{{sender_name}}',
    fill: { '{{first_name}}': 'Laura', '{{company}}': 'Northwind', '{{sender_name}}': 'Tom' },
  },
  {
    name: 'follow-up after no reply',
    text: 'Hi {{firstName}},\n\nFollowing up on my note from {{last_contact_date}} about reporting at {{companyName}}.\n\nWould a 15-minute call on {{proposed_day}} work for you?\n\nCheers,\n{{senderFirstName}}',
    fill: { '{{firstName}}': 'Mark', '{{last_contact_date}}': 'last Tuesday', '{{companyName}}': 'Fabrikam', '{{proposed_day}}': 'Thursday', '{{senderFirstName}}': 'Jess' },
  },
  {
    name: 'bracketed fill-ins with a referral ask',
    text: 'Hi [Name],\n\nI work with [Similar Company] on their field-service scheduling and thought of [Company].\n\nIf this is not your area, who would be the right person to talk to?\n\nThanks,\n[Your Name]',
    fill: { '[Name]': 'Priya', '[Similar Company]': 'Contoso', '[Company]': 'Globex', '[Your Name]': 'Dan' },
  },
  {
    name: 'a pushy deadline stays pushy',
    text: 'Hi {{first_name}},\n\nOur spring offer ends on {{expiry_date}}. Sign today or lose the discount.\n\nRegards,\n{{sender_name}}',
    fill: { '{{first_name}}': 'Ben', '{{expiry_date}}': 'March 31', '{{sender_name}}': 'Kate' },
  },
  {
    name: 'no ask at all stays without one',
    text: 'Hi {{first_name}},\n\nWe just released version 4 of {{product}}, with faster exports and a new dashboard for {{industry}} teams.\n\nBest,\n{{sender_name}}',
    fill: { '{{first_name}}': 'Nora', '{{product}}': 'Ledgerly', '{{industry}}': 'logistics', '{{sender_name}}': 'Sam' },
  },
  {
    name: 'two asks stay two',
    text: 'Hello %FIRSTNAME%,\n\nCould you send me the current contract for %COMPANY%? Also, are you free for a call on Monday?\n\nThanks,\n%SENDER%',
    fill: { '%FIRSTNAME%': 'Olivia', '%COMPANY%': 'Initech', '%SENDER%': 'Rick' },
  },
  {
    name: 'a big ask in a first email',
    text: 'Hi *|FNAME|*,\n\nWe built a billing tool for agencies like *|COMPANY|*.\n\nCan you sign the attached order form and return it by Friday?\n\nBest,\n*|SENDER|*',
    fill: { '*|FNAME|*': 'Chris', '*|COMPANY|*': 'Pixel & Co', '*|SENDER|*': 'Ana' },
  },
  {
    name: 'a calendar link as the ask',
    text: 'Hi {{first_name}},\n\nThanks for stopping by our stand at {{event_name}}. You mentioned month-end takes {{company}} a full week.\n\nPick a time that suits you: {{calendar_link}}\n\nBest,\n{{sender_name}}',
    fill: { '{{first_name}}': 'Hugo', '{{event_name}}': 'SaaStock', '{{company}}': 'Umbrella', '{{calendar_link}}': 'https://cal.example.com/tom/20min', '{{sender_name}}': 'Tom' },
  },
  {
    name: 'an apologetic opener stays timid',
    text: 'Hi {first_name},\n\nSorry to bother you, I know you are busy. I just wanted to ask if {company} would maybe be open to a short demo?\n\nThanks,\n{sender}',
    fill: { '{first_name}': 'Eve', '{company}': 'Hooli', '{sender}': 'Max' },
  },
  {
    name: 'self-focused pitch',
    text: 'Hi <first name>,\n\nWe are the leading provider of payroll software. We have won many awards and our team has decades of experience. We work with hundreds of clients and our platform is trusted by many.\n\nAre you open to a call?\n\nBest,\n<your name>',
    fill: { '<first name>': 'Ivy', '<your name>': 'Leo' },
  },
  {
    name: 'a LinkedIn connection note',
    text: 'Hi {{first_name}}, I enjoyed your post about hiring SDRs at {{company}}. Would love to connect!',
    fill: { '{{first_name}}': 'Zoe', '{{company}}': 'Vandelay' },
    options: { kind: 'message' },
  },
  {
    name: 'a LinkedIn message with a question',
    text: 'Hey [First Name], saw that [Company] is expanding into [region]. How are you handling recruiting there?',
    fill: { '[First Name]': 'Omar', '[Company]': 'Stark Logistics', '[region]': 'Germany' },
    options: { kind: 'message' },
  },
  {
    name: 'a reply with a meeting proposal',
    text: 'Hi {{first_name}},\n\nThanks for getting back to me. Happy to walk you through the numbers for {{company}}.\n\nDoes {{meeting_date}} at {{meeting_time}} work?\n\nBest,\n{{sender_name}}',
    fill: { '{{first_name}}': 'Grace', '{{company}}': 'Wonka', '{{meeting_date}}': 'Wednesday', '{{meeting_time}}': '2pm', '{{sender_name}}': 'Owen' },
    options: { thread: 'reply' },
  },
  {
    name: 'a breakup email',
    text: 'Hi #{first_name},\n\nI have not heard back, so I will assume the timing is not right for #{company}.\n\nShould I close your file, or check back in a few months?\n\nAll the best,\n#{sender_name}',
    fill: { '#{first_name}': 'Liam', '#{company}': 'Acme Corp', '#{sender_name}': 'Mia' },
  },
  {
    name: 'a quote follow-up with numbers',
    text: 'Hi {{client_name}},\n\nYour quote {{quote_number}} for {{quote_total}} is valid until {{quote_valid_until}}.\n\nAny questions about it? Just reply to this email.\n\nKind regards,\n{{engineer_name}}',
    fill: { '{{client_name}}': 'Mr Patel', '{{quote_number}}': 'Q-2041', '{{quote_total}}': '€ 4,200', '{{quote_valid_until}}': '30 June', '{{engineer_name}}': 'Ruth' },
  },
  {
    name: 'a blank date in a webinar invite',
    text: 'Hi [Name],\n\nWe are hosting a short webinar on pricing for SaaS founders on ______.\n\nWant me to save you a seat?\n\nBest,\n[Your Name]',
    fill: { '[Name]': 'Ella', '______': 'May 14', '[Your Name]': 'Finn' },
  },
  {
    name: 'a long email stays long',
    text: `Hi {{first_name}},\n\n${'We help operations teams at companies like {{company}} plan their routes, track their vans and report to their clients every week. '.repeat(8)}\n\nWorth a call?\n\nBest,\n{{sender_name}}`,
    fill: { '{{first_name}}': 'Ruby', '{{company}}': 'Tyrell', '{{sender_name}}': 'Jack' },
  },
  // Dutch.
  {
    name: 'koude mail met een belafspraak',
    text: 'Hoi {{voornaam}},\n\nIk zag dat {{bedrijfsnaam}} dit jaar flink groeit in {{stad}}. Bij snelle groei loopt de planning vaak vast.\n\nWij helpen installatiebedrijven hun planning op orde te krijgen.\n\nZullen we volgende week even bellen?\n\nGroet,\n{{afzender}}',
    fill: { '{{voornaam}}': 'Sanne', '{{bedrijfsnaam}}': 'Jansen Installatie', '{{stad}}': 'Amersfoort', '{{afzender}}': 'Mark' },
    options: nl,
  },
  {
    name: 'opvolging zonder reactie',
    text: 'Beste [naam],\n\nVorige week stuurde ik je een bericht over de administratie van [bedrijf].\n\nHeb je op [datum] een kwartiertje om te bellen?\n\nMet vriendelijke groet,\n[jouw naam]',
    fill: { '[naam]': 'Peter', '[bedrijf]': 'De Vries Bouw', '[datum]': 'donderdag', '[jouw naam]': 'Lotte' },
    options: nl,
  },
  {
    name: 'druk met een deadline blijft druk',
    text: 'Hoi {{voornaam}},\n\nOnze actie loopt af op {{einddatum}}. Teken vandaag nog, anders ben je de korting kwijt.\n\nGroet,\n{{afzender}}',
    fill: { '{{voornaam}}': 'Bram', '{{einddatum}}': '31 maart', '{{afzender}}': 'Eva' },
    options: nl,
  },
  {
    name: 'geen vraag blijft zonder vraag',
    text: 'Hoi {voornaam},\n\nWe hebben versie 3 van {product} uitgebracht, met snellere rapporten voor {sector}.\n\nGroet,\n{afzender}',
    fill: { '{voornaam}': 'Noor', '{product}': 'Planbord', '{sector}': 'de zorg', '{afzender}': 'Daan' },
    options: nl,
  },
  {
    name: 'twee vragen blijven twee',
    text: 'Beste %VOORNAAM%,\n\nKun je me het huidige contract van %BEDRIJF% sturen? En heb je maandag tijd om te bellen?\n\nBedankt,\n%AFZENDER%',
    fill: { '%VOORNAAM%': 'Fleur', '%BEDRIJF%': 'Bakker BV', '%AFZENDER%': 'Joris' },
    options: nl,
  },
  {
    name: 'een grote vraag in een eerste mail',
    text: 'Hoi *|FNAME|*,\n\nWij maken facturatiesoftware voor bureaus zoals *|COMPANY|*.\n\nWil je de bijgevoegde offerte tekenen en vóór vrijdag terugsturen?\n\nGroet,\n*|SENDER|*',
    fill: { '*|FNAME|*': 'Tim', '*|COMPANY|*': 'Studio Noord', '*|SENDER|*': 'Iris' },
    options: nl,
  },
  {
    name: 'een agendalink als vraag',
    text: 'Hoi {{voornaam}},\n\nLeuk je te spreken op de beurs. Je vertelde dat de maandafsluiting bij {{bedrijf}} een week duurt.\n\nKies hier een moment dat jou past: {{agenda_link}}\n\nGroet,\n{{afzender}}',
    fill: { '{{voornaam}}': 'Koen', '{{bedrijf}}': 'Smit Transport', '{{agenda_link}}': 'https://agenda.voorbeeld.nl/iris', '{{afzender}}': 'Iris' },
    options: nl,
  },
  {
    name: 'een Calendly-veld na een websitelink',
    text: 'Hoi {{voornaam}},\n\nBenieuwd wat het oplevert? Bekijk de website/prijzen en start de proef als het past:\n[Bekijk de website of start direct](https://demo.voorbeeld.nl)\n\nOf plan even een demo: {{CALENDLY_URL}}\n\nGroet,\n{{afzender}}',
    fill: { '{{voornaam}}': 'Sanne', '{{CALENDLY_URL}}': 'https://calendly.com/mark-visser/demo', '{{afzender}}': 'Mark' },
    options: nl,
  },
  {
    name: 'een verontschuldigende opening blijft timide',
    text: 'Hoi [naam],\n\nSorry dat ik je stoor, ik weet dat je het druk hebt. Ik wilde even vragen of [bedrijf] misschien openstaat voor een korte demo?\n\nGroet,\n[afzender]',
    fill: { '[naam]': 'Anouk', '[bedrijf]': 'Visser & Zn', '[afzender]': 'Ruben' },
    options: nl,
  },
  {
    name: 'een LinkedIn-connectieverzoek',
    text: 'Hoi {{voornaam}}, mooi artikel over de groei van {{bedrijf}}. Ik zou graag met je connecten!',
    fill: { '{{voornaam}}': 'Sophie', '{{bedrijf}}': 'Groen Energie' },
    options: { lang: 'nl', kind: 'message' },
  },
  {
    name: 'een LinkedIn-bericht met een vraag',
    text: 'Hoi [Voornaam], ik zag dat [Bedrijf] uitbreidt naar [regio]. Hoe pakken jullie het werven daar aan?',
    fill: { '[Voornaam]': 'Milan', '[Bedrijf]': 'Kok Logistiek', '[regio]': 'Brabant' },
    options: { lang: 'nl', kind: 'message' },
  },
  {
    name: 'een termijn in maanden',
    text: 'Beste [naam],\n\nKlanten als [bedrijf] verdienen de investering binnen [X maanden] terug.\n\nZal ik een berekening voor jullie maken?\n\nMet vriendelijke groet,\n[jouw naam]',
    fill: { '[naam]': 'Willem', '[bedrijf]': 'Hendriks Metaal', '[X maanden]': '6 maanden', '[jouw naam]': 'Emma' },
    options: nl,
  },
  {
    name: 'een offerte-opvolging',
    text: 'Beste {{klantnaam}},\n\nJe offerte {{offertenummer}} van {{offerte_totaal}} is geldig tot {{geldig_tot}}.\n\nHeb je er vragen over? Beantwoord dan gewoon deze mail.\n\nMet vriendelijke groet,\n{{monteur_naam}}',
    fill: { '{{klantnaam}}': 'mevrouw De Boer', '{{offertenummer}}': 'OF-118', '{{offerte_totaal}}': '€ 3.150', '{{geldig_tot}}': '1 juli', '{{monteur_naam}}': 'Gert' },
    options: nl,
  },
  {
    name: 'afscheidsmail',
    text: 'Hoi #{voornaam},\n\nIk heb niets meer van je gehoord, dus ik neem aan dat het nu niet past voor #{bedrijf}.\n\nZal ik je dossier sluiten, of over een paar maanden terugkomen?\n\nGroet,\n#{afzender}',
    fill: { '#{voornaam}': 'Lars', '#{bedrijf}': 'Mulder BV', '#{afzender}': 'Nina' },
    options: nl,
  },
  {
    name: 'een uitnodiging met een invulstreep',
    text: 'Hoi [naam],\n\nWe organiseren op ______ een korte sessie over prijsstrategie voor ondernemers.\n\nZal ik een plek voor je reserveren?\n\nGroet,\n[jouw naam]',
    fill: { '[naam]': 'Julia', '______': '12 mei', '[jouw naam]': 'Thijs' },
    options: nl,
  },
  {
    name: 'een reactie met een voorstel',
    text: 'Hoi {{voornaam}},\n\nDank voor je reactie. Ik loop graag de cijfers van {{bedrijf}} met je door.\n\nPast {{datum}} om {{tijd}} jou?\n\nGroet,\n{{afzender}}',
    fill: { '{{voornaam}}': 'Eline', '{{bedrijf}}': 'Van Leeuwen', '{{datum}}': 'woensdag', '{{tijd}}': '14.00 uur', '{{afzender}}': 'Stijn' },
    options: { lang: 'nl', thread: 'reply' },
  },
];

const SETS = ['cta', 'tone', 'clarity'];

/** The verdict of the cta, tone and clarity rules: which rules fire, how often. */
function verdict(report: Report): string[] {
  return report.findings
    .filter((f) => SETS.includes(f.ruleSet))
    .map((f) => f.ruleId)
    .sort();
}

function filled(template: Template): string {
  let text = template.text;
  for (const [field, value] of Object.entries(template.fill)) text = text.split(field).join(value);
  return text;
}

describe('template mode: same verdicts as the filled draft', () => {
  it('has at least 30 templates, English and Dutch, each with fields to fill', () => {
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(30);
    expect(TEMPLATES.filter((t) => t.options?.lang === 'nl').length).toBeGreaterThanOrEqual(14);
    for (const t of TEMPLATES) {
      for (const field of Object.keys(t.fill)) expect(t.text).toContain(field);
      expect(findPlaceholders(t.text).length).toBeGreaterThan(0);
      expect(findPlaceholders(filled(t))).toEqual([]);
    }
  });

  it.each(TEMPLATES)('$name', (template) => {
    const options = template.options ?? {};
    const asTemplate = analyze(template.text, { ...options, template: true });
    const asFilled = analyze(filled(template), options);
    expect(verdict(asTemplate)).toEqual(verdict(asFilled));
    expect(asTemplate.stats.asks).toBe(asFilled.stats.asks);
    expect(asTemplate.findings.filter((f) => f.ruleId === 'template/placeholder')).toEqual([]);
  });

  it('outside template mode, the other rules read the template the same way', () => {
    for (const template of TEMPLATES) {
      const options = template.options ?? {};
      const plain = analyze(template.text, options);
      expect(verdict(plain)).toEqual(verdict(analyze(template.text, { ...options, template: true })));
      expect(plain.findings.some((f) => f.ruleId === 'template/placeholder')).toBe(true);
    }
  });

  it('keeps every finding on the text as written', () => {
    for (const template of TEMPLATES) {
      for (const f of analyze(template.text, template.options).findings) {
        expect(f.excerpt).toBe(template.text.slice(f.start, f.end));
      }
    }
  });
});
