/** Plain-text tables for the evaluation: fixed columns, so runs can be diffed line by line. */
import type { Accuracy, Evaluation, LangGroup, Verdict } from './evaluate';
import { LANG_GROUPS, languageAccuracy, ruleScores, rulesIn } from './evaluate';

export function ratio(value: number | null): string {
  return value === null ? '   -' : value.toFixed(2);
}

function row(cells: Array<string | number>, widths: number[]): string {
  return cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]!) : String(cell).padStart(widths[i]!))).join('  ');
}

const RULE_WIDTHS = [22, 4, 4, 4, 4, 4, 9, 6, 5];

/** Per rule and language: counts, precision, recall and F1. */
export function ruleTable(title: string, verdicts: readonly Verdict[]): string {
  const lines = [title, row(['rule', 'lang', 'n', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1'], RULE_WIDTHS)];
  for (const ruleId of rulesIn(verdicts)) {
    let named = false;
    for (const lang of LANG_GROUPS) {
      const s = ruleScores(verdicts, ruleId, lang);
      const n = s.tp + s.fp + s.fn + s.tn;
      if (n === 0) continue;
      const name = named ? '' : ruleId;
      named = true;
      lines.push(row([name, lang, n, s.tp, s.fp, s.fn, ratio(s.precision), ratio(s.recall), ratio(s.f1)], RULE_WIDTHS));
    }
  }
  return lines.join('\n');
}

const LANG_WIDTHS = [20, 14, 14, 14];

/**
 * cta/missing precision per file and language: "no clear next step" under the ask a rep wrote is the
 * worst false alarm, so its precision is watched on its own (fp counted, "-" where nothing fired).
 */
export function missingPrecisionTable(rows: ReadonlyArray<[string, Evaluation]>): string {
  const lines = ['cta/missing precision (tp/fired)', row(['file', ...LANG_GROUPS], LANG_WIDTHS)];
  for (const [name, evaluation] of rows) {
    const cells = LANG_GROUPS.map((lang: LangGroup) => {
      const s = ruleScores(evaluation.verdicts, 'cta/missing', lang);
      return `${s.tp}/${s.tp + s.fp} ${ratio(s.precision)}`;
    });
    lines.push(row([name, ...cells], LANG_WIDTHS));
  }
  return lines.join('\n');
}

function accuracyCell(a: Accuracy): string {
  return `${a.correct}/${a.total} ${ratio(a.accuracy)}`;
}

/** Language detection accuracy per file and language. */
export function languageTable(rows: ReadonlyArray<[string, Evaluation]>): string {
  const lines = ['Language detection (accuracy)', row(['file', ...LANG_GROUPS], LANG_WIDTHS)];
  for (const [name, evaluation] of rows) {
    const cells = LANG_GROUPS.map((lang: LangGroup) => accuracyCell(languageAccuracy(evaluation.languages, lang)));
    lines.push(row([name, ...cells], LANG_WIDTHS));
  }
  return lines.join('\n');
}

/** One line per wrong verdict: file, id, rule, expected, got (and what was flagged). */
export function errorList(verdicts: readonly Verdict[]): string {
  return verdicts
    .map((v) => {
      const flagged = v.excerpts.length > 0 ? `  flagged: ${v.excerpts.map((e) => JSON.stringify(short(e))).join(', ')}` : '';
      return `${v.file}  ${v.id}  ${v.ruleId}  expected ${v.expected}  got ${v.got}${flagged}`;
    })
    .join('\n');
}

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 70 ? `${flat.slice(0, 67)}...` : flat;
}
