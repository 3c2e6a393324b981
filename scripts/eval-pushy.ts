/**
 * Measures cta/pushy on the labelled corpus (../shared/corpus from the repo root: real.jsonl and
 * dev-written.jsonl, field expect["cta/pushy"]): precision, recall and F1 per language, then every
 * item it gets wrong with the phrases that triggered it.
 *
 *   npx tsx scripts/eval-pushy.ts [--auto-lang] [--show-hits] [corpus dir]
 *
 * --auto-lang lets the analyzer detect the language instead of passing the labelled one;
 * --show-hits also lists what fired on the items it gets right.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, defaultSettings } from '../src/analyzer/index';
import type { Kind, Lang, Settings, Thread } from '../src/analyzer/types';

interface Item {
  id: string;
  lang: Lang;
  kind: Kind;
  thread: Thread;
  text: string;
  expect: Record<string, boolean>;
}

const args = process.argv.slice(2);
const autoLang = args.includes('--auto-lang');
const showHits = args.includes('--show-hits');
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = args.find((a) => !a.startsWith('--')) ?? resolve(repoRoot, '../shared/corpus');

function load(file: string): Item[] {
  return readFileSync(resolve(corpusDir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Item)
    .filter((item) => typeof item.expect?.['cta/pushy'] === 'boolean');
}

const items = [...load('real.jsonl'), ...load('dev-written.jsonl')];
/** Only the rule measured here runs, so the figures do not depend on the other rules. */
const ONLY_PUSHY: Settings = {
  ...defaultSettings(),
  ruleSets: { cta: true, tone: false, clarity: false, post: false, subject: false },
  rules: { 'cta/missing': { level: 'off' }, 'cta/too-early': { level: 'off' }, 'cta/multiple': { level: 'off' }, 'cta/too-big': { level: 'off' } },
};
const tally = new Map<Lang, { tp: number; fp: number; fn: number; tn: number }>();
const wrong: string[] = [];
const right: string[] = [];

for (const item of items) {
  const report = analyze(item.text, { kind: item.kind, thread: item.thread, lang: autoLang ? 'auto' : item.lang, settings: ONLY_PUSHY });
  const hits = report.findings.filter((f) => f.ruleId === 'cta/pushy');
  const fired = hits.length > 0;
  const expected = item.expect['cta/pushy'] === true;
  const t = tally.get(item.lang) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
  if (fired && expected) t.tp++;
  else if (fired) t.fp++;
  else if (expected) t.fn++;
  else t.tn++;
  tally.set(item.lang, t);
  const phrases = hits.map((f) => JSON.stringify(f.excerpt)).join(', ');
  const line = `${item.id} (${item.kind}/${item.thread}): ${phrases || '—'}`;
  if (fired !== expected) wrong.push(`${expected ? 'MISSED' : 'FALSE '} ${line}`);
  else if (fired) right.push(`ok     ${line}`);
}

const pct = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '—');
for (const [lang, t] of [...tally.entries()].sort()) {
  const precision = t.tp / (t.tp + t.fp);
  const recall = t.tp / (t.tp + t.fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  console.log(
    `${lang}: n=${t.tp + t.fp + t.fn + t.tn} tp=${t.tp} fp=${t.fp} fn=${t.fn} tn=${t.tn}  P=${pct(precision)} R=${pct(recall)} F1=${pct(f1)}`,
  );
}
console.log(wrong.length ? `\nWrong (${wrong.length}):\n${wrong.join('\n')}` : '\nNo errors.');
if (showHits) console.log(`\nRight and firing:\n${right.join('\n')}`);
