/**
 * The built command (dist-lib/cli.js, what `npx pitchlint` runs) and the built library.
 * Runs after `npm run build` (as .ci/run does); skipped when dist-lib has not been built.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/analyzer/types';
import { REPO_ROOT, runCli } from './run-cli';

const CLI = join(REPO_ROOT, 'dist-lib', 'cli.js');
const LIB = join(REPO_ROOT, 'dist-lib', 'index.js');
const built = existsSync(CLI) && existsSync(LIB);

describe.skipIf(!built)('built library and CLI (dist-lib)', { timeout: 30_000 }, () => {
  it('cli.js is an executable Node script', () => {
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(CLI).mode & 0o111).not.toBe(0);
  });

  it('reads standard input and writes a JSON report, with the exit code the findings call for', async () => {
    // Compared with the contract rather than with the source run, so a build that is a few
    // edits behind the source does not fail here; tests/cli/cli.test.ts covers behaviour.
    const draft = 'Hi Sarah,\n\nWould a 15-minute call next Tuesday make sense?\n\nBest,\nTom\n';
    const run = await runCli(['--format', 'json', '--kind', 'message', '--thread', 'reply'], draft, CLI);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as Report;
    expect(report).toMatchObject({ language: 'en', kind: 'message', thread: 'reply' });
    expect(run.code).toBe(report.findings.some((f) => f.severity === 'error') ? 1 : 0);
    const usage = await runCli(['--kind', 'fax'], '', CLI);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^pitchlint: .*--kind/);
  });

  it('index.js exports analyze() as package.json "exports" says', async () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      exports: { '.': { import: string; types: string } };
      bin: Record<string, string>;
    };
    expect(join(REPO_ROOT, pkg.exports['.'].import)).toBe(LIB);
    expect(join(REPO_ROOT, pkg.bin.pitchlint!)).toBe(CLI);
    const lib = (await import(pathToFileURL(LIB).href)) as typeof import('../../src/analyzer/index');
    const report = lib.analyze('Zullen we volgende week een kwartier bellen?', { kind: 'message', lang: 'nl' });
    expect(report).toMatchObject({ language: 'nl', kind: 'message', thread: 'first' });
  });
});
