/**
 * The fourteenth round, continued: asks real outreach makes without the usual grammar. A button
 * written as its label in brackets ("[Browse the current stock]", "[Plan je kennismaking]") offers
 * the link behind it; a step the writer and the reader take together, proposed with "we can"
 * ("Maybe we can benefit from being connected here", "Misschien kunnen we iets voor elkaar
 * betekenen"), is a proposal, where "we can help you" only offers; gratitude for the step ("I
 * would be very glad if you could …", "Ik zou het op prijs stellen als u …") is a polite request.
 * Leave asked for the writer's next step ("Okay if I send it over?", "Oké als ik hem doorstuur?"),
 * chat initials ("Lmk"), a greeting's words put to the reader's work ("How are you doing on
 * copywriting at the moment?") and the writer's interest in a talk ("I'd be very interested to
 * discuss it") ask too; chasing the earlier mail ("checking in on whether you had a chance to read my
 * previous email") is no second step beside the real ask.
 * Writing to an address ("write on <address>", with the condition run on: "If you are … then
 * write on …") and a question word after a preposition ("Op welk nummer kunnen klanten je
 * bereiken?") ask as well.
 * Not asks: keeping in touch ("I'd love to stay in touch for when the time is right"), the writer
 * introducing others ("I'd love to connect Maria with those folks"), and a run of questions mid-post
 * that is the writer's own checklist, short questions a post answers in turn ("Deal dead? I move on.
 * Still keen? Now we have a real conversation.").
 * The cases are in our own sentences.
 */
import { ruleCases } from './rule-tester';
import { en, enMessage, enPost, enReply, mail, nl, nlMessage, nlPost } from './drafts';

const enIntro = 'I saw your post about rosters for schools and thought it would fit. I run a small planning agency.';
const nlIntro = 'Ik zag je bericht over roosters voor scholen en dacht dat het wel zou passen. Ik heb een klein planningsbureau.';

ruleCases('cta/missing', {
  valid: [
    { name: 'English mail: a button label in brackets on its own line, a P.S. after it', options: en, text: mail('Hi Sam,', 'Every month, suppliers list surplus stock at a third below wholesale, and most of it sells before shops hear of it.\n\n[Browse the current stock]\n\nP.S. Every lot comes from a checked supplier. No brokers.', 'Best,\nPiet') },
    { name: 'Dutch mail: a button label in brackets', options: nl, text: mail('Hoi Sam,', 'Elke maand zetten leveranciers overtollige voorraad online voor een derde onder de groothandelsprijs.\n\n[Plan je gratis kennismaking]', 'Groet,\nPiet') },
    { name: 'English message: "Maybe we can benefit from being connected here."', options: enMessage, text: `${enIntro} Maybe we can benefit from being connected here.` },
    { name: 'English message: "Perhaps we could help each other."', options: enMessage, text: `${enIntro} Perhaps we could help each other.` },
    { name: 'Dutch message: "Misschien kunnen we iets voor elkaar betekenen."', options: nlMessage, text: `${nlIntro} Misschien kunnen we iets voor elkaar betekenen.` },
    { name: 'Dutch message: "Wellicht kunnen we eens sparren."', options: nlMessage, text: `${nlIntro} Wellicht kunnen we eens sparren.` },
    { name: 'English message: "I would be very glad if you could …"', options: enMessage, text: `${enIntro} I would be very glad if you could pass this on to whoever plans the timetable.` },
    { name: 'Dutch mail: "Ik zou het op prijs stellen als u …"', options: nl, text: mail('Beste Sam,', `${nlIntro} Ik zou het op prijs stellen als u dit doorstuurt naar wie de roosters maakt.`, 'Met vriendelijke groet,\nPiet') },
    { name: 'English post: one answered pair, then the closing question to the readers', options: enPost, text: 'I used to chase every deal. Deal dead? I move on.\n\nHow do you decide when to let a deal go?' },
    { name: 'English message: "I\'d love to connect you with our team" is the reader\'s step', options: enMessage, text: `${enIntro} I'd love to connect you with our planning team.` },
    { name: 'English message: "Okay if I send it over?"', options: enMessage, text: `${enIntro} We put together a short guide on it. Okay if I send it over?` },
    { name: 'Dutch message: "Oké als ik hem doorstuur?"', options: nlMessage, text: `${nlIntro} We schreven er een korte gids over. Oké als ik hem doorstuur?` },
    { name: 'English reply: "Lmk" closing a long reply', options: enReply, text: 'Got it, thanks for the detail on your market. We have worked with a dozen firms of your size and built lists of owners who are close to selling, with the signals that told us so. I have a first list ready for you. Just want to check I read your ideal buyer right before sending. Lmk' },
    { name: 'Dutch message: "Lmk" closing the message', options: nlMessage, text: `${nlIntro} Ik heb een eerste lijst voor je klaargezet. Lmk` },
    { name: 'English mail: "Question: how are you doing on <their work> at the moment?" with the writer\'s reason after it', options: en, text: mail('Hi Ryan,', 'Your app is great; I used it last week and the timing of the reminders impressed me.\n\nQuestion: how are you doing on copywriting at the moment?\n\nAsking because I write for startups. My past work is on my site, and I am happy to share more of it if that would help.', 'Best,\nPiet') },
    { name: 'English post: the closing "I\'d be very interested to discuss it" after the post\'s question', options: enPost, text: 'Search keeps outgrowing video ads, quarter after quarter, and nobody I ask can tell me why. Are ads or subscriptions more profitable?\nWhoever in the comments has the answer: I\'d be very interested to discuss that with you!' },
    { name: 'English post: "If you are … then write on <address>" in a job post', options: enPost, text: 'We are hiring remote developers for a new team in Utrecht.\n\nIf you are a senior developer then write on anna@example.com (mention your notice period).\n\nNo agencies.' },
    { name: 'English mail: "Write to <address>."', options: en, text: mail('Hi Sam,', 'We are hiring two planners for the spring term. Write to anna@example.com.', 'Best,\nPiet') },
    { name: 'Dutch mail: "Op welk nummer kunnen klanten je bereiken?" with the writer\'s part after it', options: nl, text: mail('Hoi Sam,', 'Ik wil je vermelding in onze gids graag afronden.\n\nOp welk WhatsApp-nummer kunnen klanten je bereiken?\n\nDan zet ik het maandag online. (Kost niets)', 'Groet,\nPiet') },
    { name: 'English mail: "On which number can customers reach you?" with the writer\'s part after it', options: en, text: mail('Hi Sam,', 'I would like to finish your listing in our guide.\n\nOn which number can customers reach you?\n\nThen I will put it online on Monday. (No cost)', 'Best,\nPiet') },
  ],
  invalid: [
    { name: 'English mail: "I\'d love to stay in touch for when you\'re ready" names no step', options: en, text: mail('Hi Sam,', 'Following up on my note about your website. We build fast, modern sites for practices like yours. If now is not the moment, fine, but I\'d love to stay in touch for later on.', 'Best,\nPiet'), excerpts: ["If now is not the moment, fine, but I'd love to stay in touch for later on."] },
    { name: 'English mail: the writer connecting others is no step of the reader\'s', options: en, text: mail('Hi Sam,', 'I recall you worked with Maria, who now runs a studio in Utrecht. We have a small team there too. I\'d love to connect Maria with those folks over coffee sometime.\n\nWe hope to grow that team over the years.', 'Best,\nPiet'), excerpts: ['We hope to grow that team over the years.'] },
    { name: 'English post: a run of questions mid-post is the writer\'s checklist', options: enPost, text: 'Stop pitching on the first call.\n\nMy first call is discovery. Thirty minutes, no demo, just questions.\n\nWhy are you looking now? What have you tried? Who else has a say? When do you need it live?\n\nAfter that we set up the demo with everyone who decides. By the time I ask for the order, nothing is a surprise.', excerpts: ['By the time I ask for the order, nothing is a surprise.'] },
    { name: 'English post: short questions the writer answers in turn are rhetoric', options: enPost, text: 'I used to chase every deal. Ten emails, no reply.\n\nNow I set the next date on the first call.\n\nReal objection? I can handle it. Deal dead? I move on. Still keen? Now we have a real conversation.\n\nThe same logic applies to your data.', excerpts: ['The same logic applies to your data.'] },
    { name: 'Dutch post: short questions the writer answers in turn are rhetoric', options: nlPost, text: 'Vroeger joeg ik elke deal na. Tien mails, geen reactie.\n\nNu plan ik het vervolg al in het eerste gesprek.\n\nEcht bezwaar? Dat los ik op. Deal dood? Ik ga door. Nog interesse? Nu hebben we een echt gesprek.\n\nDezelfde logica geldt voor je data.', excerpts: ['Dezelfde logica geldt voor je data.'] },
    { name: 'Dutch post: a question word after a preposition that the writer answers is a hook', options: { lang: 'nl', kind: 'post' } as const, text: 'Ik heb tien jaar roosters gemaakt. Met welke tool begon ik? Met Excel. Het kostte me elke week een dag, tot ik een eigen planner bouwde.', excerpts: ['Het kostte me elke week een dag, tot ik een eigen planner bouwde.'] },
    { name: 'English message: "We can help you …" offers the writer\'s availability', options: enMessage, text: `${enIntro} We can help you cut the time it takes.`, excerpts: ['We can help you cut the time it takes.'] },
    { name: 'Dutch message: "We kunnen je helpen …" offers the writer\'s availability', options: nlMessage, text: `${nlIntro} We kunnen je helpen met de roosters.`, excerpts: ['We kunnen je helpen met de roosters.'] },
    { name: 'English mail: a bracketed note that is no button', options: en, text: mail('Hi Sam,', 'Every month, suppliers list surplus stock at a third below wholesale.\n\n[Photo of the warehouse]', 'Best,\nPiet'), excerpts: ['[Photo of the warehouse]'] },
  ],
});

ruleCases('cta/multiple', {
  valid: [
    { name: 'English mail: chasing the earlier mail is no second step beside the call', options: en, text: mail('Hi Sam,', "I'm checking in to see whether you managed to read my previous email about your rosters.\n\nI'd love a short 10-minute call on how our planner would fit your team.\n\nAre you free later this week?", 'Best,\nPiet') },
  ],
  invalid: [],
});
