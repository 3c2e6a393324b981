import { expect, it } from 'vitest';
import { findingsOf, ruleCases } from './rule-tester';
import { nl } from './drafts';

const email = (body: string) => `Hi Martin,\n\n${body}\n\nThanks,\nRachel`;
const mail = (body: string) => `Beste Jan,\n\n${body}\n\nMet vriendelijke groet,\nPieter`;

// 58 words, 11 first-person words, no second person.
const ABOUT_US_EN =
  'We are Harland Fleet Cover, and we have insured vans for twenty years. Our firm started as a small family broker in Preston. ' +
  'Today we look after four hundred fleets, and we still answer every call in our own office. ' +
  'We visit each depot before we quote, and we write our own reports. Shall we book a date?';
const ABOUT_US_NL =
  'Wij zijn Vloot Verzekerd, en wij verzekeren al twintig jaar bestelbussen. Ons bedrijf begon als een klein familiekantoor in Deventer. ' +
  'Nu verzekeren wij vierhonderd wagenparken, en wij nemen nog steeds zelf de telefoon op in ons eigen kantoor. ' +
  'Wij bezoeken elk depot voordat wij een offerte maken, en wij schrijven onze eigen rapporten. Zullen we een datum prikken?';

const ABOUT_YOU_EN =
  'Your team is putting up the scaffold for the Dock Road flats next month. That means weekly checks and tags for your supervisors to track. ' +
  'SiteTag lets them scan each tag with a phone, and the check goes into one log for you. If a tag runs out, your site manager gets a note ' +
  'the same day. Would it help if I showed your team how it works on a ten-minute call?';
const ABOUT_YOU_NL =
  'Uw team zet volgende maand de steigers op voor de flats aan de Dokweg. Dat betekent wekelijkse keuringen en labels die uw uitvoerders ' +
  'moeten bijhouden. Met SiteTag scannen zij elk label met een telefoon, en de keuring komt in één logboek voor u. Loopt een label af, ' +
  'dan krijgt uw bouwleider dezelfde dag een bericht. Zal ik uw team in tien minuten laten zien hoe het werkt?';

// 49 body words, 8 first-person words and no second person; the 50-word version adds the reader's name.
const DAKWERK = 'Wij zijn Dakwerk Oost uit Deventer. Wij leggen dertig jaar daken, en ploegen werken met eigen materiaal. Wij geven vijftien jaar garantie op elk dak dat wij leggen, en wij komen ons werk elk jaar nakijken. Ons kantoor plant elke klus binnen een week. Zullen we een afspraak maken';
const DAKWERK_49 = `${DAKWERK}?`;
const DAKWERK_50 = `${DAKWERK}, Jan?`;
const DAKWERK_ZIN = 'Wij geven vijftien jaar garantie op elk dak dat wij leggen, en wij komen ons werk elk jaar nakijken.';
// The same in English: 49 body words, 8 first-person words; the 50-word version adds the reader's name.
const ROOFING = 'We are Northside Roofing. We have laid flat roofs for thirty years, and crews bring their own materials. We give a long guarantee on every roof we lay, and we come back to inspect our work. Our office plans every job within a week. Shall we book a visit';
const ROOFING_SENTENCE = 'We give a long guarantee on every roof we lay, and we come back to inspect our work.';
const groetjes = (body: string) => `Hoi Sanne,\n\n${body}\n\nGroetjes,\nMark`;

ruleCases('tone/self-focus', {
  valid: [
    // English
    { name: 'written towards the reader', text: email(ABOUT_YOU_EN) },
    { name: 'under 50 words, however self-centred', text: email('We build dashboards. We have twenty staff and our clients love us. We are based in Leeds and we work with retailers. Shall we talk next week?') },
    {
      name: 'fewer than twice as many (4 against 3)',
      text: email(
        'We help warehouses cut picking errors. Our voice system tells each picker where to go next, and the trainers set it up on site in one day. ' +
          'Your pickers keep their hands free, and your error rate drops within a month. Last year we rolled it out at four sites in Yorkshire, and ' +
          'our clients kept every one of them. Would you like the case study from Leeds?',
      ),
    },
    {
      name: 'first person inside quoted speech is the customer’s voice',
      text: email(
        'One restaurant owner told me: "I used to spend my Sunday evenings answering our reviews, and I hated every minute of it, because we never had time." ' +
          'ReviewDesk drafts each answer in the tone of your restaurant, and your manager approves it with one click. Most owners save three hours ' +
          'a week. Should I show you a draft for one of your own reviews?',
      ),
    },
    {
      name: '"US" in capitals is the country',
      text: email(
        'Exporting to the US means customs forms, duties and a broker for every pallet. ShipRight files the forms, pays the duties and books the broker ' +
          'for each shipment, so your warehouse only prints a label. US buyers get their goods two days sooner, and your team stops chasing paperwork. ' +
          'Shall I send the rates for your main lanes?',
      ),
    },
    {
      name: 'a few "we" in a long neutral text',
      text: email(
        'Picking errors cost a mid-sized warehouse about two percent of its turnover. Most of them happen in the first weeks of a new picker, when ' +
          'the layout is still unfamiliar and the labels are hard to read. Voice picking removes the labels from the job: a headset names the aisle, ' +
          'the shelf and the count, and the picker confirms by voice. We saw error rates halve within a month at the sites we followed, and we kept ' +
          'the training to one morning. The full study is linked below.',
      ),
    },
    { name: 'an empty draft', text: '' },
    // Dutch
    { name: 'gericht op de lezer', text: mail(ABOUT_YOU_NL), options: nl },
    { name: 'onder de 50 woorden', text: mail('Wij bouwen dashboards. Wij hebben twintig mensen en onze klanten zijn blij. Wij zitten in Zwolle en wij werken voor winkels. Zullen we bellen?'), options: nl },
    {
      name: 'minder dan twee keer zoveel (4 tegen 3)',
      text: mail(
        'Wij helpen magazijnen om pickfouten te verminderen. Ons spraaksysteem vertelt elke picker waar hij heen moet, en de trainers zetten het in één dag op. ' +
          'Uw pickers houden hun handen vrij, en uw foutpercentage daalt binnen een maand. Vorig jaar voerden we het in op vier locaties, en ' +
          'onze klanten hielden het overal. Wilt u de case van Zwolle ontvangen?',
      ),
      options: nl,
    },
    {
      name: 'ik en mijn binnen een citaat tellen niet',
      text: mail(
        'Een restauranteigenaar zei: "Ik besteedde mijn zondagavond aan onze reviews, en ik vond het vreselijk, want wij hadden er nooit tijd voor." ' +
          'ReviewDesk schrijft elk antwoord in de toon van uw restaurant, en uw bedrijfsleider keurt het met één klik goed. De meeste eigenaren ' +
          'besparen drie uur per week. Zal ik u een concept laten zien voor een van uw eigen reviews?',
      ),
      options: nl,
    },
    {
      name: 'een paar keer "we" in een lange neutrale tekst',
      text: mail(
        'Pickfouten kosten een middelgroot magazijn ongeveer twee procent van de omzet. De meeste ontstaan in de eerste weken van een nieuwe ' +
          'picker, als de indeling nog onbekend is en de labels slecht leesbaar zijn. Met spraakpicking verdwijnen de labels uit het werk: een ' +
          'headset noemt het gangpad, het schap en het aantal, en de picker bevestigt met zijn stem. We zagen het aantal fouten binnen een maand ' +
          'halveren op de locaties die we volgden, en we hielden de training op één ochtend. Het hele onderzoek staat hieronder.',
      ),
      options: nl,
    },
    {
      name: 'jullie en jouw tellen als tweede persoon',
      text: mail(
        'Wij zagen dat jullie team groeit, en wij snappen dat jouw planning daardoor lastiger wordt. Jullie roosters staan nu in drie ' +
          'spreadsheets, en jouw teamleiders bellen elke week rond om gaten te vullen. Met Roosterrust zien jullie alle diensten in één ' +
          'overzicht, en jouw mensen ruilen zelf via de app. Zal ik jou en je teamleiders een korte demo geven?',
      ),
      options: nl,
    },
    { name: '49 woorden, alles wij: onder de grens', text: mail(DAKWERK_49), options: nl },
    {
      name: 'net onder twee keer zoveel in een bericht met "je" (5 tegen 3)',
      text: groetjes(
        'Ik zag je post over de drie nieuwe winkels in mei. Jullie openen ze vlak na elkaar, en dat vraagt veel van de inrichting. Ik run een ' +
          'klein bureau voor winkelinrichting, en vorig jaar richtten we twaalf winkels in binnen de planning. Mijn timmerman bouwt alles op maat. ' +
          'Zal ik je een paar foto’s sturen?',
      ),
      options: { kind: 'message', lang: 'nl' },
    },
    { name: '49 words, all we: under the threshold', text: email(`${ROOFING}?`) },
    {
      name: 'just under twice as many in a LinkedIn message (5 against 3)',
      text:
        'Hi Sanne,\n\nI saw your post about the three new stores opening in May. You are opening them back to back, and that puts a lot on the ' +
        'fit-out. I run a small shop-fitting studio, and last year we fitted out twelve stores on schedule. My carpenter builds everything to ' +
        'measure. Shall I send you a few photos?\n\nCheers,\nMark',
      options: { kind: 'message' },
    },
  ],
  invalid: [
    // English
    { name: 'exactly 50 words, all we', text: email(`${ROOFING}, Martin?`), excerpts: [ROOFING_SENTENCE] },
    {
      name: 'a LinkedIn message about myself (8 against 2)',
      text:
        'Hi Sanne,\n\nI saw your post about the three new stores. I run a small shop-fitting studio, and last year we fitted out twelve stores on ' +
        'schedule. I draw everything myself, my own carpenter builds it, and I am there at every handover. My portfolio is online. Shall I send ' +
        'it to you?\n\nCheers,\nMark',
      options: { kind: 'message' },
      excerpts: ['I draw everything myself, my own carpenter builds it, and I am there at every handover.'],
    },
    { name: 'all we and our (dev-set style)', text: email(ABOUT_US_EN), excerpts: ['We visit each depot before we quote, and we write our own reports.'] },
    {
      name: 'exactly twice as many (6 against 3)',
      text: email(
        'We help warehouses cut picking errors. Our voice system tells each picker where to go next, and we set it up on site in one day. ' +
          'Your pickers keep their hands free, and your error rate drops within a month. Last year we rolled it out at four sites in Yorkshire with ' +
          'our partners, and our clients kept every one of them. Would you like the case study from Leeds?',
      ),
      excerpts: ['Last year we rolled it out at four sites in Yorkshire with our partners, and our clients kept every one of them.'],
    },
    {
      name: 'contractions count: I’m, I’ve, we’re',
      text: email(
        "I'm Tom from Ledgerly. I've spent ten years in accounts payable, and I’ve seen every kind of invoice mess. We're a small team in Bristol, " +
          "and we're proud of how fast we move. Last month we shipped a new matching engine, and I think it's the best thing we've built. Can I show it?",
      ),
      excerpts: ["We're a small team in Bristol, and we're proud of how fast we move."],
    },
    {
      name: 'a personal story post',
      text:
        'I started my first company at twenty-two, and I made every mistake in the book. My co-founder and I hired too fast, we spent our ' +
        'seed money on an office we did not need, and we ignored our first customers. It took me three years and one failed company to learn ' +
        'that lesson. What was your most expensive mistake?',
      options: { kind: 'post' },
      excerpts: ['My co-founder and I hired too fast, we spent our seed money on an office we did not need, and we ignored our first customers.'],
    },
    {
      name: 'a comment about ourselves',
      text:
        'Great post. We tried the same thing at our plant last year. We bought the software, we trained our inspectors for two days, and then we ' +
        'expected our paper forms to disappear. They did not, because our supervisors kept printing them. In the end we removed the printers, ' +
        'and our inspectors switched within a week.',
      options: { kind: 'comment' },
      excerpts: ['We bought the software, we trained our inspectors for two days, and then we expected our paper forms to disappear.'],
    },
    {
      name: 'on a tie, the first of the most self-focused sentences',
      text: email(
        'We make steel stairs, and we weld them in our own shop. We paint them too, and we deliver them on our own trucks. The stairs ' +
          'come in three widths and any height. Every set is measured on site, cut to size and fitted within a day by a crew of two. ' +
          'Shall we measure yours?',
      ),
      excerpts: ['We make steel stairs, and we weld them in our own shop.'],
    },
    // Dutch
    { name: 'alles wij en onze', text: mail(ABOUT_US_NL), options: nl, excerpts: ['Wij bezoeken elk depot voordat wij een offerte maken, en wij schrijven onze eigen rapporten.'] },
    {
      name: 'precies twee keer zoveel (6 tegen 3)',
      text: mail(
        'Wij helpen magazijnen om pickfouten te verminderen. Ons spraaksysteem vertelt elke picker waar hij heen moet, en wij zetten het in één dag op. ' +
          'Uw pickers houden hun handen vrij, en uw foutpercentage daalt binnen een maand. Vorig jaar voerden we het met onze partners in op vier ' +
          'locaties, en onze klanten hielden het overal. Wilt u de case van Zwolle ontvangen?',
      ),
      options: nl,
      excerpts: ['Vorig jaar voerden we het met onze partners in op vier locaties, en onze klanten hielden het overal.'],
    },
    {
      name: 'ik, mij en mijn',
      text: mail(
        'Ik ben Tom van Factuurflow. Ik werk al tien jaar in de crediteurenadministratie, en mij verbaast nog steeds hoeveel tijd facturen kosten. ' +
          'Mijn team en ik bouwden daarom een eigen koppeling, en ik ben er trots op. Vorige maand rondden wij de nieuwe versie af. Mag ik hem laten zien?',
      ),
      options: nl,
      excerpts: ['Mijn team en ik bouwden daarom een eigen koppeling, en ik ben er trots op.'],
    },
    {
      name: 'een persoonlijk verhaal als post',
      text:
        'Ik begon mijn eerste bedrijf op mijn tweeëntwintigste, en ik maakte elke fout die er te maken viel. Mijn compagnon en ik namen te snel ' +
        'mensen aan, wij gaven ons startgeld uit aan een kantoor dat wij niet nodig hadden, en wij vergaten onze eerste klanten. Het kostte mij drie ' +
        'jaar om dat te leren. Wat was jouw duurste fout?',
      options: { kind: 'post', lang: 'nl' },
      excerpts: [
        'Mijn compagnon en ik namen te snel mensen aan, wij gaven ons startgeld uit aan een kantoor dat wij niet nodig hadden, en wij vergaten onze eerste klanten.',
      ],
    },
    {
      name: 'een reactie over onszelf',
      text:
        'Mooie post. Wij probeerden vorig jaar hetzelfde in onze fabriek. Wij kochten de software, wij trainden onze inspecteurs twee dagen, en ' +
        'wij dachten dat onze papieren formulieren dan zouden verdwijnen. Dat gebeurde niet, want onze chefs bleven ze printen. Uiteindelijk ' +
        'haalden wij de printers weg, en onze inspecteurs stapten binnen een week over.',
      options: { kind: 'comment', lang: 'nl' },
      excerpts: ['Wij kochten de software, wij trainden onze inspecteurs twee dagen, en wij dachten dat onze papieren formulieren dan zouden verdwijnen.'],
    },
    {
      name: 'we en me tellen ook',
      text: mail(
        'We maken stalen trappen, en we lassen ze in onze eigen werkplaats. Laat me uitleggen hoe we werken: we meten op locatie, we zagen ' +
          'op maat en we monteren binnen een dag met een ploeg van twee. De trappen zijn er in drie breedtes en elke hoogte. Zullen we bij ' +
          'u komen meten?',
      ),
      options: nl,
      excerpts: ['Laat me uitleggen hoe we werken: we meten op locatie, we zagen op maat en we monteren binnen een dag met een ploeg van twee.'],
    },
    { name: 'precies 50 woorden, alles wij', text: mail(DAKWERK_50), options: nl, excerpts: [DAKWERK_ZIN] },
    {
      name: 'een bericht met "je" over mezelf (8 tegen 2)',
      text: groetjes(
        'Ik zag je post over de nieuwe winkels. Ik run een klein bureau voor winkelinrichting, en vorig jaar richtten we twaalf winkels in ' +
          'binnen de planning. Ik teken alles zelf, mijn vaste timmerman bouwt het, en ik ben er bij elke oplevering bij. Mijn portfolio staat ' +
          'online. Zal ik je het sturen?',
      ),
      options: { kind: 'message', lang: 'nl' },
      excerpts: ['Ik teken alles zelf, mijn vaste timmerman bouwt het, en ik ben er bij elke oplevering bij.'],
    },
    {
      name: 'de PS telt mee (het span begint na het PS-label)',
      text:
        'Beste Jan,\n\nWij zijn Dakwerk Oost uit Deventer en leggen al dertig jaar platte daken voor bedrijfspanden in de regio. Uw hal aan de ' +
        'Havenweg heeft een dak van ruim twintig jaar oud. Zullen we er volgende week naar kijken?\n\nMet vriendelijke groet,\nPieter\n\n' +
        'PS Wij geven vijftien jaar garantie, onze ploegen werken met ons eigen materiaal en wij ruimen zelf op, want wij vinden dat ons vak.',
      options: nl,
      excerpts: ['Wij geven vijftien jaar garantie, onze ploegen werken met ons eigen materiaal en wij ruimen zelf op, want wij vinden dat ons vak.'],
    },
  ],
});

it('reports the counts in the message, in the draft’s language', () => {
  const [finding] = findingsOf('tone/self-focus', mail(ABOUT_US_NL), nl);
  expect(finding?.message).toContain('tegen 0');
});

it('leaves out reply options written in the reader’s voice', () => {
  const text = mail(
    'Dit is de laatste herinnering over de offerte voor uw dakkapel. Laat even weten wat er speelt:\n\n' +
      '- [ ] Ik vergelijk nog andere prijzen → ik licht mijn offerte dan graag nog toe\n' +
      '- [ ] Ik heb vragen → mijn collega belt mij of ik bel me suf\n' +
      '- [ ] Ik ga niet door → jammer, maar ik dank je voor de overweging\n\n' +
      'Zet een kruisje bij wat voor u geldt en stuur de mail terug, dan weten we allebei waar we staan.',
  );
  expect(findingsOf('tone/self-focus', text, nl)).toEqual([]);
});
