/**
 * Firefox end-to-end harness: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi,
 * the built add-on (dist-firefox/) installed as a temporary add-on, fixture pages served at the
 * real Gmail, LinkedIn and Outlook addresses through request interception (so the manifest's matches
 * fire), and every request the pages make recorded, so a test can prove nothing else was fetched.
 *
 *   const ff = await launchFirefox();
 *   try { const page = await ff.openFixture('gmail-compose'); ... expect(ff.unexpectedRequests()).toEqual([]); }
 *   finally { await ff.close(); }
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { FIXTURES_DIR, OTHER_ORIGIN, OUTLOOK_ORIGINS, fixtureNameOf, fixtureOrigin, fixturePath } from '../e2e/harness';
import { DIST_FIREFOX } from '../firefox/firefox-build';

export const FIREFOX = process.env.PITCHLINT_FIREFOX ?? '/usr/bin/firefox-esr';

/** Start-up took ~14 s with both cores busy (load 13+); four times that means something hangs. */
const LAUNCH_TIMEOUT_MS = 60_000;
/** How long the first-run page may take to open after the install. */
const FIRST_RUN_TIMEOUT_MS = 10_000;
/** One BiDi command (navigation, evaluate) never takes this long unless the browser is stuck. */
const PROTOCOL_TIMEOUT_MS = 30_000;
const CLOSE_TIMEOUT_MS = 10_000;

/**
 * A dead proxy for anything that would reach past the interception (Firefox's own background
 * services included): a test run never touches the network, whatever the browser tries.
 */
const OFFLINE_PREFS: Record<string, unknown> = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': true,
};

export interface RecordedRequest {
  url: string;
  method: string;
  /** The page's URL when the request was made. */
  from: string;
}

export interface FirefoxHarness {
  browser: Browser;
  /** The add-on's id as Firefox reports it after installing it (the manifest's gecko id). */
  addonId: string;
  /** The copy of dist-firefox/ that was installed (stays put for the whole run). */
  addonDir: string;
  /** Every request the pages made, in order. */
  requests: RecordedRequest[];
  /** Requests for anything but a fixture page (or its favicon): must stay empty. */
  unexpectedRequests(): RecordedRequest[];
  /** The address a fixture (tests/e2e/fixtures/<name>.html) is served at. */
  fixtureUrl(name: string): string;
  /** Opens a fixture page at its real address and waits for load. */
  openFixture(name: string): Promise<Page>;
  close(): Promise<void>;
}

/** The same addresses as the Chromium harness (its fixturePath: gmail-* under /mail/u/0/, outlook-* at Outlook's own paths). */
export function fixtureUrl(name: string): string {
  return `${fixtureOrigin(name)}${fixturePath(name)}`;
}

/** The fixture a URL names, when its origin and path are one of fixtureUrl's. */
function fixtureFileFor(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  const name = fixtureNameOf(parsed);
  if (name === undefined || fixtureOrigin(name) !== parsed.origin) return null;
  const file = join(FIXTURES_DIR, `${name}.html`);
  return existsSync(file) ? file : null;
}

/** The hosts fixtures are served on; any other host is refused. */
const FIXTURE_ORIGINS = new Set([fixtureOrigin('gmail'), fixtureOrigin('linkedin'), ...OUTLOOK_ORIGINS, OTHER_ORIGIN]);

function isFixtureOrigin(url: string): boolean {
  try {
    return FIXTURE_ORIGINS.has(new URL(url).origin);
  } catch {
    return false;
  }
}

/** What the page may ask for: a fixture page, or the favicon Firefox itself looks up for each page. */
function isExpected(url: string): boolean {
  if (isLocalScheme(url) || fixtureFileFor(url) !== null) return true;
  return isFixtureOrigin(url) && URL.canParse(url) && new URL(url).pathname === '/favicon.ico';
}

/** Local, internal and extension addresses: never network. */
function isLocalScheme(url: string): boolean {
  return /^(data|blob|about|moz-extension):/.test(url);
}

/** Answers one intercepted request: fixtures from disk, everything else refused without a connection. */
async function answer(request: HTTPRequest): Promise<void> {
  const url = request.url();
  if (isLocalScheme(url)) return request.continue();
  if (!isFixtureOrigin(url)) return request.abort('blockedbyclient');
  const file = fixtureFileFor(url);
  if (file === null) {
    // Favicons and the like on a fixture host: answered locally so nothing waits.
    return request.respond({ status: 404, contentType: 'text/plain', body: 'not a fixture' });
  }
  return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file, 'utf8') });
}

/** Launches Firefox with a fresh profile and the add-on installed. Call close() in a finally block. */
export async function launchFirefox(): Promise<FirefoxHarness> {
  if (!existsSync(join(DIST_FIREFOX, 'manifest.json'))) {
    throw new Error('dist-firefox/ is missing: run `npm run build` (the e2e-firefox global setup builds it)');
  }
  // Firefox installs a copy: a rebuild of dist-firefox/ during a run must not change a loaded add-on.
  const workDir = mkdtempSync(join(tmpdir(), 'pitchlint-e2e-firefox-'));
  const addonDir = join(workDir, 'addon');
  cpSync(DIST_FIREFOX, addonDir, { recursive: true });

  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      timeout: LAUNCH_TIMEOUT_MS,
      protocolTimeout: PROTOCOL_TIMEOUT_MS,
      defaultViewport: { width: 1280, height: 900 },
      extraPrefsFirefox: OFFLINE_PREFS,
    });
  } catch (error) {
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  }

  const close = async (): Promise<void> => {
    try {
      const closed = browser.close().then(
        () => true,
        () => false,
      );
      const timedOut = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), CLOSE_TIMEOUT_MS).unref());
      // A browser that fails to close, or not in time, is killed: a hung Firefox must not outlive the run.
      if (!(await Promise.race([closed, timedOut]))) browser.process()?.kill('SIGKILL');
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  };

  let addonId: string;
  try {
    const pagesBefore = new Set(await browser.pages());
    addonId = await browser.installExtension(addonDir);
    // The add-on opens its first-run page on install. On a slow machine that tab can come up after
    // a test opened its fixture and take the focus while the test types: close it first.
    await closeFirstRunPage(browser, pagesBefore);
  } catch (error) {
    await close();
    throw error;
  }

  const requests: RecordedRequest[] = [];
  const harness: FirefoxHarness = {
    browser,
    addonId,
    addonDir,
    requests,
    unexpectedRequests: () => requests.filter((r) => !isExpected(r.url)),
    fixtureUrl,
    async openFixture(name) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        requests.push({ url: request.url(), method: request.method(), from: page.url() });
        answer(request).catch((error: unknown) => {
          // Only a page closed mid-request gets here; anything else shows up as a failed load.
          console.warn(`pitchlint e2e-firefox: could not answer ${request.url()}: ${String(error)}`);
        });
      });
      await page.goto(fixtureUrl(name), { waitUntil: 'load', timeout: PROTOCOL_TIMEOUT_MS });
      return page;
    },
    close,
  };
  return harness;
}

/**
 * Waits for the first-run tab the add-on opens on install and closes it. Puppeteer reports an
 * add-on page's address as about:blank, so the tab is told by being new since `before`.
 */
async function closeFirstRunPage(browser: Browser, before: ReadonlySet<Page>): Promise<void> {
  const deadline = Date.now() + FIRST_RUN_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const opened = (await browser.pages()).find((page) => !before.has(page));
    if (opened !== undefined) {
      await opened.close();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the add-on's first-run page did not open within ${FIRST_RUN_TIMEOUT_MS} ms of its install`);
}
