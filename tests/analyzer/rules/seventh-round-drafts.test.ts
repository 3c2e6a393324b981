/**
 * A seventh round: real outreach measured before any change, and what it taught, in our own sentences.
 * Asks not seen: a connection note's wish whose subject sits in the clause before it ("Ik werk veel
 * met scholen en zou het leuk vinden om te connecten"), and the note that calls connecting handy
 * ("Altijd handig om even te connecten", "Always good to connect with …"). Shouting invented: the
 * capitalised label of a checklist item ("☐ **SBOM Volledigheid**:") read as shouted words.
 */
import { ruleCases } from './rule-tester';
import { en, enMessage, mail, nl, nlMessage } from './drafts';

ruleCases('cta/missing', {
  valid: [
    { name: 'Dutch: a wish to connect sharing the subject of the clause before it', options: nlMessage, text: 'Hoi Anna, ik werk veel met scholen in Brabant en zou het leuk vinden om te connecten.' },
    { name: 'Dutch: "maar zou graag connecten"', options: nlMessage, text: 'Hoi Anna, we kennen elkaar nog niet, maar zou graag connecten met mensen uit de zorg.' },
    { name: 'Dutch: connecting called handy', options: nlMessage, text: 'Hoi Anna, altijd handig om even te connecten, mocht ik ooit een vraag over roosters hebben.' },
    { name: 'Dutch: connecting called pleasant', options: nlMessage, text: 'Hoi Anna, prettig om te connecten met mensen die ook aan roosters werken.' },
    { name: 'English: connecting called always good', options: enMessage, text: 'Hi Anna, always good to connect with people who work on school rosters.' },
    { name: 'English: connecting called handy', options: enMessage, text: 'Hi Anna, always handy to connect in case I ever have a question about rosters.' },
  ],
  invalid: [
    { name: 'Dutch: a third party who wants to speak someone else', options: nlMessage, text: 'Hoi Anna, Piet werkt bij ons in Breda en zou graag de eigenaar spreken.', excerpts: ['Piet werkt bij ons in Breda en zou graag de eigenaar spreken.'] },
    { name: 'English: "always good to" without a step for the reader', options: enMessage, text: 'Hi Anna, it is always good to read a contract twice.', excerpts: ['it is always good to read a contract twice.'] },
  ],
});

ruleCases('cta/pushy', {
  valid: [
    { name: 'Dutch: capitalised labels of checklist items', options: nl, text: mail('Beste Anna,', 'Een korte checklist voor uw audit:\n\n☐ **SBOM Volledigheid**: is elke component bekend?\n☐ **CPE Mapping**: heeft elke component een code?\n\nDan is BRAVO de tool die u zoekt. Wilt u het zien?', 'Kim') },
    { name: 'English: capitalised labels of checklist items', options: en, text: mail('Hi Anna,', 'A short checklist for your audit:\n\n- **SBOM Coverage**: is every component known?\n- **CPE Mapping**: does each component have a code?\n\nThen BRAVO is the tool for you. Want to see it?', 'Kim') },
  ],
  invalid: [
    { name: 'English: a label that alarms is still shouting', options: en, text: mail('Hi Anna,', 'PLEASE READ: our FREE TRIAL has three new reports.\n\nWant to see it?', 'Kim'), excerpts: ['PLEASE READ', 'FREE TRIAL'] },
  ],
});
