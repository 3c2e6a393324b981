/**
 * The fourteenth round's hedges and apologies, in both languages and in our own sentences: the
 * message excused before it goes on ("I hope you don't mind me sending this", "Ik hoop dat je het
 * niet erg vindt dat ik …"), not wanting to be that person with the "I" dropped, sending it with a
 * shrug ("thought it wouldn't hurt to reach out", "just figured I'd offer", "dacht dat het geen kwaad
 * kon"), the ask hedged at its start ("Maybe we can …", "Misschien kunnen we …"), the reader let
 * off ("I fully understand if you don't …", "If you already have this handled, no worries"). A
 * condition and the reassurance that completes it ("If the timing is not right, no hard feelings")
 * are one softener, as rules.md's "no worries if not" is one.
 */
import { ruleCases } from './rule-tester';
import { en, enMessage, mail, nl, nlMessage } from './drafts';

ruleCases('tone/timid', {
  valid: [
    { name: 'English mail: a condition and its reassurance are one softener', options: en, text: mail('Hi Sam,', 'We list surplus stock from checked suppliers. If the timing is not right, no hard feelings. Create your free account here: https://example.com', 'Best,\nPiet') },
    { name: 'Dutch mail: a condition and its reassurance are one softener', options: nl, text: mail('Hoi Sam,', 'Wij zetten overtollige voorraad van gecontroleerde leveranciers online. Als de timing niet goed is, geen probleem. Maak hier je gratis account aan: https://example.com', 'Groet,\nPiet') },
  ],
  invalid: [
    { name: 'English message: "I hope you don\'t mind me sending this"', options: enMessage, text: 'I hope you don\'t mind me sending this. I plan rosters for schools and would love to connect.', excerpts: ["I hope you don't mind me sending"] },
    { name: 'Dutch message: "Ik hoop dat je het niet erg vindt dat ik …"', options: nlMessage, text: 'Ik hoop dat je het niet erg vindt dat ik je zo benader. Ik plan roosters voor scholen en zou graag connecten.', excerpts: ['Ik hoop dat je het niet erg vindt dat ik'] },
    { name: 'English message: a shrug and a hedged ask', options: enMessage, text: 'Your roster talk was great, so I thought it wouldn\'t hurt to reach out. We plan rosters for schools. Maybe we can benefit from being connected.', excerpts: [" thought it wouldn't hurt to reach out", 'Maybe we can'] },
    { name: 'Dutch message: a shrug and a hedged ask', options: nlMessage, text: 'Ik kwam je profiel tegen en dacht dat het geen kwaad kon om contact op te nemen. Ik plan roosters voor scholen. Misschien kunnen we iets voor elkaar betekenen.', excerpts: ['dacht dat het geen kwaad kon om ', 'Misschien kunnen we'] },
    { name: 'English mail: the reader let off twice in a P.S.', options: en, text: mail('Hi Sam,', 'Worth a 10-minute call to see the planner?\n\nP.S. If you already have this handled, no worries. I just figured I\'d offer it anyway.', 'Best,\nPiet'), excerpts: ['If you already have this handled, no worries.', "I just figured I'd offer"] },
    { name: 'English message: "I fully understand if you don\'t …" and a hedge', options: enMessage, text: "I just wanted to say your post on rosters was great. I would love to connect, and I fully understand if you don't accept notes from strangers.", excerpts: ['I just wanted to', "I fully understand if you don't "] },
    { name: 'Dutch message: "Ik begrijp het helemaal als je niet …" and a hedge', options: nlMessage, text: 'Ik dacht even dat je post over roosters heel goed was. Ik zou graag connecten, en ik begrijp het helemaal als je niet connect met mensen die je niet kent.', excerpts: ['Ik dacht even', 'ik begrijp het helemaal als je niet '] },
  ],
});
