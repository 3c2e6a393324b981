/**
 * The body of a draft: what the rules read. Leaves out a subject header, the greeting, the
 * sign-off with name and signature block, unsubscribe footers and quoted earlier messages;
 * keeps a P.S. Returns ranges of the original text, so every offset stays valid.
 */
import { countTokens, isBlank, splitLines } from './lines';
import type { Line } from './lines';
import { gluedSignOffStart, isSignOff, plain } from './sign-off';
import type { Kind, Span } from './types';

/** "Subject: …" / "Onderwerp: …" pasted at the top (templates, the corpus). */
const SUBJECT_HEADER = /^\s*(subject|onderwerp)\s*:/i;

/** Quote headers that start an earlier message (Gmail, Outlook, Apple Mail; English and Dutch). */
const QUOTE_HEADERS = [
  /^\s*on\b.{0,300}\bwrote:\s*$/i,
  /^\s*op\b.{0,300}\b(schreef|geschreven)\b.{0,80}:\s*$/i,
  /^\s*-{2,}\s*(original message|oorspronkelijk bericht|forwarded message|doorgestuurd bericht)\s*-{2,}/i,
  /^\s*(begin forwarded message|begin doorgestuurd bericht)\s*:/i,
];
/** A quote header split over two lines by a hard wrap: "On Tue, 3 Mar 2026 at 10:02, Ann <a@b.c>" / "wrote:". */
const QUOTE_HEADER_START = /^\s*(on|op)\s+\S.{0,200}$/i;
const QUOTE_HEADER_END = /\b(wrote|schreef|geschreven)\b.{0,80}:\s*$/i;
/** Outlook's plain-text header block: "From: …" followed within three lines by "Sent:"/"Date:". */
const OUTLOOK_FROM = /^\s*(from|van)\s*:\s*\S/i;
const OUTLOOK_NEXT = /^\s*(sent|date|verzonden|datum|to|aan)\s*:/i;

const GREETING_WORD =
  /^\s*(hi|hello|hey|heya|hiya|dear|greetings|good\s+(?:morning|afternoon|evening|day)|hoi|hallo|hai|hee|hé|beste|geachte|lieve|dag(?=\s+[\p{Lu}{[]|\s*,)|goedemorgen|goedemiddag|goedenavond|goeiedag|moi)\b/iu;
/** A placeholder or a single name opening the mail: "{{First_Name}} --", "Wayne --", "[Naam],". */
const NAME_GREETING = /^\s*(?:(?:\{\{[^}]{1,40}\}\}|\[[^\]]{1,40}\])\s*(?:--|—|–|,)(?=\s|$)|\p{Lu}[\p{L}'-]{1,20}\s*(?:(?:--|—|–)(?=\s|$)|,\s*$))/u;

/**
 * A bare first name (or first and last name) as the last line, without a sign-off above it
 * ("…worth a chat?\n\nRob"): one or two capitalised words and no punctuation, so not a sentence.
 * Surname particles may stand between them, as in Dutch names ("Rob de Vries", "Jan van der Berg").
 */
const BARE_NAME =
  /^\s*\p{Lu}[\p{Ll}'’-]*(?:\s+(?:(?:van|von|de|der|den|het|ter|ten|te|da|di|du|del|la|le|[’']t)\s+){0,3}\p{Lu}[\p{L}'’-]*)?\s*$/u;

/**
 * A role line under a name ("Founder, Builds That Last", "Head of Sales at Acme", "Oprichter | Acme",
 * "Recruiter bij Acme"): a job title first, then at most a company, and no sentence.
 */
const ROLE_LINE =
  /^\s*(?:co-?founder|founder|ceo|cto|coo|cmo|cro|cfo|vp\b|head of|director|manager|owner|partner|consultant|recruiter|account (?:executive|manager)|sales|marketing|business developer|eigenaar|oprichter|mede-?oprichter|directeur|adviseur|accountmanager)[\p{L}\s&/.-]{0,40}(?:(?:,|\s[|·•@]|\s(?:at|bij|van|@))\s*[\p{L}\p{N}][\p{L}\p{N}\s&.'’-]{0,40})?\s*$/iu;

/** A signature separator ("-- ") or a rule line before a footer. */
const RULE_LINE = /^\s*([-~_=*])\1{2,}\s*$|^--\s*$/;
const FOOTER_CUE =
  /\b(unsubscribe|to be removed|remove (?:your|me)|removal|opt[- ]out|no longer wish|uitschrijven|afmelden|geen e-?mails? meer)\b|\b(?:reply|respond|antwoord|reageer|beantwoord)\b[^.\n]{0,20}?\b(?:with|met) ["'“‘]?stop\b/i;
/** Contact details that mark a block of short lines as a signature. */
const CONTACT_CUE =
  /(\[phone\]|\[email\]|@[\w-]+\.|https?:\/\/|www\.|\b[\w-]+\.(?:com|nl|io|co|be|org|net|eu)\b|\+?\d[\d ()-]{7,}|\||📞|📧|🔗|☎|✉|linkedin\.com)/i;
const PS_START = /^\s*[*_]{0,2}\s*(p\.\s?s\.?|ps\b|pps\b|p\.p\.s\.?)\s*[:.,-]?/i;

/** Labels of contact lines in a signature ("Web: acme.com", "T: +31…"). */
const CONTACT_LABEL = /^(?:[\p{Extended_Pictographic}\ufe0f\s]*)(?:web(?:site)?|site|tel|phone|mobile|mob|e-?mail|mail|linkedin|adres|address|[tmew])\s*[:.]?$/iu;
const LINK_AT_END = /^(.*?)(?:https?:\/\/|www\.)\S+\s*$/i;

/**
 * A signature line of fields joined by "|" (or "·", "•"): "Anna de Vries | Sales lead | Acme",
 * "T: [phone] | acme.nl | Nieuwe vacature? [acme.nl](https://acme.nl)". Each field is short and one
 * of them is a contact detail, so the line is contact details in any order, however long it is and
 * whatever punctuation a field ends in.
 */
const FIELD_SEPARATOR = /\s[|·•]\s|\s?\|\s?/u;

function isFieldLine(t: string): boolean {
  const fields = t.split(FIELD_SEPARATOR).map((f) => f.trim()).filter((f) => f !== '');
  if (fields.length < 2 || fields.some((f) => countTokens(f) > 6)) return false;
  return fields.some((f) => CONTACT_CUE.test(f)) || fields.length >= 3;
}

function isSignatureLike(line: Line): boolean {
  const t = line.text.trim();
  if (t === '') return true;
  if (isFieldLine(t)) return true;
  if (t.length > 70) return false;
  // A link with a label or a sentence before it ("Course: https://…", "Apply at https://…") is offered in the body.
  const link = LINK_AT_END.exec(t);
  const label = link ? link[1]!.trim() : '';
  if (label !== '' && !CONTACT_LABEL.test(label) && (countTokens(label) >= 2 || label.endsWith(':'))) return false;
  // A question, or a label introducing what follows ("Plan a call:"), belongs to the body.
  if (/[?:]\s*$/.test(t)) return false;
  return countTokens(t) <= 7 || CONTACT_CUE.test(t);
}

/** Every line is a name, a title or contact details (≤ 4 words, or a contact cue). */
function looksLikeSignature(lines: Line[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = lines[i]!.text.trim();
    if (t !== '' && countTokens(t) > 4 && !CONTACT_CUE.test(t)) return false;
  }
  return true;
}

/** Index of the line where quoted earlier messages start, or lines.length. */
function quoteStart(lines: Line[]): number {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (QUOTE_HEADERS.some((re) => re.test(t))) return i;
    if (QUOTE_HEADER_START.test(t) && i + 1 < lines.length && QUOTE_HEADER_END.test(lines[i + 1]!.text) && t.length < 200) {
      return i;
    }
    if (OUTLOOK_FROM.test(t)) {
      for (let j = i + 1; j <= i + 3 && j < lines.length; j++) {
        if (OUTLOOK_NEXT.test(lines[j]!.text)) return i;
      }
    }
  }
  return lines.length;
}

/** Offset where quoted earlier messages start (a quote header), or text.length: the writer's own part ends there. */
export function quotedPartStart(text: string): number {
  const lines = splitLines(text);
  const i = quoteStart(lines);
  return i < lines.length ? lines[i]!.start : text.length;
}

/** Offset where the body starts within the first content line, after a greeting (or the line's start). */
function afterGreeting(line: Line): number {
  const t = line.text;
  const greet = GREETING_WORD.exec(t) ?? NAME_GREETING.exec(t);
  if (!greet) return line.start;
  if (GREETING_WORD.test(t)) {
    // The greeting runs to its first comma, colon, exclamation mark or dash; a short line is a greeting whole.
    const rest = t.slice(greet[0].length);
    // A colon closes only the formal greetings ("Dear Sir or Madam:"); "Beste tip ooit:" opens a post.
    const stop = (/^\s*(dear|geachte)/i.test(t) ? /[,:!]|\s(--|—|–)(?=\s|$)/ : /[,!]|\s(--|—|–)(?=\s|$)/).exec(rest);
    if (stop && countTokens(rest.slice(0, stop.index)) <= 5) {
      let cut = greet[0].length + stop.index + stop[0].length;
      cut += /^[\s\p{Extended_Pictographic}\u200d\ufe0f!]*/u.exec(t.slice(cut))![0].length;
      return line.start + cut;
    }
    if (!stop && countTokens(t) <= 5 && !/[?.]\s*$/.test(t)) return line.end;
    return line.start;
  }
  return line.start + greet[0].length + (/^\s*/.exec(t.slice(greet[0].length))![0].length);
}

/** Lines an unsubscribe footer may take above its cue line within one paragraph. */
const FOOTER_LINES = 3;

/** Index of the first line of the closing (sign-off, signature, footer), scanning up from `end`. */
function closingStart(lines: Line[], from: number, end: number, signatureBlocks = true): number {
  let cut = end;
  // Unsubscribe footers and their rule lines, among the last few lines.
  let seen = 0;
  for (let i = end - 1; i >= from && seen < 6; i--) {
    if (isBlank(lines[i]!)) continue;
    seen++;
    if (FOOTER_CUE.test(lines[i]!.text)) {
      // The footer's own paragraph, a few lines at most: a mail with no blank lines at all
      // ("…Regards,\nSam\nTo be removed from our list click here") loses only its footer line.
      const sameParagraph = (k: number) => k > from && !isBlank(lines[k - 1]!) && !isSignOff(lines[k - 1]!);
      let p = i;
      while (i - p < FOOTER_LINES && sameParagraph(p)) p--;
      if (sameParagraph(p)) p = i;
      while (p > from && isBlank(lines[p - 1]!)) p--;
      if (p > from && RULE_LINE.test(lines[p - 1]!.text)) p--;
      cut = p;
      i = p;
      seen = 0;
    }
  }
  // A name alone on the last line signs the message (emails and messages only: a post may end on a short word).
  if (signatureBlocks) {
    let lastLine = cut - 1;
    while (lastLine > from && isBlank(lines[lastLine]!)) lastLine--;
    if (lastLine > from && BARE_NAME.test(plain(lines[lastLine]!))) cut = lastLine;
  }
  // A name with its role under it signs any kind of text, a post too ("Hoang Le\nFounder, Builds That Last").
  let roleLine = cut - 1;
  while (roleLine > from && isBlank(lines[roleLine]!)) roleLine--;
  if (roleLine - 1 > from && ROLE_LINE.test(plain(lines[roleLine]!)) && BARE_NAME.test(plain(lines[roleLine - 1]!))) cut = roleLine - 1;
  // Sign-off and signature: short lines at the bottom, above them a sign-off line. Without a
  // sign-off, a "-- " separator or blocks of contact details directly at the bottom are the signature.
  let signature = -1;
  let chainBroken = false;
  let sawContact = false;
  let blockLines = 0;
  for (let i = cut - 1; i >= from; i--) {
    const line = lines[i]!;
    if (isSignOff(line) && (i > from || looksLikeSignature(lines, i + 1, cut))) return i;
    if (RULE_LINE.test(line.text)) {
      if (!chainBroken) signature = i;
      sawContact = false;
      blockLines = 0;
      continue;
    }
    if (!isSignatureLike(line)) break;
    if (isBlank(line)) {
      if (blockLines > 0) {
        // A block of short lines without contact details ("Succes!") ends the signature above it.
        if (signatureBlocks && sawContact && blockLines >= 2 && !chainBroken) signature = i + 1;
        else chainBroken = true;
      }
      sawContact = false;
      blockLines = 0;
      continue;
    }
    blockLines++;
    if (CONTACT_CUE.test(line.text)) sawContact = true;
  }
  return signature >= 0 ? signature : cut;
}

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * `kind` matters for the signature: emails and messages end in a block of contact details,
 * while a post or comment that ends in a few short lines with links is still the body.
 */
export function findBody(text: string, kind: Kind = 'email'): Span[] {
  const signatureBlocks = kind === 'email' || kind === 'message';
  const lines = splitLines(text);
  let last = quoteStart(lines);

  let first = 0;
  while (first < last && isBlank(lines[first]!)) first++;
  if (first < last && SUBJECT_HEADER.test(lines[first]!.text)) {
    first++;
    while (first < last && isBlank(lines[first]!)) first++;
  }
  if (first >= last) return [];

  // A P.S. after the sign-off belongs to the body.
  let ps: Span | null = null;
  for (let i = last - 1; i > first; i--) {
    if (PS_START.test(lines[i]!.text)) {
      const psEnd = closingStart(lines, i + 1, last, signatureBlocks);
      ps = trimSpan(text, lines[i]!.start, lines[Math.max(i, psEnd - 1)]!.end);
      last = i;
      break;
    }
  }

  const bodyStart = afterGreeting(lines[first]!);
  const closing = closingStart(lines, first, last, signatureBlocks);
  if (closing <= first) return ps ? [ps] : [];
  const bodyEnd = gluedSignOffStart(lines[closing - 1]!) ?? lines[closing - 1]!.end;

  const spans: Span[] = [];
  // Lines quoted with "> " are left out wherever they stand.
  let segStart = bodyStart;
  for (let i = first; i < closing; i++) {
    const line = lines[i]!;
    if (/^\s*>/.test(line.text)) {
      const s = trimSpan(text, segStart, Math.max(segStart, line.start));
      if (s) spans.push(s);
      segStart = Math.max(segStart, line.end);
    }
  }
  const main = trimSpan(text, segStart, Math.max(segStart, bodyEnd));
  if (main) spans.push(main);
  if (ps) spans.push(ps);
  return spans;
}
