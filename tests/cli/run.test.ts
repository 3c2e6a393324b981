/**
 * The CLI's run() in-process, with fake I/O: the many small cases of option handling,
 * settings and bad usage, without a process per case. cli.test.ts covers the real process.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analyzer/types';
import { run } from '../../src/cli/run';

const EMAIL = 'Hi Sarah,\n\nYour team ships a new release every week.\nWould a 15-minute call next Tuesday make sense?\n\nBest,\nTom\n';

/** Runs the CLI on in-memory files ('-' is standard input). */
async function runInProcess(args: string[], files: Record<string, string> = { '-': EMAIL }) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    readText: async (file) => {
      const text = files[file];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return text;
    },
    stdout: (chunk) => (stdout += chunk),
    stderr: (chunk) => (stderr += chunk),
  });
  return { code, stdout, stderr };
}

async function ruleIds(...args: string[]): Promise<string[]> {
  const { stdout } = await runInProcess(['--format', 'json', '--max-length', '20', '--subject', '', ...args]);
  return (JSON.parse(stdout) as Report).findings.map((f) => f.ruleId);
}

describe('run() in-process', () => {
  it('gives exact spans in JSON: excerpt is text.slice(start, end)', async () => {
    const { stdout } = await runInProcess(['--format', 'json', '--max-length', '20', '--subject', '']);
    const report = JSON.parse(stdout) as Report;
    expect(report.findings.length).toBeGreaterThanOrEqual(2);
    for (const f of report.findings) expect(f.excerpt).toBe(EMAIL.slice(f.start, f.end));
  });

  it('says in text output when only the start of a very long draft was checked', async () => {
    const long = 'Our platform helps finance teams close the month faster. '.repeat(1_000);
    const { stdout } = await runInProcess(['-'], { '-': long });
    expect(stdout).toMatch(/^ {2}note: only the first [\d,]+ characters of the body were checked$/m);
    expect((await runInProcess(['-'])).stdout).not.toMatch(/note:/);
  });

  it('exits 1 only when warnings exceed --max-warnings', async () => {
    const base = await runInProcess(['--format', 'json', '--subject', '']);
    const warnings = (JSON.parse(base.stdout) as Report).findings.filter((f) => f.severity === 'warning').length;
    expect(warnings).toBeGreaterThanOrEqual(1);
    expect(base.code).toBe(0);
    expect((await runInProcess(['--subject', '', '--max-warnings', String(warnings)])).code).toBe(0);
    expect((await runInProcess(['--subject', '', '--max-warnings', String(warnings - 1)])).code).toBe(1);
  });

  it('counts warnings over all drafts together', async () => {
    const files = { 'a.txt': EMAIL, 'b.txt': EMAIL };
    const one = await runInProcess(['--format', 'json', '--subject', '', 'a.txt'], files);
    const perDraft = (JSON.parse(one.stdout) as Report).findings.filter((f) => f.severity === 'warning').length;
    const both = await runInProcess(['--subject', '', '--max-warnings', String(perDraft), 'a.txt', 'b.txt'], files);
    expect(both.code).toBe(1);
  });

  it('switches rules and rule sets off and on', async () => {
    expect(await ruleIds()).toEqual(expect.arrayContaining(['clarity/length', 'subject/missing']));
    expect(await ruleIds('--disable', 'clarity')).not.toContain('clarity/length');
    expect(await ruleIds('--disable', 'clarity/length')).not.toContain('clarity/length');
    const narrowed = await ruleIds('--disable', 'subject', '--disable', 'clarity', '--enable', 'clarity/length');
    expect(narrowed).toContain('clarity/length');
    expect(narrowed).not.toContain('subject/missing');
  });

  it('lets batch records override the flags', async () => {
    const batch = '{"id":"x","text":"Hoi","kind":"post","thread":"reply","lang":"nl"}\n';
    const { stdout } = await runInProcess(['--input', 'jsonl', '--format', 'json', '--kind', 'email', '--lang', 'en'], { '-': batch });
    expect(JSON.parse(stdout)).toEqual([expect.objectContaining({ id: 'x', kind: 'post', thread: 'reply', language: 'nl' })]);
  });

  it('refuses to wait on a terminal when no file is given', async () => {
    let stderr = '';
    const code = await run([], { readText: async () => '', stdout: () => {}, stderr: (c) => (stderr += c), interactive: true });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^pitchlint: no input/);
  });

  describe('bad usage: exit 2, one line on stderr, nothing on stdout', () => {
    const cases: Array<[string, string[], Record<string, string> | undefined, RegExp]> = [
      ['an unknown option', ['--bogus'], undefined, /--bogus/],
      ['an option without its value', ['--kind'], undefined, /--kind/],
      ['a bad --kind', ['--kind', 'tweet'], undefined, /--kind/],
      ['a bad --thread', ['--thread', 'sideways'], undefined, /--thread/],
      ['a bad --lang', ['--lang', 'fr'], undefined, /--lang/],
      ['a bad --format', ['--format', 'xml'], undefined, /--format/],
      ['a bad --input', ['--input', 'csv'], undefined, /--input/],
      ['an unknown rule id', ['--disable', 'cta/nagging'], undefined, /cta\/nagging/],
      ['an unknown rule set', ['--enable', 'spelling'], undefined, /spelling/],
      ['a non-numeric --max-length', ['--max-length', 'ten'], undefined, /--max-length/],
      ['a zero --max-length', ['--max-length', '0'], undefined, /--max-length/],
      ['a zero --subject-max-length', ['--subject-max-length', '0'], undefined, /--subject-max-length/],
      ['a non-numeric --subject-max-length', ['--subject-max-length', '80px'], undefined, /--subject-max-length/],
      ['a negative --max-warnings', ['--max-warnings=-1'], undefined, /max-warnings/],
      ['a missing file', ['no/such/draft.txt'], {}, /no\/such\/draft\.txt: no such file/],
      ['standard input twice', ['-', '-'], undefined, /standard input/],
      ['a batch line that is not JSON', ['--input', 'jsonl'], { '-': '{"id":1,"text":"ok"}\n{oops\n' }, /<stdin>:2/],
      ['a batch line that is not an object', ['--input', 'jsonl'], { '-': '[1,2]\n' }, /<stdin>:1/],
      ['a batch line without an id', ['--input', 'jsonl'], { '-': '{"text":"x"}\n' }, /"id"/],
      ['a batch line without text', ['--input', 'jsonl'], { '-': '{"id":1}\n' }, /"text"/],
      ['a batch line with a bad kind', ['--input', 'jsonl'], { '-': '{"id":1,"text":"x","kind":"fax"}\n' }, /kind/],
      ['a batch line with a bad maxLength', ['--input', 'jsonl'], { '-': '{"id":1,"text":"x","maxLength":-3}\n' }, /maxLength/],
      ['a batch line with a bad subjectMaxLength', ['--input', 'jsonl'], { '-': '{"id":1,"text":"x","subjectMaxLength":"80"}\n' }, /subjectMaxLength/],
    ];
    it.each(cases)('%s', async (_label, args, files, mentions) => {
      const result = await runInProcess(args, files);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^pitchlint: [^\n]+\n$/);
      expect(result.stderr).toMatch(mentions);
    });
  });
});
