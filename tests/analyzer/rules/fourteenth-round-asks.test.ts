/**
 * The fourteenth round, continued: asks real outreach makes without the usual grammar. A button
 * written as its label in brackets ("[Browse the current stock]", "[Plan je kennismaking]") offers
 * the link behind it; a step the writer and the reader take together, proposed with "we can"
 * ("Maybe we can benefit from being connected here", "Misschien kunnen we iets voor elkaar
 * betekenen"), is a proposal, where "we can help you" only offers; gratitude for the step ("I
 * would be very glad if you could …", "Ik zou het op prijs stellen als u …") is a polite request.
 * The cases are in our own sentences.
 */
import { ruleCases } from './rule-tester';
import { en, enMessage, mail, nl, nlMessage } from './drafts';

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
  ],
  invalid: [
    { name: 'English message: "We can help you …" offers the writer\'s availability', options: enMessage, text: `${enIntro} We can help you cut the time it takes.`, excerpts: ['We can help you cut the time it takes.'] },
    { name: 'Dutch message: "We kunnen je helpen …" offers the writer\'s availability', options: nlMessage, text: `${nlIntro} We kunnen je helpen met de roosters.`, excerpts: ['We kunnen je helpen met de roosters.'] },
    { name: 'English mail: a bracketed note that is no button', options: en, text: mail('Hi Sam,', 'Every month, suppliers list surplus stock at a third below wholesale.\n\n[Photo of the warehouse]', 'Best,\nPiet'), excerpts: ['[Photo of the warehouse]'] },
  ],
});
