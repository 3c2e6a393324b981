/**
 * Dutch phrases for the tone set, in the same form as en-tone.ts (phrase sources for
 * `phrasePattern`: a plain apostrophe also matches a curly one, a space any white space).
 */
import type { Phrase } from '../body-search';

/**
 * Apologies for the message itself (tone/timid fires on one): every way of saying sorry (the
 * heads) with every way of naming the message as the trouble, in the forms Dutch outreach uses
 * (u or je, "storen", "lastigvallen", "zomaar", "ongevraagd"). From rules.md's "sorry dat ik stoor"
 * and "excuses voor de onderbreking". In the clause after "dat" the verb comes last, so it must
 * end the clause: "sorry dat ik je mail pas nu beantwoord" apologises for a late answer.
 * Apologies for something else ("sorry voor de late reactie") are not about daring to write.
 */
const SORRY_HEADS = '(sorry|(mijn |onze )?(excuses|verontschuldigingen)|neem (me|mij) (het )?niet kwalijk|pardon|vergeef (me|mij)|het spijt (me|mij|ons))';
const UNASKED = '(even|weer|nogmaals|zomaar|over|hierover|ongevraagd|onaangekondigd|hier|hiermee|zo|via deze weg|op deze manier|uit het niets|out of the blue) ';
const DISTURB_VERBS = [
  'stoor', 'storen', 'lastigval', 'lastig val', 'lastigvallen', 'lastig vallen', 'mail', 'mailen', 'e-?mail', 'e-?mailen',
  'benader', 'benaderen', 'contacteer', 'contacteren', 'aanschrijf', 'aanschrijven', 'schrijf', 'bericht', 'een bericht stuur',
  'een (e-?mail|mail|mailtje|bericht|berichtje|DM) (stuur|sturen)', 'bel', 'bellen',
  // Binnenvallen in iemands reacties of inbox: "Sorry dat ik zo in je reacties kom".
  "(in je|in uw) (reacties|inbox|DM's) (kom|val|spring|binnenval)",
  // Joining a thread uninvited: "sorry dat ik me hier even in meng".
  'me (\\S+ ){0,2}in meng', 'me (\\S+ ){0,2}mee bemoei', 'inmeng',
];
const CLAUSE_END = String.raw`(?=\s*(?:[,.!;:?)]|$|\s(?:en|maar|want|met|over|omdat|hiermee|hierover)\b))`;
const SORRY_FOR = [
  `(dat|als) (ik|we|wij) (u |je |jou |jullie )?(${UNASKED})*(${DISTURB_VERBS.join('|')})${CLAUSE_END}`,
  'voor (de|het|deze|dit|mijn|ons) (onderbreking|storen|ongevraagde (e-?mail|mail|mailtje|bericht|berichtje))',
  // De mail zelf als verrassing: "Excuses als deze mail onverwacht komt", twin van "if this email is unexpected".
  '(als|indien|mocht) (deze|dit|mijn) (e-?mail|mail|mailtje|bericht|berichtje) (wat |een beetje )?(onverwacht|ongevraagd|uit het niets|als een verrassing) (komt|is|kwam)',
];
export const NL_APOLOGIES: readonly string[] = [
  `${SORRY_HEADS} (${SORRY_FOR.join('|')})`,
  'pardon voor het storen',
  // Sorry voor het blijven mailen, als in break-up mail: "Excuses als ik te opdringerig ben geweest".
  '(sorry|excuses|mijn excuses) als ik (te |wat |een beetje )?(opdringerig|vasthoudend|aandringend|lastig) (ben|was|ben geweest|overkom)',
  // The twin of "I don't want to be a bother": not wanting to be a nuisance, before the message goes on.
  'ik wil (u|je|jou) (echt )?niet (lastigvallen|lastig vallen|storen|irriteren)(, maar)?',
  'ik wil niet (vervelend|opdringerig|lastig|pusherig|spammerig) (zijn|overkomen)',
  // Niet die persoon willen zijn: "ik wil niet diegene zijn die blijft mailen", de tegenhanger van "that person who".
  '(ik )?wil niet (die|diegene|degene|die persoon|die verkoper) zijn die',
  // Het bericht vooraf verontschuldigd: "Ik hoop dat je het niet erg vindt dat ik je zo benader".
  '(ik )?hoop dat (je|u|jij|jullie) het niet erg (vindt|vind|vinden) dat ik',
  // Not wanting to keep insisting: "Dit is mijn laatste bericht, ik wil niet blijven aandringen".
  'ik wil (u |je |jou |jullie )?niet (blijven |langer )?(aandringen|pushen|zeuren|achter (u|je) aan zitten)',
  // Niet willen blijven mailen: "Ik wil je niet blijven spammen", "ik wil u niet blijven lastigvallen".
  'ik wil (u|je|jou|jullie) niet (blijven|steeds) (spammen|mailen|lastigvallen|lastig vallen|storen)',
  // Apologising for the inconvenience the mail causes (bulk mail).
  '(onze |mijn )?excuses voor (het|eventueel|eventuele|het eventuele) (ongemak|overlast)',
  // Denying the nuisance before the ask: "Niet om je lastig te vallen, maar", "Ik probeer je niet te pushen".
  '(?<=(?:^|[.!?,;:—–-]\\s*))niet om (u |je |jou |jullie )?(lastig te vallen|te storen|te pushen|op te jagen|vervelend te (doen|zijn)|te zeuren)',
  'ik probeer (u |je |jou |jullie )?niet (lastig te vallen|te storen|te pushen|op te jagen|vervelend te (doen|zijn))',
];

/**
 * Hedges that talk the ask away (tone/timid fires on two or more): the examples of rules.md
 * with their common variants (u/je, "erg druk", "ik vraag me af", "teveel"). The optional
 * ", maar" belongs to the hedge, so dropping it leaves the real sentence.
 */
export const NL_HEDGES: readonly Phrase[] = [
  // Excusing the reader's time.
  'ik weet dat (u|je|jij|jullie) het (\\S+ ){0,4}druk (heeft|hebt|heb|hebben)(, maar)?',
  'ik wil (niet )?(te veel|teveel) van (uw|je|jouw) tijd (vragen|innemen)(, maar)?',
  'ik (begrijp|snap|weet) dat het (erg |heel |nu )?druk (is|kan zijn)',
  'ik (begrijp|snap) dat (u|je|jij|jullie) het (erg |heel |nu )?druk (heeft|hebt|hebben|kan hebben|kunt hebben)',
  // "Ik weet hoe vol een praktijk zit", "ik snap hoe druk je agenda is": the same excuse, said of the reader's days.
  'ik (weet|begrijp|snap) (hoe|dat) (druk|vol) (\\S+ ){0,3}(is|zit|zitten|staat|staan|kan zijn)(, (dus|maar))?',
  '(daarom |dus )?(houd|hou) ik het kort',
  // De inbox van de lezer als overvol voorgesteld: "je inbox zal wel ontploffen", "je agenda staat vast vol".
  '(ik weet dat |ik kan me voorstellen dat )?(je|jouw|uw) (inbox|mailbox|agenda)( \\S+){0,3} (zal|zit|staat|is|ziet|stroomt|loopt)( \\S+){0,3} (vol|overvol|ontploffen|over|een gekkenhuis|een chaos)(, (maar|dus))?',
  // Wondering instead of asking.
  'ik vroeg (me|mij) af of( misschien| wellicht)?',
  'ik vraag (me|mij) af of( misschien| wellicht)?',
  // Conditions that make the ask optional before it is made.
  'als het niet (te veel|teveel) moeite is',
  'als (u|je) het niet erg vindt',
  // Releasing the reader from answering.
  'geen (enkel )?probleem als het (nu |even |op dit moment )?niet uitkomt',
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
  // Excusing the reader for a message missed: "geen zorgen als die erbij ingeschoten is".
  'geen (zorgen|probleem) als (die|dat|het|deze|mijn|m\'n)( vorige)?( (mail|e-mail|bericht|mailtje|berichtje))? (erbij )?(is )?(ingeschoten|ondergesneeuwd|gemist|blijven liggen)( is)?',
  'geen druk( hoor)?',
  // The follow-up itself made small, as "just a quick follow-up": "Even een kort opvolgberichtje", "Graag volg ik even op",
  // "Daar wilde ik graag kort op terugkomen".
  '(even )?(een )?kort(e)? (opvolg)?(berichtje|bericht|mailtje|vraagje|opvolgmailtje)',
  '(graag )?volg ik (even|kort|nog even)( kort)? op',
  '(daar )?wilde ik (graag )?((even|kort|nog) )+(op )?(terugkomen|op terugkomen|opvolgen|navragen)',
  // Excusing the reader's silence: "Misschien kwam mijn mail op een druk moment binnen".
  '(misschien|wellicht) kwam (mijn|de|het|m\'n) (vorige )?(mail|mailtje|bericht|berichtje) op een (druk|onhandig|slecht|ongelegen|ongunstig) moment( binnen)?',
  // Releasing the reader from answering: "Anders helemaal geen probleem", "Komt dat niet uit, dan hoor ik het ook".
  'anders (is dat )?(helemaal |ook |natuurlijk )?geen (probleem|punt)',
  'komt (dat|het) (nu |even )?niet uit,? (dan )?(hoor ik (het|dat) ook( graag)?|is dat (ook )?(prima|goed|geen probleem))',
  'ik (begrijp|snap|weet) dat (de|je|jouw|uw|jullie) agenda(\'s)? (erg |heel |nu )?vol (zit|zitten|is|zijn|staat|staan)',
  // Het bericht als last op de inbox: "Ik wil je inbox niet verstoppen", twin van "I don't want to clog your inbox".
  'ik wil (je|jouw|uw) (in)?box niet (verstoppen|vullen|volspammen|overspoelen|volgooien|volproppen)',
  // Excusing the reader's lack of time before the ask: "Geen zorgen als je even geen tijd hebt", as "no worries if you're busy".
  'geen (zorgen|probleem) als (je|u|jij|jullie) (het )?(even |nu |op dit moment )?(geen tijd (hebt|heeft|heb|hebben)|(te )?druk (hebt|heeft|bent|bezig bent))',
  // Hoping instead of asking: "ik hoopte dat je misschien …", the twin of "I was hoping I could".
  'ik hoopte (eigenlijk |stiekem )?(dat )?(ik|je|u|jij|we|jullie)',
  // A second wish shrunk in the same breath: "… en misschien zelfs een introductie".
  '(en|of) misschien (zelfs|ook nog)',
  // Doubting the message's use and sending it anyway: "voor het geval het handig is", "die misschien nuttig zijn".
  '(voor het geval|mocht) (het|dit|dat) (handig|nuttig|interessant|relevant) (is|zijn|zou zijn)',
  '(die |dat )?misschien (nuttig|handig|interessant|relevant) (is|zijn|kan zijn|kunnen zijn)',
  'geen (harde|boze) gevoelens',
  // De lezer vrijgelaten die het al geregeld heeft: "Heb je dit al geregeld, geen zorgen".
  '(als|mocht) (je|u|jij|jullie) dit (al )?(geregeld|opgelost|onder controle) (hebt|heeft|hebben)(, (geen zorgen|geen probleem))?',
  // De lezer vrijgelaten in zoveel woorden: "Ik begrijp het helemaal als je niet connect".
  'ik (begrijp|snap) het (helemaal |volkomen |prima |best )?als (je|u|jij|jullie) (niet|geen)',
  // Met een schouderophaal gestuurd: "dacht dat het geen kwaad kon om contact op te nemen".
  '(dacht|bedacht),? (dat )?het (geen kwaad (kan|kon)|(kan|kon) geen kwaad)( om)?',
  // De vraag zelf afgezwakt bij de start: "Misschien kunnen we …", "Wellicht kun je …".
  '(?<=(?:^|[.!?]\\s*))(misschien|wellicht) (kunnen|kan|kun|kunt|zouden|zou) (we|wij|ik|je|u|jij)',
  'ik dacht (alleen|gewoon|even)',
  'zo nee,? geen (probleem|zorgen)',
  '(dan |daarna |verder )?val ik (u|je|jou|jullie) niet (meer|verder) lastig',
  // De lezer vrijgelaten als het nu niet past: "Komt het nu niet uit, helemaal goed".
  '(komt|past|schikt) het (nu |op dit moment |even )?niet( uit)?, (dan is dat )?(helemaal |ook |prima |geen probleem|geen zorgen)(goed|prima)?',
  // The same promise as written in bump mail: "dan stop ik je niet meer lastig te vallen".
  '(dan )?(stop|stopt) ik (met )?(u |je |jou |jullie )?(niet meer |verder )?(lastig te vallen|lastigvallen|te mailen|te storen)',
  '(u|je) mag dit (bericht )?(gerust )?negeren',
  'negeer dit bericht gerust',
  'geen idee of dit (relevant|interessant) (is|voor (u|je) is)',
  // Minimising the writer's own intent.
  // Asked plainly instead: "mag ik vragen of …", so this one carries its replacement.
  { phrase: 'ik wilde (even|eigenlijk|alleen|alleen maar)( even)? vragen', replacement: 'mag ik vragen' },
  'ik wilde (even|eigenlijk|alleen|alleen maar|kort|nog (één|een) keer|nog even)( even)? (checken|polsen|opvolgen|navragen)',
  // The same with the verb first, after "dus" or "daarom": "dus wilde ik kort even opvolgen".
  '(dus |daarom )wilde ik (kort |even |nog )*(opvolgen|checken|polsen|navragen)',
  // The subject left out, as bump mail writes it ("Wou even checken of …", "maar wilde u nog even
  // attenderen op …"), and the spoken "wou" for "wilde".
  '(?<=(?:^|[.!?,\\n]\\s*|maar |en ))(ik )?(wilde|wou) (u |je |jou |jullie )?(nog )?((even|eigenlijk|alleen|alleen maar|kort|gewoon|nog eens|toch) )+(checken|polsen|opvolgen|navragen|attenderen|herinneren|laten weten|vragen)',
  // Releasing the reader from answering: "dan is dat uiteraard ook helemaal oké".
  '(dan )?is dat (uiteraard |natuurlijk |ook |helemaal |prima |gewoon )*(oké|ok|okay|prima|goed|geen probleem)',
  '(?<=(?:^|[.!?\\n]\\s*))(wilde|wou) (mijn|m\'n) (vorige |laatste |eerdere )?(mail|e-mail|bericht|mailtje|berichtje)',
  // "Ik wilde je even laten weten dat …", the Dutch "I just wanted to let you know".
  'ik wilde (je|u|jullie) (even|alleen|alleen maar|gewoon) (even )?laten weten',
  'ik vind het vervelend om te vragen(, maar)?',
  'ik vraag het (alleen|enkel)( maar)? omdat',
  // "Ik wil gewoon weten waar we staan": the present tense of "ik wilde even vragen".
  'ik wil (gewoon|alleen|alleen maar|eigenlijk|enkel) (even )?(weten|checken|polsen|vragen|navragen)',
  // The ask made optional by doubting it matters to the reader: "Als dit voor jullie geen prioriteit is".
  '(als|indien|mocht) (\\S+ ){1,4}geen (prioriteit|pijnpunt|speerpunt|aandachtspunt|issue) (is|zijn)',
  '(ik zal|zal ik) (je|jouw|uw) (in)?box niet (meer|langer) (vullen|volspammen|overspoelen)',
  // Releasing the reader from answering: "Geen reactie nodig — …".
  'geen (reactie|antwoord) nodig',
  // Sending it on a whim: "dacht: laat ik even een berichtje sturen" (the English "figured I'd reach out").
  '(ik )?dacht,?:? (ik )?laat ik (even|eens|maar|gewoon)',
  // The step put off to a vague someday: "mocht je er ooit eens over willen sparren".
  '(als|mocht|mochten) (je|u|jij|jullie) (er )?ooit( eens)?',
];

/** Pronouns for tone/self-focus, as listed in rules.md (compared in lower case). */
export const NL_FIRST_PERSON: readonly string[] = ['ik', 'me', 'mij', 'mijn', 'wij', 'we', 'ons', 'onze', 'mezelf', 'mijzelf'];
export const NL_SECOND_PERSON: readonly string[] = ['u', 'uw', 'je', 'jij', 'jou', 'jouw', 'jullie', 'jezelf', 'uzelf'];
