/**
 * End-to-end harness: Debian's Chromium with the built extension (dist/) loaded, fixture pages
 * served at the real Gmail, LinkedIn and Outlook addresses (so the manifest's matches fire), and every
 * request the browser makes recorded, so a test can prove the extension fetched nothing.
 *
 * Typical use:
 *   const h = await launchBrowser();
 *   try { const page = await h.openFixture('gmail-compose'); ... expect(h.unexpectedRequests()).toEqual([]); }
 *   finally { await h.close(); }
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { BrowserContext, CDPSession, Frame, Page, Route, Worker } from 'playwright-core';
import type { PageState } from '../../src/shared/messages';
import { BUNDLED_ASSETS, FIXTURE_PATHS, bundledAsset, fixtureNameOf as fixtureNamedByPath } from './fixture-routes';

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(HERE, '../..');
/** The built extension; PITCHLINT_DIST points at another build (e.g. a deliberately broken copy, to prove a test can fail). */
export const DIST = process.env.PITCHLINT_DIST ?? join(REPO_ROOT, 'dist');
export const FIXTURES_DIR = join(HERE, 'fixtures');
export const CHROMIUM = process.env.PITCHLINT_CHROMIUM ?? '/usr/bin/chromium';

/** Hosts whose pages the harness serves from fixtures. A page elsewhere is a host the extension must ignore. */
const GMAIL_ORIGIN = 'https://mail.google.com';
const LINKEDIN_ORIGIN = 'https://www.linkedin.com';
/** Outlook on the web: work and school accounts (two hosts) and Outlook.com. */
const OUTLOOK_ORIGIN = 'https://outlook.office.com';
const OUTLOOK_365_ORIGIN = 'https://outlook.office365.com';
const OUTLOOK_LIVE_ORIGIN = 'https://outlook.live.com';
export const OUTLOOK_ORIGINS = [OUTLOOK_ORIGIN, OUTLOOK_365_ORIGIN, OUTLOOK_LIVE_ORIGIN];
export const OTHER_ORIGIN = 'https://www.example.com';

/** Files from node_modules that fixture pages load (a real Quill editor for the LinkedIn composers). */
const FIXTURE_ASSETS: Record<string, { file: string; type: string }> = {
  'quill.js': { file: 'node_modules/quill/dist/quill.js', type: 'text/javascript' },
  'quill.snow.css': { file: 'node_modules/quill/dist/quill.snow.css', type: 'text/css' },
};

const ASSET_PREFIX = '/__fixture-assets/';

export interface RecordedRequest {
  url: string;
  method: string;
  /** The page's URL when the request came from a page; '' for service workers. */
  from: string;
}

export interface LaunchOptions {
  /** False launches the same browser without the extension (to compare the page's own behaviour). */
  extension?: boolean;
  /** Extra Chromium switches. */
  args?: string[];
  /**
   * The browser's interface language, e.g. 'nl': set the way a Linux desktop sets it (LANGUAGE),
   * so Chromium's own locale, getUILanguage() and the extension's catalogue all agree. Needs
   * Chromium's translations (Debian's chromium-l10n, which .ci/run installs).
   */
  locale?: string;
  /** True leaves the first-run page the extension opens on install (its own test looks at it). */
  keepFirstRunPage?: boolean;
}

export interface Harness {
  context: BrowserContext;
  /** The extension's id ('' without the extension). */
  extensionId: string;
  /** The extension's service worker (undefined without the extension). */
  serviceWorker: Worker | undefined;
  /** Every request seen, in order. */
  requests: RecordedRequest[];
  /** Requests that were neither a fixture nor the extension's own files: must stay empty (close() throws otherwise). */
  unexpectedRequests(): RecordedRequest[];
  /** Opens a fixture page (tests/e2e/fixtures/<name>.html) at its real address and waits for load. */
  openFixture(name: string, options?: { hash?: string }): Promise<Page>;
  /** The address a fixture is served at. */
  fixtureUrl(name: string): string;
  /** Opens one of the extension's pages (e.g. 'src/popup/index.html?tabId=3') in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The browser's tab id of a page, asked through the service worker (for the popup's ?tabId=N). */
  tabIdOf(page: Page): Promise<number>;
  /** The content script's answer to the popup's get-state request for this page. */
  pageState(page: Page): Promise<PageState>;
  /** The toolbar button's badge text for this page's tab. */
  toolbarBadge(page: Page): Promise<string>;
  /** Polls pageState until `predicate` holds (e.g. the typed text was linted); returns that state. */
  waitForState(page: Page, predicate: (state: PageState) => boolean, timeout?: number): Promise<PageState>;
  /** Closes the browser; then throws when any request was unexpected, so no test can miss one. */
  close(): Promise<void>;
}

/**
 * gmail-* fixtures are served on Gmail, linkedin-* on LinkedIn, outlook-* on Outlook
 * (outlook-live-* on Outlook.com, outlook-365-* on outlook.office365.com), anything else on an
 * unrelated host.
 */
export function fixtureOrigin(name: string): string {
  if (name.startsWith('gmail')) return GMAIL_ORIGIN;
  if (name.startsWith('linkedin')) return LINKEDIN_ORIGIN;
  if (name.startsWith('outlook-live')) return OUTLOOK_LIVE_ORIGIN;
  if (name.startsWith('outlook-365')) return OUTLOOK_365_ORIGIN;
  if (name.startsWith('outlook')) return OUTLOOK_ORIGIN;
  return OTHER_ORIGIN;
}

/**
 * Outlook fixtures keep Outlook's own paths (the reading pane under /mail/, a pop-out at
 * /mail/deeplink/compose, or /mail/0/… on Outlook.com) and name the fixture in the query; some
 * LinkedIn fixtures have a real address of their own (fixture-routes.ts).
 */
export function fixturePath(name: string): string {
  const own = FIXTURE_PATHS[name];
  if (own !== undefined) return own;
  const origin = fixtureOrigin(name);
  if (OUTLOOK_ORIGINS.includes(origin)) {
    const mailbox = origin === OUTLOOK_LIVE_ORIGIN ? '/mail/0' : '/mail';
    return `${mailbox}/${name.includes('popout') ? 'deeplink/compose' : 'inbox'}?fixture=${name}`;
  }
  return origin === GMAIL_ORIGIN ? `/mail/u/0/fixture/${name}` : `/fixture/${name}/`;
}

/** The fixture an address names (see fixturePath), or undefined. */
export function fixtureNameOf(url: URL): string | undefined {
  const fromQuery = OUTLOOK_ORIGINS.includes(url.origin) ? url.searchParams.get('fixture') : null;
  if (fromQuery !== null) return /^[a-z0-9-]+$/.test(fromQuery) ? fromQuery : undefined;
  const name = fixtureNamedByPath(url, fixtureOrigin);
  return name === '' ? undefined : name;
}

/**
 * dist/ must hold a build. A build running at the same time (another test run, `npm run build`)
 * empties it for a moment: wait for it to come back rather than fail on a half-written folder.
 */
async function waitForBuild(timeoutMs = 60_000): Promise<void> {
  const manifest = join(DIST, 'manifest.json');
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(manifest)) {
    if (Date.now() > deadline) {
      throw new Error('dist/ is missing: run `npm run build` first (npm test does it through the e2e global setup)');
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // Let a build that just wrote its manifest finish writing its other files.
  if (Date.now() - statSync(manifest).mtimeMs < 2_000) await new Promise((resolve) => setTimeout(resolve, 2_000));
}

/** Launches Chromium with a fresh profile. Call close() in a finally block. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Harness> {
  const withExtension = options.extension ?? true;
  if (withExtension) await waitForBuild();
  const userDataDir = mkdtempSync(join(tmpdir(), 'pitchlint-e2e-'));
  // The browser loads a copy: a rebuild of dist/ during a run (another test run, `npm run build`)
  // must not pull files from under a loaded extension.
  const extensionDir = join(userDataDir, 'extension');
  if (withExtension) cpSync(DIST, extensionDir, { recursive: true });
  const extensionArgs = withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: false,
      viewport: { width: 1280, height: 900 },
      ...(options.locale === undefined ? {} : { env: { ...process.env, LANGUAGE: options.locale } }),
      args: [
        ...extensionArgs,
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        ...(options.args ?? []),
      ],
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }

  const requests: RecordedRequest[] = [];
  const record = (url: string, method: string, from: string): void => {
    requests.push({ url, method, from });
  };
  context.on('request', (request) => {
    record(request.url(), request.method(), safeFrameUrl(request));
  });

  // Everything not served below is refused: a test never reaches the network.
  await context.route('**/*', (route) => {
    // The extension's own files (its content-script chunks) load as usual.
    if (route.request().url().startsWith('chrome-extension://')) return route.fallback();
    return route.abort('blockedbyclient');
  });
  await context.route(`${GMAIL_ORIGIN}/**`, (route) => serveFixture(route));
  await context.route(`${LINKEDIN_ORIGIN}/**`, (route) => serveFixture(route));
  await context.route(`${OTHER_ORIGIN}/**`, (route) => serveFixture(route));
  for (const origin of OUTLOOK_ORIGINS) await context.route(`${origin}/**`, (route) => serveFixture(route));

  let serviceWorker: Worker | undefined;
  let extensionId = '';
  if (withExtension) {
    serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(serviceWorker.url()).host;
    if (options.keepFirstRunPage !== true) await closeFirstRunPage(context, extensionId);
  }

  const isAllowed = (url: string): boolean => {
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
    if (extensionId !== '' && url.startsWith(`chrome-extension://${extensionId}/`)) return true;
    const origin = safeOrigin(url);
    return origin === GMAIL_ORIGIN || origin === LINKEDIN_ORIGIN || origin === OTHER_ORIGIN || OUTLOOK_ORIGINS.includes(origin);
  };

  const harness: Harness = {
    context,
    extensionId,
    serviceWorker,
    requests,
    unexpectedRequests: () => requests.filter((r) => !isAllowed(r.url)),
    fixtureUrl: (name) => `${fixtureOrigin(name)}${fixturePath(name)}`,
    async openFixture(name, openOptions = {}) {
      const page = await context.newPage();
      await page.goto(`${harness.fixtureUrl(name)}${openOptions.hash ?? ''}`, { waitUntil: 'load' });
      // A tab in the background gets no animation frames: in front, as the tab a person types in.
      await page.bringToFront();
      return page;
    },
    async openExtensionPage(path) {
      if (extensionId === '') throw new Error('launched without the extension');
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`, { waitUntil: 'load' });
      return page;
    },
    async tabIdOf(page) {
      if (serviceWorker === undefined) throw new Error('launched without the extension');
      // With only the "storage" permission the extension cannot read tab URLs: bring the page to
      // the front and ask for the active tab instead.
      await page.bringToFront();
      const id = await serviceWorker.evaluate(async () => {
        // The service worker's own `chrome` (no @types/chrome in this project: typed here by hand).
        const api = (globalThis as unknown as ChromeTabsGlobal).chrome;
        const tabs = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return tabs.length === 1 ? (tabs[0]?.id ?? -1) : -1;
      });
      if (id < 0) throw new Error(`no single active tab for ${page.url()}`);
      return id;
    },
    async pageState(page) {
      if (serviceWorker === undefined) throw new Error('launched without the extension');
      const tabId = await harness.tabIdOf(page);
      // As the popup does: ask the frame whose draft the user touched last (src/background/frames.ts).
      const state = await serviceWorker.evaluate(async (id: number) => {
        const api = (globalThis as unknown as ChromeTabsGlobal).chrome;
        const key = `pitchlint:frames:${id}`;
        const stored = (await api.storage.session.get(key))[key] as { frames?: Record<string, { score: number | null; active: number }> } | undefined;
        let frameId = 0;
        let best = -1;
        for (const [frame, report] of Object.entries(stored?.frames ?? {})) {
          if (report.score === null) continue;
          if (report.active > best || (report.active === best && Number(frame) < frameId)) {
            best = report.active;
            frameId = Number(frame);
          }
        }
        return api.tabs.sendMessage(id, { type: 'pitchlint:get-state' }, { frameId });
      }, tabId);
      return state as PageState;
    },
    async toolbarBadge(page) {
      if (serviceWorker === undefined) throw new Error('launched without the extension');
      const tabId = await harness.tabIdOf(page);
      return serviceWorker.evaluate(async (id: number) => {
        const api = (globalThis as unknown as ChromeTabsGlobal).chrome;
        return api.action.getBadgeText({ tabId: id });
      }, tabId);
    },
    async waitForState(page, predicate, timeout = 10_000) {
      const deadline = Date.now() + timeout;
      let last: PageState | undefined;
      while (Date.now() < deadline) {
        last = await harness.pageState(page);
        if (predicate(last)) return last;
        await page.waitForTimeout(50);
      }
      throw new Error(`page state did not match within ${timeout} ms: ${JSON.stringify(last)}`);
    },
    async close() {
      try {
        await context.close();
      } finally {
        rmSync(userDataDir, { recursive: true, force: true });
      }
      // Every test file closes its browser: a request that left the fixtures and the extension's
      // own files fails the file even when a test forgot to look.
      const unexpected = harness.unexpectedRequests();
      if (unexpected.length > 0) {
        throw new Error(`unexpected requests during the run: ${JSON.stringify(unexpected, null, 2)}`);
      }
    },
  };
  return harness;
}

/**
 * The extension opens its first-run page on install, i.e. in every fresh test profile. It would
 * sit in front of the fixture pages (a background tab gets no animation frames): close it.
 * Tests of that page open it themselves with openExtensionPage.
 */
async function closeFirstRunPage(context: BrowserContext, extensionId: string): Promise<void> {
  const firstRun = `chrome-extension://${extensionId}/src/welcome/`;
  // It opens within a second here; a slow machine gets longer, or it would open mid-test.
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const page = context.pages().find((p) => p.url().startsWith(firstRun));
    if (page !== undefined) {
      await page.close();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface ChromeTabsGlobal {
  chrome: {
    tabs: {
      query(filter: object): Promise<{ url?: string; id?: number }[]>;
      sendMessage(tabId: number, message: object, options?: { frameId?: number }): Promise<unknown>;
    };
    storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
  };
}

async function serveFixture(route: Route): Promise<void> {
  const url = new URL(route.request().url());
  if (url.pathname.startsWith(ASSET_PREFIX)) {
    const name = url.pathname.slice(ASSET_PREFIX.length);
    const entry = BUNDLED_ASSETS[name];
    if (entry !== undefined) {
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: await bundledAsset(name, entry) });
    }
    const asset = FIXTURE_ASSETS[name];
    if (asset === undefined) return route.fulfill({ status: 404, body: 'no such fixture asset' });
    return route.fulfill({ status: 200, contentType: asset.type, body: readFileSync(join(REPO_ROOT, asset.file)) });
  }
  const name = fixtureNameOf(url);
  const file = name === undefined ? '' : join(FIXTURES_DIR, `${name}.html`);
  if (file === '' || !existsSync(file)) {
    // Favicons and the like: answer locally so nothing waits, and nothing leaves the machine.
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not a fixture' });
  }
  // A fixture may come with response headers of its own (<name>.headers.json), e.g. Gmail's strict CSP.
  const headersFile = file.replace(/\.html$/, '.headers.json');
  const headers = existsSync(headersFile) ? (JSON.parse(readFileSync(headersFile, 'utf8')) as Record<string, string>) : {};
  return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: readFileSync(file, 'utf8') });
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

function safeFrameUrl(request: { frame(): { url(): string } }): string {
  try {
    return request.frame().url();
  } catch {
    // Service-worker requests have no frame.
    return '';
  }
}

// ---------------------------------------------------------------------------------------------
// Reading what Pitchlint drew. Everything lives in <pitchlint-root>'s open shadow root, and the
// underlines in CSS.highlights, so these helpers read them through page.evaluate.

export interface BadgeInfo {
  score: number;
  findings: number;
  ariaLabel: string;
  /** The id of the editor the badge belongs to (data-editor-id). */
  editorId: string;
}

/** A page, or a frame of one (LinkedIn's messaging iframe has a <pitchlint-root> of its own). */
export type Target = Page | Frame;

/** Waits until Pitchlint's root element is on the page (the content script has started). */
export async function waitForPitchlint(page: Target, timeout = 10_000): Promise<void> {
  await page.waitForFunction(() => document.querySelector('pitchlint-root')?.shadowRoot != null, undefined, { timeout });
}

/** Every badge on the page, in DOM order. */
export async function badges(page: Target): Promise<BadgeInfo[]> {
  return page.evaluate(() => {
    const root = document.querySelector('pitchlint-root')?.shadowRoot;
    if (!root) return [];
    return [...root.querySelectorAll<HTMLElement>('[data-pitchlint-badge]')].map((el) => ({
      score: Number(el.dataset.score),
      findings: Number(el.dataset.findings),
      ariaLabel: el.getAttribute('aria-label') ?? '',
      editorId: el.dataset.editorId ?? '',
    }));
  });
}

/** The first badge (or the one at `index`), or null when there is none. */
export async function badge(page: Target, index = 0): Promise<BadgeInfo | null> {
  return (await badges(page))[index] ?? null;
}

/** Waits until some badge satisfies `predicate` and returns it. */
export async function waitForBadge(
  page: Target,
  predicate: (b: BadgeInfo) => boolean = () => true,
  timeout = 10_000,
): Promise<BadgeInfo> {
  const deadline = Date.now() + timeout;
  let last: BadgeInfo[] = [];
  while (Date.now() < deadline) {
    last = await badges(page);
    const hit = last.find(predicate);
    if (hit) return hit;
    await page.waitForTimeout(50);
  }
  throw new Error(`no badge matched within ${timeout} ms; badges: ${JSON.stringify(last)}`);
}

export const HIGHLIGHT_NAMES = ['pitchlint-error', 'pitchlint-warning', 'pitchlint-info'] as const;
export type HighlightName = (typeof HIGHLIGHT_NAMES)[number];

/** The text under each Pitchlint highlight (nbsp read as a space), by highlight name. */
export async function highlights(page: Target): Promise<Record<HighlightName, string[]>> {
  return page.evaluate((names) => {
    const out: Record<string, string[]> = {};
    for (const name of names) {
      const highlight = CSS.highlights?.get(name);
      out[name] = highlight ? [...highlight].map((range) => range.toString().replace(/\u00a0/g, ' ')) : [];
    }
    return out as Record<(typeof names)[number], string[]>;
  }, [...HIGHLIGHT_NAMES]);
}

/** All highlighted texts, whatever the severity. */
export async function highlightedTexts(page: Target): Promise<string[]> {
  const all = await highlights(page);
  return HIGHLIGHT_NAMES.flatMap((name) => all[name]);
}

/** Boxes drawn in the shadow root (textareas, or where the Highlight API is missing). */
export async function boxes(page: Target): Promise<{ ruleId: string; width: number; height: number }[]> {
  return page.evaluate(() => {
    const root = document.querySelector('pitchlint-root')?.shadowRoot;
    if (!root) return [];
    return [...root.querySelectorAll<HTMLElement>('[data-pitchlint-box]')].map((el) => {
      const rect = el.getBoundingClientRect();
      return { ruleId: el.dataset.ruleId ?? '', width: rect.width, height: rect.height };
    });
  });
}

export interface CardFinding {
  ruleId: string;
  text: string;
  fixes: string[];
}

/** The findings shown in the open card (empty when no card is open). */
export async function cardFindings(page: Target): Promise<CardFinding[]> {
  return page.evaluate(() => {
    const card = document.querySelector('pitchlint-root')?.shadowRoot?.querySelector('[data-pitchlint-card]');
    if (!card || (card as HTMLElement).hidden) return [];
    return [...card.querySelectorAll<HTMLElement>('[data-rule-id]')].map((el) => ({
      ruleId: el.dataset.ruleId ?? '',
      text: el.textContent ?? '',
      fixes: [...el.querySelectorAll('button[data-fix]')].map((b) => b.textContent ?? ''),
    }));
  });
}

/** Clicks a badge (opens the card with all its editor's findings). */
export async function clickBadge(page: Target, index = 0): Promise<void> {
  await page.locator('pitchlint-root [data-pitchlint-badge]').nth(index).click();
}

/**
 * Clicks the fix button `fixIndex` of a card finding with `ruleId` (the first one, or the one
 * whose span starts at `start` when the rule has several).
 */
export async function applyFix(page: Target, ruleId: string, fixIndex = 0, start?: number): Promise<void> {
  const entry = start === undefined ? `[data-rule-id="${ruleId}"]` : `[data-rule-id="${ruleId}"][data-start="${start}"]`;
  await page.locator(`pitchlint-root [data-pitchlint-card] ${entry}`).first().locator(`button[data-fix="${fixIndex}"]`).click();
}

/**
 * Clicks into an editor and types, as a person would. The caret goes to the start first (where
 * Gmail puts it, above the signature and the quote); `at: 'end'` types after what is there.
 */
export async function typeInto(
  page: Target,
  selector: string,
  text: string,
  options: { delay?: number; at?: 'start' | 'end' } = {},
): Promise<void> {
  const editor = page.locator(selector).first();
  await editor.click();
  const keyboard = 'keyboard' in page ? page.keyboard : page.page().keyboard;
  await keyboard.press(options.at === 'end' ? 'Control+End' : 'Control+Home');
  await keyboard.type(text, { delay: options.delay ?? 0 });
}

/** The text content of an editor as the page sees it (innerText; value for a textarea). */
export async function editorText(page: Target, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((el) =>
    el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText,
  );
}

/**
 * One browser for a test file: launched before its tests and closed after them, and every test
 * fails on a request that is not a fixture's or the extension's own. Call at the top of the file;
 * the returned function gives the harness inside tests.
 */
export function useBrowser(options: LaunchOptions = {}): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await launchBrowser(options);
  });
  afterAll(async () => {
    await harness?.close();
  });
  afterEach(() => {
    expect(harness?.unexpectedRequests()).toEqual([]);
  });
  return () => {
    if (harness === undefined) throw new Error('the browser is not launched yet: use it inside a test');
    return harness;
  };
}

/**
 * Resolves when DevTools reports the extension's service worker in `status` (Playwright's worker
 * object does not notice a stop), after running `action`; rejects after `timeout` ms.
 */
async function serviceWorkerReaches(
  h: Harness,
  page: Page,
  status: 'running' | 'stopped',
  action: (cdp: CDPSession) => Promise<unknown> = async () => undefined,
  timeout = 10_000,
): Promise<void> {
  const cdp = await h.context.newCDPSession(page);
  const ours = `chrome-extension://${h.extensionId}/`;
  try {
    const reached = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the service worker was not ${status} within ${timeout} ms`)), timeout);
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.scriptURL.startsWith(ours) && v.runningStatus === status)) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    await cdp.send('ServiceWorker.enable');
    await action(cdp);
    await reached;
  } finally {
    await cdp.detach();
  }
}

/** Stops the extension's service worker, as Chromium does after 30 s idle, and waits until it is stopped. */
export function stopServiceWorker(h: Harness, page: Page): Promise<void> {
  return serviceWorkerReaches(h, page, 'stopped', (cdp) => cdp.send('ServiceWorker.stopAllWorkers'));
}

/** Waits until the extension's service worker runs (again). */
export function serviceWorkerRunning(h: Harness, page: Page, timeout?: number): Promise<void> {
  return serviceWorkerReaches(h, page, 'running', undefined, timeout);
}
