/**
 * Runs once before the e2e files: makes sure dist/ holds a build of the current sources
 * (builds when it is missing or older than any source), and that Chromium is there.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isStale } from '../firefox/firefox-build';
import { CHROMIUM, DIST, REPO_ROOT } from './harness';

/** What the Chrome build is made from. */
const BUILD_INPUTS = ['src', 'public', 'manifest.json', 'vite.config.ts', 'package.json'];

export function buildIsStale(): boolean {
  return isStale(DIST, BUILD_INPUTS);
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
