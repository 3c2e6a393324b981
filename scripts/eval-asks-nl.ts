/**
 * npx tsx scripts/eval-asks-nl.ts [--errors]
 * Measures Dutch ask detection against the asks labelled in the corpus (../shared/corpus,
 * real.jsonl and dev-written.jsonl, Dutch records only), twice:
 * - "classifier": the Dutch sentence classifier alone (asks/nl.ts), every body sentence;
 * - "pipeline": the draft's asks as prepareDraft builds them (classifier plus link asks).
 * An expected ask is found when a detected ask's span overlaps it; a detected ask is right when
 * it overlaps an expected one. cta/missing is judged from the asks the way rules.md defines it
 * (no ask in the body; never for comments; in a reply only from 40 words), so this measures the
 * asks, not the rule's code. The language is given as 'nl' here: detection is measured elsewhere.
 * tests/analyzer/asks-nl.test.ts holds the pipeline to floors with the same measure.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { classifyDutch } from '../src/analyzer/asks/nl';
import { prepareDraft } from '../src/analyzer/index';
import type { Draft, Span } from '../src/analyzer/types';
import { corpusAvailable, corpusDir, loadCorpusFile, type CorpusRecord } from './lib/corpus';
import { emptyCounts, scores, tally, type Scores } from './lib/metrics';

export type Detector = (draft: Draft) => Span[];
export const DETECTORS: Record<'classifier' | 'pipeline', Detector> = {
  classifier: (draft) => draft.sentences.flatMap((_, i) => classifyDutch(draft, i)),
  pipeline: (draft) => draft.asks,
};

export interface AskEvaluation {
  recall: number;
  precision: number;
  expected: number;
  found: number;
  detected: number;
  right: number;
  missing: Scores;
  errors: string[];
}

/** The Dutch records of real.jsonl and dev-written.jsonl that carry labelled asks. */
export function dutchRecords(file: 'real.jsonl' | 'dev-written.jsonl'): CorpusRecord[] {
  return loadCorpusFile(file).filter((r) => r.lang === 'nl' && r.asks !== undefined);
}

export function evaluateAsks(records: readonly CorpusRecord[], detect: Detector): AskEvaluation {
  const missing = emptyCounts();
  let expectedAsks = 0;
  let found = 0;
  let detectedAsks = 0;
  let right = 0;
  const errors: string[] = [];
  for (const record of records) {
    const draft = prepareDraft(record.text, { lang: 'nl', kind: record.kind, thread: record.thread });
    // The asks index the draft as read (placeholders filled, emphasis marks dropped): compare them on the text as written.
    const detected = detect(draft).map((d) => draft.toSource(d));
    const expected = (record.asks ?? []).map((ask) => locate(record.text, ask));
    expectedAsks += expected.length;
    detectedAsks += detected.length;
    for (const [i, span] of expected.entries()) {
      if (span && detected.some((d) => overlaps(d, span))) found++;
      else errors.push(`${record.id} missed: ${oneLine(record.asks?.[i] ?? '')}${span ? '' : ' (not located in text)'}`);
    }
    for (const d of detected) {
      if (expected.some((span) => span && overlaps(d, span))) right++;
      else errors.push(`${record.id} extra:  ${oneLine(record.text.slice(d.start, d.end))}`);
    }
    const expectMissing = record.expect['cta/missing'];
    if (expectMissing !== undefined) {
      const gotMissing = missingApplies(record, draft) && detected.length === 0;
      tally(missing, expectMissing, gotMissing);
      if (gotMissing !== expectMissing) errors.push(`${record.id} cta/missing: expected ${expectMissing}, got ${gotMissing}`);
    }
  }
  return {
    recall: expectedAsks === 0 ? 1 : found / expectedAsks,
    precision: detectedAsks === 0 ? 1 : right / detectedAsks,
    expected: expectedAsks,
    found,
    detected: detectedAsks,
    right,
    missing: scores(missing),
    errors,
  };
}

/** rules.md, cta/missing: email, message and post; in a reply only from 40 words. */
function missingApplies(record: CorpusRecord, draft: Draft): boolean {
  if (record.kind === 'comment') return false;
  return record.thread !== 'reply' || draft.words.length >= 40;
}

/** The span of a quoted ask in the text: its pieces ("…" marks an elision), whitespace-insensitive. */
function locate(text: string, ask: string): Span | undefined {
  const pieces = ask.split('…').map((p) => p.trim()).filter((p) => p.length > 0);
  let from = 0;
  let start: number | undefined;
  let end = 0;
  for (const piece of pieces) {
    const pattern = new RegExp(piece.split(/\s+/).map(escape).join('\\s+'), 'g');
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    if (!m) return undefined;
    start ??= m.index;
    end = m.index + m[0].length;
    from = end;
  }
  return start === undefined ? undefined : { start, end };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').slice(0, 110);
}

function fmt(n: number | null): string {
  return n === null || Number.isNaN(n) ? '  — ' : n.toFixed(3);
}

function main(): void {
  const { values } = parseArgs({ options: { errors: { type: 'boolean' } } });
  if (!corpusAvailable()) {
    console.error(`eval-asks-nl: corpus not found in ${corpusDir()} (set PITCHLINT_CORPUS to its folder)`);
    process.exit(2);
  }
  const byFile = (['real.jsonl', 'dev-written.jsonl'] as const).map((file) => ({ file: file as string, records: dutchRecords(file) }));
  const groups = [...byFile, { file: 'both', records: byFile.flatMap((f) => f.records) }];
  for (const [name, detect] of Object.entries(DETECTORS)) {
    console.log(`${name}:`);
    for (const { file, records } of groups) {
      const r = evaluateAsks(records, detect);
      const m = r.missing;
      console.log(
        `  ${file.padEnd(18)} ${String(records.length).padStart(3)} Dutch texts  ` +
          `asks recall ${fmt(r.recall)} (${r.found}/${r.expected})  precision ${fmt(r.precision)} (${r.right}/${r.detected})  ` +
          `cta/missing P ${fmt(m.precision)} R ${fmt(m.recall)} F1 ${fmt(m.f1)} (tp ${m.tp} fp ${m.fp} fn ${m.fn} tn ${m.tn})`,
      );
      if (values.errors && file !== 'both') for (const line of r.errors) console.log(`    ${line}`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
