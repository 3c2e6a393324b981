import { ruleCases } from './rule-tester';
import { nl } from './drafts';

// Plain information without any ask, between the asks of a case.
const INFO_EN =
  'Guidewell turns your onboarding checklist into a guided flow inside the tools your new hires already use. Teams of your size usually cut time-to-first-deal by three weeks.';
const INFO_NL =
  'Wegwijs zet uw inwerkchecklist om in een begeleide route binnen de tools die nieuwe collega’s al gebruiken. Teams van uw omvang zijn gemiddeld drie weken eerder productief.';

const email = (body: string) => `Hi Priya,\n\n${body}\n\nBest,\nOwen`;
const mail = (body: string) => `Beste Priya,\n\n${body}\n\nMet vriendelijke groet,\nOwen Bakker`;

ruleCases('cta/multiple', {
  valid: [
    // English
    { name: 'one ask', text: email(`${INFO_EN}\n\nCould we book 15 minutes next week to see whether it fits your roadmap?`) },
    { name: 'alternatives inside one ask: call or email', text: email(`${INFO_EN}\n\nCall or email me whenever it suits you and I'll walk you through it.`) },
    { name: 'alternatives inside one ask: two days', text: email(`${INFO_EN}\n\nWould a 15-minute call work for you, Tuesday or Thursday?`) },
    { name: 'dependent follow-up: "if it fits"', text: email(`${INFO_EN}\n\nWhat do you think of the idea? If it fits, shall we talk next week?`) },
    { name: 'dependent follow-up: "if so"', text: email(`${INFO_EN}\n\nIs onboarding still on your list this quarter? If so, would a short call on Thursday help?`) },
    { name: 'the same ask made again', text: email(`Would a short call about onboarding be useful?\n\n${INFO_EN}\n\nLet me know if a short call next week would be useful.`) },
    { name: 'webinar invitation and its registration link', text: email(`Would you like to join our free webinar on onboarding remote sales hires on April 9?\n\n${INFO_EN}\n\nYou can register here: https://www.rampwise.com/webinar-april`) },
    { name: 'an ask pointing to its link on the next line', text: `${INFO_EN}\n\nGrab a 15-minute slot in my calendar here:\nhttps://cal.com/guidewell/intro`, options: { kind: 'message' } },
    { name: 'post asking the same question at start and end', text: `Quick poll for sales leaders: which onboarding step do your new hires always get stuck on? Tell me in the comments.\n\n${INFO_EN}\n\nSo, which step do your new hires get stuck on?`, options: { kind: 'post' } },
    // Dutch
    { name: 'één vraag', text: mail(`${INFO_NL}\n\nZullen we volgende week een kwartier bellen om te kijken of het bij uw plannen past?`), options: nl },
    { name: 'alternatieven in één vraag: bel of mail', text: mail(`${INFO_NL}\n\nBel of mail me gerust, dan laat ik het u zien.`), options: nl },
    { name: 'alternatieven in één vraag: twee dagen', text: mail(`${INFO_NL}\n\nPast dinsdag of donderdag voor een kwartier bellen?`), options: nl },
    { name: 'afhankelijke vervolgvraag: "als dat zo is"', text: mail(`${INFO_NL}\n\nIs het inwerken van nieuwe collega’s nog een onderwerp dit kwartaal? Als dat zo is, zullen we donderdag een kwartier bellen?`), options: nl },
    { name: 'afhankelijke vervolgvraag: "zo ja"', text: mail(`${INFO_NL}\n\nWat vindt u van dit idee? Zo ja, zullen we volgende week even bellen?`), options: nl },
    { name: 'dezelfde vraag nog eens', text: mail(`Zullen we binnenkort even bellen over uw inwerkproces?\n\n${INFO_NL}\n\nLaat even weten of een belletje volgende week interessant is.`), options: nl },
    { name: 'webinaruitnodiging met aanmeldlink', text: mail(`Heeft u zin om op 9 april ons gratis webinar over inwerken bij te wonen?\n\n${INFO_NL}\n\nMeld u hier aan: https://www.salesstart.nl/webinar-april`), options: nl },
    { name: 'post met dezelfde vraag aan begin en eind', text: `Vraag aan alle ondernemers: hoe krijgen jullie klanten zover dat ze op tijd betalen? Deel je aanpak in de reacties.\n\n${INFO_NL}\n\nDus: hoe pakken jullie dit aan?`, options: { kind: 'post', lang: 'nl' } },
    // Joining an event and registering for it are one action (a bare "join?" followed by its sign-up link).
    { name: 'join? then register here', text: email(`We run a free webinar on onboarding remote sales hires on April 9.\n\nWould you like to join? Register here: https://www.rampwise.com/webinar-april`) },
    { name: 'interested in attending? then save your seat', text: email(`We run a free webinar on onboarding remote sales hires on April 9.\n\nInterested in attending? Save your seat: https://www.rampwise.com/webinar-april`) },
    { name: 'wil je erbij zijn? dan inschrijven', text: mail(`Op 9 april geven we een gratis webinar over het inwerken van nieuwe verkopers.\n\nWil je erbij zijn? Schrijf je hier in: https://www.wegwijs.nl/webinar`), options: nl },
    { name: 'kom je ook? dan aanmelden', text: mail(`Op 9 april geven we een gratis webinar over het inwerken van nieuwe verkopers.\n\nKom je ook? Aanmelden kan hier: https://www.wegwijs.nl/webinar`), options: nl },
    // A question about how they order today is answered together with a call proposal.
    { name: 'how do you order stock, then a call', text: email(`${INFO_EN}\n\nHow does your team order stock today? Would a short call next week help?`) },
    { name: 'hoe bestellen jullie, dan bellen', text: mail(`${INFO_NL}\n\nHoe bestellen jullie nu nieuwe voorraad? Zullen we volgende week even bellen?`), options: nl },
    // An attention label is not an ask of its own.
    { name: 'PLEASE READ: is a label, not a second ask', text: email(`PLEASE READ: our onboarding pilot is open to five sales teams. ${INFO_EN}\n\nWant to join?`) },
    { name: 'LET OP: is een label, geen tweede vraag', text: mail(`LET OP: onze pilot staat open voor vijf verkoopteams. ${INFO_NL}\n\nDoe je mee?`), options: nl },
  ],
  invalid: [
    {
      name: 'aanmelden en het doorsturen aan een collega, in een post',
      text: `${INFO_NL}\n\nMeld je aan via https://www.wegwijs.nl/live\n\nEn deel dit even met een collega die met inwerken worstelt.`,
      options: { lang: 'nl', kind: 'post' },
      excerpts: ['deel dit even met een collega die met inwerken worstelt.'],
    },
    // English
    {
      name: 'book a call and download a benchmark',
      text: email(`Could we book 15 minutes next week to see whether it fits your roadmap?\n\n${INFO_EN}\n\nDownload our 2025 onboarding benchmark here: https://www.guidewell.io/benchmark-2025`),
      excerpts: ['Download our 2025 onboarding benchmark here: https://www.guidewell.io/benchmark-2025'],
    },
    {
      name: 'reply for the case study and sign up for a Q&A',
      text: `Hi Dana,\n\nWe helped a firm like yours cut contract review time in half. Would you like me to send the case study over?\n\nYou can sign up for our live Q&A here: https://www.clausely.com/live`,
      options: { kind: 'message' },
      excerpts: ['You can sign up for our live Q&A here: https://www.clausely.com/live'],
    },
    {
      name: 'three labelled links to three places',
      text: `Our 2025 returns report is out.\n\n${INFO_EN}\n\n- Download the full report: https://www.returnwise.com/report-2025\n- Listen to the podcast episode with our head of research: https://www.podlane.fm/returnwise/12\n- Join the live walkthrough on 24 April: https://live.returnwise.com/april`,
      options: { kind: 'post' },
      excerpts: [
        'Listen to the podcast episode with our head of research: https://www.podlane.fm/returnwise/12',
        'Join the live walkthrough on 24 April: https://live.returnwise.com/april',
      ],
    },
    {
      name: 'send data and add a colleague',
      text: email(`Could you send me last month's shipment volumes per destination? And could you also add your warehouse manager to this thread?\n\n${INFO_EN}`),
      options: { thread: 'reply' },
      excerpts: ['And could you also add your warehouse manager to this thread?'],
    },
    {
      name: 'a call and forwarding the message',
      text: email(`${INFO_EN}\n\nDo you have 15 minutes next Wednesday for a short walkthrough? Would you forward this to whoever manages your ATS contract?`),
      excerpts: ['Would you forward this to whoever manages your ATS contract?'],
    },
    {
      name: 'order places and follow on LinkedIn in a P.S.',
      text: `Hi Grace,\n\n${INFO_EN}\n\nShall I reserve a place for you on our May course?\n\nBest,\nOwen\n\nP.S. Follow us on LinkedIn for a short management tip every Monday: https://www.linkedin.com/company/northgate-training`,
      excerpts: ['Follow us on LinkedIn for a short management tip every Monday: https://www.linkedin.com/company/northgate-training'],
    },
    {
      name: 'reply for documents and watch a video',
      text: email(`${INFO_EN}\n\nIs it worth me sending over two anonymised onboarding plans? Watch our two-minute product video here: https://www.guidewell.io/video`),
      excerpts: ['Watch our two-minute product video here: https://www.guidewell.io/video'],
    },
    // Dutch
    {
      name: 'een datum sturen en een pagina bekijken (label en link op twee regels)',
      text: mail(`${INFO_NL}\n\nStuur me een datum die u uitkomt, dan plan ik een kennismaking. Kijk intussen alvast op onze tarievenpagina:\nhttps://example.nl/tarieven`),
      options: nl,
      excerpts: ['Kijk intussen alvast op onze tarievenpagina:\nhttps://example.nl/tarieven'],
    },
    {
      name: 'gegevens sturen en de bedrijfspagina volgen',
      text: mail(`${INFO_NL}\n\nStuur me gerust uw huidige tarieven, dan maak ik een vergelijking. En volg ook onze bedrijfspagina voor tips.`),
      options: nl,
      excerpts: ['volg ook onze bedrijfspagina voor tips.'],
    },
    {
      name: 'bellen en een rapport downloaden',
      text: mail(`Zullen we volgende week een kwartier bellen om te kijken of het bij uw plannen past?\n\n${INFO_NL}\n\nDownload intussen ook ons onboarding-rapport 2025: https://www.wegwijs.io/rapport-2025`),
      options: nl,
      excerpts: ['Download intussen ook ons onboarding-rapport 2025: https://www.wegwijs.io/rapport-2025'],
    },
    {
      name: 'casus opsturen en aanmelden voor een sessie',
      text: `Hoi Dana,\n\nWe hielpen een kantoor zoals het jouwe de contractcontrole te halveren. Zal ik je de casus sturen?\n\nAanmelden voor onze live vragensessie kan hier: https://www.clausule.nl/live`,
      options: { kind: 'message', lang: 'nl' },
      excerpts: ['Aanmelden voor onze live vragensessie kan hier: https://www.clausule.nl/live'],
    },
    {
      name: 'drie links naar drie plekken',
      text: `Ons roosteronderzoek 2025 is uit.\n\n${INFO_NL}\n\n📊 Download het volledige rapport: https://www.roosterrust.nl/onderzoek-2025\n🎙️ Luister de podcast met onze onderzoeker: https://www.podplein.nl/roosterrust/8\n📅 Meld je aan voor de livesessie op 24 april: https://live.roosterrust.nl/april`,
      options: { kind: 'post', lang: 'nl' },
      excerpts: [
        'Luister de podcast met onze onderzoeker: https://www.podplein.nl/roosterrust/8',
        'Meld je aan voor de livesessie op 24 april: https://live.roosterrust.nl/april',
      ],
    },
    {
      name: 'cijfers sturen en een collega in de cc',
      text: `Hoi Mark,\n\nKun je me de zendingsaantallen van vorige maand per bestemming sturen? Wil je jullie magazijnmanager ook even in de cc zetten?\n\n${INFO_NL}\n\nGroet,\nOwen`,
      options: { thread: 'reply', lang: 'nl' },
      excerpts: ['Wil je jullie magazijnmanager ook even in de cc zetten?'],
    },
    {
      name: 'een demo en het bericht doorsturen',
      text: mail(`${INFO_NL}\n\nHeeft u volgende week een kwartier voor een korte demo? Wilt u dit bericht ook doorsturen naar de collega die over uw ATS-contract gaat?`),
      options: nl,
      excerpts: ['Wilt u dit bericht ook doorsturen naar de collega die over uw ATS-contract gaat?'],
    },
    {
      name: 'cv’s sturen en een video bekijken',
      text: mail(`${INFO_NL}\n\nZal ik de geanonimiseerde cv's naar u sturen? Bekijk ook onze korte video over hoe wij kandidaten screenen: https://www.flexmatch.nl/screening`),
      options: nl,
      excerpts: ['Bekijk ook onze korte video over hoe wij kandidaten screenen: https://www.flexmatch.nl/screening'],
    },
    {
      name: 'training boeken en volgen op LinkedIn in een P.S.',
      text: `Beste Grace,\n\n${INFO_NL}\n\nZal ik een plaats voor u reserveren in onze training van mei?\n\nMet vriendelijke groet,\nOwen\n\nPS Volg ons op LinkedIn voor elke maandag een korte tip: https://www.linkedin.com/company/leidraad-academie`,
      options: nl,
      excerpts: ['Volg ons op LinkedIn voor elke maandag een korte tip: https://www.linkedin.com/company/leidraad-academie'],
    },
  ],
});
