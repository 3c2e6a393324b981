/**
 * Privacy, as the browser enforces it: what the extension may touch is what its manifests ask
 * for. Checked on the source manifest and on both builds (dist/ for Chrome, dist-firefox/ for
 * Firefox), since the build tool adds entries of its own. And no built file names a remote
 * address the code could reach.
 *
 * Why each granted entry is there:
 * - permission "storage": the settings (storage.sync) and the organisation's policy
 *   (storage.managed). Nothing else: no "tabs" (the popup asks the active tab's content script,
 *   which needs no permission), no "scripting", no "activeTab", no host permissions at all — the
 *   content scripts' matches are the only pages the extension runs on.
 * - content_scripts matches: the sites Pitchlint lints (Gmail, LinkedIn, Outlook's three hosts), and nothing more.
 * - web_accessible_resources: the build loads the content script through a tiny classic-script
 *   loader that imports the real module chunks from the extension's origin; a page can only
 *   import them if they are web-accessible. So exactly the content script's own chunks are
 *   listed (JavaScript files under assets/), and only for the same sites.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIsStale } from '../e2e/global-setup';
import { REPO_ROOT, buildOnce, ensureFirefoxBuild } from '../firefox/firefox-build';

const SITE_ORIGINS = [
  'https://mail.google.com',
  'https://www.linkedin.com',
  // Outlook on the web: work and school accounts (two hosts) and Outlook.com.
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.live.com',
];
const SITE_MATCHES = SITE_ORIGINS.map((origin) => `${origin}/*`).sort();
const DIST = join(REPO_ROOT, 'dist');
const DIST_FIREFOX = join(REPO_ROOT, 'dist-firefox');

/**
 * Remote addresses a built file may still contain, and why none of them is ever fetched. Add an
 * entry only with its reason (e.g. a documentation link in a comment).
 */
const STAND_IN = 'text the analyzer reads in place of an unfilled link field (src/analyzer/placeholders/values.ts), on the domain reserved for examples (RFC 2606); never requested';
const EXPLAINED_URLS: ReadonlyMap<string, string> = new Map([
  ['https://example.com', STAND_IN],
  ['https://example.com/calendar', STAND_IN],
  ['https://example.com/agenda', STAND_IN],
]);

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[]; js?: string[] }[];
  web_accessible_resources?: { matches?: string[]; resources?: string[]; use_dynamic_url?: boolean }[];
  externally_connectable?: unknown;
  content_security_policy?: unknown;
}

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/** Builds dist/ (Chrome, vite alone) when it is missing or older than its sources. */
function ensureChromeBuild(): void {
  if (!buildIsStale()) return;
  buildOnce('chrome', buildIsStale, () => {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: REPO_ROOT, stdio: 'inherit', timeout: 180_000 });
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every http(s) address in the text files of a build that is not one of the sites. */
function remoteUrls(dir: string): { file: string; url: string }[] {
  const textFile = /\.(js|mjs|html|css|json)$/;
  const found: { file: string; url: string }[] = [];
  for (const file of filesUnder(dir).filter((f) => textFile.test(f))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/https?:\/\/[^\s"'`)<>\\]+/g)) {
      const url = match[0];
      const isSite = SITE_ORIGINS.some((origin) => url === origin || url.startsWith(`${origin}/`));
      if (!isSite && !EXPLAINED_URLS.has(url)) found.push({ file: relative(dir, file), url });
    }
  }
  return found;
}

function checkPermissions(manifest: Manifest): void {
  expect(manifest.permissions).toEqual(['storage']);
  expect(manifest.optional_permissions ?? []).toEqual([]);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions ?? []).toEqual([]);
  // No other extension or web page may message the extension.
  expect(manifest.externally_connectable).toBeUndefined();
  const scripts = manifest.content_scripts ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect([...(script.matches ?? [])].sort()).toEqual(SITE_MATCHES);
}

function checkWebAccessible(manifest: Manifest, dir: string): void {
  for (const entry of manifest.web_accessible_resources ?? []) {
    expect([...(entry.matches ?? [])].sort()).toEqual(SITE_MATCHES);
    for (const resource of entry.resources ?? []) {
      // One file each (no wildcard exposing the whole package), a script chunk that exists.
      expect(resource).toMatch(/^assets\/[\w.-]+\.js$/);
      expect(existsSync(join(dir, resource)), resource).toBe(true);
    }
  }
  // Each exposed chunk is reachable from the content script's loader: nothing exposed for nothing.
  const loaders = (manifest.content_scripts ?? []).flatMap((s) => s.js ?? []);
  const reachable = new Set<string>();
  const queue = [...loaders];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (reachable.has(file)) continue;
    reachable.add(file);
    const text = readFileSync(join(dir, file), 'utf8');
    for (const match of text.matchAll(/(?:\.\/|\/|assets\/)([\w.-]+\.js)/g)) {
      const chunk = `assets/${match[1]}`;
      if (existsSync(join(dir, chunk))) queue.push(chunk);
    }
  }
  for (const entry of manifest.web_accessible_resources ?? []) {
    for (const resource of entry.resources ?? []) expect(reachable.has(resource), `${resource} is not loaded by the content script`).toBe(true);
  }
}

describe('source manifest', () => {
  it('asks for storage only and runs on its sites only', () => {
    const manifest = readManifest(REPO_ROOT);
    checkPermissions(manifest);
    // The source lists nothing web-accessible: the build adds the loader's chunks.
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });
});

describe.each([
  ['Chrome build', DIST, ensureChromeBuild],
  ['Firefox build', DIST_FIREFOX, ensureFirefoxBuild],
])('%s', (_name, dir, ensure) => {
  beforeAll(() => ensure(), 240_000);

  it('asks for storage only and runs on its sites only', () => {
    checkPermissions(readManifest(dir));
  });

  it('exposes only the content script’s own chunks, only to its sites', () => {
    checkWebAccessible(readManifest(dir), dir);
  });

  it('names no remote address in any built file', () => {
    expect(remoteUrls(dir)).toEqual([]);
  });

  it('the address check would see one (it reads every built file)', () => {
    // Guards the check itself: the build does contain the two site addresses it allows.
    const all = filesUnder(dir).filter((f) => f.endsWith('.js')).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(all).toContain('https://mail.google.com');
  });
});
