/**
 * Runs once before the Firefox end-to-end files: makes sure Firefox is there and that
 * dist-firefox/ holds a build of the current sources (built when missing or stale).
 */
import { existsSync } from 'node:fs';
import { ensureFirefoxBuild } from '../firefox/firefox-build';
import { FIREFOX } from './firefox-harness';

export default function setup(): void {
  if (!existsSync(FIREFOX)) {
    throw new Error(`Firefox not found at ${FIREFOX}: install it (apt-get install -y firefox-esr) or set PITCHLINT_FIREFOX`);
  }
  ensureFirefoxBuild();
}
