/**
 * A thirteenth round: real LinkedIn messages measured before any change, and what they taught, in
 * our own sentences. A question the writer labels as one for the reader ("Honest question: how does
 * your team …?", "Concrete vraag: hoe gaan jullie …?") asks wherever it stands in a message or mail,
 * however much the writer explains after it; a label before a question put to no reader ("The
 * question: why do teams …?") is still a hook.
 */
import { ruleCases } from './rule-tester';
import { enMessage, nlMessage } from './drafts';

ruleCases('cta/missing', {
  valid: [
    { name: 'English message: "Honest question:" before the reader\'s practice, the writer explaining after it', options: enMessage, text: 'Thanks for connecting. Honest question: how does your team handle branches tested against a main that has moved on? I\'m building something for it and I\'m looking for people who tell me where my assumptions are wrong. I\'ll send you what I have so far.' },
    { name: 'English message: "Quick question:" before the reader\'s practice', options: enMessage, text: 'Loved your talk on release trains. Quick question: how do you keep hotfixes out of the train? We\'re writing a guide on it and comparing a dozen teams. Happy to share the result when it\'s done.' },
    { name: 'Dutch message: "Concrete vraag:" before the reader\'s practice', options: nlMessage, text: 'Dank voor het connecten. Concrete vraag: hoe gaan jullie om met branches die getest zijn tegen een main die intussen is doorgeschoven? Ik bouw daar een oplossing voor en zoek mensen die me vertellen waar mijn aannames niet kloppen. Ik stuur je graag wat ik tot nu toe heb.' },
  ],
  invalid: [
    { name: 'English message: a labelled question put to no reader is a hook', options: enMessage, text: 'Thanks for connecting. The question: why do so many teams test branches against a main that has moved on? I\'m building something for it and looking for people. I\'ll send you what I have so far.', excerpts: ['I\'ll send you what I have so far.'] },
  ],
});
