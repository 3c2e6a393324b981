import { ruleCases } from './rule-tester';

// Plain information without any ask, used to fill a body behind (or before) the ask.
const INFO_EN =
  'Ledgerly reads each supplier invoice, matches it to the purchase order and posts it straight to Xero, so your team only checks the exceptions. At Harwood Foods, a distributor much like yours, processing time fell from four days a month to one. Setup takes about a week and runs alongside your current approval flow.';
const STORY_EN =
  'Last year our finance team spent two full days every month chasing receipts. We tried reminders, then a shared inbox, then a spreadsheet with colour codes. What finally worked was boring: one photo per receipt, taken at the till, matched by date. Closing the month now takes an afternoon.';
const INFO_NL =
  'Ons systeem leest elke inkoopfactuur in, koppelt die aan de juiste bestelling en boekt hem direct in Exact, zodat uw team alleen de uitzonderingen controleert. Bij Van Dijk Groothandel, een bedrijf vergelijkbaar met het uwe, daalde de verwerkingstijd van vier dagen per maand naar één. De invoering duurt ongeveer een week en loopt mee met uw huidige werkwijze.';
const STORY_NL =
  'Vorig jaar was ons team elke maand twee dagen bezig met het najagen van bonnetjes. We probeerden herinneringen, een gedeelde inbox en een spreadsheet met kleuren. Wat uiteindelijk werkte was saai: één foto per bon, gemaakt bij de kassa, gekoppeld op datum. De maand afsluiten kost nu een middag.';

const email = (body: string, greeting = 'Hi Rachel,', signOff = 'Best regards,\nDaniel Price') => `${greeting}\n\n${body}\n\n${signOff}`;
const mail = (body: string) => email(body, 'Beste Jan,', 'Met vriendelijke groet,\nPieter de Vries');

ruleCases('cta/too-early', {
  valid: [
    // English
    { name: 'ask at the end of the body', text: email(`${INFO_EN}\n\nWould a 15-minute call next week make sense?`) },
    { name: 'short body (<40 words) opening with its ask', text: email('Does Tuesday at 10 or Thursday at 2 work for a 15-minute call about your month-end close? It would cover how Ledgerly handles supplier invoices.') },
    { name: 'connection note far under 40 words', text: 'Hi Sam, open to connecting? I work with finance teams in logistics.', options: { kind: 'message' } },
    { name: 'the same ask opens and closes the body', text: email(`Would a short call about your invoice process be useful?\n\n${INFO_EN}\n\nLet me know if a short call next week would be useful.`) },
    { name: 'ask in the middle of the body', text: email(`${INFO_EN}\n\nWould you be open to a short call next week?\n\n${STORY_EN}`) },
    { name: 'a P.S. ask at the end counts', text: email(`Would you be open to a 15-minute call next week?\n\n${INFO_EN}`, 'Hi Rachel,', 'Best,\nDaniel\n\nP.S. You can also grab a slot here: https://cal.com/ledgerly/intro') },
    { name: 'a bare link on the last line is a closing ask', text: `Would your team try a shared receipt routine?\n\n${STORY_EN}\n\nhttps://www.plainops.io/blog/receipts`, options: { kind: 'post' } },
    { name: 'no ask at all (that is cta/missing)', text: email(`${INFO_EN} ${STORY_EN}`) },
    { name: 'post that ends with its question', text: `${STORY_EN}\n\nHow does your team handle receipts? Tell me in the comments.`, options: { kind: 'post' } },
    // Dutch
    { name: 'vraag aan het eind', text: mail(`${INFO_NL}\n\nZullen we volgende week een kwartier bellen?`), options: { lang: 'nl' } },
    { name: 'korte tekst (<40 woorden) die met de vraag opent', text: mail('Past dinsdag om 10.00 uur of donderdag om 14.00 uur voor een kwartier bellen over uw inkoopfacturen?'), options: { lang: 'nl' } },
    { name: 'connectieverzoek ver onder 40 woorden', text: 'Hoi Sam, zullen we connecten? Ik werk met financeteams in de logistiek.', options: { kind: 'message', lang: 'nl' } },
    { name: 'dezelfde vraag aan begin en eind', text: mail(`Zullen we binnenkort even bellen over uw inkoopfacturen?\n\n${INFO_NL}\n\nLaat even weten of een belletje volgende week interessant is.`), options: { lang: 'nl' } },
    { name: 'vraag in het midden', text: mail(`${INFO_NL}\n\nZullen we volgende week een kwartier bellen?\n\n${STORY_NL}`), options: { lang: 'nl' } },
    { name: 'post die eindigt met een vraag', text: `${STORY_NL}\n\nHoe pakken jullie dit aan? Deel je aanpak in de reacties.`, options: { kind: 'post', lang: 'nl' } },
    { name: 'geen vraag (dat is cta/missing)', text: mail(`${INFO_NL} ${STORY_NL}`), options: { lang: 'nl' } },
    { name: 'kale link op de laatste regel', text: `Herken je dit?\n\n${STORY_NL}\n\nhttps://www.procesloods.nl/cases/bonnetjes`, options: { kind: 'post', lang: 'nl' } },
  ],
  invalid: [
    // English
    {
      name: 'only ask opens a cold email',
      text: email(`Would you be open to a 15-minute call next week about how your finance team handles supplier invoices?\n\n${INFO_EN}`),
      excerpts: ['Would you be open to a 15-minute call next week about how your finance team handles supplier invoices?'],
    },
    {
      name: 'InMail opening with a right-person question',
      text: `Hi Tom,\n\nAre you the right person to talk to about temporary warehouse staffing?\n\n${INFO_EN}`,
      options: { kind: 'message' },
      excerpts: ['Are you the right person to talk to about temporary warehouse staffing?'],
    },
    {
      name: 'post whose only ask is its first line',
      text: `Tell me in the comments how many hours your team spends on receipts.\n\n${STORY_EN}`,
      options: { kind: 'post' },
      excerpts: ['Tell me in the comments how many hours your team spends on receipts.'],
    },
    {
      name: 'reply with two early asks: the span is the first',
      text: email(`Could you send me last month's shipment volumes per destination? Could you also add your warehouse manager to this thread?\n\n${INFO_EN}`, 'Hi Mark,'),
      options: { thread: 'reply' },
      excerpts: ["Could you send me last month's shipment volumes per destination?"],
    },
    {
      name: 'opinion question and its dependent follow-up, both early',
      text: email(`What do you think of running your spring campaign as short creator videos? And if the idea appeals, shall we take 20 minutes next week to sketch it out?\n\n${INFO_EN} ${STORY_EN}`),
      excerpts: ['What do you think of running your spring campaign as short creator videos?'],
    },
    {
      name: 'imperative with a link, then only information',
      text: email(`Book a 15-minute intro here: https://cal.com/ledgerly/intro\n\n${INFO_EN} ${STORY_EN}`),
      excerpts: ['Book a 15-minute intro here: https://cal.com/ledgerly/intro'],
    },
    {
      name: 'a big early ask is also too early',
      text: email(`Could we book a 45-minute demo with you and your dispatch team this Thursday or Friday?\n\n${INFO_EN}`, 'Hi Marcus,'),
      excerpts: ['Could we book a 45-minute demo with you and your dispatch team this Thursday or Friday?'],
    },
    {
      name: 'conditional ask first, then information',
      text: email(`If invoice matching still eats your month-end, reply "yes" and I'll send the two-page case study.\n\n${INFO_EN} ${STORY_EN}`),
      excerpts: [`If invoice matching still eats your month-end, reply "yes" and I'll send the two-page case study.`],
    },
    // Dutch
    {
      name: 'enige vraag opent een koude mail',
      text: mail(`Zullen we volgende week een kwartier bellen over de verwerking van uw inkoopfacturen?\n\n${INFO_NL}`),
      options: { lang: 'nl' },
      excerpts: ['Zullen we volgende week een kwartier bellen over de verwerking van uw inkoopfacturen?'],
    },
    {
      name: 'InMail die opent met een vraag',
      text: `Beste Tom,\n\nZou een kwartier bellen op dinsdag of donderdag zinvol zijn?\n\n${INFO_NL}`,
      options: { kind: 'message', lang: 'nl' },
      excerpts: ['Zou een kwartier bellen op dinsdag of donderdag zinvol zijn?'],
    },
    {
      name: 'post met de oproep alleen in de eerste zin',
      text: `Stuur me een DM als je ons sjabloon voor afwijzingsmails wilt ontvangen.\n\n${STORY_NL}`,
      options: { kind: 'post', lang: 'nl' },
      excerpts: ['Stuur me een DM als je ons sjabloon voor afwijzingsmails wilt ontvangen.'],
    },
    {
      name: 'antwoord met twee vroege vragen: de eerste is de span',
      text: `Hoi Mark,\n\nKun je me de zendingsaantallen van vorige maand per bestemming sturen? Wil je jullie magazijnmanager ook even in de cc zetten?\n\n${INFO_NL}\n\nGroet,\nPieter`,
      options: { thread: 'reply', lang: 'nl' },
      excerpts: ['Kun je me de zendingsaantallen van vorige maand per bestemming sturen?'],
    },
    {
      name: 'mening en afhankelijke vervolgvraag, allebei vroeg',
      text: mail(`Wat vind je van het idee om jullie voorjaarscampagne met korte video's te draaien? En als het je aanspreekt, zullen we volgende week twintig minuten inplannen?\n\n${INFO_NL} ${STORY_NL}`),
      options: { lang: 'nl' },
      excerpts: ["Wat vind je van het idee om jullie voorjaarscampagne met korte video's te draaien?"],
    },
    {
      name: 'gebiedende wijs met link, daarna alleen informatie',
      text: mail(`Plan hier een kennismaking van een kwartier: https://cal.com/factuurflow/intro\n\n${INFO_NL} ${STORY_NL}`),
      options: { lang: 'nl' },
      excerpts: ['Plan hier een kennismaking van een kwartier: https://cal.com/factuurflow/intro'],
    },
    {
      name: 'grote vroege vraag is ook te vroeg',
      text: mail(`Heeft u donderdag of vrijdag een uur om met ons uw bedrijfspand door te nemen?\n\n${INFO_NL}`),
      options: { lang: 'nl' },
      excerpts: ['Heeft u donderdag of vrijdag een uur om met ons uw bedrijfspand door te nemen?'],
    },
  ],
});
