/**
 * Measures the later rule sets (tone, clarity, post, subject) on the labelled corpus.
 *
 *   npx tsx scripts/eval-sets.ts                 precision / recall / F1 per rule and language on
 *                                                ../shared/corpus/dev-sets.jsonl, and every miss
 *   npx tsx scripts/eval-sets.ts --list FILE…    every finding of those sets on other corpus files
 *                                                (no labels for these rules: for reading by hand)
 *
 * Corpus paths are relative to the repository root's parent folder layout (../shared/corpus).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyzer/index';
import type { AnalyzeOptions, Finding, Kind, Lang, RuleId, Thread } from '../src/analyzer/types';

const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');
const SETS = new Set(['tone', 'clarity', 'post', 'subject']);

interface Item {
  id: string;
  lang: Lang;
  kind: Kind;
  thread: Thread;
  text: string;
  subject?: string;
  maxLength?: number;
  expect?: Partial<Record<RuleId, boolean>>;
}

function load(file: string): Item[] {
  const path = file.includes('/') ? resolve(file) : resolve(CORPUS, file);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Item);
}

function run(item: Item): Finding[] {
  const options: AnalyzeOptions = { kind: item.kind, thread: item.thread, lang: item.lang };
  if (item.subject !== undefined) options.subject = item.subject;
  if (item.maxLength !== undefined) options.maxLength = item.maxLength;
  return analyze(item.text, options).findings.filter((f) => SETS.has(f.ruleSet));
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function ratio(a: number, b: number): string {
  return b === 0 ? '  —  ' : (a / b).toFixed(3);
}

function evaluate(file: string): void {
  const tallies = new Map<string, Tally>();
  const misses: string[] = [];
  for (const item of load(file)) {
    const fired = new Set(run(item).map((f) => f.ruleId));
    for (const [ruleId, expected] of Object.entries(item.expect ?? {})) {
      const key = `${ruleId}\t${item.lang}`;
      const t = tallies.get(key) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
      const got = fired.has(ruleId as RuleId);
      if (got && expected) t.tp++;
      else if (got) t.fp++;
      else if (expected) t.fn++;
      else t.tn++;
      tallies.set(key, t);
      if (got !== expected) misses.push(`${got ? 'FP' : 'FN'}  ${ruleId}  ${item.id}`);
    }
  }
  const all: Tally = { tp: 0, fp: 0, fn: 0, tn: 0 };
  console.log(['rule'.padEnd(22), 'lang', ' tp', ' fp', ' fn', ' tn', 'precision', 'recall', '  F1'].join('\t'));
  for (const key of [...tallies.keys()].sort()) {
    const t = tallies.get(key)!;
    for (const k of ['tp', 'fp', 'fn', 'tn'] as const) all[k] += t[k];
    print(key.split('\t')[0]!.padEnd(22), key.split('\t')[1]!, t);
  }
  print('all'.padEnd(22), '', all);
  console.log(misses.length === 0 ? '\nNo misses.' : `\nMisses:\n${misses.join('\n')}`);
}

function print(rule: string, lang: string, t: Tally): void {
  const precision = t.tp / (t.tp + t.fp);
  const recall = t.tp / (t.tp + t.fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  console.log(
    [rule, lang, t.tp, t.fp, t.fn, t.tn, ratio(t.tp, t.tp + t.fp), ratio(t.tp, t.tp + t.fn), Number.isFinite(f1) ? f1.toFixed(3) : '  —  ']
      .map(String)
      .join('\t'),
  );
}

function list(files: string[]): void {
  const counts = new Map<string, number>();
  for (const file of files) {
    for (const item of load(file)) {
      for (const f of run(item)) {
        counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
        const excerpt = f.excerpt.replace(/\s+/g, ' ');
        console.log(`${item.id}\t${item.lang}\t${item.kind}/${item.thread}\t${f.ruleId}\t${f.severity}\t${JSON.stringify(excerpt.length > 160 ? `${excerpt.slice(0, 157)}…` : excerpt)}\t${f.message}`);
      }
    }
  }
  console.log('\nFindings per rule:');
  for (const [ruleId, n] of [...counts].sort()) console.log(`${ruleId}\t${n}`);
}

const args = process.argv.slice(2);
if (args[0] === '--list') list(args.slice(1));
else evaluate(args[0] ?? 'dev-sets.jsonl');
