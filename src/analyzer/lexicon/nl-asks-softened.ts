/**
 * Dutch softened contact requests ("Bel me gerust", "Neem vrijblijvend contact op") and what keeps
 * one a real ask: split from nl-asks.ts, which re-exports it; read by asks/nl-imperative.ts. Words
 * are lowercase; patterns run on lowercased text with every whitespace run as one space.
 */

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

/**
 * What keeps a softened contact request ("Stuur me gerust …", "Bel me gerust …") a real ask: it
 * names a concrete step rather than only offering to be reached. A purpose ("om een afspraak te
 * maken"), what the reader wants to do ("als je wilt sparren"), what to send ("je huidige
 * tarieven"), a place to look ("een kijkje"), or the time the writer then gives ("een half uur"). Practice: Dutch sales mail softens nearly every
 * request with "gerust"; rules.md keeps only the generic offers ("vragen hebt") passive.
 */
export const CONCRETE_STEP = new RegExp(
  [
    String.raw`\bom (?:[\p{L}\p{N}-]+ ){0,5}te (?!stellen\b|beantwoorden\b)\p{L}+`,
    String.raw`\bals (?:je|u|jij|jullie) (?:[\p{L}-]+ ){0,3}(?:wilt|wil|willen) (?!weten\b|horen\b)\p{L}+`,
    String.raw`\b(?:stuur|stuurt|mail|mailt|app|appt|whatsapp)(?: (?:me|mij|ons))? (?:(?:gerust|vrijblijvend|even|alvast|ook) )*(?:je|jouw|uw|jullie|de|het|die|deze|dat) (?!vra)\p{L}+`,
    String.raw`\bkijkje\b`,
    // what the writer then gives, sized: "Stuur me gerust een bericht — ik denk graag een half uur mee"
    String.raw`\b(?:een half uur|een kwartier|\d+ minuten|een uur)\b`,
    String.raw`\bdenk(?:en)? (?:[\p{L}-]+ ){0,4}mee\b`,
  ].join('|'),
  'u',
);

/**
 * A purpose conceded rather than named ("Stuur gerust een berichtje, ook als het alleen is om even te
 * sparren", "al is het maar om kennis te maken"): any reason will do, so the door is only held open.
 */
export const CONCEDED_PURPOSE = /\b(?:(?:ook|zelfs) als het (?:(?:alleen|maar|gewoon|enkel) )?(?:is )?om|al is het (?:maar|alleen|enkel) om)\b.*$/u;

/** Generic questions and help keep a softened request passive whatever else it says ("om je vragen te …"). */
export const ABOUT_QUESTIONS = /\bvra(?:ag|gen)\b/;
