/**
 * Dutch phrase classes for questions (split from nl-asks.ts, which re-exports them): who a question
 * addresses, its verb-first and verbless forms, and the hooks, pleasantries and nagging that ask nothing.
 */
/**
 * Pronouns that address the reader. The stressed forms (and the polite u/uw) single out the
 * person reading; unstressed "je" is also the generic "you" of Dutch how-to writing
 * ("Hoe maak je deze shift?"), so a question with only "je" needs more evidence.
 */
export const READER_STRONG = new Set(['u', 'uw', 'jij', 'jou', 'jouw', 'jullie']);
export const READER_WEAK = new Set(['je', "j'", 'jouwe']);

/** Subject pronouns and demonstratives that follow a fronted finite verb ("Heeft u…", "Klinkt dat…"). */
export const SUBJECTS_AFTER_VERB = new Set([
  'ik', 'je', 'jij', 'u', 'we', 'wij', 'jullie', 'ze', 'zij', 'hij', 'het', 'dit', 'dat', 'er', 'men', "'t",
]);

/**
 * Words that can open a Dutch clause but are not finite verbs: question words, articles,
 * conjunctions, common adverbs, prepositions, pronouns. A clause whose first word is not one of
 * these and whose second word is a subject pronoun has the verb first (question or imperative).
 */
export const NOT_A_VERB = new Set([
  // question words
  'wat', 'wie', 'waar', 'wanneer', 'waarom', 'hoe', 'hoeveel', 'hoelang', 'welke', 'welk', 'waarmee',
  'waarover', 'waarvoor', 'waardoor', 'waarin', 'waaraan', 'wiens',
  // articles, determiners, pronouns
  'de', 'het', 'een', "'t", 'deze', 'die', 'dit', 'dat', 'ik', 'je', 'jij', 'u', 'we', 'wij', 'jullie', 'ze',
  'zij', 'hij', 'mijn', 'onze', 'ons', 'uw', 'jouw', 'hun', 'haar', 'zijn', 'men', 'iedereen', 'niemand',
  'alles', 'niets', 'iets', 'elke', 'ieder', 'iedere', 'geen', 'veel', 'weinig', 'meer', 'minder', 'alle',
  // conjunctions and subordinators
  'en', 'of', 'maar', 'want', 'dus', 'als', 'mocht', 'indien', 'zodra', 'omdat', 'terwijl', 'hoewel',
  'toen', 'nadat', 'voordat', 'zodat', 'tenzij',
  // adverbs that front a V2 clause
  'dan', 'nu', 'daarom', 'zo', 'ook', 'toch', 'nog', 'misschien', 'gewoon', 'even', 'wel', 'niet', 'hier',
  'daar', 'vandaag', 'morgen', 'gisteren', 'straks', 'eerst', 'daarna', 'vervolgens', 'bovendien',
  'trouwens', 'eigenlijk', 'natuurlijk', 'helaas', 'gelukkig', 'samen', 'vaak', 'soms', 'altijd', 'nooit',
  'echt', 'zeker', 'graag', 'alvast', 'direct', 'meteen', 'kortom', 'tot', 'ja', 'nee', 'oké', 'ok',
  // prepositions
  'in', 'op', 'met', 'voor', 'na', 'bij', 'van', 'uit', 'om', 'over', 'door', 'naar', 'tijdens', 'zonder',
  'tegen', 'onder', 'boven', 'via', 'per', 'sinds', 'vanaf',
]);

/**
 * Finite verbs that open yes/no questions to the reader even without a pronoun after them
 * ("Past dinsdag om 10.00 uur?", "Zou een kwartier bellen zinvol zijn?"). Dutch grammar: modal
 * and fit verbs in first position.
 */
export const QUESTION_OPENING_VERBS = new Set([
  'zou', 'zouden', 'zal', 'zullen', 'kan', 'kun', 'kunt', 'kunnen', 'mag', 'mogen', 'wil', 'wilt',
  'willen', 'heb', 'hebt', 'heeft', 'hebben', 'ben', 'bent', 'is', 'zijn', 'past', 'passen', 'schikt',
  'lukt', 'werkt', 'klinkt', 'lijkt', 'spreekt', 'staat', 'staan', 'gaat', 'gaan', 'doe', 'doet', 'vind',
  'vindt', 'weet', 'ken', 'kent', 'zie', 'ziet', 'denk', 'denkt', 'speelt', 'kom', 'komt', 'gebruik',
  'gebruikt', 'wordt', 'worden',
]);

/** Verbs of opinion: "Wat vind je van…?", "Hoe denk jij erover?" ask the reader's view whatever the pronoun. */
export const OPINION_VERBS = new Set(['vind', 'vindt', 'vinden', 'denk', 'denkt', 'denken', 'zie', 'ziet', 'kijk', 'kijkt', 'ervaar', 'ervaart']);

/** Scheduling words: "Wat is een goed moment om te bellen?", "Welke dag komt het beste uit?". */
export const SCHEDULING =
  /\b(?:goed|geschikt|handig|beter) (?:moment|tijdstip)\b|^hoe laat\b|\bwelke? (?:dag|datum|tijdstip|moment|week|dagdeel)\b|\b(?:komt|komen|kwam)\b.*\buit\?|\b(?:schikt|schikken|gelegen)\b/;

/**
 * Proposals the writer makes that need the reader's yes ("Zullen we bellen?", "Mag ik een demo
 * laten zien?", "Zal ik de cv's sturen?"): modal first, then the writer as subject.
 */
export const PROPOSAL_MODALS = new Set(['zullen', 'zal', 'mag', 'kan', 'kunnen', 'gaan', 'zou', 'zouden', 'mogen']);
export const WRITER_SUBJECTS = new Set(['ik', 'we', 'wij']);
/**
 * Words that open a clause with a third-person subject ("Onze planner leest …", "Het team zet …",
 * "Die stuurt …"): a verb after "en" in that clause has the same subject, not the reader's imperative.
 */
export const THIRD_PERSON_OPENERS = new Set([
  'hij', 'zij', 'ze', 'het', 'die', 'dit', 'dat', 'deze', 'men', 'de', 'een', 'onze', 'ons', 'mijn', "m'n", 'hun', 'zijn',
  'haar', 'elke', 'ieder', 'iedere', 'iedereen', 'niemand', 'wie',
]);

/**
 * Verbless questions that ask for interest or a slot ("Interesse?", "Interesse om even te
 * sparren?", "Zin in een kop koffie?", "Tijd voor een kort gesprek?"). Common short forms in
 * Dutch cold mail.
 */
export const ELLIPTIC_ASK_HEADS = [
  /^(?:nog (?:steeds )?|ook )?(?:interesse|belangstelling)(?: (?:in|om|voor|of)\b.*)?\?$/,
  /^(?:nog )?(?:zin|tijd|ruimte|behoefte)(?: (?:maandag|dinsdag|woensdag|donderdag|vrijdag|morgen|vandaag|deze week|volgende week|binnenkort))? (?:in|om|voor)\b/,
  /^(?:een )?(?:kwartier(?:tje)?|belletje|(?:kop|kopje) koffie|kennismaking|afspraak(?:je)?|demo|(?:kennismakings)?gesprek(?:je)?|call)\b[^?]*\?$/,
  // Leave asked for the writer's step, its verb left out: "Oké als ik hem doorstuur?", "Goed als ik je even bel?"
  /^(?:oké|oke|ok|okay|prima|goed|akkoord) (?:als|dat|indien) (?:ik|we|wij)\b[^?]*\?$/,
  // "Open voor een kort gesprekje?", "Geïnteresseerd?"
  /^(?:open|beschikbaar|geïnteresseerd|geinteresseerd) (?:voor|in)\b/,
  /^(?:geïnteresseerd|geinteresseerd)\?$/,
  // "Interessant genoeg om even kennis te maken?": the value of a step, its verb in the infinitive.
  /^(?:interessant|relevant|zinvol|nuttig|waardevol|de moeite waard) (?:genoeg )?(?:om|voor)\b[^?]*\?$/,
  /^(?:deal|akkoord|afgesproken)\?$/,
  // "Donderdag 30 minuutjes voor een demo?", "Half uurtje volgende week?": a DM asking for a slot of the reader's time.
  /^(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|morgen|deze week|volgende week) )?(?:\d{1,2} ?(?:min|mins|minuten|minuutjes)|(?:een )?half uur(?:tje)?)\b[^?]*\?$/,
  // "Connecten?", "Even sparren?", "Koffie?": a bare infinitive or noun proposing the step.
  /^(?:(?:even|eens|kort|snel|binnenkort) )*(?:connecten|sparren|bellen|afspreken|kennismaken|koffie(?:drinken)?|samenwerken|koffie drinken)\?$/,
  // "Mee eens?", "Eens of oneens?": the reader's view.
  /^(?:(?:mee )?eens|eens of oneens|ben je het (?:met me )?eens)\?$/,
  // English loanwords that close many Dutch LinkedIn posts.
  /^(?:thoughts|agree|agreed|anyone|iemand)\?$/,
];

/**
 * Questions to the crowd of a post, without a "you": "Wie herkent dit?", "Wie doet er mee?".
 * They ask only as the closing question; earlier they open a story.
 */
export const CROWD_QUESTION = /^wie (?:van jullie |hier |er )?(?:herkent|kent|heeft|doet|wil|gaat|zit|is er|weet)\b/;

/**
 * Question shapes that are not asks.
 * - Hooks and rhetorical openers the writer answers himself (rules.md: "Waarom is dit belangrijk?").
 * - Pleasantries (rules.md: "Hoe gaat het?").
 * - Nagging about silence, which cta/pushy handles (rules.md: "Heeft u mijn vorige mail gezien?").
 * - Questions that only offer help ("Nog vragen?", "Heeft u vragen over de offerte?").
 * - Unsubscribe footers ("Wilt u geen e-mails meer ontvangen?").
 */
export const HOOK_QUESTION = [
  // "Wat als je elke week vijf uur kon besparen?", also after a lead-in: a suggestion, not a question.
  /\bwat als\b/,
  // "Wist je dat …?", also with the readers named: "Weten jullie recruiters dat …?"
  /^(?:wist|weet|weten|wisten) (?:je|u|jij|jullie)(?: \p{L}+)? (?:dat|al dat)\b/u,
  /^(?:heb|heeft|hebt) (?:je|u|jij) (?:je|zich|uzelf|jezelf)? ?(?:ooit|wel eens|weleens) afgevraagd\b/,
  /^herken(?:t)? (?:je|jij|u) (?:dit|dat|het|jezelf|uzelf)\b/,
  /^(?:ken|kent) (?:je|jij|u) (?:dat|dit|het)\b/,
  /^klinkt (?:dat |dit |het )?(?:bekend|herkenbaar)\b/,
  /^(?:kun|kan|kunt) (?:je|u|jij) (?:je|zich|u|jezelf|uzelf)? ?(?:voorstellen|indenken)\b/,
  /^(?:heb|hebt|heeft) (?:je|u|jij) (?:dat|dit) (?:ook )?(?:weleens|wel eens|ooit)\b/,
  /\bbekend voor\b/,
  /^(?:en )?(?:het|de) (?:resultaat|gevolg|antwoord|reden|oplossing|geheim|verschil)\b/,
  /^wat betekent (?:dit|dat)\b/,
  /^raad eens\b/,
  // Tag questions: "…, weet je nog?"
  /^weet (?:je|u|jij) (?:het )?nog\b/,
  // "Wil je meer weten?" opens a link or a contact line; the ask, if any, is what follows.
  /^(?:wil|wilt) (?:je|u|jij|jullie) (?:graag )?(?:meer (?:weten|informatie|info|lezen)|weten (?:hoe|wat|waarom)\b[^?]{0,60}\??$)/,
  /^meer (?:weten|info|informatie)\b/,
  /^zie (?:je )?het verschil\b/,
  /^en nu\b|^nu\?$/,
];
export const PLEASANTRY_QUESTION = [
  /^hoe (?:gaat|is|staat) het\b/,
  /^hoe (?:gaat|is) het (?:met (?:je|u|jou|jullie)|ermee)\b/,
  /^alles goed\b/,
  /^hoe was (?:je|uw|jullie) (?:weekend|vakantie|dag|week)\b/,
  /^(?:lekker|goed|fijn) (?:weekend|vakantie) gehad\b/,
  /^mag ik (?:me|mij|mijzelf) (?:even |eerst |kort )?(?:voorstellen|introduceren)\b/,
];
export const NAGGING_QUESTION = [
  /\b(?:mijn|m'n|ons|onze) (?:vorige|eerdere|laatste) (?:e-?mail|mail|mailtje|bericht|berichtje|voorstel)\b.*\b(?:gezien|gelezen|ontvangen|gehad|aangekomen|binnengekomen|doorgekomen)\b/,
  /\b(?:mijn|m'n) (?:e-?mail|mail|bericht) (?:wel )?(?:gezien|gelezen|ontvangen)\b/,
];
/** A question about "questions" with nothing more specific is a help offer, not an ask. */
export const HELP_OFFER_QUESTION =
  /^(?:(?:heb|hebt|heeft) (?:je|jij|u|jullie) |en |nog )?(?:nog )?(?:(?:andere |verdere )?vragen|een vraag|hulp nodig)(?: over [^?]*)?\??$/;
