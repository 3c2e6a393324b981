/**
 * pitchlint.config.json: found next to the files, nearest first; overrides per folder; flags over
 * the file; --config PATH and --no-config; --print-config; a broken config stops the run (exit 2,
 * one line naming the file and the field). Real files in temporary folders.
 */
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analyzer/types';
import { jobOptions } from '../../src/cli/job-options';
import { parseBatch } from '../../src/cli/inputs';
import { parseCliArgs } from '../../src/cli/options';
import { runIn } from './in-process';
import { runCli, tempTree } from './run-cli';

// 98 characters: over a limit of 50, under one of 200 (clarity/length counts characters, rules.md).
const INVITE = 'Hi Sam,\n\nSaw your talk on onboarding.\nWould a short call next week be useful?\n\nBest,\nTom\n';

type FileReport = Report & { file: string };

async function reports(cwd: string, args: string[]): Promise<FileReport[]> {
  const result = await runIn(cwd, ['--format', 'json', ...args]);
  expect(result.stderr).toBe('');
  const parsed = JSON.parse(result.stdout) as FileReport | FileReport[];
  return Array.isArray(parsed) ? parsed : [{ ...parsed, file: args.at(-1)! }];
}

function ruleIds(report: Report): string[] {
  return report.findings.map((f) => f.ruleId);
}

const config = (value: object) => JSON.stringify(value, null, 2);

describe('pitchlint.config.json', () => {
  it('applies the nearest config from the file upwards, and the working folder for standard input', async () => {
    const dir = tempTree({
      'pitchlint.config.json': config({ kind: 'post', maxLength: 50 }),
      'team/pitchlint.config.json': config({ kind: 'message' }),
      'team/deep/er/invite.txt': INVITE,
      'top.txt': INVITE,
    });
    const [deep, top] = await reports(dir, ['team/deep/er/invite.txt', 'top.txt']);
    // The nearer config wins whole: its folder's file sets no maxLength, so the top one's does not apply.
    expect(deep).toMatchObject({ kind: 'message' });
    expect(ruleIds(deep!)).not.toContain('clarity/length');
    expect(top).toMatchObject({ kind: 'post' });
    expect(ruleIds(top!)).toContain('clarity/length');
    const stdin = await runIn(join(dir, 'team'), ['--format', 'json'], INVITE);
    expect(JSON.parse(stdin.stdout)).toMatchObject({ kind: 'message' });
  });

  it('applies overrides per folder, later entries winning', async () => {
    const dir = tempTree({
      'pitchlint.config.json': config({
        ruleSets: { subject: false },
        overrides: [
          { files: ['posts/**'], kind: 'post' },
          { files: ['invites/**'], kind: 'message', maxLength: 200 },
          { files: ['invites/short/*.txt'], maxLength: 50 },
        ],
      }),
      'posts/launch.txt': INVITE,
      'invites/sam.txt': INVITE,
      'invites/short/sam.txt': INVITE,
      'email.txt': INVITE,
    });
    const [post, invite, short, email] = await reports(dir, ['posts/launch.txt', 'invites/sam.txt', 'invites/short/sam.txt', 'email.txt']);
    expect(post).toMatchObject({ kind: 'post' });
    expect(invite).toMatchObject({ kind: 'message' });
    expect(ruleIds(invite!)).not.toContain('clarity/length');
    expect(short).toMatchObject({ kind: 'message' });
    expect(ruleIds(short!)).toContain('clarity/length');
    expect(email).toMatchObject({ kind: 'email' });
    // ruleSets.subject: false at the top applies everywhere (an email without a subject line is not flagged).
    expect(ruleIds(email!)).not.toContain('subject/missing');
    const withoutConfig = await reports(dir, ['--no-config', '--subject', '', 'email.txt']);
    expect(ruleIds(withoutConfig[0]!)).toContain('subject/missing');
  });

  it('lets the flags win over the file, and rule levels from the file hold', async () => {
    const dir = tempTree({
      'pitchlint.config.json': config({ kind: 'post', maxLength: 50, rules: { 'clarity/length': 'info' }, ruleSets: { subject: false } }),
      'a.txt': INVITE,
    });
    const [fromFile] = await reports(dir, ['a.txt']);
    expect(fromFile!.findings.find((f) => f.ruleId === 'clarity/length')?.severity).toBe('info');
    const [flags] = await reports(dir, ['--kind', 'email', '--max-length', '500', '--enable', 'subject', '--subject', '', 'a.txt']);
    expect(flags).toMatchObject({ kind: 'email' });
    expect(ruleIds(flags!)).not.toContain('clarity/length');
    expect(ruleIds(flags!)).toContain('subject/missing');
    const [off] = await reports(dir, ['--disable', 'clarity/length', 'a.txt']);
    expect(ruleIds(off!)).not.toContain('clarity/length');
  });

  it('uses the file --config names for every file, and none with --no-config', async () => {
    const dir = tempTree({
      'pitchlint.config.json': config({ kind: 'post' }),
      'elsewhere/strict.json': config({ kind: 'comment', overrides: [{ files: ['../drafts/**'], kind: 'message' }] }),
      'drafts/a.txt': INVITE,
      'b.txt': INVITE,
    });
    const [a, b] = await reports(dir, ['--config', 'elsewhere/strict.json', 'drafts/a.txt', 'b.txt']);
    expect(a).toMatchObject({ kind: 'message' }); // globs are relative to the config's own folder
    expect(b).toMatchObject({ kind: 'comment' });
    const none = await reports(dir, ['--no-config', 'b.txt']);
    expect(none[0]).toMatchObject({ kind: 'email' });
    const both = await runIn(dir, ['--config', 'elsewhere/strict.json', '--no-config', 'b.txt']);
    expect(both.code).toBe(2);
  });

  it('prints the settings that apply to a file (--print-config), flags included', async () => {
    const dir = tempTree({
      'pitchlint.config.json': config({
        rules: { 'cta/pushy': 'error' },
        template: true,
        overrides: [{ files: ['invites/**'], kind: 'message', maxLength: 200 }],
      }),
    });
    const result = await runIn(dir, ['--print-config', 'invites/not-written-yet.txt', '--disable', 'post']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      file: 'invites/not-written-yet.txt',
      configFile: 'pitchlint.config.json',
      overrides: [{ index: 0, files: ['invites/**'] }],
      kind: 'message',
      thread: 'first',
      lang: 'auto',
      template: true,
      maxLength: 200,
      ruleSets: { cta: true, tone: true, clarity: true, post: false, subject: true, template: true },
      rules: { 'cta/pushy': 'error' },
    });
    const bare = JSON.parse((await runIn(dir, ['--no-config', '--print-config', 'x.txt'])).stdout);
    expect(bare).toMatchObject({ configFile: null, overrides: [], kind: 'email', template: false, maxLength: null, rules: {} });
    expect((await runIn(dir, ['--print-config', 'a.txt', 'b.txt'])).code).toBe(2);
  });

  describe('a broken config: exit 2, one line naming the file and the field, no output', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['not JSON', '{ "kind": "post", }', /^pitchlint: pitchlint\.config\.json: not valid JSON \(.+\)\n$/],
      ['not an object', '[1, 2]', /pitchlint\.config\.json: \(top level\): must be a JSON object/],
      ['a bad kind', config({ kind: 'tweet' }), /pitchlint\.config\.json: kind: must be one of email, message, post, comment \(got "tweet"\)/],
      ['a bad maxLength', config({ maxLength: 0 }), /pitchlint\.config\.json: maxLength: must be a whole number/],
      ['a bad template', config({ template: 'yes' }), /pitchlint\.config\.json: template: must be true or false/],
      ['an unknown field', config({ knd: 'post' }), /pitchlint\.config\.json: knd: unknown field/],
      ['an unknown rule set', config({ ruleSets: { spelling: false } }), /pitchlint\.config\.json: ruleSets\.spelling: unknown rule set/],
      ['a rule set that is not true or false', config({ ruleSets: { cta: 'off' } }), /ruleSets\.cta: must be true or false/],
      ['an unknown rule', config({ rules: { 'cta/nagging': 'off' } }), /rules\.cta\/nagging: unknown rule/],
      ['a bad rule level', config({ rules: { 'cta/pushy': 'loud' } }), /rules\.cta\/pushy: must be one of off, error, warning, info/],
      ['a bad language', config({ language: 'fr' }), /language: must be one of auto, en, nl/],
      ['overrides not an array', config({ overrides: {} }), /pitchlint\.config\.json: overrides: must be an array/],
      ['an override without files', config({ overrides: [{ kind: 'post' }] }), /overrides\[0\]\.files: must be a non-empty array/],
      ['a bad field in an override', config({ overrides: [{ files: ['a/**'] }, { files: ['b/**'], maxLength: -3 }] }), /overrides\[1\]\.maxLength: must be/],
      ['an unknown field in an override', config({ overrides: [{ files: ['a/**'], overrides: [] }] }), /overrides\[0\]\.overrides: unknown field/],
    ];
    it.each(cases)('%s', async (_label, content, message) => {
      const dir = tempTree({ 'pitchlint.config.json': content, 'drafts/a.txt': INVITE });
      const result = await runIn(dir, ['drafts/a.txt']);
      expect(result).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr).toMatch(/^pitchlint: [^\n]+\n$/);
      expect(result.stderr).toMatch(message);
    });

    it('unreadable: missing (--config), a folder, no permission', async () => {
      const dir = tempTree({ 'a.txt': INVITE, 'locked/pitchlint.config.json': '{}', 'locked/b.txt': INVITE, 'folder/pitchlint.config.json/x': '' });
      const missing = await runIn(dir, ['--config', 'no/such.json', 'a.txt']);
      expect(missing).toMatchObject({ code: 2, stdout: '', stderr: 'pitchlint: no/such.json: cannot read the config: no such file\n' });
      const folder = await runIn(dir, ['--config', 'folder/pitchlint.config.json', 'a.txt']);
      expect(folder.stderr).toBe('pitchlint: folder/pitchlint.config.json: cannot read the config: is a directory\n');
      chmodSync(join(dir, 'locked/pitchlint.config.json'), 0o000);
      const locked = await runIn(dir, ['locked/b.txt']);
      // root reads any file whatever its mode; elsewhere the read is refused.
      if (process.getuid?.() !== 0) expect(locked.stderr).toBe('pitchlint: locked/pitchlint.config.json: cannot read the config: permission denied\n');
      else expect(locked.code).toBe(0);
    });

    it('through the real command too', { timeout: 30_000 }, async () => {
      const dir = tempTree({ 'pitchlint.config.json': config({ thread: 'sideways' }), 'a.txt': INVITE });
      const result = await runCli(['a.txt'], '', undefined, dir);
      expect(result).toEqual({ code: 2, stdout: '', stderr: 'pitchlint: pitchlint.config.json: thread: must be one of first, reply (got "sideways")\n' });
    });
  });
});

describe('template mode reaches analyze()', () => {
  it('from --template, a config, and a batch line, in that order of strength', async () => {
    const flag = jobOptions({}, parseCliArgs(['--template']));
    expect(flag.template).toBe(true);
    expect(jobOptions({ template: true }, parseCliArgs([])).template).toBe(true);
    expect(jobOptions({}, parseCliArgs([])).template).toBeUndefined();
    const [line] = parseBatch('{"id":1,"text":"Hi {{firstName}}","template":true}\n', '<stdin>');
    expect(jobOptions({}, parseCliArgs([]), line!.options).template).toBe(true);
    const [off] = parseBatch('{"id":1,"text":"Hi","template":false}\n', '<stdin>');
    expect(jobOptions({ template: true }, parseCliArgs(['--template']), off!.options).template).toBe(false);
    const dir = mkdtempSync(join(tmpdir(), 'pitchlint-template-'));
    expect(JSON.parse((await runIn(dir, ['--template', '--print-config', 'a.txt'])).stdout)).toMatchObject({ template: true });
    const bad = await runIn(dir, ['--input', 'jsonl'], '{"id":1,"text":"x","template":"yes"}\n');
    expect(bad).toMatchObject({ code: 2, stderr: 'pitchlint: <stdin>:1: "template" must be true or false\n' });
  });
});
