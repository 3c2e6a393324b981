/**
 * The seventeenth round, and what it taught, in our own sentences and in both languages. A Dutch
 * verb after "en" keeps the subject of the clause before it: a third person ("Onze planner leest de
 * roosters uit en zet een afspraak in de agenda", "wie …, stuurt een bedankje en zet …") is no
 * imperative to the reader, as the writer's own "Ik zet … klaar en laat …" was not; after an
 * imperative, or with a link or "me/ons" after "en", the verb still asks.
 */
import { ruleCases } from './rule-tester';
import { mail, nl, nlPost } from './drafts';

ruleCases('cta/missing', {
  valid: [
    { name: 'Dutch mail: an imperative after an imperative still asks', options: nl, text: mail('Hoi Sam,', 'We openen een wachtlijst voor de nieuwe planner. Klik op de link en zet je naam op de lijst: https://example.com/lijst', 'Groet,\nPiet') },
    { name: 'Dutch mail: a booking link after "en" still asks, whatever the clause before', options: nl, text: mail('Hoi Sam,', 'De demo van de planner staat klaar en plan hier zelf een moment: https://calendly.com/piet/15min', 'Groet,\nPiet') },
  ],
  invalid: [
    { name: 'Dutch mail: "Onze planner … en zet een afspraak in de agenda" describes the tool', options: nl, text: mail('Hoi Sam,', 'Onze planner leest de roosters uit en zet meteen een afspraak in de agenda als er iemand uitvalt. Zo hoef je zelf niets te regelen.', 'Groet,\nPiet'), excerpts: ['Zo hoef je zelf niets te regelen.'] },
    { name: 'Dutch post: "wie …, stuurt een bedankje en zet een herinnering" is advice in the third person', options: nlPost, text: 'Wat ik van de beste verkopers leerde: wie een deal verliest, stuurt een bedankje en zet een herinnering in de agenda voor over drie maanden.\n\nKleine moeite, groot effect.', excerpts: ['Kleine moeite, groot effect.'] },
  ],
});
