/**
 * The library and the CLI for Node: `dist-lib/index.js` (analyze() and friends, an ES module)
 * and `dist-lib/cli.js` (the `pitchlint` command). compromise and picomatch (the CLI's config
 * globs) stay imports, not bundled: they are dependencies of the package, and Node resolves them
 * from node_modules.
 * Type declarations come from `tsc -p tsconfig.lib.json` after this build.
 */
import { chmod } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const OUT_DIR = 'dist-lib';

/** npm makes bin files executable on install; this does the same for the build in place. */
function executableCli(): Plugin {
  return {
    name: 'pitchlint-executable-cli',
    apply: 'build',
    async writeBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.isEntry && file.name === 'cli') {
          await chmod(resolve(options.dir ?? OUT_DIR, file.fileName), 0o755);
        }
      }
    },
  };
}

export default defineConfig({
  // The library needs no public/ folder or index.html of the extension build.
  publicDir: false,
  plugins: [executableCli()],
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    ssr: true,
    lib: {
      entry: { index: 'src/analyzer/index.ts', cli: 'src/cli/main.ts' },
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
    },
    rolldownOptions: {
      external: [/^node:/, /^compromise(\/.*)?$/, /^picomatch$/],
      output: {
        // Stable names, so the files listed in package.json never change between builds.
        chunkFileNames: '[name].js',
        banner: (chunk) => (chunk.isEntry && chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
      },
    },
  },
});
