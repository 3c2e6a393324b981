/**
 * The Firefox build into dist-firefox/. Same sources as the Chrome build; the manifest differs only
 * where Firefox's MV3 does: an event page (background.scripts) instead of a service worker, and
 * the gecko settings an add-on needs to be signed (id, minimum version, data collection: none).
 */
import { crx } from '@crxjs/vite-plugin';
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

/** Firefox 142 is the first release that reads data_collection_permissions. */
const FIREFOX_MIN_VERSION = '142.0';

// Firefox has no managed_schema: it reads team policies from its own policies.json (see README).
const { background, minimum_chrome_version: _chromeOnly, storage: _chromeManagedSchema, ...shared } = manifest;

const firefoxManifest = {
  ...shared,
  background: { scripts: [background.service_worker], type: background.type },
  browser_specific_settings: {
    gecko: {
      id: 'pitchlint@pitchlint.app',
      strict_min_version: FIREFOX_MIN_VERSION,
      // Nothing leaves the browser: the analyzer runs locally and the extension makes no request.
      data_collection_permissions: { required: ['none'] },
    },
  },
} as ManifestV3Export;

export default defineConfig({
  plugins: [crx({ manifest: firefoxManifest, browser: 'firefox' })],
  build: {
    // The first-run page is opened by the background, not named in the manifest: crxjs needs it as an extra input.
    rollupOptions: { input: { welcome: 'src/welcome/index.html' } },
    outDir: 'dist-firefox',
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
  },
});
