/**
 * A fifth round of real outreach, measured before any change (after the fourth round's fixes).
 * Asks not seen: a wish for the reader's side to take part ("have someone from your team present"),
 * a closing question without its question mark, "Als je nieuwsgierig bent …, dan hoor ik het graag",
 * "Graag horen wij van u of …", questions listed for the reader in a mail, "Stack staat in eerste
 * comment", "Verbind graag.", "Sparren over …?", "Even de planning bevestigen graag". Asks invented:
 * a contact line under "Need assistance?", "I wanted to see if you had any questions", "bel me als je
 * wat niet snapt". Competing or not: two links joined by "and", a question about what a link shows,
 * "Wil je …? Koop dan …", a "(link naar …)" placeholder beside a meeting, a first-comment link beside
 * a reply. Pressure: abbreviations without vowels and names written in an address are no shouting;
 * the same confirmation asked in three places is nagging. Our own sentences throughout.
 */
import { ruleCases } from './rule-tester';
import { en, enComment, enReply, mail, nl, nlMessage as nlNote, nlPost, nlReply } from './drafts';

const enNote = { lang: 'en', kind: 'message', thread: 'reply' } as const;
const nlNoteReply = { lang: 'nl', kind: 'message', thread: 'reply' } as const;

ruleCases('cta/missing', {
  valid: [
    { name: 'English: a wish for the reader\'s side to take part', options: en, text: mail('Hello,', 'I read your blog on delivery rates every week and would love to have someone from your team present a webinar for one of our clients.\n\nTheir sessions draw around a hundred marketers, and your brand would be on every invitation.', 'Best,\nLies') },
    { name: 'English message: the closing question without its question mark', options: enNote, text: 'Thanks for the handwritten note, Sam! Loved the personal side of your posts. Solid focus on founders. Is this the main channel for new clients for you' },
    { name: 'Dutch message: the closing question without its question mark', options: nlNoteReply, text: 'Dank voor je bericht en de leuke notitie, Bram. Ik deed die cursus vorig jaar ook. Mooie focus op bestuurders in je posts. Is dit voor jou het belangrijkste kanaal voor nieuwe klanten' },
    { name: 'Dutch: "Als je nieuwsgierig bent …, dan hoor ik het graag"', options: nl, text: mail('Hoi Bram,', 'Vorige maand vulde ik voor een installateur een vacature in achttien dagen.\n\nAls je nieuwsgierig bent hoe ik dat voor jullie zou aanpakken, dan hoor ik het graag.', 'Groet,\nLies') },
    { name: 'Dutch: "Graag horen wij van u of dit interessant is"', options: nl, text: mail('Geachte heer Jansen,', 'Wij bouwen een vergelijkingsplatform voor energiecontracten en zoeken leveranciers voor een vaste samenwerking.\n\nGraag horen wij van u of dit interessant is en wanneer we het kunnen bespreken.', 'Met vriendelijke groet,\nLies') },
    { name: 'Dutch: questions listed for the reader in a mail', options: nl, text: mail('Beste heer Jansen,', 'Morgen laat ik het platform zien.\n\nVragen voor de demo:\n- Welke regio\'s zijn voor u het belangrijkst?\n- Welke functies zoekt u het vaakst?', 'Met vriendelijke groet,\nLies') },
    { name: 'Dutch post: "Stack staat in eerste comment"', options: nlPost, text: 'De meeste teams gebruiken AI als jukebox: elke keer dezelfde vraag, hopen op een hit.\n\nDe beste teams bouwen een stack: vaste stappen, gemeten per stap.\n\nMijn stack staat in eerste comment.' },
    { name: 'Dutch note: "Verbind graag."', options: nlNote, text: 'Hoi Sanne, ik help bureaus om AI binnen een maand bij klanten live te zetten. Verbind graag.' },
    { name: 'Dutch note: "Sparren over …?" with a non-breaking hyphen', options: nlNote, text: 'We hebben draaiboeken die de doorlooptijd halveren en verzorgen de support. Sparren over co‑delivery of doorverwijzen?' },
    { name: 'Dutch reply: "Even de planning bevestigen graag"', options: nlReply, text: mail('Hoi Bram,', 'De trainingsdata heb ik gisteren doorgestuurd, het team staat klaar voor de livegang.\n\nEven de planning bevestigen graag, dan zijn we rond.', 'Groet,\nLies') },
  ],
  invalid: [
    { name: 'English reply: a contact line under "Need immediate assistance?" offers help', options: enReply, text: mail('Hi Sam,', 'Thank you for your request for a quote. We have received it and will answer within one working day, with prices, lead times and packaging options for each item. Our engineers check every drawing first, so the quote matches what you need.\n\nNeed immediate assistance?\nEmail: sales@example.com', 'Best regards,\nLies'), excerpts: ['Email: sales@example.com'] },
    { name: 'English: "I wanted to see if you had any questions" offers help', options: en, text: mail('Hi Sam,', 'It has been a while since we spoke, and I just wanted to see if you had any questions about the renewal.', 'Best,\nLies'), excerpts: ['It has been a while since we spoke, and I just wanted to see if you had any questions about the renewal.'] },
    { name: 'Dutch: "bel me als je wat niet snapt" offers help', options: nl, text: mail('Hoi Bram,', 'Hierbij het rapport over je doelgroep, met de kanalen om ze te bereiken.\n\nVeel succes met de werving — en bel me als je wat niet snapt.', 'Groet,\nLies'), excerpts: ['Veel succes met de werving — en bel me als je wat niet snapt.'] },
  ],
});

ruleCases('cta/multiple', {
  valid: [
    { name: 'Dutch: a question about what the link shows', options: nl, text: mail('Hoi,', 'We hebben alvast een nieuw ontwerp voor je site klaargezet:\nhttps://voorbeeld.nl/ontwerp\n\nWat vind je ervan?', 'Groet,\nLies') },
    { name: 'Dutch reply: "Zullen we hem live zetten?" after the link', options: nlReply, text: mail('Hoi,', 'Fijn dat je interesse hebt! Dit is de website voor jullie zaak:\nhttps://voorbeeld.nl/site\n\nVoor vijfhonderd euro maken we hem af en zetten we hem live. Zullen we hem live zetten?', 'Groet,\nLies') },
    { name: 'Dutch post: "Wil je …? Koop dan mijn e-boek"', options: nlPost, text: 'Drie jaar schreef ik elke week één les uit mijn werk als inkoper.\n\nDie lessen staan nu in een e-boek.\n\nWil je beter onderhandelen met leveranciers? Koop dan mijn e-boek: https://voorbeeld.nl/boek' },
  ],
  invalid: [
    { name: 'English comment: two links joined by "and"', options: enComment, text: 'Spot on. If you want to go deeper, grab our churn guide at https://example.com/guide and book a demo at https://example.com/demo.', excerpts: ['book a demo at https://example.com/demo.'] },
    { name: 'Dutch: a "(link naar …)" placeholder beside a meeting', options: nl, text: mail('Beste heer Jansen,', 'We brengen AI veilig live binnen uw eigen servers, in twee tot vier weken.\n\nZullen we een kwartier plannen om uw situatie te bespreken?\n\nPS: Hier is een checklist als voorbereiding: (link naar checklist.pdf)', 'Groet,\nLies'), excerpts: ['PS: Hier is een checklist als voorbereiding: (link naar checklist.pdf)'] },
    { name: 'Dutch post: a first-comment link and a reply keyword', options: nlPost, text: 'Zeven deals kwamen weer in beweging toen we de feedback binnen een dag regelden.\n\nDe prompt die ik gebruikte staat in mijn gratis gids. Link in eerste comment.\n\nHeb jij ook een vastgelopen pipeline? Reageer met "Pipeline" en ik kijk er een half uur naar.', excerpts: ['Heb jij ook een vastgelopen pipeline?'] },
  ],
});

ruleCases('cta/pushy', {
  valid: [
    { name: 'English: an abbreviation without vowels is no shouting', options: en, text: mail('Hi Sam,', 'The promo gives you three FREE months. We also delivered an MPLS network to the building next door. Would Wednesday at 10 work for a call?', 'Best,\nLies') },
    { name: 'English reply: a name in capitals that an address spells', options: enReply, text: mail('Hi Sam,', 'Excited to show you how CLEARWAY works. CLEARWAY embeds on the site you have.\n\nTry the live demo: clearway.example.com', 'Best,\nLies') },
  ],
  invalid: [
    { name: 'Dutch reply: the same confirmation in three places', options: nlReply, text: mail('Hoi Bram,', 'Kun je de planning voor de livegang bevestigen? Dan zet ik het team erop.\n\nDe data heb ik al doorgestuurd. Bevestig je de planning?\n\nEven de planning bevestigen graag, dan zijn we rond.', 'Groet,\nLies'), excerpts: ['Even de planning bevestigen graag, dan zijn we rond.'] },
  ],
});

ruleCases('cta/too-big', {
  valid: [
    { name: 'English: an order form offered to a reader who asked for it is a reply', options: enReply, text: mail('Hi Victor,', 'Thanks for asking about the team plan. Shall I send over the order form so you can start on the 50-seat plan this month?', 'Best,\nLies') },
  ],
  invalid: [
    { name: 'English message: the order form for a 50-seat plan on first touch', options: { lang: 'en', kind: 'message' }, text: 'Hi Victor, your team is growing fast. Planboard gives every project one board. Shall I send over the order form so you can start on the 50-seat plan this month?', excerpts: ['Shall I send over the order form so you can start on the 50-seat plan this month?'] },
  ],
});

ruleCases('tone/timid', {
  valid: [
    { name: 'Dutch: one release, "Als de timing niet goed is, snap ik dat"', options: nl, text: mail('Hoi Bram,', 'Zullen we volgende week een kwartier bellen over de vacature?\n\nAls de timing niet goed is, snap ik dat.', 'Groet,\nLies') },
  ],
  invalid: [
    { name: 'Dutch: "Geen druk" and "Als de timing niet goed is, snap ik dat"', options: nl, text: mail('Hoi Bram,', 'Zullen we volgende week een kwartier bellen over de vacature?\n\nPS: Geen druk. Als de timing niet goed is, snap ik dat.', 'Groet,\nLies'), excerpts: [': Geen druk', 'Als de timing niet goed is, snap ik dat.'] },
  ],
});
