/**
 * The labelled corpus: loading and typing its JSON-lines files. The corpus lives next to the
 * repository, in ../shared/corpus (README there); PITCHLINT_CORPUS points elsewhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kind, Lang, RuleId, Thread } from '../../src/analyzer/types';
import { RULE_IDS } from '../../src/analyzer/types';

export interface CorpusRecord {
  id: string;
  lang: Lang;
  kind: Kind;
  thread: Thread;
  text: string;
  /** For each rule that applies to the record: must it fire? */
  expect: Partial<Record<RuleId, boolean>>;
  subject?: string;
  maxLength?: number;
  /** The asks a careful reader finds (real.jsonl and dev-written.jsonl). */
  asks?: string[];
}

/**
 * The files and what they measure: the cta rules on real and written texts, the later sets on written
 * ones; real2.jsonl holds later real texts with the cta rules, tone/timid and (posts) post/engagement-bait.
 */
export const CORPUS_FILES = ['real.jsonl', 'real2.jsonl', 'dev-written.jsonl', 'dev-sets.jsonl'] as const;
export type CorpusFile = (typeof CORPUS_FILES)[number];

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function corpusDir(): string {
  return process.env.PITCHLINT_CORPUS ?? join(REPO_ROOT, '..', 'shared', 'corpus');
}

export function corpusAvailable(dir = corpusDir()): boolean {
  return CORPUS_FILES.every((file) => existsSync(join(dir, file)));
}

export function loadCorpusFile(file: CorpusFile, dir = corpusDir()): CorpusRecord[] {
  return loadRecords(join(dir, file));
}

/**
 * Texts the team wrote and labelled per rules.md as held-out checks of the cta rules (kept in the
 * repository, so it is always there): three sets, each written by someone who had not seen the
 * code, to see whether the rules generalise to wording nobody had tuned on. The error patterns each
 * set showed were then fixed as general classes, so the file now guards against regressions
 * rather than measuring blind.
 */
export const TEAM_WRITTEN = join(REPO_ROOT, 'tests', 'corpus', 'team-written.jsonl');

export function loadRecords(path: string): CorpusRecord[] {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const lines = readFileSync(path, 'utf8').split('\n');
  return lines.flatMap((line, index) => (line.trim() === '' ? [] : [toRecord(JSON.parse(line), `${name}:${index + 1}`)]));
}

/** Checks the fields the evaluation relies on, so a malformed line fails loudly instead of scoring as a miss. */
function toRecord(value: unknown, where: string): CorpusRecord {
  const r = value as Record<string, unknown>;
  const fail = (what: string): never => {
    throw new Error(`${where}: ${what}`);
  };
  if (typeof r.id !== 'string') fail('id must be a string');
  if (r.lang !== 'en' && r.lang !== 'nl') fail('lang must be en or nl');
  if (typeof r.text !== 'string') fail('text must be a string');
  if (typeof r.expect !== 'object' || r.expect === null) fail('expect must be an object');
  for (const [rule, verdict] of Object.entries(r.expect as object)) {
    if (!(RULE_IDS as readonly string[]).includes(rule)) fail(`unknown rule ${rule} in expect`);
    if (typeof verdict !== 'boolean') fail(`expect.${rule} must be true or false`);
  }
  return r as unknown as CorpusRecord;
}
