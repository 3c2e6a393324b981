/**
 * Dutch imperative verbs that name a next step, with what the rest of the clause must contain
 * (split from nl-asks.ts, which re-exports them; read by asks/nl.ts).
 */
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
const OWN_OFFER = /https?:|www\.|\.(?:nl|com|io|be|eu|dev)\b|\b(?:mijn|onze|ons|me|mij|hier|hieronder|link|bio|profiel|reacties?|comments?|gratis|webinar|e-?book|e-?boek|gids|whitepaper|rapport|podcast|video|demo|interesse|geïnteresseerd)\b|👇|\{\{|\[link/;

/** The reader is asked to reach the writer, to go somewhere, or to act now. */
const TO_WRITER = /\b(?:me|mij|ons|onze|hier|hieronder|nu|vandaag|direct|meteen|via|link|knop)\b|👇|https?:|www\.|\.(?:nl|com|io|be|eu)\b|\[phone\]|\[email\]|\{\{|\+?\b\d{2,4}[- ]?\d{3}|\b0\d{2,3}[- ]?[xX]{2,}/;
/** Sharing or tagging counts only as an invitation to respond ("in de reacties", "met mij"). */
const IN_REPLIES = /\b(?:in de (?:reacties|comments|opmerkingen)|hieronder|met (?:mij|ons|me))\b|👇|\bme\b|\bons\b/;
/** "Plan" is a call to action when it plans a meeting, not "Plan vooruit!". */
const MEETING = /(?:gesprek|afspraak|call|belletje|demo|kennismaking|meeting|sessie|kwartier|moment|tijdstip|slot)\b/;

export const IMPERATIVE_VERBS: ImperativeVerb[] = [
  // writing or calling the writer
  // "Stuur dit door naar een collega", "Stuur hem ondertekend terug": the split verbs doorsturen and terugsturen.
  // "Stuur even een appje naar 06 …": a message to the writer by any channel.
  { stems: ['stuur'], needs: /\b(?:me|mij|ons|dm|door|terug|retour|een (?:berichtje|bericht|mail|mailtje|reactie|appje|whatsapp(?:je)?|sms(?:je)?|dm'?etje|e-?mail(?:tje)?))\b|^\s*(?:ze|hen|hem|haar) dit\b|\b(?:uw|je|jouw) (?:vraag|cv|gegevens|reactie)/ },
  { stems: ['mail', 'bel', 'sms'], needs: TO_WRITER },
  // "App" and "WhatsApp" are nouns as often ("je websitechat en WhatsApp opneemt"): the writer must follow close.
  { stems: ['app', 'whatsapp'], needs: new RegExp(String.raw`^(?:\s+\S+){0,2}?\s*(?:${TO_WRITER.source})`) },
  { stems: ['reageer', 'beantwoord', 'reply'] },
  // "antwoord" is far more often the noun ("Direct antwoord."): only with an addressee or "met".
  { stems: ['antwoord'], needs: /^\s*(?:me|mij|ons|op|met)\b/ },
  // A bare "Neem contact met ons op" is the Dutch "reach out to us", a passive closer; with a
  // purpose ("voor een offerte") or as a button ("[Neem contact op](…)") it asks for a step.
  // "Neem een kijkje op <url>" points at a place of the writer's; "een kijkje in je eigen inbox" is advice.
  // "Neem dit mee naar je team": passing the offer on, like "Stuur dit door"; "Neem vandaag een abonnement": buying.
  { stems: ['neem'], needs: /\bcontact\b.*(?:\b(?:voor|om|over)\b|\]\(|https?:)|\bdeel\b|\bkijkje\b.*(?:https?:|www\.|\.(?:nl|com|io|be|eu)\b|\b(?:onze|mijn|ons|hier)\b)|^\s*(?:dit|dat|het|deze|hem|ze) (?:\p{L}+ )?mee naar\b|\b(?:een|het|uw|je|jouw) (?:\p{L}+ )?(?:abonnement|proefabonnement|licentie|pakket|account)\b/u },
  { stems: ['laat'], needs: /\b(?:weten|horen)\b/ },
  // "Zeg maar wat jou past", "Zeg het maar": the informal "let me know"; not the advice "Zeg nooit nee".
  { stems: ['zeg'], needs: /^\s*(?:(?:het|dan|gerust|even) )*maar\b|^\s*(?:het )?(?:me|mij|ons)\b/ },
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
  // "Doe mee", and "Doe de gratis scan", "Doe de test via <url>": taking the writer's check or trial (not "Doe het gewoon").
  { stems: ['doe'], needs: /\bmee\b|^\s*(?:de|een|onze|deze|die|mijn|m'n|jouw|je|uw) (?:\p{L}+ ){0,2}?\p{L}*(?:scan|test|check|quiz|audit|analyse|proef|intake|challenge|assessment|nulmeting|demo)\b/u, needsInPost: OWN_OFFER },
  { stems: ['sluit'], needs: /\baan\b/ },
  // "Huur ons in voor je blog": hiring the writer's service, the twin of "Hire us".
  { stems: ['huur'], needs: /^\s*(?:ons|mij|me|onze [\p{L}-]+) (?:\p{L}+ ){0,3}?in\b/u },
  // looking, reading, trying
  { stems: ['download', 'bekijk', 'probeer', 'test', 'lees', 'luister', 'check', 'klik', 'bezoek', 'ontdek', 'kies'], needsInPost: OWN_OFFER },
  // "Open de bijlage", "Open het voorstel via <url>": looking at what the writer sent; not "Open communicatie …".
  { stems: ['open'], needs: /^\s*(?:de|het|deze|dit|mijn|onze|ons) (?:\p{L}+ )?(?:bijlage|offerte|voorstel|link|document|pdf|presentatie|video|demo)\b|https?:|www\./u, needsInPost: OWN_OFFER },
  // "Volg ons op LinkedIn", not "Volg uw project via ons portaal".
  // "Volg onze bedrijfspagina": a page or channel of the writer's, with or without "ook".
  { stems: ['volg'], needs: /^\s*(?:(?:ook|dan|vooral|gerust) )*(?:ons|mij|me)\b|^\s*(?:(?:ook|dan|vooral|gerust) )*(?:onze|mijn) (?:[\p{L}-]+ )?[\p{L}-]*(?:pagina|kanaal|account|blog|vlog|profiel)\b|\b(?:linkedin|instagram|facebook|youtube|twitter|tiktok|nieuwsbrief|podcast)\b|https?:|www\./u },
  // "Kijk hier", "Kijk op onze site", not the advice "Kijk dan eerst naar je eerste werkdag".
  // A place of the writer's, compounds included ("op onze tarievenpagina", "op mijn YouTube-kanaal").
  // "Kijk dan op voorbeeld.nl": an address without its scheme points at a place too.
  { stems: ['kijk'], needs: /\b(?:hier|hieronder|mee)\b|\bop (?:onze|ons|mijn|de|deze) [\p{L}-]*(?:site|pagina|blog|shop|profiel|kanaal)\b|https?:|www\.|\bop [\p{L}\p{N}-]+\.(?:nl|com|io|be|eu|org|net|ai|app|co)\b/u },
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
