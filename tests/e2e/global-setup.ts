/**
 * Runs once before the e2e files: makes sure dist/ holds a build of the current sources
 * (builds when it is missing or older than any source), and that Chromium is there.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, DIST, REPO_ROOT } from './harness';

/** What the Chrome build is made from. */
const BUILD_INPUTS = ['src', 'public', 'manifest.json', 'vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function buildIsStale(): boolean {
  const built = join(DIST, 'manifest.json');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return BUILD_INPUTS.some((input) => newestMtime(join(REPO_ROOT, input)) > builtAt);
}

export default function setup(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set PITCHLINT_CHROMIUM`);
  }
  if (buildIsStale()) {
    // Only the Chrome build: the e2e tests load dist/. `npm run build` makes all three.
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: REPO_ROOT, stdio: 'inherit' });
  }
}
