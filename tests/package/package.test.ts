/**
 * The store packages: runs scripts/package.ts (what `npm run package` runs after building) into a
 * temporary folder, reads each zip back with fflate and checks it holds what its store needs:
 * manifest.json at the root, every built file (and nothing else) for the two extensions, and for
 * the source package every file the build needs, byte for byte, without dependencies or builds,
 * from which the Firefox add-on rebuilds to the same bytes (what addons.mozilla.org reviewers check).
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIsStale as chromeBuildIsStale } from '../e2e/global-setup';
import { REPO_ROOT, buildOnce, ensureFirefoxBuild } from '../firefox/firefox-build';
import { filesUnder, sourceFiles } from '../../scripts/package';

const VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'manifest.json'), 'utf8')) as { version: string }).version;

/** What `npm ci && npm run build` needs from the sources: configs, lock file, manifest, code, locales, docs. */
const SOURCE_MUST_HOLD = [
  'manifest.json',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.lib.json',
  'vite.config.ts',
  'vite.firefox.config.ts',
  'vite.lib.config.ts',
  'README.md',
  'src/content/index.ts',
  'src/background/index.ts',
  'src/analyzer/index.ts',
  'public/_locales/en/messages.json',
  'public/_locales/nl/messages.json',
];
/** Installed or generated: never in the source package. */
const NOT_SOURCE = /^(node_modules|dist|dist-firefox|dist-lib|packages|test-results)\//;

function ensureChromeBuild(): void {
  if (!chromeBuildIsStale()) return;
  buildOnce('chrome', chromeBuildIsStale, () => {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: REPO_ROOT, stdio: 'inherit', timeout: 180_000 });
  });
}

let outDir: string;
let stdout: string;
const zips: Record<'chrome' | 'firefox' | 'source', Record<string, Uint8Array>> = { chrome: {}, firefox: {}, source: {} };

beforeAll(async () => {
  ensureChromeBuild();
  ensureFirefoxBuild();
  outDir = mkdtempSync(join(tmpdir(), 'pitchlint-packages-'));
  ({ stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', join(REPO_ROOT, 'scripts/package.ts'), '--out-dir', outDir],
    { cwd: REPO_ROOT, timeout: 120_000 },
  ));
  for (const name of ['chrome', 'firefox', 'source'] as const) {
    zips[name] = unzipSync(readFileSync(join(outDir, `pitchlint-${name}-${VERSION}.zip`)));
  }
}, 300_000);

afterAll(() => {
  if (outDir !== undefined) rmSync(outDir, { recursive: true, force: true });
});

const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

describe('npm run package', () => {
  it('writes the three zips, named with manifest.json’s version, and says so', () => {
    for (const name of ['chrome', 'firefox', 'source']) expect(stdout).toContain(`pitchlint-${name}-${VERSION}.zip`);
  });

  it.each([
    ['chrome', 'dist'],
    ['firefox', 'dist-firefox'],
  ] as const)('the %s zip holds exactly the files of %s/, manifest.json at its root', (name, dir) => {
    const entries = zips[name];
    expect(Object.keys(entries).sort()).toEqual(filesUnder(join(REPO_ROOT, dir)));
    expect(text(entries['manifest.json'])).toBe(readFileSync(join(REPO_ROOT, dir, 'manifest.json'), 'utf8'));
    // Stores reject a zip whose manifest sits in a folder.
    expect(Object.keys(entries).every((path) => !path.startsWith('/') && !path.startsWith(`${dir}/`))).toBe(true);
  });

  it('the Chrome zip runs a service worker; the Firefox zip an event page under its gecko id', () => {
    const chrome = JSON.parse(text(zips.chrome['manifest.json'])) as Record<string, unknown>;
    const firefox = JSON.parse(text(zips.firefox['manifest.json'])) as {
      background: { scripts?: string[] };
      browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
    };
    expect(chrome).toHaveProperty('background.service_worker');
    expect(chrome).not.toHaveProperty('browser_specific_settings');
    expect(firefox.background.scripts?.length).toBeGreaterThan(0);
    expect(firefox.browser_specific_settings?.gecko).toMatchObject({ id: 'pitchlint@pitchlint.app', strict_min_version: '142.0' });
    for (const script of firefox.background.scripts ?? []) expect(zips.firefox[script]).toBeDefined();
  });

  it('the source zip holds every file git lists, byte for byte, and what the build needs', () => {
    const entries = zips.source;
    const paths = Object.keys(entries).sort();
    expect(paths).toEqual(sourceFiles(REPO_ROOT));
    for (const path of SOURCE_MUST_HOLD) expect(paths, path).toContain(path);
    expect(paths.filter((path) => NOT_SOURCE.test(path))).toEqual([]);
    for (const path of paths) {
      expect(Buffer.from(entries[path] ?? new Uint8Array()).equals(readFileSync(join(REPO_ROOT, path))), path).toBe(true);
    }
  });

  it('the source zip’s README says how to rebuild', () => {
    expect(text(zips.source['README.md'])).toContain('npm ci && npm run build');
  });

  it('rebuilds, from the source zip alone, the Firefox zip’s files byte for byte', async () => {
    // What a reviewer does with the source package: unzip, install, build. The installed
    // dependencies are this checkout's (same lock file), linked rather than fetched again.
    const unzipped = join(outDir, 'source');
    for (const [path, bytes] of Object.entries(zips.source)) {
      mkdirSync(dirname(join(unzipped, path)), { recursive: true });
      writeFileSync(join(unzipped, path), bytes);
    }
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(unzipped, 'node_modules'), 'dir');
    await promisify(execFile)(
      process.execPath,
      [join(unzipped, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.firefox.config.ts', '--logLevel', 'error'],
      { cwd: unzipped, timeout: 180_000 },
    );
    const rebuilt = join(unzipped, 'dist-firefox');
    expect(filesUnder(rebuilt)).toEqual(Object.keys(zips.firefox).sort());
    for (const [path, bytes] of Object.entries(zips.firefox)) {
      expect(Buffer.from(bytes).equals(readFileSync(join(rebuilt, path))), path).toBe(true);
    }
  }, 240_000);
});
