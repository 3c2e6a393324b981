/**
 * Prints the gzipped size of every chunk a Gmail or LinkedIn page loads for Pitchlint's content
 * script (the loader the manifest names, the module it imports, and that module's static imports),
 * and fails when the total is over the budget. Run after `npm run build`:
 *   npx tsx scripts/size.ts [dist]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** What a page may load for the content script, gzipped. */
export const CONTENT_SCRIPT_BUDGET_BYTES = 160 * 1024;

export interface ChunkSize {
  file: string;
  bytes: number;
  gzipped: number;
}

/** Static imports and loader imports: from"./x.js", import"./x.js", getURL("assets/x.js"). */
const IMPORT = /(?:from|import)\s*["']([^"']+\.js)["']|getURL\(\s*["']([^"']+\.js)["']\s*\)/g;

function importsOf(dist: string, file: string): string[] {
  const code = readFileSync(join(dist, file), 'utf8');
  const found: string[] = [];
  for (const match of code.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2];
    if (spec === undefined) continue;
    // getURL paths are from the extension root; module specifiers are relative to the importer.
    const resolved = match[2] !== undefined ? spec : spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(file), spec);
    found.push(posix.normalize(resolved));
  }
  return found;
}

/** Every content-script chunk of the build in `dist`, with its raw and gzipped size. */
export function contentScriptChunks(dist: string): ChunkSize[] {
  const manifestPath = join(dist, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} not found: run npm run build first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const seen = new Set<string>();
  const queue = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(dist, file));
  }
  return [...seen].sort().map((file) => {
    const raw = readFileSync(join(dist, file));
    return { file, bytes: raw.length, gzipped: gzipSync(raw, { level: 9 }).length };
  });
}

export function formatSizes(chunks: ChunkSize[]): string {
  const kb = (n: number): string => `${(n / 1024).toFixed(1).padStart(8)} KB`;
  const total = chunks.reduce((sum, c) => sum + c.gzipped, 0);
  return [
    ...chunks.map((c) => `${kb(c.gzipped)} gz ${kb(c.bytes)}  ${c.file}`),
    `${kb(total)} gz  total content-script JS (budget ${CONTENT_SCRIPT_BUDGET_BYTES / 1024} KB)`,
  ].join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const chunks = contentScriptChunks(process.argv[2] ?? 'dist');
    console.log(formatSizes(chunks));
    if (chunks.reduce((sum, c) => sum + c.gzipped, 0) > CONTENT_SCRIPT_BUDGET_BYTES) {
      console.error('over budget');
      process.exit(1);
    }
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}
