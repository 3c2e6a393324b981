/**
 * The seventeenth round, and what it taught, in our own sentences and in both languages. A Dutch
 * verb after "en" keeps the subject of the clause before it: a third person ("Onze planner leest de
 * roosters uit en zet een afspraak in de agenda", "wie …, stuurt een bedankje en zet …") is no
 * imperative to the reader, as the writer's own "Ik zet … klaar en laat …" was not; after an
 * imperative, or with a link or "me/ons" after "en", the verb still asks. The decision named after
 * "Graag hoor ik of …" / "I'd love to hear whether …" is asked for. A long object between "mag je
 * ons" and its verb ("mag je ons alsnog de … en de … bezorgen") still asks for it.
 */
import { ruleCases } from './rule-tester';
import { en, enMessage, mail, nl, nlMessage, nlPost } from './drafts';

ruleCases('cta/missing', {
  valid: [
    { name: 'Dutch mail: an imperative after an imperative still asks', options: nl, text: mail('Hoi Sam,', 'We openen een wachtlijst voor de nieuwe planner. Klik op de link en zet je naam op de lijst: https://example.com/lijst', 'Groet,\nPiet') },
    { name: 'Dutch mail: "Graag hoor ik of dit past bij jullie lezers" names the decision', options: nl, text: mail('Beste redactie,', 'Ik schrijf graag een gastbijdrage over slimme planning voor kleine zorgpraktijken. Graag hoor ik of dit past bij jullie lezers.', 'Groet,\nPiet') },
    { name: 'English mail: "I\'d love to hear whether this fits …" names the decision', options: en, text: mail('Dear editors,', 'A guest piece on smarter rostering for small clinics is ready, about 900 words. I\'d love to hear whether it fits your readers.', 'Best,\nPiet') },
    { name: 'Dutch mail: "mag je ons alsnog …" with a long object before its verb', options: nl, text: mail('Dag Sam,', 'Als jullie nog verder willen, mag je ons alsnog de verbruiksgegevens van vorig jaar en de ontbrekende gegevens van de omvormer bezorgen. Dan rekenen we het voorstel opnieuw door.', 'Groeten,\nPiet') },
    { name: 'Dutch mail: a booking link after "en" still asks, whatever the clause before', options: nl, text: mail('Hoi Sam,', 'De demo van de planner staat klaar en plan hier zelf een moment: https://calendly.com/piet/15min', 'Groet,\nPiet') },
  ],
  invalid: [
    { name: 'Dutch mail: "Onze planner … en zet een afspraak in de agenda" describes the tool', options: nl, text: mail('Hoi Sam,', 'Onze planner leest de roosters uit en zet meteen een afspraak in de agenda als er iemand uitvalt. Zo hoef je zelf niets te regelen.', 'Groet,\nPiet'), excerpts: ['Zo hoef je zelf niets te regelen.'] },
    { name: 'Dutch post: "wie …, stuurt een bedankje en zet een herinnering" is advice in the third person', options: nlPost, text: 'Wat ik van de beste verkopers leerde: wie een deal verliest, stuurt een bedankje en zet een herinnering in de agenda voor over drie maanden.\n\nKleine moeite, groot effect.', excerpts: ['Kleine moeite, groot effect.'] },
  ],
});

ruleCases('tone/timid', {
  valid: [
    { name: 'English mail: one softener after a plain ask', options: en, text: mail('Hi Sam,', 'Could we book twenty minutes on Thursday to go through the pilot? No need to prepare anything.', 'Best,\nPiet') },
    { name: 'Dutch mail: one softener after a plain ask', options: nl, text: mail('Hoi Sam,', 'Zullen we donderdag twintig minuten inplannen om de pilot door te nemen? Geen voorbereiding nodig.', 'Groet,\nPiet') },
    { name: 'English post: "just want to" said of other people is no hedge', options: { lang: 'en', kind: 'post' }, text: 'Most buyers just want to know the price before the call. Put it on the page.\n\nWhat do you show first?' },
  ],
  invalid: [
    { name: 'English mail: "Not trying to be a pest" apologises for writing', options: en, text: mail('Hi Sam,', 'I have written about the pilot twice now. Not trying to be a pest, but is it still on your list?', 'Best,\nPiet'), excerpts: ['Not trying to be a pest, but'] },
    { name: 'Dutch mail: "Niet om je lastig te vallen, maar" apologises for writing', options: nl, text: mail('Hoi Sam,', 'Ik schreef je al twee keer over de pilot. Niet om je lastig te vallen, maar staat het nog op je lijst?', 'Groet,\nPiet'), excerpts: ['Niet om je lastig te vallen, maar'] },
    { name: 'English mail: "I don\'t want to keep bugging you" apologises for writing', options: en, text: mail('Hi Sam,', 'I don\'t want to keep bugging you about the pilot. Is it still something you want this quarter?', 'Best,\nPiet'), excerpts: ["I don't want to keep bugging you"] },
    { name: 'English mail: "just want to know" and "if it isn\'t a pain point for you" are two hedges', options: en, text: mail('Hi Sam,', 'Quick one: just want to know where the pilot stands. If scheduling isn\'t a pain point for you, no worries. Otherwise, shall we talk on Thursday?', 'Best,\nPiet'), excerpts: ['just want to', "If scheduling isn't a pain point for you, no"] },
    { name: 'Dutch mail: "ik wil gewoon weten" and "als dit voor jullie geen prioriteit is" are two hedges', options: nl, text: mail('Hoi Sam,', 'Ik wil gewoon weten hoe het met de pilot staat. Als dit voor jullie nu geen prioriteit is, geen probleem. Anders bellen we donderdag?', 'Groet,\nPiet'), excerpts: ['Ik wil gewoon weten', 'Als dit voor jullie nu geen prioriteit is, geen'] },
    { name: 'English mail: "No need to reply" and "I\'ll stop filling your inbox" are two hedges', options: en, text: mail('Hi Sam,', 'No need to reply if the pilot is off the table. After this I\'ll stop filling your inbox. If it is still open, shall we talk on Thursday?', 'Best,\nPiet'), excerpts: ['No need to reply', " I'll stop filling your inbox"] },
    { name: 'Dutch mail: "Geen reactie nodig" and "ik zal je inbox niet langer vullen" are two hedges', options: nl, text: mail('Hoi Sam,', 'Geen reactie nodig als de pilot van tafel is. Hierna zal ik je inbox niet langer vullen. Staat het nog open, zullen we dan donderdag bellen?', 'Groet,\nPiet'), excerpts: ['Geen reactie nodig', ' zal ik je inbox niet langer vullen'] },
    { name: 'Dutch mail: "dacht: laat ik even …" and "mocht je ooit …" are two hedges', options: nl, text: mail('Hoi Sam,', 'Ik zag jullie nieuwe vestiging en dacht: laat ik even iets sturen. Mocht je ooit willen sparren over de planning, ik denk graag mee.', 'Groet,\nPiet'), excerpts: ['dacht: laat ik even ', 'Mocht je ooit'] },
    { name: 'English mail: "figured I\'d …" and "if you ever want to …" are two hedges', options: en, text: mail('Hi Sam,', 'I saw your new branch and figured I\'d say hello. If you ever want to compare notes on rostering, I am around.', 'Best,\nPiet'), excerpts: [" and figured I'd say hello", 'If you ever want'] },
    { name: 'Dutch mail: "ik begrijp dat u het druk heeft, maar wilde toch even opvolgen" is two hedges', options: nl, text: mail('Beste Sam,', 'Vorige week stuurde ik u een voorstel voor de planning. Ik begrijp dat u het druk heeft, maar wilde toch even opvolgen. Past een telefoontje op donderdag?', 'Groet,\nPiet'), excerpts: ['Ik begrijp dat u het druk heeft, maar', ', maar wilde toch even opvolgen'] },
  ],
});

ruleCases('cta/pushy', {
  valid: [
    { name: 'English mail: "the last one" about something else is no last attempt', options: en, text: mail('Hi Sam,', 'We ran three pilots this spring; the last one, with a clinic in Delft, halved the gaps. Shall we talk on Thursday?', 'Best,\nPiet') },
  ],
  invalid: [
    { name: 'English mail: "Last one from me, promise." opens a last attempt', options: en, text: mail('Hi Sam,', 'Last one from me, promise. If the rostering audit still interests you, just reply and I will send it.', 'Best,\nPiet'), excerpts: ['Last one from me'] },
    { name: 'Dutch mail: "Laatste van mijn kant, beloofd." opens a last attempt', options: nl, text: mail('Hoi Sam,', 'Laatste van mijn kant, beloofd. Wil je de roosterscan alsnog, laat het weten.', 'Groet,\nPiet'), excerpts: ['Laatste van mijn kant'] },
    { name: 'English mail: "make sure it didn\'t land in spam"', options: en, text: mail('Hi Sam,', 'I sent you a note about the pilot last week and wanted to make sure it didn\'t land in spam. Worth a chat?', 'Best,\nPiet'), excerpts: ["make sure it didn't land in spam"] },
    { name: 'Dutch mail: "checken of die niet in je spam is beland"', options: nl, text: mail('Hoi Sam,', 'Vorige week stuurde ik je een mail over de pilot. Even checken of die niet in je spam is beland. Zullen we bellen?', 'Groet,\nPiet'), excerpts: ['checken of die niet in je spam is beland'] },
  ],
});
