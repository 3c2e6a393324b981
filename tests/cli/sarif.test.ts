/**
 * --format sarif: valid against the SARIF 2.1.0 schema (always, on drafts written here; and on the
 * whole shared corpus when it is there), and faithful to the JSON report: every rule reported listed
 * with its metadata, every finding a result with its level and an exact 1-based region.
 */
import { readdirSync, readFileSync, existsSync, writeFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log, Result as SarifResult } from 'sarif';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/analyzer/registry';
import type { Report, RuleId } from '../../src/analyzer/types';
import { corpusDir } from '../../scripts/lib/corpus';
import { runIn } from './in-process';
import { REPO_ROOT, tempTree } from './run-cli';
import { sarifSchemaErrors } from './sarif-schema';

const PUSHY = 'Hi Sam,\n\nSign today or lose the discount!!\n\nBest,\nTom\n';
// Emoji before the findings: columns count UTF-16 code units, so "🚀" is two columns.
const LONG_POST = '🚀 Big news!\n\nWe launched. Comment YES below and tag three friends who need this. #a #b #c #d #e #f\n';

async function sarif(cwd: string, args: string[], stdin = ''): Promise<{ code: number; log: Log }> {
  const result = await runIn(cwd, ['--format', 'sarif', ...args], stdin);
  expect(result.stderr).toBe('');
  return { code: result.code, log: JSON.parse(result.stdout) as Log };
}

/** 1-based line and column of an offset, counted independently of the CLI's own helper. */
function position(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

describe('--format sarif', () => {
  it('is a valid SARIF 2.1.0 log that mirrors the JSON reports', async () => {
    const dir = tempTree({
      'pitchlint.config.json': JSON.stringify({ rules: { 'post/hashtags': 'info' }, overrides: [{ files: ['posts/**'], kind: 'post' }] }),
      'posts/launch día.md': LONG_POST,
      'my drafts/pushy.txt': PUSHY,
      'clean.txt': 'Hi Sam,\n\nWould a 15-minute call next Tuesday make sense?\n\nBest,\nTom\n',
    });
    const files = ['posts/launch día.md', 'my drafts/pushy.txt', 'clean.txt'];
    const { code, log } = await sarif(dir, ['--subject', 'Quick question', ...files]);
    expect(sarifSchemaErrors(log)).toBe('');
    const json = JSON.parse((await runIn(dir, ['--format', 'json', '--subject', 'Quick question', ...files])).stdout) as Array<Report & { file: string }>;
    expect(code).toBe(json.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0);

    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(run.tool.driver).toMatchObject({ name: 'pitchlint', version: pkg.version });
    expect(run.columnKind).toBe('utf16CodeUnits');

    const reported = [...new Set(json.flatMap((r) => r.findings.map((f) => f.ruleId)))].sort();
    expect(reported.length).toBeGreaterThanOrEqual(2);
    const rules = run.tool.driver.rules!;
    expect(rules.map((r) => r.id).sort()).toEqual(reported);
    for (const rule of rules) {
      const { meta } = RULES[rule.id as RuleId];
      expect(rule.shortDescription?.text).toBe(meta.description.en);
      expect(rule.fullDescription?.text).toContain(meta.rationale.en);
      expect(rule.help?.text).toBe(meta.rationale.en);
    }

    const results = run.results!;
    const findings = json.flatMap((r) => r.findings.map((f) => ({ ...f, file: r.file })));
    expect(results).toHaveLength(findings.length);
    const uris: Record<string, string> = { 'posts/launch día.md': 'posts/launch%20d%C3%ADa.md', 'my drafts/pushy.txt': 'my%20drafts/pushy.txt', 'clean.txt': 'clean.txt' };
    findings.forEach((finding, i) => {
      const result: SarifResult = results[i]!;
      expect(result.ruleId).toBe(finding.ruleId);
      expect(rules[result.ruleIndex!]!.id).toBe(finding.ruleId);
      expect(result.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[finding.severity]);
      expect(result.message.text).toBe(finding.message);
      const location = result.locations![0]!.physicalLocation!;
      expect(location.artifactLocation!.uri).toBe(uris[finding.file]);
      const text = readFileSync(join(dir, finding.file), 'utf8');
      const start = position(text, finding.start);
      const end = position(text, finding.end);
      expect(location.region).toMatchObject({ startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column });
    });
    // The config's level reaches the log: an info finding is a SARIF note.
    expect(results.some((r) => r.ruleId === 'post/hashtags' && r.level === 'note')).toBe(true);
    expect(results.some((r) => r.level === 'warning')).toBe(true);
  });

  it('points batch records at their line of the batch file, named by id', async () => {
    const dir = tempTree({
      'batch.jsonl': [JSON.stringify({ id: 'first', text: 'Hi' }), '', JSON.stringify({ id: 42, text: PUSHY, kind: 'message' })].join('\n') + '\n',
    });
    const { log } = await sarif(dir, ['--input', 'jsonl', 'batch.jsonl']);
    expect(sarifSchemaErrors(log)).toBe('');
    const results = log.runs[0]!.results!;
    const pushy = results.filter((r) => r.locations![0]!.logicalLocations![0]!.name === '42');
    expect(pushy.length).toBeGreaterThanOrEqual(1);
    for (const result of pushy) {
      expect(result.locations![0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'batch.jsonl' }, region: { startLine: 3 } });
    }
  });

  it('is valid with no findings and from standard input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pitchlint-sarif-'));
    const { code, log } = await sarif(dir, ['--disable', 'cta', '--disable', 'tone', '--disable', 'clarity', '--disable', 'post', '--disable', 'subject']);
    expect(code).toBe(0);
    expect(sarifSchemaErrors(log)).toBe('');
    expect(log.runs[0]!.tool.driver.rules).toEqual([]);
    expect(log.runs[0]!.results).toEqual([]);
    const stdin = await sarif(dir, [], PUSHY);
    expect(sarifSchemaErrors(stdin.log)).toBe('');
    expect(stdin.log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('%3Cstdin%3E');
  });

  it('the schema check can fail: a log without the tool name is refused', () => {
    expect(sarifSchemaErrors({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toMatch(/name/);
    expect(sarifSchemaErrors({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'info' }] }] })).toMatch(/level/);
  });
});

const CORPUS = corpusDir();
const corpusFiles = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.jsonl')).sort() : [];
if (corpusFiles.length === 0) console.warn(`corpus not found in ${CORPUS}: SARIF check on the corpus skipped (set PITCHLINT_CORPUS)`);

describe.skipIf(corpusFiles.length === 0)('--format sarif on the whole shared corpus', { timeout: 300_000 }, () => {
  it('is valid as batches (--input jsonl)', async () => {
    const { log } = await sarif(CORPUS, ['--no-config', '--input', 'jsonl', ...corpusFiles]);
    expect(sarifSchemaErrors(log)).toBe('');
    expect(log.runs[0]!.results!.length).toBeGreaterThan(100);
  });

  it('is valid as one file per record, kinds and threads set by config overrides per folder', async () => {
    // Texts go to a temporary folder only, never into the repository.
    const dir = mkdtempSync(join(tmpdir(), 'pitchlint-corpus-sarif-'));
    const groups = new Set<string>();
    const files: string[] = [];
    for (const name of corpusFiles) {
      readFileSync(join(CORPUS, name), 'utf8').split('\n').forEach((line, index) => {
        if (line.trim() === '') return;
        const record = JSON.parse(line) as { text: string; kind?: string; thread?: string; lang?: string };
        const group = `${record.kind ?? 'email'}-${record.thread ?? 'first'}-${record.lang ?? 'auto'}`;
        groups.add(group);
        mkdirSync(join(dir, group), { recursive: true });
        const file = `${group}/${name.replace(/\.jsonl$/, '')} ${index + 1}.txt`;
        writeFileSync(join(dir, file), record.text);
        files.push(file);
      });
    }
    const overrides = [...groups].map((group) => {
      const [kind, thread, language] = group.split('-');
      return { files: [`${group}/**`], kind, thread, language };
    });
    writeFileSync(join(dir, 'pitchlint.config.json'), JSON.stringify({ overrides }));
    const { log } = await sarif(dir, files);
    expect(sarifSchemaErrors(log)).toBe('');
    const results = log.runs[0]!.results!;
    expect(results.length).toBeGreaterThan(100);
    expect(new Set(results.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri)).size).toBeGreaterThan(50);
  });
});
