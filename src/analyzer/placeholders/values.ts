/**
 * What a placeholder stands for, read from its field name, and the value every other rule reads
 * in its place (rules.md `template`: "read as the value it stands for"). Values are plain,
 * language-neutral words where they can be (a name, a company, a city), so reading them never
 * tips the language detection or adds a word any rule looks for; only a date is said in the
 * draft's language.
 */
import type { Lang } from '../types';

export type FieldKind = 'words' | 'ask' | 'button' | 'control' | 'footer' | 'booking' | 'link' | 'email' | 'phone' | 'date' | 'number' | 'company' | 'title' | 'place' | 'name' | 'thing';

/**
 * Field-name words per kind, first match wins (so "company name" is a company and "job title" a
 * title, not a name). Words are matched whole after the field name is split at "_", ".", "-",
 * spaces and camelCase ("firstName" → "first name").
 */
const KINDS: ReadonlyArray<[FieldKind, RegExp]> = [
  // A slot for the ask itself ("[CTA Button: …]", "[Engagement prompt]", "{{closing_question}}"): the
  // template asks there, so it reads as the step offered (a link), never as a draft without an ask.
  ['ask', /\b(?:cta|call to action|engagement prompt|closing question|slotvraag|oproep)\b/],
  // The mailing footer a sending tool fills in ("{OPT_OUT}", "{{unsubscribe_link}}"): no words of the writer's.
  ['footer', /\b(?:opt out|optout|unsubscribe|unsub|afmelden|afmeldlink|uitschrijven|footer)\b/],
  // The reader's own profile or page ("[LinkedIn_URL]") is mentioned to them, not offered as a step.
  ['thing', /\b(?:linked in|linkedin|profile|profiel)\b/],
  // A booking link reads as one ("…/calendar"), so a filled Calendly address and the field get the same verdict.
  // A demo link is not one: it is as often a recorded or self-guided demo ("{{demo_url}}") as a booking.
  ['booking', /\b(?:calendly|calendar|cal|agenda|booking|boeking|boekingslink|planner)\b|\b(?:meeting|afspraak|schedule)\b.*\b(?:link|url)\b/],
  // The name of a site ("[Site Name]", "{{blog_name}}") names a publication, not an address.
  ['company', /\b(?:site|website|blog|publication|podcast|newsletter|magazine) (?:name|naam|title)\b/],
  ['link', /\b(?:link|links|url|href|website|site|webinar)\b|link\b/],
  // A button written as its label in brackets ("[Browse the current stock]", "[Plan je gesprek]"):
  // the label is the writer's own words and the link behind it the step, so both are read.
  ['button', /^(?:browse|book|schedule|download|get|claim|start|try|sign up|register|join|shop|view|see|watch|reserve|request|create|apply|grab|explore|discover|boek|bekijk|probeer|vraag|meld|plan|ontdek|reserveer|maak)(?: \S+){1,6}$/],
  ['email', /\b(?:e ?mail|mail|mailadres|emailadres)\b/],
  ['phone', /\b(?:phone|telefoon|telefoonnummer|tel|mobile|mobiel|gsm|whatsapp)\b/],
  ['date', /\b(?:date|datum|day|dag|deadline|expiry|expires|until|valid|geldig|at|moment|time|tijd|tijdstip|when|wanneer|weekday|weekdag|month|maand|year|jaar|timeframe|termijn|periode|period)\b/],
  ['number', /^(?:x|n|#)(?: |$)|\b(?:aantal|number|nummer|nr|count|amount|bedrag|price|prijs|value|waarde|total|totaal|percentage|pct|procent|vat|btw|remaining|ago|quantity|hours|uren|days|dagen)\b/],
  ['company', /\b(?:company|companies|bedrijf|bedrijfsnaam|organi[sz]ation|organisatie|org|account|business|firm|firma|brand|merk|restaurant|hotel|shop|store|winkel|agency|bureau|employer|werkgever|school|praktijk|practice|client company|their company)\b/],
  ['title', /\b(?:title|titel|job|role|rol|functie|functietitel|functietitels|position|positie)\b/],
  ['place', /\b(?:city|stad|town|plaats|woonplaats|regio|region|location|locatie|country|land|address|adres|area|gebied|postcode|zip)\b/],
  ['name', /\b(?:name|names|naam|voornaam|achternaam|first|last|fname|lname|firstname|lastname|full name|contact|prospect|recipient|ontvanger|client|klant|lead|sender|afzender|signature|handtekening|ondertekening|username|user|engineer|rep|owner|eigenaar|manager|ceo|founder|person|persoon|mutual|referrer|colleague|collega|you|your|jij|jouw|je|u|uw|me|my|mijn)\b/],
];

/** Splits a field name into lower-case words: "First_Name" → "first name", "firstName" → "first name". */
export function fieldWords(inner: string): string {
  return inner
    .replace(/([\p{Ll}])([\p{Lu}])/gu, '$1 $2')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim();
}

/**
 * A formality switch: a field that stands for a pronoun, or a verb with its pronoun, so one template
 * can say "jij" or "u" ("{jou}", "{jouw}", "{mocht_jij}", "{ben_je}", "[je/u]"). It reads as its own
 * words ("mocht jij"), the first of alternatives, so the sentence around it keeps its grammar.
 */
const SWITCH_PRONOUNS = /^(?:je|jij|jou|jouw|u|uw|jullie|you|your)$/;
const SWITCH_VERBS =
  /^(?:mocht|mag|weet|ben|bent|is|zie|ziet|wil|wilt|heb|hebt|heeft|kun|kunt|kan|zou|moet|doe|doet|ga|gaat|vind|vindt|hoor|hoort|lees|leest|are|were|have)$/;

function switchWords(inner: string): string | undefined {
  const words = fieldWords(inner.split(/[/|]/)[0]!).split(' ');
  if (!words.some((w) => SWITCH_PRONOUNS.test(w))) return undefined;
  return words.every((w) => SWITCH_PRONOUNS.test(w) || SWITCH_VERBS.test(w)) ? words.join(' ') : undefined;
}

/** Template logic ("{{#if x}}", "{{/if}}", "{{else}}", "{{! note }}"): stands for nothing. */
const CONTROL = /^\s*(?:[#/^!>]|else\b|end\b|endif\b|if\b|unless\b|each\b|for\b)/i;

export function fieldKind(inner: string | undefined, syntax: string): FieldKind {
  if (inner === undefined) return 'thing';
  if (syntax === 'double-brace' && CONTROL.test(inner)) return 'control';
  if (switchWords(inner) !== undefined) return 'words';
  // Salesforce-style "{!Contact.FirstName}": the "!" opens a field, not a comment.
  const words = fieldWords(inner.replace(/^\s*!/, ''));
  for (const [kind, re] of KINDS) if (re.test(words)) return kind;
  return 'thing';
}

/** What an unfilled link field reads as: a bare host, no path (asks/action.ts tells such fields apart by label). */
export const LINK_VALUE = 'https://example.com';

const VALUES: Record<Exclude<FieldKind, 'words' | 'button' | 'date' | 'number' | 'booking'>, string> = {
  ask: LINK_VALUE,
  control: '',
  footer: '',
  link: LINK_VALUE,
  email: 'anna@example.com',
  phone: '020 123 4567',
  company: 'Acme',
  title: 'manager',
  place: 'Utrecht',
  name: 'Anna',
  thing: 'software',
};

const DATES: Record<Lang, string> = { en: 'Friday', nl: 'vrijdag' };
const BOOKINGS: Record<Lang, string> = { en: 'https://example.com/calendar', nl: 'https://example.com/agenda' };

/**
 * The value read in place of a field. "[X maanden]" keeps its words and fills in the number
 * ("3 maanden"), so the period still reads as a period.
 */
export function valueFor(kind: FieldKind, inner: string | undefined, lang: Lang): string {
  if (kind === 'words') return switchWords(inner ?? '') ?? '';
  if (kind === 'button') return `${(inner ?? '').trim()}: ${LINK_VALUE}`;
  if (kind === 'date') return DATES[lang];
  if (kind === 'booking') return BOOKINGS[lang];
  if (kind === 'number') {
    const rest = /^\s*[XN#]\s+(\S.*?)\s*$/.exec(inner ?? '');
    return rest ? `3 ${rest[1]}` : '3';
  }
  return VALUES[kind];
}
