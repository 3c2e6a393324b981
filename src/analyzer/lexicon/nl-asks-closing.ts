/**
 * Dutch asks that name the reader's step without the usual request form, as real outreach writes
 * them: the twins of en-asks-closing.ts. Read by asks/nl.ts; matched on the folded (lower-case) text.
 */

/**
 * Verbless closing questions that ask the reader to weigh the idea: "Zin?", "Nog relevant?",
 * "Interessant voor jullie?", "Iets voor jou?", "Klinkt goed?", "Te vroeg?". Only at the close of
 * the draft: earlier, "Relevant? Zeker." is the writer's own answer coming.
 */
export const NL_EVALUATION_QUESTIONS = [
  /^(?:(?:nog|nog steeds|nog altijd|überhaupt|wel) )?(?:zin|relevant|interessant|nuttig|zinvol|actueel|waardevol|een optie|een idee|iets|aan de orde|een prioriteit)(?: (?:voor (?:jou|je|u|jullie|(?:jouw|uw|je|jullie) [\p{L}-]+)|nu|op dit moment|dit kwartaal|dit jaar))?\?$/u,
  /^(?:klinkt|lijkt) (?:dat|dit|het)? ?(?:goed|interessant|zinvol|nuttig|logisch)\?$/u,
  // The reader's recognition or curiosity: "Herkenbaar?", "Klinkt bekend?", "Benieuwd?", "Nieuwsgierig geworden?".
  /^(?:(?:ook|zo|dit|dat|heel) )?(?:herkenbaar|bekend|benieuwd|nieuwsgierig|geïnteresseerd|geinteresseerd)(?: (?:geworden|voor (?:jou|je|u|jullie)))?\?$/u,
  /^(?:klinkt|komt) (?:dat|dit|het)? ?(?:bekend|herkenbaar)(?: voor)?\?$/u,
  /^(?:goed|slecht) (?:idee|moment)\?$|^(?:te vroeg|te snel|goede timing|slechte timing)\?$|^ja of nee\?$/u,
  // English loans: "Relevant?", "Makes sense?", "Worth it?".
  /^(?:still )?(?:relevant|interested|intrigued|curious|makes? sense|worth it|open to it|sounds? familiar)\?$/u,
];

/**
 * A request without an imperative, as Dutch mail puts one after "graag": "Graag de offerte getekend
 * retour vóór vrijdag", "Graag je reactie voor het eind van de week", "Graag een seintje als …".
 * What comes after "graag" is what the reader is to return or give; a writer's offer ("Graag stuur ik
 * u …", "graag gedaan", "graag tot ziens") has a verb or a set phrase there and is no request.
 */
export const GRAAG_REQUEST =
  /^(?:(?:en|dan|dus|alvast) )?graag (?!(?:ik|we|wij|gedaan|tot|zelfs|hoor|ook|meer|gezien)\b)(?:(?:\p{L}+|€?\d+[\p{L},.-]*) ){0,6}?(?:retour|terug|getekend|ondertekend|ingevuld|toegestuurd|opgestuurd|doorgestuurd|ontvangen|(?:uw|je|jouw) (?:reactie|akkoord|antwoord|bevestiging|feedback|mening|handtekening|keuze)|een (?:reactie|seintje|berichtje|bevestiging|akkoord|antwoord|belletje)|bericht)\b/u;

/**
 * The same request with "graag" after the verb: "Even de planning bevestigen graag, dan zijn we
 * rond", "Het formulier ingevuld terugsturen graag". An infinitive of a step for the writer, then "graag".
 */
export const INFINITIVE_GRAAG_REQUEST =
  /^(?:(?:en|dan|dus|alvast|even|nog) )*(?:(?:\p{L}+|€?\d+[\p{L},.-]*) ){0,6}?(?:bevestigen|sturen|toesturen|terugsturen|doorsturen|opsturen|ondertekenen|tekenen|invullen|doorgeven|laten weten|aanleveren|mailen|bellen|plannen|inplannen|goedkeuren|retour sturen) graag\b/u;

/**
 * The writer answering an opening question straight away, in mail as in posts: "Worstelt u met X?
 * U bent niet alleen.", "… De meeste bedrijven wel." The question opens a story (rules.md: hook questions).
 */
export const NL_HOOK_ANSWER =
  /^\W*(?:(?:dan )?(?:u bent|je bent|jij bent|jullie zijn) (?:niet (?:de enige|alleen)|in goed gezelschap)|geen wonder\b|niet vreemd\b|de meeste (?:\p{L}+ )?(?:doen|hebben|zijn|worstelen|wel)\b|veel (?:\p{L}+ )?(?:worstelen|hebben|doen) (?:er )?(?:\p{L}+ )?(?:mee|dit|hetzelfde)\b)/u;
