/**
 * npx tsx scripts/eval-asks.ts [--errors] [--speed]
 * English ask detection against the labelled corpus (../shared/corpus: real.jsonl and
 * dev-written.jsonl, English records):
 * - ask recall: an expected ask (quoted in the record, "…" for an elision) counts as found when a
 *   detected ask's span overlaps it; ask precision: a detected ask is right when it overlaps one;
 * - cta/missing: "missing" means no ask in the body, for email, message and post, and in a reply
 *   only from 40 body words (rules.md), compared with the record's expect["cta/missing"]; the
 *   positive class is "missing".
 * --speed also times analyze() against compromise's own parse of the same texts.
 */
import { parseArgs } from 'node:util';
import { analyze, prepareDraft } from '../src/analyzer/index';
import { clearAnalyzerCaches } from '../src/analyzer/caches';
import { parseWhole } from '../src/analyzer/nlp';
import type { Draft, Span } from '../src/analyzer/types';
import { corpusAvailable, corpusDir, loadCorpusFile, type CorpusRecord } from './lib/corpus';
import { emptyCounts, scores, tally } from './lib/metrics';

const { values } = parseArgs({ options: { errors: { type: 'boolean' }, speed: { type: 'boolean' } } });
if (!corpusAvailable()) {
  console.error(`eval-asks: corpus not found in ${corpusDir()} (set PITCHLINT_CORPUS to its folder)`);
  process.exit(2);
}

interface FileResult {
  file: string;
  texts: number;
  expected: number;
  found: number;
  detected: number;
  right: number;
  missing: ReturnType<typeof emptyCounts>;
  errors: string[];
}

/** The span of a quoted ask in the text, matching its pieces in order with any whitespace between words. */
function spanOf(text: string, quoted: string): Span | undefined {
  let from = 0;
  let start: number | undefined;
  let end = 0;
  for (const piece of quoted.split('…').map((p) => p.trim()).filter(Boolean)) {
    const words = piece.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const re = new RegExp(words.join('\\s+'), 'g');
    re.lastIndex = from;
    const hit = re.exec(text);
    if (!hit) return undefined;
    start ??= hit.index;
    end = hit.index + hit[0].length;
    from = end;
  }
  return start === undefined ? undefined : { start, end };
}

const overlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const short = (s: string): string => s.replace(/\s+/g, ' ').trim().slice(0, 120);

function missingApplies(record: CorpusRecord, draft: Draft): boolean {
  if (record.kind === 'comment') return false;
  return record.thread !== 'reply' || draft.words.length >= 40;
}

function evaluate(file: 'real.jsonl' | 'dev-written.jsonl'): FileResult {
  const records = loadCorpusFile(file).filter((r) => r.lang === 'en');
  const result: FileResult = { file, texts: records.length, expected: 0, found: 0, detected: 0, right: 0, missing: emptyCounts(), errors: [] };
  for (const record of records) {
    const draft = prepareDraft(record.text, { lang: 'en', kind: record.kind, thread: record.thread });
    const expected = (record.asks ?? []).map((quoted) => ({ quoted, span: spanOf(record.text, quoted) }));
    // The asks index the draft as read (placeholders filled, emphasis marks dropped): compare them on the text as written.
    const asks = draft.asks.map((a) => ({ ...a, ...draft.toSource(a) }));
    result.expected += expected.length;
    result.detected += asks.length;
    for (const e of expected) {
      if (e.span && asks.some((a) => overlap(a, e.span!))) result.found++;
      else result.errors.push(`${record.id} missed ${short(e.quoted)}${e.span ? '' : '  [quote not found in text]'}`);
    }
    for (const a of asks) {
      if (expected.some((e) => e.span && overlap(a, e.span))) result.right++;
      else result.errors.push(`${record.id} extra  ${a.form}: ${short(record.text.slice(a.start, a.end))}`);
    }
    const expectMissing = record.expect['cta/missing'];
    if (expectMissing === undefined) continue;
    const gotMissing = missingApplies(record, draft) && draft.asks.length === 0;
    tally(result.missing, expectMissing, gotMissing);
    if (gotMissing !== expectMissing) result.errors.push(`${record.id} cta/missing expected ${expectMissing}, got ${gotMissing}`);
  }
  return result;
}

const ratio = (a: number, b: number): string => (b === 0 ? '  —  ' : (a / b).toFixed(3));
const fixed = (n: number | null): string => (n === null ? '  —  ' : n.toFixed(3));

const results = [evaluate('real.jsonl'), evaluate('dev-written.jsonl')];
const total: FileResult = { file: 'both', texts: 0, expected: 0, found: 0, detected: 0, right: 0, missing: emptyCounts(), errors: [] };
for (const r of results) {
  for (const key of ['texts', 'expected', 'found', 'detected', 'right'] as const) total[key] += r[key];
  for (const key of ['tp', 'fp', 'fn', 'tn'] as const) total.missing[key] += r.missing[key];
}
for (const r of [...results, total]) {
  const m = scores(r.missing);
  console.log(
    `${r.file.padEnd(18)} ${String(r.texts).padStart(3)} English texts  ` +
      `asks recall ${ratio(r.found, r.expected)} (${r.found}/${r.expected})  precision ${ratio(r.right, r.detected)} (${r.right}/${r.detected})  ` +
      `cta/missing P ${fixed(m.precision)} R ${fixed(m.recall)} F1 ${fixed(m.f1)} (tp ${m.tp} fp ${m.fp} fn ${m.fn} tn ${m.tn})`,
  );
}
if (values.errors) for (const r of results) for (const line of r.errors) console.log(`  ${line}`);

if (values.speed) {
  // Texts as typed: each record's text, parsed cold (cache cleared) so nothing is reused between the two timings.
  const texts = [...loadCorpusFile('real.jsonl'), ...loadCorpusFile('dev-written.jsonl')].filter((r) => r.lang === 'en').map((r) => r.text);
  const time = (run: () => void): number => {
    const t0 = performance.now();
    run();
    return performance.now() - t0;
  };
  const rounds = 5;
  let parse = 0;
  let full = 0;
  for (let round = 0; round < rounds; round++) {
    parse += time(() => texts.forEach((t) => parseWhole(t)));
    full += time(() =>
      texts.forEach((t) => {
        clearAnalyzerCaches();
        analyze(t, { lang: 'en' });
      }),
    );
  }
  console.log(`speed: compromise parse ${(parse / rounds).toFixed(1)} ms, analyze() ${(full / rounds).toFixed(1)} ms for ${texts.length} texts (ratio ${(full / parse).toFixed(2)}; budget 1.5)`);
}
