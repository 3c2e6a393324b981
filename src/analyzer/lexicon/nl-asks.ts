/**
 * Dutch phrase classes for finding asks (see rules.md, "Asks"). Data only: the grammar that
 * uses them lives in asks/nl.ts. Words are lowercase; patterns run on lowercased text in which
 * every whitespace character (line wraps included) has become a single space.
 */
import { TIME_WISH } from './time-wishes';
import { INVERTED_CONDITION_REQUEST, NEEDS_FROM_READER } from './needs-from-reader';
import { WRITER_ADDRESS } from './writer-address';

export * from './nl-asks-questions';
export * from './nl-asks-softened';

/** Opt-outs: "uitschrijven", and the sequencer's "Geen interesse? Antwoord met 'stop'" (no step, the way out). */
export const UNSUBSCRIBE =
  /\b(?:uitschrijven|afmelden voor|geen (?:e-?mails|mails|berichten|nieuwsbrieven) meer (?:ontvangen|krijgen))\b|\b(?:antwoord|reageer|beantwoord|reply) (?:\S+ ){0,3}?met ["'“‘]?stop\b/i;

/**
 * Passive closers: they only offer help or hope for a reply (rules.md: "Ik hoor graag van u",
 * "Laat gerust weten als je vragen hebt"), plus the Dutch equivalents of "feel free to reach
 * out" and "don't hesitate to contact me".
 */
export const PASSIVE_CLOSER = [
  // "Ik hoor graag van u" hopes for a reply; "Ik hoor graag wat u ervan vindt" asks a view (see WISH).
  /\b(?:ik|wij|we) (?:hoor|horen) (?:het )?(?:graag|snel|spoedig)(?: van (?:u|je|jou|jullie))?(?:[ .!]*$| (?:als|wanneer|mocht)\b)/,
  // Not with what the reply is about: "Graag horen wij van u of dit interessant is" asks a view (see WISH).
  /^graag (?:hoor|horen) (?:ik|we|wij) (?:van (?:u|je|jou|jullie)|uw reactie|je reactie|jouw reactie)\b(?! (?:of|wat|wanneer|hoe|welke?)\b)/,
  /\bbenieuwd naar (?:je|jouw|uw|jullie) (?:reactie|antwoord|bericht|reply)\b/,
  /\b(?:ik|wij|we) (?:hoop|hopen) (?:snel |spoedig )?(?:van (?:u|je|jou|jullie) te horen|op (?:uw|je|jouw) reactie)\b/,
  /\b(?:ik|wij|we) (?:kijk|kijken) (?:uit naar|graag uit naar) (?:uw|je|jouw|jullie) (?:reactie|antwoord|bericht)\b/,
  // "Vragen? Dan hoor ik het graag" offers help; under a condition on fit or relevance it asks for the
  // answer ("Mocht het niet passen, dan hoor ik het graag"), and with what is to be heard it asks a view.
  /(?<!\b(?:relevant|interessant|past|passen|zinvol|niets|niks|interesse|prioriteit)\b[^.?!]*)\bdan (?:hoor|horen) (?:ik|wij|we) (?:het )?graag\b(?! (?:van (?:u|je|jou|jullie) )?(?:wat|of|hoe|welke?|wie|wanneer)\b)/,
  new RegExp(`\\b${WRITER_ADDRESS.nl}\\b`),
  /\b(?:aarzel|schroom) (?:dan )?niet\b/,
  /\bbij (?:eventuele |verdere |andere )?vragen\b/,
  /\bvoor (?:eventuele |verdere |andere )?vragen (?:kun|kunt|kan|ben|bent|sta|staan|zijn|is|mag|mogen)\b/,
  /\b(?:als|mocht|indien|wanneer) (?:je|u|jij|jullie) (?:nog )?(?:vragen|een vraag) (?:hebt|heeft|hebben|heb)\b/,
  // "Laat het me weten als ik ergens mee kan helpen": help offered, as "let me know if I can help".
  /\b(?:als|mocht|indien|wanneer) (?:ik|we|wij) (?:je |u |jou |jullie )?(?:ergens |nog |verder |ook )?(?:mee |bij |iets (?:voor (?:je|u|jou|jullie) )?)?(?:kan|kun|kunnen) (?:helpen|doen|betekenen)\b(?![^.?!]*\bof als (?:je|u|jij|jullie) (?:\p{L}+ ){0,5}?(?:wilt|wil|willen) )/u,
  // Not when a real step follows as the other choice: "Heeft u nog vragen, of wilt u een demo inplannen?"
  /\b(?:heb|hebt|heeft) (?:je|u|jij|jullie) (?:nog )?vragen,(?! of (?:wil|wilt|zullen|zal|kan|kun|kunt|zou|zoudt|mag)\b)/,
  // "Bel me als je wat niet snapt": help with what the reader does not follow.
  /\b(?:als|mocht|indien|wanneer) (?:je|u|jij|jullie) (?:iets|wat|er iets|er wat|het) (?:\p{L}+ ){0,2}?niet (?:snapt|snap|begrijpt|begrijp|kunt vinden|duidelijk vindt)\b/u,
  // "Mocht dit niet kloppen, laat het maar weten": an offer to correct, as "let me know if anything is unclear".
  /\b(?:als|mocht|indien|wanneer) (?:dit|iets|het|er iets|er nog iets) (?:\p{L}+ ){0,3}?(?:niet (?:\p{L}+ ){0,2}?(?:klopt|kloppen|duidelijk (?:is|zijn))|onduidelijk (?:is|zijn)|ontbreekt|ontbreken)\b/u,
  /\b(?:ik|wij|we) (?:help|helpen|leg|leggen|kijk|kijken|denk|denken|sta|staan) (?:u|je|jou|jullie|het)? ?graag\b/,
];


/** A condition that defers the step to a vague future is a passive closer ("Mocht je ooit…"). */
export const VAGUE_FUTURE = /\b(?:later|ooit|in de toekomst|t\.z\.t\.|te zijner tijd|op een later moment|een keer|eens)\b/;

/** Subordinators that open a conditional clause before the request ("Als…, gebruik dan…"). */
export const CONDITIONAL_OPENERS = new Set(['als', 'mocht', 'indien', 'wanneer', 'zodra']);

/**
 * Words that may stand before an imperative or question without changing it: discourse
 * markers ("Dus: zullen we…", "En wil je…", "Of laat ons weten…"), "dan" after a condition,
 * and adverbs of a plain invitation ("Gewoon uitproberen").
 */
export const LEAD_IN_WORDS = new Set([
  'en', 'of', 'dus', 'dan', 'ps', 'p.s', 'pps', 'gewoon', 'even', 'ook', 'alvast', 'vooral', 'snel', 'nu',
  'direct', 'meteen', 'ja', 'tip', 'o', 'oh', 'kortom', 'kort',
]);

export { IMPERATIVE_VERBS, type ImperativeVerb } from './nl-imperatives';

/**
 * Stems that are also nouns used as labels ("Mail: info@…", "Test: 3 weken"): followed straight
 * by a colon they label contact details, not a request.
 */
export const LABEL_NOUNS = new Set(['mail', 'app', 'test', 'check', 'plan', 'start', 'bel', 'sms', 'whatsapp']);

/**
 * Stems that are also nouns heading what follows, with whom it is for: "Vraag aan mijn netwerk:",
 * "Tip voor starters:", "Oproep aan alle ondernemers:". Up to the colon that ends the line, no verb.
 */
export const HEADING_NOUNS = new Set(['vraag', 'tip', 'oproep', 'check', 'test', 'update']);
export const HEADING_REST = /^\s+(?:aan|voor|van|uit|over|richting)\s+(?:\p{L}+\s+){0,4}?\p{L}+\s*:\s*$/u;

/**
 * Infinitives used as a plain invitation ("Gewoon uitproberen.", "Nu aanmelden!") and the
 * idiom "Aanmelden kan hier: <url>" (an impersonal invitation to act).
 */
export const CTA_INFINITIVES = new Set([
  'aanmelden', 'inschrijven', 'registreren', 'bestellen', 'downloaden', 'uitproberen', 'proberen',
  'reserveren', 'boeken', 'bekijken', 'kijken', 'lezen', 'luisteren', 'beluisteren',
  'reageren', 'plannen', 'inplannen', 'deelnemen', 'meedoen', 'insturen', 'aanvragen', 'solliciteren', 'stemmen',
]);

/**
 * A button or link label on a line of its own, Dutch style: object, then the infinitive
 * ("Offerte opnieuw bekijken", "[**AKKOORD GEVEN**](…)", "Gratis proberen"). Up to four words
 * before the verb; "Geen rapporten uitdraaien" is kept out by the negation check in asks/nl.ts.
 */
export const BUTTON_LABEL =
  /^[\s[*_(]*(?:[\p{L}\p{N}-]+ ){0,4}(?:bekijken|aanvragen|aanmelden|inschrijven|downloaden|bestellen|reserveren|inplannen|plannen|uitproberen|proberen|ondertekenen|boeken|registreren|akkoord geven|contact opnemen)[\s!*_\]]*(?:\([^)]*\))?\s*$/u;

/**
 * A link offered as the next step without the address in the text, the LinkedIn habit of
 * putting it in the first comment: "Link naar het rapport in de comments 👇", "Linkje in bio".
 */
export const LINK_ELSEWHERE =
  /^(?:de |het )?link(?:je)?(?: naar [^.!?]{0,60})? (?:staat |vind je |vindt u |zit )?(?:in|onder) (?:de |mijn |het |m'n )?(?:eerste )?(?:reactie|comments?|opmerkingen|bio|profiel|post)\b/;

/**
 * Formal requests without an imperative verb: "Gelieve uw inschrijving te bevestigen" (formal,
 * common in Flemish), "Graag uw reactie voor vrijdag", "Graag ontvang ik uw akkoord".
 */
export const FORMAL_REQUEST =
  /^(?:gelieve\b|graag (?:uw|je|jouw|jullie) (?:reactie|bevestiging|akkoord|antwoord|feedback|mening|terugkoppeling|gegevens)\b|graag (?:ontvang|hoor|krijg|zie) (?:ik|wij|we) (?:uw|je|jouw|jullie) (?:bevestiging|akkoord|terugkoppeling|gegevens|aanmelding|reactie (?:voor|uiterlijk|op))\b)/;

/**
 * A request said as what the reader can do: "U kunt de offerte ondertekend retour sturen",
 * "Je kunt je hier aanmelden". Only with steps that are plainly calls to action, so that
 * descriptions of a product ("Je kunt nu vragen stellen") stay statements.
 */
export const CAN_REQUEST =
  /^(?:u kunt|kunt u|je kunt|kun je|kan je|jij kunt|jullie kunnen|kunnen jullie)\b.*\b(?:aanmelden|inschrijven|registreren|bestellen|reserveren|boeken|ondertekenen|tekenen|retour (?:sturen|zenden)|terugsturen|akkoord geven|aanvragen|downloaden|(?:een afspraak|een gesprek|een moment) (?:maken|plannen|inplannen))\b/;

/**
 * "Mag je ons alsnog de gegevens bezorgen", "Als je wil, mag je gerust wat info doorsturen": the
 * (Flemish) polite request with "mogen", what the reader is to send named after it.
 */
export const MAY_SEND_REQUEST =
  /(?:^|,\s*)(?:mag|mogen) (?:je|u|jij|jullie) (?:ons |me |mij )?(?:[^,.;?!]{0,100} )?(?:bezorgen|doorsturen|sturen|toesturen|opsturen|mailen|doorgeven|invullen|terugsturen|laten weten)\b/u;

/**
 * A link offered as what the reader can look at: "Dan kun je het ontwerp ook via deze link
 * bekijken", "U kunt het rapport hier lezen: <url>" (rules.md: a link offered as the next step).
 * Looking is a step only with the link in the same clause; without it, "je kunt het zien" describes.
 */
export const CAN_LOOK_AT_LINK =
  /^(?:u kunt|kunt u|je kunt|kun je|kan je|jij kunt|jullie kunnen|kunnen jullie)\b(?=.*(?:https?:|www\.|\[link|\{\{|\]\())(?=.*\b(?:bekijken|lezen|inzien|doorlezen|terugkijken|beluisteren|uitproberen|proberen|testen|openen|vinden)\b)/;

/**
 * "Als je de plattegrond kunt sturen, kunnen we deze week offreren": the condition is the request
 * (the reader's step, then what the writer does with it). Only steps that are plainly asked for,
 * ending the condition, so "Als je kunt, is dat mooi" and descriptions stay statements.
 */
export const CONDITIONAL_CAN_REQUEST =
  /^(?:als|indien|mocht|wanneer) (?:je|u|jij|jullie) (?:[^,.;?!]{0,80} )?(?:kunt|kan|kun|kunnen|wilt|wil|willen|zou kunnen|zou willen) (?:[^,.;?!]{0,40} )?(?:sturen|toesturen|doorsturen|opsturen|terugsturen|retour sturen|mailen|ondertekenen|tekenen|bevestigen|aanleveren|invullen|plannen|inplannen|boeken|goedkeuren|laten weten|vrijmaken|delen|doorgeven)(?=\s*(?:,|$)|\s+\p{L}+ (?:we|wij|ik)\b)/u;

/**
 * "Als je die tekent en terugstuurt, kunnen we op 1 februari leveren": the reader's step in the
 * present tense, then the writer's part. Only steps that hand something over or confirm, and
 * only with the writer acting next, so "Als je via een partner boekt, betaal je meer" describes.
 */
export const CONDITIONAL_STEP_REQUEST =
  /^(?:als|indien|zodra|wanneer) (?:je|u|jij|jullie) (?:[^,.;?!]{0,60} )?(?:tekent|ondertekent|terugstuurt|retour stuurt|toestuurt|doorstuurt|opstuurt|stuurt|mailt|bevestigt|invult|aanlevert|goedkeurt|akkoord geeft|laat weten|doorgeeft|aangeeft|inplant|reageert|antwoordt)(?: en (?:[^,.;?!]{0,30} )?\p{L}+t)?\s*,\s*(?:dan )?(?:kunnen|kan|zullen|zal|gaan|ga|plannen|plan|sturen|stuur|starten|start|zetten|zet|regelen|regel|maken|maak|leveren|lever|nemen|neem|bellen|bel|beginnen|begin) (?:we|wij|ik)\b/u;

/**
 * Wishes that name the reader's next step (rules.md: "Lijkt me interessant om te connecten",
 * "I'd love to connect"). A present-tense "ik help graag" is an offer of availability, not a wish;
 * the conditional "zou graag" or "lijkt me leuk om" is. Hearing is a step only with what is to be
 * heard ("leuk om te horen hoe jullie dat doen"): "Fijn om te horen dat …" reacts to news, and
 * "Leuk om van je te horen" is a passive closer.
 */
const NEXT_STEP = String.raw`(?:connecten|verbinden|kennismaken|kennis (?:te )?maken|spreken|bellen|sparren|af(?: te )?spreken|ontmoeten|koffie (?:te )?drinken|praten|laten zien|tonen|demonstreren|bespreken|uitnodigen|horen (?:(?:wij|we|ik) )?(?:van (?:u|je|jou|jullie) )?(?=(?:wat|hoe|of|welke|waar|wanneer|waarom|hoeveel|jouw|uw)\b)|in contact (?:te )?komen|verbinding (?:te )?maken|volgen(?! (?:hoe|wat|of)\b)|(?:ervaringen|kennis|ideeën|gedachten) (?:uit te wisselen|uitwisselen|te delen|delen))`;
/** Steps the writer and the reader take together, for "(misschien) kunnen we …". */
const JOINT_STEP = String.raw`elkaar (?:helpen|versterken|ontmoeten|spreken|eens spreken)|iets (?:voor|aan) elkaar (?:hebben|betekenen|doen)|samenwerken|samen (?:\p{L}+ )?(?:optrekken|oppakken|bekijken)|de krachten bundelen|(?:ervaringen|kennis|ideeën) (?:uitwisselen|delen)|(?:(?:eens|een keer|even) )?(?:connecten|verbinden|kennismaken|kennis maken|sparren|afspreken|koffie drinken|bellen|praten|bijpraten)`;
const FILLERS = String.raw`(?: (?:om|te|even|eens|kort|binnenkort|nog|een keer|snel|elkaar|hier|zijn|met (?:u|je|jou|jullie)))*`;

/**
 * `needsReader`: the wish counts only when it names the reader ("Ik zou graag met je sparren");
 * without that it may name a third party ("Ik zou graag de eigenaar spreken").
 */
export interface Wish {
  pattern: RegExp;
  needsReader?: boolean;
}
export const WISH: Wish[] = [
  // "leuk om te connecten", "(gewoon) nieuwsgierig om te connecten met …", "relevant om kennis te maken",
  // "altijd handig om even te connecten".
  { pattern: new RegExp(String.raw`\b(?:leuk|fijn|mooi|interessant|goed|tof|gaaf|zinvol|relevant|nuttig|waardevol|nieuwsgierig|handig|prettig)(?: (?:zijn|lijken))? om${FILLERS} ${NEXT_STEP}\b`) },
  // "Lijkt me interessant om te connecten", "leek het me relevant om te connecten".
  { pattern: new RegExp(String.raw`\b(?:lijkt|leek) (?:het )?(?:me|mij|ons) (?:leuk|interessant|goed|zinvol|waardevol|fijn|mooi|relevant|nuttig)${FILLERS} ${NEXT_STEP}\b`) },
  { pattern: new RegExp(String.raw`\b(?:ik|wij|we) (?:zou|zouden) (?:het )?(?:graag|leuk vinden|fijn vinden)${FILLERS} ${NEXT_STEP}\b`) },
  // Without the subject, as connection notes write it: "Zou graag connecten.", "Graag verbinden!",
  // and "(ik) kom graag in contact met …".
  // The subject shared with a clause before it: "Ik werk veel met scholen en zou het leuk vinden om te connecten."
  { pattern: new RegExp(String.raw`(?:^|\b(?:en|maar) )(?:zou|zouden) (?:het )?(?:graag|leuk vinden|fijn vinden)${FILLERS} ${NEXT_STEP}\b`) },
  { pattern: new RegExp(String.raw`^graag${FILLERS} ${NEXT_STEP}\b`) },
  { pattern: /\b(?:kom|komen) (?:graag|heel graag) (?:eens )?in contact\b/ },
  // "Ik wil graag connecten", and past tense with the subject shared: "Ik zag dat je … en wilde graag connecten".
  { pattern: new RegExp(String.raw`(?:\b(?:ik|wij|we)|(?:^|\b(?:en|maar))) (?:wil|wilde|wou|willen|wilden) (?:je |u |jou |jullie )?(?:graag|heel graag|eigenlijk graag)${FILLERS} ${NEXT_STEP}\b`) },
  // "Verbind graag.", "Connect graag!": the verb first, as connection notes write it.
  { pattern: /^(?:(?:ik|we|wij) )?(?:verbind|connect|connecteer)(?: (?:me|ons))? (?:graag|heel graag)\b/ },
  { pattern: /\b(?:ik|wij|we) (?:zou|zouden) (?:u |je |jou |jullie |het )?(?:graag|leuk vinden|fijn vinden|waarderen)\b/, needsReader: true },
  // "Graag plan ik een kort gesprek met u in", "Graag nodig ik je uit…"
  { pattern: /^graag (?:zou|wil|plan|maak|bespreek|laat|nodig|kom|bel|spreek|ontmoet) (?:ik|we|wij)\b/, needsReader: true },
  { pattern: new RegExp(String.raw`^graag (?:kom|kwam|zou|wil|maak|plan) (?:ik|we|wij)\b.*(?:\blangs\b|\b${NEXT_STEP}\b)`) },
  // "Ik hoor graag wat u ervan vindt", "Ik hoor graag of dit interessant is", and inverted after a
  // word in front: "Dan hoor ik graag wat de volgende stap is".
  { pattern: /\b(?:(?:ik|wij|we) (?:hoor|horen)|(?:hoor|horen) (?:ik|wij|we)) (?:het )?graag (?:van (?:u|je|jou|jullie) )?(?:wat|of|hoe|welke?|wie|wanneer|(?:uw|je|jouw|jullie) (?:mening|kijk|visie|gedachten|ervaring))\b/ },
  // "Graag hoor ik of dit past bij jullie lezers": "graag" in front, the decision named after it.
  { pattern: /^graag (?:hoor|horen|verneem|vernemen) (?:ik|wij|we) (?:van (?:u|je|jou|jullie) )?(?:wat|of|hoe|welke?|wie|wanneer|(?:uw|je|jouw|jullie) (?:mening|kijk|visie|gedachten|ervaring))\b/ },
  // The answer asked for under a condition (rules.md: a conditional request that names the action):
  // "Mocht het niet relevant zijn, hoor ik het ook graag". Without a condition "ik hoor het graag" only hopes.
  { pattern: /^(?:mocht|mochten|als|indien|wanneer|past|is)\b(?![^.?!,]*\bvra(?:ag|gen)\b)[^.?!]*,\s*(?:dan )?(?:hoor|horen) (?:ik|we|wij) (?:het|dat|dit) (?:dan )?(?:ook |natuurlijk |zeker )?(?:graag|heel graag)\b/ },
  { pattern: /\b(?:lijkt|leek) (?:me|mij|ons) (?:leuk|interessant|goed|zinvol|waardevol|fijn|mooi)\b/, needsReader: true },
  { pattern: /\b(?:ik|wij|we) (?:wil|willen) (?:je|u|jullie) (?:graag )?(?:uitnodigen|spreken|laten zien|bellen)\b/ },
  { pattern: /\b(?:ik|wij|we) (?:nodig|nodigen) (?:je|u|jullie) (?:graag |van harte )?uit\b/ },
  // "Ik wil graag een afspraak met u maken": the meeting named as what the writer wants.
  // A step together, proposed with "kunnen we" ("Misschien kunnen we iets voor elkaar betekenen", "Wellicht kunnen
  // we eens sparren", "We kunnen elkaar vast helpen"): the "we" holds the reader; "we kunnen je helpen" offers.
  { pattern: new RegExp(String.raw`(?:\b(?:kunnen|zouden) (?:we|wij)|\b(?:we|wij) (?:kunnen|zouden))(?! (?:je|u|jou|jullie)\b)(?: (?:misschien|wellicht|vast|zeker|eens|een keer|binnenkort|samen|dan|ook|wel|nog|best))* (?:${JOINT_STEP})\b`) },
  // "Ik hoop dat je mijn uitnodiging accepteert", "hoop dat je meedoet": the hope names the reader's step.
  { pattern: /\b(?:ik |we |wij )?(?:hoop|hopen|hoopte) dat (?:je|u|jij|jullie) (?:\S+ ){0,3}?(?:accepteert|aanneemt|aanvaardt|meedoet|mee doet|langskomt|aansluit|aanwezig bent|connect)\b/u },
  // The reader's view or a name hoped for: "Ik hoopte op jouw inzicht of we een match zijn", "Ik zou een verwijzing waarderen".
  { pattern: /\b(?:ik|wij|we) (?:hoopte|hoopten|hoop|hopen) (?:eigenlijk |stiekem |vooral )?op (?:jouw|je|uw|jullie) (?:\p{L}+ )?(?:inzicht|mening|kijk|advies|input|feedback|gedachten|blik|visie|hulp|reactie)\b/u },
  { pattern: /\b(?:ik|wij|we) (?:zou|zouden) (?:een |je |jouw |uw |jullie )?(?:\p{L}+ )?(?:verwijzing|doorverwijzing|tip|introductie|mening|advies|inzicht|reactie|kijk) (?:\S+ ){0,6}?(?:erg |zeer |heel )?(?:waarderen|op prijs stellen|fijn vinden)\b/u },
  // "Ik zou het op prijs stellen als u de offerte doorstuurt": gratitude for the step, a polite request.
  // "Het zou me enorm helpen als u de naam doorgeeft": what the step would do for the writer, the same request.
  { pattern: /\b(?:(?:ik|wij|we) (?:zou|zouden) het (?:(?:zeer|erg|heel|enorm|bijzonder|echt) )*(?:op prijs stellen|waarderen|fijn vinden|prettig vinden|fijn zijn)|(?:het )?zou (?:me|mij|ons) (?:(?:zeer|erg|heel|enorm|echt|ontzettend) )*(?:helpen|verder helpen)) (?:als|indien|wanneer) (?:je|u|jij|jullie)\b/ },
  // "30 minuten zou me enorm helpen", "Een kwartiertje van je tijd zou ik erg waarderen": the reader's time wished for.
  { pattern: TIME_WISH.nl },
  { pattern: NEEDS_FROM_READER.nl },
  { pattern: INVERTED_CONDITION_REQUEST },
  { pattern: /\b(?:ik|wij|we) (?:wil|willen|zou|zouden) (?:graag )?(?:een |het )?\S*(?:afspraak|gesprek|kennismaking|call|belletje|demo)\S* (?:met (?:u|je|jou|jullie) )?(?:maken|plannen|inplannen|voorstellen|houden)\b/ },
];
/**
 * "Eén woord terug en ik laat het rusten", "Eén woord volstaat:": the reader's short answer asked
 * for without a verb of asking, the Dutch twin of "One word back and I'll leave it there"; and the
 * chat initials of "let me know" that Dutch messages borrow ("Lmk!").
 */
export const ONE_WORD_REPLY =
  /^\W*(?:[eé][eé]n|1|kort|even) (?:woord(?:je)?|berichtje|reactie|antwoord(?:je)?|regel(?:tje)?|ja of nee)(?: terug)?(?: (?:volstaat|is genoeg|is voldoende|en\b)|\s+terug\b)|^\W*lmk\b/iu;

/**
 * "Laten we volgende week even bellen" (rules.md: "Let's set up a call"): the hortative asks
 * when it names a meeting; "Laten we eerlijk zijn" does not.
 */
export const LETS_MEET = new RegExp(String.raw`^laten we\b.*(?:${NEXT_STEP}|(?:gesprek|afspraak|call|belletje|demo|kennismaking|meeting|kwartier|inplannen|vastleggen|prikken)\b|\d+ (?:min|minuten|minuutjes)\b)`);

/**
 * "Ik zou u graag willen bedanken / informeren": courtesy and announcements with a wish's
 * grammar, not a step for the reader.
 */
export const COURTESY_WISH =
  /\b(?:bedanken|danken|feliciteren|complimenteren|informeren|attenderen|wijzen op|op de hoogte (?:brengen|stellen|houden))\b|\b(?:me|mij|mezelf|mijzelf) (?:even |kort )?(?:voorstellen|introduceren)\b/;

/**
 * Indirect questions to the reader: "Ik wilde even vragen of je de nieuwe regels al hebt gezien",
 * "Ik vroeg me af of een kort gesprek zinvol is" (hedged, which tone/timid weighs, but still a question).
 * Messages drop the "ik" at the start of a sentence: "Vroeg me af of je daar al iets voor hebt", "Wilde even
 * vragen of …" (not "Wil je weten of …?", a question of its own). The message's purpose put as finding out
 * asks too: "Ik mail je om te vragen of dit bij jullie speelt", "Even een berichtje om te checken of je …"
 * (with the reader named after it: "om te kijken of het werkt" reports a test).
 */
export const INDIRECT_QUESTION =
  /(?:\b(?:ik|wij|we) (?:wil|wilde|wou|wilden|zou|zouden)|^\W*(?:wilde|wou)) (?:(?:je|u|jullie|jou) )?(?:(?:even|graag|nog|eens|toch|kort|één keer|een keer) )*(?:vragen|weten|checken|polsen|navragen|peilen) (?:of|wat|hoe|wanneer|welke?|wie|waar)\b|(?:\b(?:ik|wij|we) (?:vroeg|vroegen|vraag|vragen)|^\W*(?:vroeg|vraag)) (?:me|mij|ons)(?: \S+){0,4}? af (?:of|wat|hoe|wanneer|welke?|wie|waar)\b|\b(?:mail|mailde|schrijf|schreef|bel|belde|stuur|stuurde|app|appte|contact|bericht|berichtje|mailtje|mail)\b[^.?!]{0,40}?\bom (?:(?:even|eens|kort|nog) )*te (?:vragen|checken|kijken|peilen|polsen|horen|weten|navragen|informeren) (?:of|wat|hoe|wanneer|welke?|wie|waar)\b(?=[^.?!]*\b(?:je|jij|jou|jouw|u|uw|jullie)\b)/;

/** "Benieuwd naar jullie ervaring!": curiosity about the reader's view, said as a statement. */
export const CURIOUS = /(?:^|\b(?:ik ben|ben|zijn we|we zijn|wij zijn) )(?:erg |heel |wel |ook |oprecht |echt )?benieuwd (?:naar|of|wat|hoe|welke?|wie|wanneer|waar)\b(?! (?:het )?(?:met (?:je|u|jou|jullie)|het (?:met|gaat)|je (?:weekend|vakantie)))/;


/**
 * Short questions built on an infinitive or a step noun, with no subject: "Donderdag even bellen?",
 * "Samen een kop koffie drinken?", "Volgende week even sparren?". The Dutch way to propose a
 * step in a few words (practice: follow-ups and P.S. lines). A short time or topic may follow
 * ("Even bellen deze week?"). Not after "waarom/hoe/wat", which open a hook ("Waarom bellen?
 * Omdat…"), not with a subject before the infinitive, and not with a finite verb after it: then
 * it is a full question or a statement about the step ("Bellen is toch leuker?").
 */
const STEP_INFINITIVES = String.raw`(?:bellen|videobellen|sparren|afspreken|kennismaken|connecten|samenwerken|afstemmen|inplannen|plannen|bespreken|doorspreken|doornemen|praten|langskomen|lunchen|(?:kop(?:je)? |bakkie )?(?:koffie|thee) drinken|(?:een )?(?:borrel|biertje) drinken|meedoen|proberen|testen|starten|beginnen)`;
const SUBJECT = String.raw`(?:ik|we|wij|je|jij|u|jullie|ze|zij|hij|het|dat|dit)`;
/** Finite verbs that make the words after the infinitive a clause of their own ("Bellen is toch leuker?"). */
const FINITE = String.raw`(?:is|zijn|was|waren|heeft|hebben|kan|kun|kunt|wil|wilt|moet|moeten|gaat|gaan|werkt|lijkt|blijft|wordt|helpt|loont)`;
// Hyphens of every kind: "co‑delivery" is often written with a non-breaking one.
const WORD_PATTERN = String.raw`[\p{L}\p{N}'’\u2010\u2011-]+`;
export const INFINITIVE_PROPOSAL = new RegExp(
  String.raw`^(?!(?:waarom|hoe|wat)\b)(?:(?!${SUBJECT}\b)${WORD_PATTERN} ){0,5}${STEP_INFINITIVES}(?: (?!${FINITE}\b)${WORD_PATTERN}){0,4}\?$`,
  'u',
);

/**
 * The writer answering his own opening question: "De mijne begon met…", "Bij ons waren het er
 * veertig". Such a question opens a story (a hook), whatever pronoun it uses (rules.md: hook
 * questions the writer answers are not asks).
 */
export const WRITER_ANSWER =
  /^\W*(?:de mijne|het mijne|die van (?:mij|ons)|bij (?:ons|mij)|voor (?:mij|ons)|in mijn geval|persoonlijk|zelf|mijn (?:[\p{L}-]+ ){0,3}(?:is|was|zijn|waren)|ik (?:[\p{L}-]+ ){0,2}(?:zelf|persoonlijk))\b/u;

/**
 * A second imperative after "en" that carries out the first (looks or tries at the same place, or
 * answers): "Log in via … en probeer de planning", "Bekijk de offerte en laat me weten wat je
 * ervan vindt". Any other verb starts a second ask ("… en vertel het aan je collega's").
 */
export const CONTINUES_FIRST_STEP =
  /^(?:(?:ook|alvast|dan|even|gerust|daarna|direct|meteen) )*(?:probeer|bekijk|test|ontdek|kijk|lees|check|klik|ga|zie|vul|reageer|antwoord|beantwoord|laat (?:[\p{L}'-]+ ){0,3}(?:weten|horen)|vertel (?:me|mij|ons)|geef (?:me|mij|ons) (?:door|aan)|stuur (?:[\p{L}'-]+ ){0,3}(?:terug|retour))\b/u;

/** Navigation steps: what follows "en" is done at the place they open ("Klik op de link en vul het formulier in"). */
export const NAVIGATION_STEP = /^(?:klik|tik|ga naar|open|bezoek|log in|surf)\b/;

/**
 * Words that, opening a clause, make "kunt u …" a request all the same: a purpose or a step in a
 * sequence ("Om te starten kunt u …", "Daarna kunt u zich aanmelden"), not a description of a
 * product ("Met deze tool kunt u …"). Practice: onboarding and order mails.
 */
export const CAN_REQUEST_LEADS =
  /^(?:om (?:[\p{L}-]+ ){0,3}te \p{L}+|daarna|vervolgens|hiervoor|daarvoor|als eerste(?: stap)?|eerst|nu|vanaf nu|alvast|hier|via (?:de|deze|onze|mijn) (?:link|website|site|knop|pagina)),? /u;

/** Headers that call attention to what follows, not to a step: "LET OP:", "Lees dit:". Practice. */
export const ATTENTION_HEADER = /^(?:lees (?:dit|even|eerst)|let (?:op|wel)|belangrijk|attentie|opgelet|nb|n\.b)\s*:/;
