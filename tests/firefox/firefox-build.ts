/**
 * Makes sure dist-firefox/ holds a build of the current sources, for the tests that read it
 * (web-ext lint, the Firefox end-to-end test, the store packages). `npm run build` makes it too;
 * this only builds when it is missing or older than anything it is made from.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST_FIREFOX = join(REPO_ROOT, 'dist-firefox');

/** What the Firefox build is made from (public/ holds the locales copied into it). */
const FIREFOX_BUILD_INPUTS = ['src', 'public', 'manifest.json', 'vite.firefox.config.ts', 'package.json'];

/** A build on a loaded two-core machine takes ~10 s; a lock older than this was left by a killed run. */
const STALE_LOCK_MS = 180_000;

export function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when `outDir`/manifest.json is missing or older than any of `inputs` (relative to the repo). */
export function isStale(outDir: string, inputs: readonly string[]): boolean {
  const built = join(outDir, 'manifest.json');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return inputs.some((input) => newestMtime(join(REPO_ROOT, input)) > builtAt);
}

export function firefoxBuildIsStale(): boolean {
  return isStale(DIST_FIREFOX, FIREFOX_BUILD_INPUTS);
}

/**
 * Runs `build` while holding a lock shared by every test process of this checkout: test files run
 * in parallel, and two vite builds emptying the same output folder would break each other.
 * `stillNeeded` is asked again once the lock is held, since another process may just have built.
 */
export function buildOnce(name: string, stillNeeded: () => boolean, build: () => void): void {
  const lock = join(tmpdir(), `pitchlint-build-${name}-${Buffer.from(REPO_ROOT).toString('hex').slice(-24)}.lock`);
  const deadline = Date.now() + STALE_LOCK_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const heldSince = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (heldSince === undefined) continue; // released between the two calls: try again at once
      if (Date.now() > deadline || Date.now() - heldSince > STALE_LOCK_MS) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      // A synchronous wait: the callers (global setups, beforeAll) have nothing else to do meanwhile.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (stillNeeded()) build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds dist-firefox/ with vite alone (no type check, no library) when it is missing or stale. */
export function ensureFirefoxBuild(): void {
  if (!firefoxBuildIsStale()) return;
  buildOnce('firefox', firefoxBuildIsStale, () => {
    execFileSync('npx', ['vite', 'build', '-c', 'vite.firefox.config.ts', '--logLevel', 'warn'], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
      timeout: 180_000,
    });
  });
}
