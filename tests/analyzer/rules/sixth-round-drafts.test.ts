/**
 * A sixth round: real outreach and drafts written blind from rules.md, measured before any change.
 * Asks not seen: the first of numbered steps whatever its verb ("Controleer de gegevens"), "Zeg maar
 * wat jou past", a condition that hands something over with the writer's part after it ("If you sign
 * and return it, we can …", "Als je die tekent en terugstuurt, kunnen we …"), a question a post puts
 * to its readers outright ("Question for my network: …") before the writer's own story. Asks
 * invented: "Fijn om te horen dat …", which reacts to news. Too big invented: "HR-teams" read as the
 * Teams app, and a rate ("11 uur per vacature") as the length of a meeting. Apologies not seen: the
 * apology heads and what they apologise for, in every combination ("Excuses dat ik u zomaar
 * ongevraagd mail", "Apologies for the cold email"). From the real texts: questions listed under
 * "Two questions:", "could you share:" over a list, "Worth 20 min if …", "Let's stay connected",
 * "you should apply", a labelled link the reader can look at ("kun je … via deze link bekijken"),
 * imperatives with the writer's address; not asks: a post's checklist of questions, a link after an
 * arrow that ends a report, a cited source, features in the third person; two "[link]" fields are two
 * places; offers kept for those who sign up this week; hedges about the reader's full days and a
 * missed mail, "don't want to be spammy", "ik wil niet blijven aandringen"; "30 minutes to hear …"
 * sizes the meeting. Our own sentences throughout.
 */
import { ruleCases } from './rule-tester';
import { en, enPost, mail, nl, nlMessage, nlPost } from './drafts';

const enMessage = { lang: 'en', kind: 'message' } as const;

ruleCases('cta/missing', {
  valid: [
    { name: 'Dutch: the first of numbered steps, with a verb no lexicon lists', options: nl, text: mail('Beste Anna,', 'Het voorstel voor de nieuwe roosters staat klaar.\n\nZo ronden we het af:\n1. Controleer de contactpersoon en het factuuradres\n2. Onderteken digitaal onderaan de pagina', 'Groet,\nJoost') },
    { name: 'Dutch: "Zeg maar wat jou past"', options: nl, text: mail('Hoi Anna,', 'Volgende week ben ik in Breda voor twee andere scholen. Dinsdag of donderdag kan ik langskomen. Zeg maar wat jou past.', 'Groet,\nJoost') },
    { name: 'Dutch: a condition that hands something over, the writer acting next', options: nlMessage, text: 'Hoi Anna, de bijgevoegde intentieverklaring is kort. Als je die invult en terugstuurt, zetten we je team op de lijst voor de pilot.' },
    { name: 'English: a condition that hands something over, the writer acting next', options: enMessage, text: 'Hi Anna, the attached letter of intent is short. If you fill it in and send it back, we will put your team on the pilot list.' },
    { name: 'Dutch post: a question put to the readers outright, the writer\'s story after it', options: nlPost, text: 'Vraag aan mijn netwerk: hoe houden jullie de eerste maand van een nieuwe planner rustig?\n\nBij ons kreeg iedereen vroeger alles tegelijk. Nu krijgt een starter per week één klantgroep en een vaste buddy, en na vier weken draait die zelfstandig mee. Het verloop in het eerste jaar halveerde.' },
    { name: 'English post: a question put to the readers outright, the writer\'s story after it', options: enPost, text: 'Question for my network: how do you keep a new planner\'s first month calm?\n\nWe used to hand everyone everything at once. Now a starter gets one client group a week and a fixed buddy, and after four weeks they run on their own. Turnover in the first year halved.' },
  ],
  invalid: [
    { name: 'Dutch: "Fijn om te horen dat …" reacts to news', options: nl, text: mail('Beste Anna,', 'Fijn om te horen dat het bestuur akkoord is met de nieuwe roosters.\n\nDe planning volgt na de zomer.', 'Groet,\nJoost'), excerpts: ['De planning volgt na de zomer.'] },
    { name: 'Dutch: a list of what is on offer, nouns first', options: nl, text: mail('Beste Anna,', 'Dit krijgt u van ons:\n1. Advies op maat\n2. Inmeten op locatie\n3. Levering binnen twee weken', 'Groet,\nJoost'), excerpts: ['Levering binnen twee weken'] },
    { name: 'English: a condition that only describes', options: en, text: mail('Hi Anna,', 'We deliver content calendars for agencies, thirty posts per client each month. If you book through a partner agency, you pay a little more per post.', 'Best,\nJoost'), excerpts: ['If you book through a partner agency, you pay a little more per post.'] },
    { name: 'Dutch: a condition that only describes', options: nl, text: mail('Hoi Anna,', 'Wij leveren contentkalenders voor bureaus, dertig posts per klant per maand. Als je via een partnerbureau boekt, betaal je iets meer per post.', 'Groet,\nJoost'), excerpts: ['Als je via een partnerbureau boekt, betaal je iets meer per post.'] },
  ],
});

ruleCases('cta/too-big', {
  valid: [
    { name: 'Dutch: "HR-teams" is no Teams call, and hours per vacancy no meeting length', options: nl, text: mail('Beste Anna,', 'HR-teams in de zorg besteden gemiddeld 11 uur per vacature aan het screenen van brieven. Bij drie ziekenhuizen brachten we dat terug naar drie uur.\n\nWil je eens sparren over jullie eigen werving?', 'Groet,\nJoost') },
    { name: 'English: hours per hire are no meeting length', options: en, text: mail('Hi Anna,', 'Recruiting teams spend two hours per hire on screening letters. We brought that down to twenty minutes at three hospitals.\n\nOpen to a chat about your own hiring?', 'Best,\nJoost') },
  ],
  invalid: [
    { name: 'Dutch message: signing an agreement, asked as a condition', options: nlMessage, text: 'Hoi Anna, in de bijlage zit onze partnerovereenkomst voor een jaar. Als je die tekent en terugstuurt, kunnen we op 1 februari leveren.', excerpts: ['Als je die tekent en terugstuurt, kunnen we op 1 februari leveren.'] },
    { name: 'English message: signing an agreement, asked as a condition', options: enMessage, text: 'Hi Anna, attached is our partner agreement for one year. If you sign and return it, we can deliver on 1 February.', excerpts: ['If you sign and return it, we can deliver on 1 February.'] },
  ],
});

ruleCases('tone/timid', {
  valid: [
    { name: 'Dutch: sorry for a late answer is no apology for writing', options: nl, text: mail('Hoi Anna,', 'Sorry dat ik je mail pas nu beantwoord. De offerte staat klaar; zal ik hem donderdag toelichten?', 'Groet,\nJoost') },
  ],
  invalid: [
    { name: 'Dutch: "Excuses dat ik u zomaar ongevraagd mail"', options: nl, text: mail('Beste mevrouw Smit,', 'Excuses dat ik u zomaar ongevraagd mail. Wij plannen schoonmaakrondes op de echte bezetting van ruimtes. Zal ik de cijfers van een pilot sturen?', 'Groet,\nJoost'), excerpts: ['Excuses dat ik u zomaar ongevraagd mail.'] },
    { name: 'English: "Apologies for the cold email"', options: en, text: mail('Hi Anna,', 'Apologies for the cold email. We plan cleaning rounds on how rooms are really used. Shall I send the figures from a pilot?', 'Best,\nJoost'), excerpts: ['Apologies for the cold email.'] },
    { name: 'English: "Sorry to reach out out of the blue"', options: en, text: mail('Hi Anna,', 'Sorry to reach out out of the blue. We plan cleaning rounds on how rooms are really used. Shall I send the figures from a pilot?', 'Best,\nJoost'), excerpts: ['Sorry to reach out out of the blue.'] },
  ],
});

ruleCases('cta/too-early', {
  valid: [
    { name: 'Dutch: the ask made again at the end in a P.S.', options: nl, text: mail('Dag Anna,', 'Heb je volgende week tien minuten om te kijken of ons leesprogramma iets is voor groep vier?\n\nVeel scholen zien het leesplezier nog achterblijven. Ons programma geeft kinderen elke dag een kort verhaal op hun niveau, en de leerkracht ziet in één overzicht wie hulp nodig heeft.\n\nPS Woensdagmiddag kan ik ook. Zeg maar wat jou past.', 'Groet,\nJoost') },
  ],
  invalid: [
    { name: 'Dutch: the only ask opening the mail, the rest informing', options: nl, text: mail('Dag Anna,', 'Heb je volgende week tien minuten om te kijken of ons leesprogramma iets is voor groep vier?\n\nVeel scholen zien het leesplezier nog achterblijven. Ons programma geeft kinderen elke dag een kort verhaal op hun niveau, en de leerkracht ziet in één overzicht wie hulp nodig heeft. Op een school in Tilburg lazen de kinderen na een half jaar twee niveaus hoger.', 'Groet,\nJoost'), excerpts: ['Heb je volgende week tien minuten om te kijken of ons leesprogramma iets is voor groep vier?'] },
  ],
});

// The second half of the round: the real texts' classes.
ruleCases('cta/missing', {
  valid: [
    { name: 'Dutch message: "Relevant voor uw X-cliënten?", a compound after the reader', options: nlMessage, text: 'Goedemiddag, ik zag dat u zich richt op productaansprakelijkheid. Wij bouwden een tool die embedded software toetst aan de nieuwe Europese eisen. Relevant voor uw machinebouw-cliënten?' },
    { name: 'Dutch: "Dan kun je het ontwerp ook via deze link bekijken"', options: nl, text: mail('Goedendag,', 'Ik heb een nieuw ontwerp voor jullie site gemaakt; het zit in de bijlage. Lukt het openen niet? Dan kun je het ontwerp ook via deze link https://voorbeeld.nl/ontwerp bekijken.', 'Groet,\nJoost') },
    { name: 'Dutch post: an imperative of a verb no lexicon lists, with the writer\'s address', options: nlPost, text: 'Een huurcontract laten opstellen kost al snel twee uur van een jurist.\n\nOnze template is getoetst aan de wet en klaar in vijf minuten.\n\nGenereer jouw huurcontract op voorbeeld.nl/huurcontract' },
    { name: 'English: numbered questions under "Two questions:"', options: en, text: mail('Hi Anna,', 'Congrats on the new round. Scaling sales operations is usually the next headache.\n\nTwo questions:\n1. Is pipeline hygiene a priority at Acme this quarter?\n2. Who handles sales operations there?', 'Tom') },
    { name: 'English reply: "could you share:" over a list of what to share', options: { lang: 'en', thread: 'reply' }, text: mail('Hi Anna,', 'Thanks for reaching out about the new website. I am excited to learn more about what you are building.\n\nTo make sure I understand your needs, could you share:\n• Your timeline\n• A budget range\n• The main problem to solve', 'Best,\nTom') },
    { name: 'English: "Worth 20 min if …" without a question mark', options: en, text: mail('Hey Anna,', 'We build agents that run small web shops on their own, from stock to support.\n\nRaising a pre-seed round now. Worth 20 min if you are looking at AI agents.', 'Tom') },
    { name: 'English message: "Let\'s stay connected." after meeting at an event', options: enMessage, text: 'Hi Anna, great meeting you at the retail summit! I enjoyed our talk about returns. Let\'s stay connected.' },
    { name: 'English post: "if you are …, you should apply"', options: enPost, text: 'We fund founders under 25 with grants that take no equity. Our first cohort had nine startups. Applications for the second cohort are open and if you are a founder under 25, you should apply.' },
  ],
  invalid: [
    { name: 'Dutch post: a sourced figure and the writer\'s story ask nothing', options: nlPost, text: 'Volgens het CBS werkte in 2023 ruim 40% van de mensen deels thuis (bron: https://www.cbs.nl/thuiswerken). Toch zitten bij onze klanten de kantoren op dinsdag vol.\n\nWij maakten van vrijdag een focusdag.', excerpts: ['Wij maakten van vrijdag een focusdag.'] },
    { name: 'Dutch: a list of what a tool does, third person first', options: nl, text: mail('Hoi Anna,', 'Wat de tool doet:\n- Plaatst je vacature op twintig vacaturesites\n- Stuurt wekelijks een overzicht van de reacties', 'Groet,\nJoost'), excerpts: ['Stuurt wekelijks een overzicht van de reacties'] },
    { name: 'English post: a checklist of the writer\'s own questions', options: enPost, text: 'Here is my simple framework for judging ideas:\n\n1) Potential: if it worked, how big could it be?\n2) Probability: what are the chances it will work?', excerpts: ['Probability: what are the chances it will work?'] },
    { name: 'English post: an arrow after a report points at its source', options: enPost, text: 'There has been an interesting incident where a certificate authority issued certificates for a public resolver by mistake 👉 https://example.org/incident\n\nThe certificates were made for testing, and no abuse was found.', excerpts: ['The certificates were made for testing, and no abuse was found.'] },
    { name: 'Dutch: "Veel succes en groet," signs off', options: nl, text: mail('Hoi,', 'Dit is mijn laatste bericht hierover. Mocht het later relevant worden, dan weet je me te vinden.', 'Veel succes en groet,\nJoost'), excerpts: ['Mocht het later relevant worden, dan weet je me te vinden.'] },
  ],
});

ruleCases('cta/multiple', {
  valid: [],
  invalid: [
    { name: 'Dutch: a question after a link with "dit" before a noun of its own', options: nl, text: mail('Beste Anna,', 'Hoe ik met doorverwijzingen omga staat hier kort uitgelegd: https://voorbeeld.nl/samenwerken\n\nZie jij dit type klant weleens voorbijkomen?', 'Joost'), excerpts: ['Zie jij dit type klant weleens voorbijkomen?'] },
    { name: 'English: a question after a link with "this" before a noun of its own', options: en, text: mail('Hi Anna,', 'How I handle referrals is explained here: https://example.org/referrals\n\nDo you see this type of client often?', 'Tom'), excerpts: ['Do you see this type of client often?'] },
    { name: 'English: two labelled link fields lead to two places', options: en, text: mail('Hi Anna,', 'We built a system that runs support for web shops without supervision.\n\n90-sec demo: [link]\nOne-pager: [link]', 'Tom'), excerpts: ['One-pager: [link]'] },
  ],
});

ruleCases('cta/pushy', {
  valid: [],
  invalid: [
    { name: 'English: an offer kept for those who sign up this week', options: en, text: mail('Hi Anna,', 'Our assistant answers your phone when you are with a customer. Just reply "demo" and I will send a link.\n\nP.S. The first month is free for businesses that sign up this week.', 'Tom'), excerpts: ['that sign up this week'] },
    { name: 'English message: a decision tied to this week', options: enMessage, text: 'Hi Anna, I have put together a proposal for your team. If you approve it this week I can hold the launch rate. Shall I send the agreement over?', excerpts: ['approve it this week'] },
    { name: 'Dutch message: a decision tied to this week', options: nlMessage, text: 'Hoi Anna, ik heb een voorstel voor jullie gemaakt. Als je het deze week tekent, houd ik het tarief vast. Zal ik de overeenkomst sturen?', excerpts: ['deze week tekent'] },
    { name: 'Dutch: an offer kept for those who sign up this week', options: nl, text: mail('Hoi Anna,', 'Onze assistent neemt de telefoon op als jij bij een klant bent. Zullen we even bellen?\n\nPS De eerste maand is gratis voor bedrijven die zich deze week aanmelden.', 'Groet,\nJoost'), excerpts: ['die zich deze week aanmelden'] },
  ],
});

ruleCases('tone/timid', {
  valid: [],
  invalid: [
    { name: 'English: "don\'t want to be spammy", the I left out', options: en, text: mail('Hi Anna,', 'One more note on this, don\'t want to be spammy. Would a short call on Tuesday work?', 'Tom'), excerpts: [', don\'t want to be spammy'] },
    { name: 'Dutch: "ik wil niet blijven aandringen"', options: nl, text: mail('Hoi Anna,', 'Dit is mijn laatste bericht hierover, ik wil niet blijven aandringen. Zullen we in het voorjaar nog eens bellen?', 'Groet,\nJoost'), excerpts: [', ik wil niet blijven aandringen'] },
    { name: 'Dutch: the reader\'s full days and a missed mail excused', options: nl, text: mail('Beste Anna,', 'Vorige week mailde ik je over je planning. Ik weet hoe vol een praktijk zit, dus geen zorgen als die mail erbij ingeschoten is. Zie jij dit soort klanten weleens?', 'Joost'), excerpts: ['Ik weet hoe vol een praktijk zit, dus', ' geen zorgen als die mail erbij ingeschoten is'] },
    { name: 'English: the reader\'s full days and a missed mail excused', options: en, text: mail('Hi Anna,', 'I know how full your calendar is, so no worries if my last email got buried. Would a short call on Tuesday work?', 'Tom'), excerpts: ['I know how full your calendar is, so', ' no worries if my last email got buried'] },
  ],
});

ruleCases('cta/too-big', {
  valid: [],
  invalid: [
    { name: 'Dutch: "30 minuten om te horen …" sizes the meeting asked for later', options: nl, text: mail('Hoi Anna,', 'Ik bouw een Git-client die het werk van agents controleert. Ik verkoop je niks.\n\nWat ik zoek: 30 minuten om te horen hoe jullie tot je huidige opzet zijn gekomen.\n\nSchikt een gesprek in de komende twee weken?', 'Joost'), excerpts: ['Schikt een gesprek in de komende twee weken?'] },
    { name: 'English: "30 minutes to hear …" sizes the meeting asked for later', options: en, text: mail('Hi Anna,', 'I am building a Git client that checks what agents change. I am not selling anything.\n\nWhat I am after: 30 minutes to hear how your team arrived at its setup.\n\nDoes a call in the next two weeks work?', 'Tom'), excerpts: ['Does a call in the next two weeks work?'] },
  ],
});
