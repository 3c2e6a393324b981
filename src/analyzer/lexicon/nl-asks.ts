/**
 * Dutch phrase classes for finding asks (see rules.md, "Asks"). Data only: the grammar that
 * uses them lives in asks/nl.ts. Words are lowercase; patterns run on lowercased text in which
 * every whitespace character (line wraps included) has become a single space.
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
 * Verbless questions that ask for interest or a slot ("Interesse?", "Interesse om even te
 * sparren?", "Zin in een kop koffie?", "Tijd voor een kort gesprek?"). Common short forms in
 * Dutch cold mail.
 */
export const ELLIPTIC_ASK_HEADS = [
  /^(?:nog (?:steeds )?|ook )?(?:interesse|belangstelling)(?: (?:in|om|voor|of)\b.*)?\?$/,
  /^(?:nog )?(?:zin|tijd|ruimte|behoefte)(?: (?:maandag|dinsdag|woensdag|donderdag|vrijdag|morgen|vandaag|deze week|volgende week|binnenkort))? (?:in|om|voor)\b/,
  /^(?:een )?(?:kwartier(?:tje)?|belletje|(?:kop|kopje) koffie|kennismaking|afspraak(?:je)?|demo|(?:kennismakings)?gesprek(?:je)?|call)\b[^?]*\?$/,
  // "Open voor een kort gesprekje?", "Geïnteresseerd?"
  /^(?:open|beschikbaar|geïnteresseerd|geinteresseerd) (?:voor|in)\b/,
  /^(?:geïnteresseerd|geinteresseerd)\?$/,
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
  /^(?:wist|weet) (?:je|u|jij|jullie) (?:dat|al dat)\b/,
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
export const UNSUBSCRIBE = /\b(?:uitschrijven|afmelden voor|geen (?:e-?mails|mails|berichten|nieuwsbrieven) meer (?:ontvangen|krijgen))\b/;

/**
 * Passive closers: they only offer help or hope for a reply (rules.md: "Ik hoor graag van u",
 * "Laat gerust weten als je vragen hebt"), plus the Dutch equivalents of "feel free to reach
 * out" and "don't hesitate to contact me".
 */
export const PASSIVE_CLOSER = [
  // "Ik hoor graag van u" hopes for a reply; "Ik hoor graag wat u ervan vindt" asks a view (see WISH).
  /\b(?:ik|wij|we) (?:hoor|horen) (?:het )?(?:graag|snel|spoedig)(?: van (?:u|je|jou|jullie))?(?:[ .!]*$| (?:als|wanneer|mocht)\b)/,
  /^graag (?:hoor|horen) (?:ik|we|wij) (?:van (?:u|je|jou|jullie)|uw reactie|je reactie|jouw reactie)\b/,
  /\bbenieuwd naar (?:je|jouw|uw|jullie) (?:reactie|antwoord|bericht|reply)\b/,
  /\b(?:ik|wij|we) (?:hoop|hopen) (?:snel |spoedig )?(?:van (?:u|je|jou|jullie) te horen|op (?:uw|je|jouw) reactie)\b/,
  /\b(?:ik|wij|we) (?:kijk|kijken) (?:uit naar|graag uit naar) (?:uw|je|jouw|jullie) (?:reactie|antwoord|bericht)\b/,
  /\bdan (?:hoor|horen) (?:ik|wij|we) (?:het )?graag\b/,
  /\b(?:weet|weten) (?:je|u|jij|jullie) (?:me|mij|ons) (?:te vinden|te bereiken)\b/,
  /\b(?:aarzel|schroom) (?:dan )?niet\b/,
  /\bbij (?:eventuele |verdere |andere )?vragen\b/,
  /\bvoor (?:eventuele |verdere |andere )?vragen (?:kun|kunt|kan|ben|bent|sta|staan|zijn|is|mag|mogen)\b/,
  /\b(?:als|mocht|indien|wanneer) (?:je|u|jij|jullie) (?:nog )?(?:vragen|een vraag) (?:hebt|heeft|hebben|heb)\b/,
  /\b(?:heb|hebt|heeft) (?:je|u|jij|jullie) (?:nog )?vragen,/,
  /\b(?:ik|wij|we) (?:help|helpen|leg|leggen|kijk|kijken|denk|denken|sta|staan) (?:u|je|jou|jullie|het)? ?graag\b/,
];

/**
 * Softeners that turn a contact request into "feel free to…" (rules.md: passive closers),
 * and the contact verbs they soften. "Beantwoord gerust deze mail met wat van toepassing is"
 * names the content of the reply, and stays an ask.
 */
// "vrijblijvend" softens a verb ("Neem vrijblijvend contact op"), not a noun ("een vrijblijvend gesprek").
export const SOFTENERS =
  /\b(?:gerust|altijd|anytime|te allen tijde)\b|\bvrijblijvend\b(?! \S*(?:gesprek|advies|offerte|kennismaking|demo|proefles|intake|consult|prijsopgave|scan|check))/;
// "Neem" counts only as "neem contact op" (matched by "contact"): "Neem dit gerust mee naar je team" asks.
export const CONTACT_VERB = /\b(?:bel|belt|mail|mailt|app|appt|stuur|stuurt|laat|laten|reageer|reageert|beantwoord|beantwoordt|contact)\b/;
export const NAMES_REPLY_CONTENT = /\b(?:weten|horen) (?:of|wat|welke?|wanneer|hoe|waar)\b|\bmet (?:wat|welke?|["'“„«]|ja|nee)/;

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

/**
 * Imperative verbs that name a next step, as stems ("meld", "stuur"); the polite form with -t
 * before "u" ("Meldt u zich aan") is derived. `needs`, when present, is what the rest of the
 * clause must contain for the verb to be a call to action rather than a tip or a description
 * ("Deel je aanpak in de reacties" asks; "Deel projecten, cijfers, impact" is advice).
 * Collected from Dutch calls to action in sales mail, newsletters and posts, and from rules.md
 * ("Meld u aan", "Koop dan mijn e-boek", "Probeer het zelf", "Stuur me een DM").
 */
export interface ImperativeVerb {
  stems: string[];
  needs?: RegExp;
  /**
   * In a post, what the clause must also contain: a post gives advice in the imperative
   * ("Probeer eens een week zonder mail"), so looking and trying ask only when they point at
   * the writer's offer (a link, "mijn e-boek", "hier", "in de reacties").
   */
  needsInPost?: RegExp;
}

/** Pointers to the writer's own offer or channel, for imperatives in posts. */
const OWN_OFFER = /https?:|www\.|\.(?:nl|com|io|be|eu|dev)\b|\b(?:mijn|onze|ons|me|mij|hier|hieronder|link|bio|profiel|reacties?|comments?|gratis|webinar|e-?book|e-?boek|gids|whitepaper|rapport|podcast|video|demo)\b|👇|\{\{|\[link/;

/** The reader is asked to reach the writer, to go somewhere, or to act now. */
const TO_WRITER = /\b(?:me|mij|ons|hier|hieronder|nu|vandaag|direct|meteen|via|link|knop)\b|👇|https?:|www\.|\.(?:nl|com|io|be|eu)\b|\[phone\]|\[email\]|\{\{|\+?\b\d{2,4}[- ]?\d{3}/;
/** Sharing or tagging counts only as an invitation to respond ("in de reacties", "met mij"). */
const IN_REPLIES = /\b(?:in de (?:reacties|comments|opmerkingen)|hieronder|met (?:mij|ons|me))\b|👇|\bme\b|\bons\b/;
/** "Plan" is a call to action when it plans a meeting, not "Plan vooruit!". */
const MEETING = /(?:gesprek|afspraak|call|belletje|demo|kennismaking|meeting|sessie|kwartier|moment|tijdstip|slot)\b/;

export const IMPERATIVE_VERBS: ImperativeVerb[] = [
  // writing or calling the writer
  // "Stuur dit door naar een collega", "Stuur hem ondertekend terug": the split verbs doorsturen and terugsturen.
  { stems: ['stuur'], needs: /\b(?:me|mij|ons|dm|door|terug|retour|een (?:berichtje|bericht|mail|mailtje|reactie))\b|^\s*(?:ze|hen|hem|haar) dit\b|\b(?:uw|je|jouw) (?:vraag|cv|gegevens|reactie)/ },
  { stems: ['mail', 'bel', 'app', 'whatsapp', 'sms'], needs: TO_WRITER },
  { stems: ['reageer', 'beantwoord', 'reply'] },
  // "antwoord" is far more often the noun ("Direct antwoord."): only with an addressee or "met".
  { stems: ['antwoord'], needs: /^\s*(?:me|mij|ons|op|met)\b/ },
  // A bare "Neem contact met ons op" is the Dutch "reach out to us", a passive closer; with a
  // purpose ("voor een offerte") or as a button ("[Neem contact op](…)") it asks for a step.
  // "Neem een kijkje op <url>" points at a place of the writer's; "een kijkje in je eigen inbox" is advice.
  // "Neem dit mee naar je team": passing the offer on, like "Stuur dit door"; "Neem vandaag een abonnement": buying.
  { stems: ['neem'], needs: /\bcontact\b.*(?:\b(?:voor|om|over)\b|\]\(|https?:)|\bdeel\b|\bkijkje\b.*(?:https?:|www\.|\.(?:nl|com|io|be|eu)\b|\b(?:onze|mijn|ons|hier)\b)|^\s*(?:dit|dat|het|deze|hem|ze) (?:\p{L}+ )?mee naar\b|\b(?:een|het|uw|je|jouw) (?:\p{L}+ )?(?:abonnement|proefabonnement|licentie|pakket|account)\b/u },
  { stems: ['laat'], needs: /\b(?:weten|horen)\b/ },
  { stems: ['dm', 'comment', 'typ', 'type'], needs: /["'“„«‘]|\bhieronder\b|👇|\bme\b/ },
  // "Tag ze", "Tag iemand die dit moet lezen", "Stuur ze dit bericht": passing the post on (post/engagement-bait judges it).
  { stems: ['tag'], needs: /^\s*(?:ze|hen|hem|haar|iemand|een|\d+|twee|drie|je|jouw|die|diegene)\b/ },
  // signing up, booking, buying, approving
  { stems: ['meld'], needs: /\baan\b/ },
  { stems: ['schrijf'], needs: /\bin\b/ },
  { stems: ['registreer', 'reserveer', 'boek', 'koop', 'bestel', 'abonneer', 'bevestig', 'onderteken', 'teken', 'accepteer', 'activeer', 'claim'] },
  // "Plan dan een gratis scan in via <url>": the split verb "inplannen" books a slot whatever it is called.
  { stems: ['plan'], needs: new RegExp(`${MEETING.source}|\\bin\\b.*(?:\\bvia\\b|\\bhier\\b|https?:|www\\.|\\blink\\b|\\{\\{)|\\b(?:hier|via)\\b.*\\bin\\s*[.!]?\\s*$`) },
  { stems: ['vraag'], needs: /\baan\b/ },
  { stems: ['vul', 'log'], needs: /\bin\b/ },
  { stems: ['geef'], needs: /\b(?:akkoord|door|aan)\b|\b(?:je|u) op\b/ },
  { stems: ['doe'], needs: /\bmee\b/ },
  { stems: ['sluit'], needs: /\baan\b/ },
  // looking, reading, trying
  { stems: ['download', 'bekijk', 'probeer', 'test', 'lees', 'luister', 'check', 'klik', 'bezoek', 'ontdek', 'kies'], needsInPost: OWN_OFFER },
  // "Volg ons op LinkedIn", not "Volg uw project via ons portaal".
  // "Volg onze bedrijfspagina": a page or channel of the writer's, with or without "ook".
  { stems: ['volg'], needs: /^\s*(?:(?:ook|dan|vooral|gerust) )*(?:ons|mij|me)\b|^\s*(?:(?:ook|dan|vooral|gerust) )*(?:onze|mijn) (?:[\p{L}-]+ )?[\p{L}-]*(?:pagina|kanaal|account|blog|vlog|profiel)\b|\b(?:linkedin|instagram|facebook|youtube|twitter|tiktok|nieuwsbrief|podcast)\b|https?:|www\./u },
  // "Kijk hier", "Kijk op onze site", not the advice "Kijk dan eerst naar je eerste werkdag".
  // A place of the writer's, compounds included ("op onze tarievenpagina", "op mijn YouTube-kanaal").
  { stems: ['kijk'], needs: /\b(?:hier|hieronder|mee)\b|\bop (?:onze|ons|mijn|de|deze) [\p{L}-]*(?:site|pagina|blog|shop|profiel|kanaal)\b|https?:|www\./u },
  { stems: ['ga'], needs: /\bnaar\b.*(?:https?:|www\.|\.(?:nl|com|io|be)\b|\bsite\b|\bwebsite\b|\bpagina\b)/ },
  // "Kom langs op onze stand", "Zet het alvast in je agenda": invitations to an event.
  { stems: ['kom'], needs: /\blangs\b|\bnaar\b.*\b(?:stand|beurs|event|evenement|webinar|sessie|borrel|open dag|kantoor|showroom|masterclass|workshop)\b/ },
  { stems: ['zet'], needs: /\b(?:agenda|handtekening|krabbel|paraaf)\b/ },
  // "Prik een datum via <url>", "Leg een moment vast in mijn agenda": picking a date with the writer.
  { stems: ['prik'], needs: new RegExp(`${MEETING.source}|\\b(?:datum|dag|tijd)\\b`) },
  { stems: ['leg'], needs: new RegExp(`\\bvast\\b.*(?:${MEETING.source}|\\b(?:via|hier|agenda|datum)\\b|https?:)|(?:${MEETING.source}|\\bdatum\\b).*\\bvast\\b`) },
  { stems: ['start', 'begin'], needs: /\b(?:nu|vandaag|direct|meteen|hier|gratis)\b|https?:/ },
  { stems: ['gebruik'], needs: /\b(?:link|code|kortingscode|url)\b/ },
  // "Deel dit met een collega": passing this message on to someone named is a referral ask.
  { stems: ['deel'], needs: new RegExp(`${IN_REPLIES.source}|\\b(?:dit|deze) (?:bericht|post|artikel|video)\\b|^\\s*(?:(?:dit|deze|het|hem|'m)\\b)(?:\\s+\\S+){0,3}?\\s+met (?:een|je|jouw|uw|jullie) (?:\\S+ )?(?:collega|team|netwerk|vriend|manager|baas|leidinggevende|partner)`) },
  { stems: ['stel', 'connect'], needs: IN_REPLIES },
  // "Vertel het aan je collega's": passing the offer on is a step of its own (a referral).
  { stems: ['vertel'], needs: new RegExp(`${IN_REPLIES.source}|\\baan (?:je|jouw|uw|jullie) (?:\\S+ )?(?:collega|team|netwerk|vrienden|baas|manager|leidinggevende)`) },
  // LinkedIn reactions ("Tag iemand die dit moet lezen", "Like als je het eens bent"): asks, baited or not.
  { stems: ['tag', 'like', 'repost'] },
];

/**
 * Stems that are also nouns used as labels ("Mail: info@…", "Test: 3 weken"): followed straight
 * by a colon they label contact details, not a request.
 */
export const LABEL_NOUNS = new Set(['mail', 'app', 'test', 'check', 'plan', 'start', 'bel', 'sms', 'whatsapp']);

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
 * "Als je de plattegrond kunt sturen, kunnen we deze week offreren": the condition is the request
 * (the reader's step, then what the writer does with it). Only steps that are plainly asked for,
 * ending the condition, so "Als je kunt, is dat mooi" and descriptions stay statements.
 */
export const CONDITIONAL_CAN_REQUEST =
  /^(?:als|indien|mocht|wanneer) (?:je|u|jij|jullie) (?:[^,.;?!]{0,80} )?(?:kunt|kan|kun|kunnen|wilt|wil|willen|zou kunnen|zou willen) (?:[^,.;?!]{0,40} )?(?:sturen|toesturen|doorsturen|opsturen|terugsturen|retour sturen|mailen|ondertekenen|tekenen|bevestigen|aanleveren|invullen|plannen|inplannen|boeken|goedkeuren|laten weten|vrijmaken|delen|doorgeven)(?=\s*(?:,|$)|\s+\p{L}+ (?:we|wij|ik)\b)/u;

/**
 * Wishes that name the reader's next step (rules.md: "Lijkt me interessant om te connecten",
 * "I'd love to connect"). A present-tense "ik help graag" is an offer of availability, not a wish;
 * the conditional "zou graag" or "lijkt me leuk om" is.
 */
const NEXT_STEP = String.raw`(?:connecten|verbinden|kennismaken|kennis (?:te )?maken|spreken|bellen|sparren|af(?: te )?spreken|ontmoeten|koffie (?:te )?drinken|praten|laten zien|tonen|demonstreren|bespreken|uitnodigen|horen|in contact (?:te )?komen)`;
const FILLERS = String.raw`(?: (?:om|te|even|eens|kort|binnenkort|nog|een keer|snel|elkaar|zijn|met (?:u|je|jou|jullie)))*`;

/**
 * `needsReader`: the wish counts only when it names the reader ("Ik zou graag met je sparren");
 * without that it may name a third party ("Ik zou graag de eigenaar spreken").
 */
export interface Wish {
  pattern: RegExp;
  needsReader?: boolean;
}
export const WISH: Wish[] = [
  { pattern: new RegExp(String.raw`\b(?:leuk|fijn|mooi|interessant|goed|tof|gaaf|zinvol)(?: (?:zijn|lijken))? om${FILLERS} ${NEXT_STEP}\b`) },
  { pattern: new RegExp(String.raw`\b(?:lijkt|leek) (?:me|mij|ons) (?:leuk|interessant|goed|zinvol|waardevol|fijn|mooi)${FILLERS} ${NEXT_STEP}\b`) },
  { pattern: new RegExp(String.raw`\b(?:ik|wij|we) (?:zou|zouden) (?:het )?(?:graag|leuk vinden|fijn vinden)${FILLERS} ${NEXT_STEP}\b`) },
  { pattern: /\b(?:ik|wij|we) (?:zou|zouden) (?:u |je |jou |jullie |het )?(?:graag|leuk vinden|fijn vinden|waarderen)\b/, needsReader: true },
  // "Graag plan ik een kort gesprek met u in", "Graag nodig ik je uit…"
  { pattern: /^graag (?:zou|wil|plan|maak|bespreek|laat|nodig|kom|bel|spreek|ontmoet) (?:ik|we|wij)\b/, needsReader: true },
  { pattern: new RegExp(String.raw`^graag (?:kom|kwam|zou|wil|maak|plan) (?:ik|we|wij)\b.*(?:\blangs\b|\b${NEXT_STEP}\b)`) },
  // "Ik hoor graag wat u ervan vindt", "Ik hoor graag of dit interessant is"
  { pattern: /\b(?:ik|wij|we) (?:hoor|horen) (?:het )?graag (?:van (?:u|je|jou|jullie) )?(?:wat|of|hoe|welke?|wie|wanneer|(?:uw|je|jouw|jullie) (?:mening|kijk|visie|gedachten|ervaring))\b/ },
  { pattern: /\b(?:lijkt|leek) (?:me|mij|ons) (?:leuk|interessant|goed|zinvol|waardevol|fijn|mooi)\b/, needsReader: true },
  { pattern: /\b(?:ik|wij|we) (?:wil|willen) (?:je|u|jullie) (?:graag )?(?:uitnodigen|spreken|laten zien|bellen)\b/ },
  { pattern: /\b(?:ik|wij|we) (?:nodig|nodigen) (?:je|u|jullie) (?:graag |van harte )?uit\b/ },
  // "Ik wil graag een afspraak met u maken": the meeting named as what the writer wants.
  { pattern: /\b(?:ik|wij|we) (?:wil|willen|zou|zouden) (?:graag )?(?:een |het )?\S*(?:afspraak|gesprek|kennismaking|call|belletje|demo)\S* (?:met (?:u|je|jou|jullie) )?(?:maken|plannen|inplannen|voorstellen|houden)\b/ },
];
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
 */
export const INDIRECT_QUESTION =
  /\b(?:ik|wij|we) (?:wil|wilde|wou|wilden|zou|zouden) (?:(?:je|u|jullie|jou) )?(?:(?:even|graag|nog|eens|toch) )*(?:vragen|weten) (?:of|wat|hoe|wanneer|welke?|wie|waar)\b|\b(?:ik|wij|we) (?:vroeg|vroegen|vraag|vragen) (?:me|mij|ons)(?: \S+){0,4}? af (?:of|wat|hoe|wanneer|welke?|wie|waar)\b/;

/** "Benieuwd naar jullie ervaring!": curiosity about the reader's view, said as a statement. */
export const CURIOUS = /(?:^|\b(?:ik ben|ben|zijn we|we zijn|wij zijn) )(?:erg |heel |wel |ook |oprecht |echt )?benieuwd (?:naar|of|wat|hoe|welke?|wie|wanneer|waar)\b(?! (?:het )?(?:met (?:je|u|jou|jullie)|het (?:met|gaat)|je (?:weekend|vakantie)))/;

/**
 * What keeps a softened contact request ("Stuur me gerust …", "Bel me gerust …") a real ask: it
 * names a concrete step rather than only offering to be reached. A purpose ("om een afspraak te
 * maken"), what the reader wants to do ("als je wilt sparren"), what to send ("je huidige
 * tarieven"), or a place to look ("een kijkje"). Practice: Dutch sales mail softens nearly every
 * request with "gerust"; rules.md keeps only the generic offers ("vragen hebt") passive.
 */
export const CONCRETE_STEP = new RegExp(
  [
    String.raw`\bom (?:[\p{L}\p{N}-]+ ){0,5}te (?!stellen\b|beantwoorden\b)\p{L}+`,
    String.raw`\bals (?:je|u|jij|jullie) (?:[\p{L}-]+ ){0,3}(?:wilt|wil|willen) (?!weten\b|horen\b)\p{L}+`,
    String.raw`\b(?:stuur|stuurt|mail|mailt|app|appt|whatsapp)(?: (?:me|mij|ons))? (?:(?:gerust|vrijblijvend|even|alvast|ook) )*(?:je|jouw|uw|jullie|de|het|die|deze|dat) (?!vra)\p{L}+`,
    String.raw`\bkijkje\b`,
  ].join('|'),
  'u',
);

/** Generic questions and help keep a softened request passive whatever else it says ("om je vragen te …"). */
export const ABOUT_QUESTIONS = /\bvra(?:ag|gen)\b/;

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
const WORD_PATTERN = String.raw`[\p{L}\p{N}'’-]+`;
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
