/**
 * The Chrome build: crxjs reads manifest.json, bundles the content script, the service worker,
 * the popup and the options page, and writes the unpacked extension into dist/.
 */
import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [crx({ manifest, browser: 'chrome' })],
  build: {
    // The first-run page is opened by the background, not named in the manifest: crxjs needs it as an extra input.
    rollupOptions: { input: { welcome: 'src/welcome/index.html' } },
    outDir: 'dist',
    emptyOutDir: true,
    // Minified, not obfuscated: what both extension stores accept for review.
    minify: true,
    sourcemap: false,
  },
});
