/**
 * A thirteenth round: real LinkedIn messages measured before any change, and what they taught, in
 * our own sentences. A question the writer labels as one for the reader ("Honest question: how does
 * your team …?", "Concrete vraag: hoe gaan jullie …?") asks wherever it stands in a message or mail,
 * however much the writer explains after it; a label before a question put to no reader ("The
 * question: why do teams …?") is still a hook. A Dutch indirect question with its "ik" dropped, as
 * messages write it ("Vroeg me af of jullie daar al iets voor hebben"), asks as the full form does.
 */
import { ruleCases } from './rule-tester';
import { enMessage, nlMessage } from './drafts';

ruleCases('cta/missing', {
  valid: [
    { name: 'English message: "Honest question:" before the reader\'s practice, the writer explaining after it', options: enMessage, text: 'Good to be connected. Honest question: how does your team plan cover when two planners are off in the same week? We are building a roster tool around that and want to hear from people who do it by hand. In return I can share the notes from the other schools.' },
    { name: 'English message: "Quick question:" before the reader\'s practice', options: enMessage, text: 'Loved your talk on release trains. Quick question: how do you keep hotfixes out of the train? We\'re writing a guide on it and comparing a dozen teams. Happy to share the result when it\'s done.' },
    { name: 'Dutch message: "Concrete vraag:" before the reader\'s practice', options: nlMessage, text: 'Leuk dat we verbonden zijn. Concrete vraag: hoe regelen jullie vervanging als twee planners in dezelfde week vrij zijn? We bouwen daar een roostertool omheen en horen graag hoe scholen het nu met de hand doen. Ik deel in ruil de notities van de andere scholen.' },
    { name: 'Dutch message: the closing "Vroeg me af of …" with the "ik" dropped', options: nlMessage, text: 'Jullie roosters kwamen langs op mijn tijdlijn. Ik bouw een planner voor scholen die in een paar minuten een maand aan diensten klaarzet, met jullie eigen vakken en lokalen, en die rekening houdt met wie er vrij is. Vroeg me af of jullie daar al iets voor hebben.' },
    { name: 'Dutch message: "(Wilde even vragen of …)" with the "ik" dropped', options: nlMessage, text: 'Jullie roosters kwamen langs op mijn tijdlijn. Ik bouw een planner voor scholen die in een paar minuten een maand aan diensten klaarzet, met jullie eigen vakken en lokalen, en die rekening houdt met wie er vrij is. (Wilde even vragen of jullie daar al iets voor hebben.)' },
    { name: 'English message: the closing "Wondering if …" with the "I" dropped', options: enMessage, text: 'Your school\'s rosters came up in my feed. I\'m building a planner for schools that sets up a month of shifts in a few minutes, with your own subjects and rooms, and keeps track of who is off. Wondering if you already have something for that.' },
  ],
  invalid: [
    { name: 'English message: a labelled question put to no reader is a hook', options: enMessage, text: 'Good to be connected. The question: why do so many schools still plan cover by hand? We are building a roster tool around that and comparing a dozen of them. In return I can share the notes from the other schools.', excerpts: ['In return I can share the notes from the other schools.'] },
  ],
});
