/**
 * template/placeholder: a merge field or fill-in never filled ("Hi {{first_name}},", "[datum]",
 * "______"), anywhere the reader will see it: greeting, body, sign-off, signature, and the
 * subject of an email. Quoted earlier messages are someone else's text and are left out.
 * Silent in template mode, where fields are meant to be there. The fix selects the field so the
 * user types the value over it.
 */
import { quotedPartStart } from '../../body';
import { subjectOf } from '../../subject-line';
import type { Lang, RawFinding, Rule, Span } from '../../types';

const TEXT: Record<Lang, { message: (field: string) => string; fill: string; subject: (field: string) => string }> = {
  en: {
    message: (field) => `"${field}" was never filled in: the reader would see the raw field.`,
    subject: (field) => `The subject still holds "${field}": the reader would see the raw field.`,
    fill: 'Select it to type the value',
  },
  nl: {
    message: (field) => `"${field}" is nooit ingevuld: de lezer zou het kale veld zien.`,
    subject: (field) => `Het onderwerp bevat nog "${field}": de lezer zou het kale veld zien.`,
    fill: 'Selecteer het om de waarde te typen',
  },
};

/**
 * A pasted mail-merge export can hold thousands of fields; past this many, more underlines tell
 * the writer nothing new and only cost the page time.
 */
const MAX_FINDINGS = 200;

/** A line quoted with "> " (an earlier message): not the writer's text. */
function inQuotedLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*>/.test(text.slice(lineStart, offset + 1));
}

function shorten(field: string): string {
  const oneLine = field.replace(/\s+/g, ' ');
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}

const rule: Rule = {
  meta: {
    id: 'template/placeholder',
    set: 'template',
    severity: 'error',
    readsSource: true,
    description: {
      en: 'A merge field or fill-in left unfilled ("{{first_name}}", "[Company]", "______").',
      nl: 'Een samenvoegveld of invulplek die niet is ingevuld ("{{voornaam}}", "[bedrijf]", "______").',
    },
    rationale: {
      en:
        '"Hi {{first_name}}," tells the reader at once that the mail went to a list and nobody read it before it went. ' +
        'Sequencing tools warn before sending text still in curly brackets (Gong Engage) or refuse to start a ' +
        'sequence with missing fields (Klenty); this checks every draft the same way.',
      nl:
        '"Hoi {{voornaam}}," vertelt de lezer meteen dat de mail naar een lijst ging en dat niemand hem nog las. ' +
        'Sequencing-tools waarschuwen voor tekst die nog tussen accolades staat (Gong Engage) of starten geen reeks ' +
        'met lege velden (Klenty); dit controleert elk concept op dezelfde manier.',
    },
  },
  check(draft) {
    if (draft.template) return [];
    const text = TEXT[draft.lang];
    const suggestion = [{ text: text.fill }];
    const quoted = quotedPartStart(draft.source);
    const findings: RawFinding[] = [];
    for (const p of draft.placeholders) {
      if (findings.length >= MAX_FINDINGS) break;
      if (p.start >= quoted || inQuotedLine(draft.source, p.start)) continue;
      findings.push({ start: p.start, end: p.end, message: text.message(shorten(draft.source.slice(p.start, p.end))), suggestions: suggestion });
    }
    const subject = draft.sourceSubject;
    if (subject !== undefined && subjectOf(draft) !== undefined) {
      for (const p of draft.subjectPlaceholders) {
        const span: Span = { start: p.start, end: p.end };
        findings.push({ start: 0, end: 0, subject: span, message: text.subject(shorten(subject.slice(p.start, p.end))), suggestions: suggestion });
      }
    }
    return findings;
  },
};

export default rule;
