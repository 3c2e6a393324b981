/**
 * The Firefox build passes Mozilla's add-on linter (web-ext lint, the checks addons.mozilla.org
 * runs on upload) without a single error, warning or notice. Builds dist-firefox/ first when it
 * is missing or stale.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST_FIREFOX, REPO_ROOT, ensureFirefoxBuild } from './firefox-build';

const WEB_EXT = join(REPO_ROOT, 'node_modules/web-ext/bin/web-ext.js');

interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
}

interface LintResult {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
  metadata: { id?: string; manifestVersion?: number; firefoxStrictMinVersion?: number };
}

/** One line per message, so a failing run says what to fix. */
function describeMessages(result: LintResult): string[] {
  const lines: string[] = [];
  for (const kind of ['errors', 'warnings', 'notices'] as const) {
    for (const m of result[kind]) {
      const where = m.file === undefined ? '' : ` (${m.file}${m.line === undefined ? '' : `:${m.line}`})`;
      lines.push(`${kind.slice(0, -1)} ${m.code}${where}: ${m.message}`);
    }
  }
  return lines;
}

async function lintFirefoxBuild(): Promise<LintResult> {
  const args = [WEB_EXT, 'lint', '--source-dir', DIST_FIREFOX, '--output', 'json', '--no-input', '--no-config-discovery'];
  try {
    const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: REPO_ROOT, timeout: 90_000, maxBuffer: 16 << 20 });
    return JSON.parse(stdout) as LintResult;
  } catch (error) {
    // web-ext exits with 1 when there are errors: the JSON report is still on stdout.
    const stdout = (error as { stdout?: string }).stdout ?? '';
    if (stdout.trim().startsWith('{')) return JSON.parse(stdout) as LintResult;
    throw error;
  }
}

describe('web-ext lint on dist-firefox', () => {
  let result: LintResult;
  beforeAll(async () => {
    ensureFirefoxBuild();
    result = await lintFirefoxBuild();
  }, 240_000);

  it('reports 0 errors, 0 warnings and 0 notices', () => {
    expect(describeMessages(result)).toEqual([]);
    expect(result.summary).toEqual({ errors: 0, warnings: 0, notices: 0 });
  });

  it('reads the manifest as an MV3 add-on with its gecko id and Firefox 142 as the minimum', () => {
    expect(result.metadata.manifestVersion).toBe(3);
    expect(result.metadata.id).toBe('pitchlint@pitchlint.app');
    expect(result.metadata.firefoxStrictMinVersion).toBe(142);
  });
});
