import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analyzer/types';
import { REPO_ROOT, runCli, tempFiles } from './run-cli';

// Drafts whose verdicts follow from rules.md's counting rules alone (no judgement of asks):
// a character limit (clarity/length, error) and an empty subject (subject/missing, warning).
const EMAIL = 'Hi Sarah,\n\nYour team ships a new release every week.\nWould a 15-minute call next Tuesday make sense?\n\nBest,\nTom\n';
const TOO_LONG = ['--max-length', '20'];
const NO_SUBJECT = ['--subject', ''];

function parseJson<T>(stdout: string): T {
  return JSON.parse(stdout) as T;
}

function ruleIds(report: Report): string[] {
  return report.findings.map((f) => f.ruleId);
}

describe('pitchlint CLI', { timeout: 30_000 }, () => {
  it('prints help and the package version, exit 0', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: pitchlint/);
    for (const flag of ['--kind', '--thread', '--lang', '--subject', '--max-length', '--subject-max-length', '--disable', '--enable', '--format', '--input', '--max-warnings', '--template', '--config', '--no-config', '--print-config', 'sarif']) {
      expect(help.stdout).toContain(flag);
    }
    const version = await runCli(['--version']);
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('reads a file and reports ESLint-like lines with position, severity, message, rule id and score', async () => {
    const { 'draft.txt': file } = tempFiles({ 'draft.txt': EMAIL });
    const run = await runCli([...TOO_LONG, file!]);
    expect(run.code).toBe(1); // clarity/length over a host limit is an error
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(file);
    expect(run.stdout).toMatch(/^ {2}\d+:\d+ +error +\S.* {2}clarity\/length$/m);
    expect(run.stdout).toMatch(/^ {2}score \d{1,3}\/100 \(en, email, first\)$/m);
    expect(run.stdout).toMatch(/\d+ problems? \(1 errors?, \d+ warnings?, \d+ infos?\)/);
  });

  it('reads standard input when no file or "-" is given', async () => {
    for (const args of [[], ['-']]) {
      const run = await runCli(['--format', 'json', '--kind', 'post', '--thread', 'reply', ...args], EMAIL);
      expect(run.code).toBe(0);
      const report = parseJson<Report>(run.stdout);
      expect(report).toMatchObject({ kind: 'post', thread: 'reply', language: 'en' });
      expect(report.score).toBeGreaterThanOrEqual(0);
      expect(report.score).toBeLessThanOrEqual(100);
      expect(report.stats.words).toBeGreaterThan(10);
    }
  });

  it('prints an array for several files, each report naming its file', async () => {
    const files = tempFiles({ 'a.txt': EMAIL, 'b.txt': 'Beste Jan,\n\nZullen we volgende week een kwartier bellen?\n\nGroet,\nPiet\n' });
    const run = await runCli(['--format', 'json', files['a.txt']!, files['b.txt']!]);
    expect(run.code).toBe(0);
    const reports = parseJson<Array<Report & { file: string }>>(run.stdout);
    expect(reports.map((r) => r.file)).toEqual([files['a.txt'], files['b.txt']]);
  });

  it('runs a JSON-lines batch in one process, in input order, with per-line options', async () => {
    const batch = [
      { id: 'b', text: EMAIL, maxLength: 20 },
      { id: 7, text: EMAIL, kind: 'post', lang: 'nl' },
      { id: 'a', text: EMAIL, subject: '', thread: 'reply' },
    ];
    const input = batch.map((r) => JSON.stringify(r)).join('\n') + '\n\n';
    const run = await runCli(['--input', 'jsonl', '--format', 'jsonl'], input);
    const out = run.stdout.trim().split('\n').map((line) => parseJson<Report & { id: string | number }>(line));
    expect(out.map((r) => r.id)).toEqual(['b', 7, 'a']);
    expect(ruleIds(out[0]!)).toContain('clarity/length');
    expect(out[1]).toMatchObject({ kind: 'post', language: 'nl' });
    expect(ruleIds(out[1]!)).not.toContain('clarity/length');
    expect(out[2]).toMatchObject({ thread: 'reply' });
    expect(ruleIds(out[2]!)).toContain('subject/missing');
    expect(run.code).toBe(1); // the first record has an error
  });

  it('holds a subject to --subject-max-length, or a batch line\'s subjectMaxLength: an error on the subject line, for a message too', async () => {
    const subject = `${'Onboarding new reps at Northwind in half the time, '.repeat(2).slice(0, 80)}Today`; // 85 characters
    const message = 'Hi Sarah, would a short call next week help your new reps?';
    const text = await runCli(['--kind', 'message', '--subject', subject, '--subject-max-length', '80'], message);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^ {2}1:1 +error +The subject is 85 characters: 5 over its limit of 80\. .* {2}clarity\/length$/m);
    const batch = [
      { id: 'over', text: message, kind: 'message', subject, subjectMaxLength: 80 },
      { id: 'fits', text: message, kind: 'message', subject, subjectMaxLength: 85 },
    ];
    const lines = await runCli(['--input', 'jsonl', '--format', 'jsonl'], batch.map((r) => JSON.stringify(r)).join('\n'));
    const [over, fits] = lines.stdout.trim().split('\n').map((line) => parseJson<Report & { id: string }>(line));
    expect(over!.findings.filter((f) => f.subject !== undefined)).toEqual([
      expect.objectContaining({ ruleId: 'clarity/length', severity: 'error', start: 0, end: 0, subject: { start: 80, end: 85, excerpt: 'Today' } }),
    ]);
    // A message's subject gets no email subject rule.
    expect(over!.findings.filter((f) => f.ruleSet === 'subject')).toEqual([]);
    expect(fits!.findings.filter((f) => f.subject !== undefined)).toEqual([]);
  });

  it('exits 1 when warnings exceed --max-warnings', async () => {
    const run = await runCli([...NO_SUBJECT, '--max-warnings', '0'], EMAIL);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/subject\/missing$/m);
  });

  describe('bad usage and unreadable input: exit 2, one line on stderr, nothing on stdout', () => {
    // The full table of bad usage runs in-process in run.test.ts; these go through a real process.
    const cases: Array<[string, string[], string, RegExp]> = [
      ['an unknown option', ['--bogus'], '', /--bogus/],
      ['a missing file', ['no/such/draft.txt'], '', /no\/such\/draft\.txt/],
    ];
    it.each(cases)('%s', async (_label, args, stdin, mentions) => {
      const run = await runCli(args, stdin);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^pitchlint: /);
      expect(run.stderr).toMatch(mentions);
    });

    it('a directory given as a file', async () => {
      const run = await runCli([REPO_ROOT]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^pitchlint: cannot read .*is a directory\n$/);
    });
  });
});
