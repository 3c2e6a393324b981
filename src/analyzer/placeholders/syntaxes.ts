/**
 * The merge-field syntaxes of templates (rules.md `template`), kept as data: each entry is one
 * way sequencing tools, CRMs and hand-written snippets mark a field to fill in, with examples.
 * The look-alikes (markdown links, footnote marks, bracketed prices and notes, checkboxes, HTML
 * tags, e-mail addresses in quote headers) are turned away by each syntax's `accept`.
 */

export type PlaceholderSyntax =
  | 'double-brace'
  | 'dollar-brace'
  | 'hash-brace'
  | 'brace'
  | 'bracket'
  | 'angle'
  | 'percent'
  | 'mailchimp'
  | 'blank';

export interface SyntaxEntry {
  syntax: PlaceholderSyntax;
  /** Global, sticky-free pattern; group 1 is the field's inner text (absent for a blank). */
  pattern: RegExp;
  /** Where it is used, for whoever extends the table. */
  examples: string;
  /** Whether a match is a placeholder here (look-alikes are not). */
  accept?: (inner: string, text: string, start: number, end: number) => boolean;
}

/** Words inside brackets that mark a note, not a field ("[sic]", "[image: logo]", "[EXTERNAL]"). */
const BRACKET_NOTES =
  /^(?:sic!?|sic erat scriptum|laughs?|lacht|edit(?:ed)?|update[d]?|bijgewerkt|external|extern|spam|image|afbeelding|photo|foto|video|audio|pdf|attachment|bijlage|cid|redacted|removed|verwijderd|ad|advertentie|advertisement|sponsored|gesponsord|en|nl|eng|draft|concept|fyi|ter info|wip|…|\.\.\.)$/i;

/** An editor's note that something was taken out ("[company redacted]", "[naam verwijderd]"). */
const REDACTED = /\b(?:redacted|removed|verwijderd|geanonimiseerd|weggelaten|omitted)\b/i;

/** The label of a slot for the ask or its link, before a colon. */
const SLOT_LABEL = /^(?:cta|call to action|link|url|booking link|calendar link|demo link)\s*:/i;

/** HTML tags of pasted mail ("<br>", "<b>", "<div>"): never a field. */
const HTML_TAGS =
  /^(?:a|b|i|u|s|p|br|hr|em|strong|small|big|sub|sup|span|div|li|ul|ol|dl|dt|dd|table|thead|tbody|tr|td|th|img|html|head|body|style|script|title|meta|link|font|center|blockquote|pre|code|h[1-6]|section|article|header|footer|nav|main|form|input|button|label|select|option|iframe|wbr|nobr|o:p)$/i;

/** A field's inner text: letters first, then letters, digits and the joiners templates use. */
const FIELD_WORDS = /^\s*[\p{L}_!$][\p{L}\p{N}_ .'’/:()$-]*\s*$/u;

/** At the start of a line, "[ ]" / "[x]" / "[X]" tick a box (a reader option), not a field. */
function isCheckbox(inner: string, text: string, start: number): boolean {
  if (!/^\s*[xX✓✔]?\s*$/.test(inner)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^[ \t]*(?:[-*•][ \t]*)?$/.test(text.slice(lineStart, start));
}

function acceptBracket(inner: string, text: string, start: number, end: number): boolean {
  const next = text.charAt(end);
  // Markdown links and references: "[text](url)", "[text][1]", "[text]: url".
  if (next === '(' || next === '[' || (next === ':' && /^:\s*\S/.test(text.slice(end, end + 3)))) return false;
  if (text.charAt(start - 1) === ']' || text.charAt(start - 1) === '!') return false;
  if (inner.trim() === '' || isCheckbox(inner, text, start)) return false;
  const t = inner.trim();
  if (BRACKET_NOTES.test(t) || REDACTED.test(t)) return false;
  // A slot labelled with what goes there: "[CTA: Come back and explore]", "[Link: booking page]". A button
  // label ("[Knop: Meld je aan]") is read as its words, which name the step.
  if (SLOT_LABEL.test(t)) return true;
  const words = t.match(/\p{L}[\p{L}'’_-]*/gu) ?? [];
  // A numbered slot ("[Finding 1]", "[Solution #2]"), or an instruction of three words or more ("[1 zin USP van de rol]").
  if (/^\p{L}[\p{L}' -]*\s#?\d{1,2}$/u.test(t)) return true;
  if (words.length >= 3 && words.length <= 6 && /^[\p{L}\p{N}][\p{L}\p{N}_ '’/.+&-]*$/u.test(t)) return true;
  // Footnote marks and prices ("[1]", "[$49/month]", "[€ 12]"), bold button labels ("[**Sign**]").
  if (/[\p{N}$€£*:=@#"<>]/u.test(t.replace(/^[XN]\s+/, ''))) return false;
  return words.length <= 5 && /^[\p{L}][\p{L}_ '’/.-]*$/u.test(t);
}

function acceptAngle(inner: string): boolean {
  const t = inner.trim();
  if (t === '' || HTML_TAGS.test(t) || /^\/|[@:=".]/.test(t)) return false;
  return /^[\p{L}][\p{L}_ -]{0,30}$/u.test(t) && t.split(/\s+/).length <= 4;
}

export const SYNTAXES: readonly SyntaxEntry[] = [
  {
    syntax: 'double-brace',
    pattern: /\{\{\{?([^{}]{1,80})\}?\}\}/g,
    examples: 'Handlebars/Mustache/Liquid: HubSpot, Outreach, Apollo, lemlist ("{{first_name}}", "{{ company }}", "{{#if x}}")',
  },
  {
    syntax: 'dollar-brace',
    pattern: /\$\{([^{}\n]{1,60})\}/g,
    examples: 'JavaScript template strings pasted from a script ("${firstName}")',
    accept: (inner) => FIELD_WORDS.test(inner),
  },
  {
    syntax: 'hash-brace',
    pattern: /#\{([^{}\n]{1,60})\}/g,
    examples: 'Ruby interpolation, Close and some CRMs ("#{name}")',
    accept: (inner) => FIELD_WORDS.test(inner),
  },
  {
    syntax: 'brace',
    pattern: /(?<![{$#])\{([^{}\n]{1,60})\}(?!\})/g,
    examples: 'single braces: Mailshake, Woodpecker, Salesforce ("{firstName}", "{!Contact.FirstName}", "{voornaam}")',
    accept: (inner) => FIELD_WORDS.test(inner) && !/:\s/.test(inner),
  },
  {
    syntax: 'bracket',
    pattern: /\[([^[\]\n]{1,60})\]/g,
    examples: 'hand-written fill-ins of template collections ("[Name]", "[Company]", "[naam]", "[datum]", "[X maanden]")',
    accept: acceptBracket,
  },
  {
    syntax: 'angle',
    pattern: /<([^<>\n]{1,40})>/g,
    examples: 'fill-ins in angle brackets ("<first name>", "<bedrijf>")',
    accept: acceptAngle,
  },
  {
    syntax: 'percent',
    pattern: /(?<![\p{L}\p{N}%])%([\p{L}_][\p{L}\p{N}_]{1,40})%(?![\p{L}\p{N}])/gu,
    examples: 'Mailmerge, GMass, Sendinblue ("%FIRSTNAME%", "%company%")',
  },
  {
    syntax: 'mailchimp',
    pattern: /\*\|([A-Za-z][A-Za-z0-9_:]{0,40})\|\*/g,
    examples: 'Mailchimp merge tags ("*|FNAME|*")',
  },
  {
    syntax: 'blank',
    pattern: /_{3,}/g,
    examples: 'blanks to write on ("Datum: ______"); a line of underscores alone is a rule line, not a blank',
    accept: (_inner, text, start, end) => {
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      const nextBreak = text.indexOf('\n', end);
      const lineEnd = nextBreak < 0 ? text.length : nextBreak;
      return text.slice(lineStart, start).trim() !== '' || text.slice(end, lineEnd).trim() !== '';
    },
  },
];
