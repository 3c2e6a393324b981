/**
 * Dutch phrases for the tone set, in the same form as en-tone.ts (phrase sources for
 * `phrasePattern`: a plain apostrophe also matches a curly one, a space any white space).
 */
import type { Phrase } from '../body-search';

/**
 * Apologies for the message itself (tone/timid fires on one): the examples of rules.md and the
 * same apology in the forms Dutch outreach uses (u or je, "storen", "lastigvallen", "zomaar").
 * Apologies for something else ("sorry voor de late reactie") are not about daring to write.
 */
export const NL_APOLOGIES: readonly string[] = [
  'sorry (dat|als) ik (u |je |jou )?(even |weer |nogmaals )?(stoor|lastigval|lastig val)',
  'sorry voor het storen',
  'sorry voor (de|deze) (onderbreking|ongevraagde (e-?mail|mail|bericht))',
  'sorry dat ik (u |je |jou )?zomaar (mail|e-?mail|benader|bericht|een bericht stuur)',
  // Binnenvallen in iemands reacties of inbox: "Sorry dat ik zo in je reacties kom".
  'sorry dat ik (hier |zo )*(in je reacties|in uw reacties|in je inbox|in uw inbox|in je DM\'s) (kom|val|spring|binnenval)',
  'excuses voor (de|het|deze|dit) (onderbreking|storen|ongevraagde (e-?mail|mail|bericht))',
  'excuses (dat|als) ik (u |je |jou )?(even |weer |zomaar )?(stoor|lastigval|lastig val|mail|benader)',
  'neem (me|mij) niet kwalijk dat ik (u |je |jou )?(stoor|lastigval|mail|benader)',
  'pardon voor het storen',
  'het spijt (me|mij|ons) dat (ik|we|wij) (u |je |jou )?(stoor|storen|lastigval|lastigvallen)',
  // The twin of "I don't want to be a bother": not wanting to be a nuisance, before the message goes on.
  'ik wil (u|je|jou) (echt )?niet (lastigvallen|lastig vallen|storen|irriteren)(, maar)?',
  'ik wil niet (vervelend|opdringerig|lastig) (zijn|overkomen)',
  // Niet willen blijven mailen: "Ik wil je niet blijven spammen", "ik wil u niet blijven lastigvallen".
  'ik wil (u|je|jou|jullie) niet (blijven|steeds) (spammen|mailen|lastigvallen|lastig vallen|storen)',
  // Apologising for the inconvenience the mail causes (bulk mail).
  '(onze |mijn )?excuses voor (het|eventueel|eventuele|het eventuele) (ongemak|overlast)',
];

/**
 * Hedges that talk the ask away (tone/timid fires on two or more): the examples of rules.md
 * with their common variants (u/je, "erg druk", "ik vraag me af", "teveel"). The optional
 * ", maar" belongs to the hedge, so dropping it leaves the real sentence.
 */
export const NL_HEDGES: readonly Phrase[] = [
  // Excusing the reader's time.
  'ik weet dat (u|je|jij|jullie) het (erg |heel |enorm |ontzettend |super)?druk (heeft|hebt|heb|hebben)(, maar)?',
  'ik wil (niet )?(te veel|teveel) van (uw|je|jouw) tijd (vragen|innemen)(, maar)?',
  'ik (begrijp|snap|weet) dat het (erg |heel |nu )?druk (is|kan zijn)',
  'ik (begrijp|snap) dat (u|je|jij|jullie) het (erg |heel |nu )?druk (heeft|hebt|hebben|kan hebben|kunt hebben)',
  '(daarom |dus )?(houd|hou) ik het kort',
  // Wondering instead of asking.
  'ik vroeg (me|mij) af of( misschien| wellicht)?',
  'ik vraag (me|mij) af of( misschien| wellicht)?',
  // Conditions that make the ask optional before it is made.
  'als het niet (te veel|teveel) moeite is',
  'als (u|je) het niet erg vindt',
  // Releasing the reader from answering.
  'geen probleem als het niet uitkomt',
  '(als|indien) (nee|niet|dat niet zo is|het niet past)(,)? geen (probleem|zorgen)',
  'zo niet,? geen (probleem|zorgen)',
  // "Als de timing niet goed is, snap ik dat": as "if the timing isn't right, no worries".
  '(als|indien) (de )?timing (nu )?niet (goed|juist|handig|ideaal) is(,? (snap|begrijp) ik dat)?',
  // Letting the reader off before the ask is weighed: "Als het niet interessant is, …". Cut
  // plainly it would leave the inverted main clause ("hoor ik het graag") without its condition.
  { phrase: '(als|indien) het (nu |op dit moment )?niet (interessant|relevant) is', replacement: 'zo niet' },
  'voel (je|u) vrij om (door te gaan|het te negeren|nee te zeggen)',
  'geen probleem als (het|dat) niet (lukt|kan|past)',
  'geen zorgen als (het|dat) niet (uitkomt|lukt|kan)',
  'geen druk( hoor)?',
  // Doubting the message's use and sending it anyway: "voor het geval het handig is", "die misschien nuttig zijn".
  '(voor het geval|mocht) (het|dit|dat) (handig|nuttig|interessant|relevant) (is|zijn|zou zijn)',
  '(die |dat )?misschien (nuttig|handig|interessant|relevant) (is|zijn|kan zijn|kunnen zijn)',
  'geen (harde|boze) gevoelens',
  'ik dacht (alleen|gewoon|even)',
  'zo nee,? geen (probleem|zorgen)',
  '(dan )?val ik (u|je|jou|jullie) niet (meer|verder) lastig',
  '(u|je) mag dit (bericht )?(gerust )?negeren',
  'negeer dit bericht gerust',
  'geen idee of dit (relevant|interessant) (is|voor (u|je) is)',
  // Minimising the writer's own intent.
  // Asked plainly instead: "mag ik vragen of …", so this one carries its replacement.
  { phrase: 'ik wilde (even|eigenlijk|alleen|alleen maar)( even)? vragen', replacement: 'mag ik vragen' },
  'ik wilde (even|eigenlijk|alleen|alleen maar|kort|nog (één|een) keer|nog even)( even)? (checken|polsen|opvolgen|navragen)',
  // The same with the verb first, after "dus" or "daarom": "dus wilde ik kort even opvolgen".
  '(dus |daarom )wilde ik (kort |even |nog )*(opvolgen|checken|polsen|navragen)',
  // "Ik wilde je even laten weten dat …", the Dutch "I just wanted to let you know".
  'ik wilde (je|u|jullie) (even|alleen|alleen maar|gewoon) (even )?laten weten',
  'ik vind het vervelend om te vragen(, maar)?',
  'ik vraag het (alleen|enkel)( maar)? omdat',
];

/** Pronouns for tone/self-focus, as listed in rules.md (compared in lower case). */
export const NL_FIRST_PERSON: readonly string[] = ['ik', 'me', 'mij', 'mijn', 'wij', 'we', 'ons', 'onze', 'mezelf', 'mijzelf'];
export const NL_SECOND_PERSON: readonly string[] = ['u', 'uw', 'je', 'jij', 'jou', 'jouw', 'jullie', 'jezelf', 'uzelf'];
