/**
 * Where the e2e harness serves fixtures besides /fixture/<name>/ (their real addresses), and the
 * fixture scripts it bundles from node_modules (a real TipTap editor).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Fixture scripts bundled on first request (tests/e2e/fixture-scripts/<name>.ts, as an IIFE):
 * a real TipTap/ProseMirror editor for LinkedIn's newer comment box.
 */
export const BUNDLED_ASSETS: Record<string, string> = {
  'tiptap-comment.js': 'tests/e2e/fixture-scripts/tiptap-comment.ts',
};
const bundled = new Map<string, Promise<string>>();

/** The bundle of a fixture script, built once per test run. */
export function bundledAsset(name: string, entry: string): Promise<string> {
  if (!bundled.has(name)) bundled.set(name, bundleAsset(entry));
  return bundled.get(name)!;
}

async function bundleAsset(entry: string): Promise<string> {
  const { build } = await import('vite');
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    build: { write: false, minify: false, lib: { entry: join(REPO_ROOT, entry), formats: ['iife'], name: 'PitchlintFixture' } },
  })) as { output: { code: string }[] }[];
  return output[0]!.output[0]!.code;
}

/**
 * Fixtures served at a real address of their own instead of /fixture/<name>/ (Sales Navigator's
 * /sales/… pages, LinkedIn's /preload/ frame documents). A query string does not matter.
 */
export const FIXTURE_PATHS: Record<string, string> = {
  'linkedin-feed-messaging-frame': '/feed/',
  'linkedin-preload-messaging': '/preload/messaging/',
  'linkedin-sales-inbox': '/sales/inbox/2-NzQ1ZTZhZjktOWM0Ni00/',
  'linkedin-sales-lead': '/sales/lead/ACwAAA1b2c3,NAME_SEARCH,Xy9z/',
};

/** The fixture a request's path names (its own address, or /fixture/<name>/), or ''. */
export function fixtureNameOf(url: URL, originOf: (name: string) => string): string {
  const own = Object.entries(FIXTURE_PATHS).find(([name, path]) => path === url.pathname && originOf(name) === url.origin);
  if (own !== undefined) return own[0];
  return /\/fixture\/([a-z0-9-]+)\/?$/.exec(url.pathname)?.[1] ?? '';
}

