/**
 * Store packages, written to packages/ (or --out-dir DIR):
 *   pitchlint-chrome-<version>.zip   the Chrome build (dist/) for the Chrome Web Store
 *   pitchlint-firefox-<version>.zip  the Firefox build (dist-firefox/) for addons.mozilla.org
 *   pitchlint-source-<version>.zip   the sources addons.mozilla.org asks for with a minified add-on:
 *                                    every file git knows and does not ignore, enough for
 *                                    `npm ci && npm run build` to rebuild both extensions
 * `npm run package` builds first; this script only zips what is built, after checking that both
 * builds are there, are the right browser's, and carry manifest.json's version.
 * Zips are written with fflate, so no `zip` program is needed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Zip "made by" value for Unix, so the permission bits below are read back (APPNOTE 4.4.2.2). */
const ZIP_OS_UNIX = 3;

interface BuiltManifest {
  version?: string;
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string } };
}

export interface PackageResult {
  file: string;
  entries: number;
  bytes: number;
}

/** Every file under `dir`, as forward-slash paths relative to it, sorted. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The source files: tracked by git, plus new files git does not ignore (what the build reads
 * today, before the next commit). Files deleted from the working tree are left out.
 */
export function sourceFiles(root: string): string[] {
  let listing: string;
  try {
    listing = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
  } catch (error) {
    throw new Error(`the source package lists files with git: run it in a git checkout (${String(error)})`);
  }
  const files = new Set(listing.split('\0').filter((path) => path !== ''));
  return [...files].filter((path) => statSync(join(root, path), { throwIfNoEntry: false })?.isFile() === true).sort();
}

/** Zips `files` (paths relative to `root`), keeping whether each was executable (e.g. .ci/run). */
function zipFiles(root: string, files: readonly string[]): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) {
    const full = join(root, file);
    const executable = (statSync(full).mode & 0o111) !== 0;
    entries[file] = [readFileSync(full), { os: ZIP_OS_UNIX, attrs: (executable ? 0o755 : 0o644) << 16 }];
  }
  return zipSync(entries, { level: 9 });
}

function readManifest(path: string): BuiltManifest {
  return JSON.parse(readFileSync(path, 'utf8')) as BuiltManifest;
}

/** Fails unless `dir` holds a build for `browser` of manifest.json's version. */
function checkBuild(dir: string, browser: 'chrome' | 'firefox', version: string): void {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${relative(REPO_ROOT, dir)}/ has no manifest.json: run \`npm run build\` first`);
  const built = readManifest(manifestPath);
  if (built.version !== version) {
    throw new Error(`${relative(REPO_ROOT, dir)}/ is version ${built.version}, manifest.json says ${version}: rebuild`);
  }
  // Firefox's MV3 runs an event page (background.scripts) and needs its gecko id; Chrome's a service worker.
  const isFirefoxBuild = built.background?.scripts !== undefined && built.browser_specific_settings?.gecko?.id !== undefined;
  const isChromeBuild = built.background?.service_worker !== undefined;
  if ((browser === 'firefox' && !isFirefoxBuild) || (browser === 'chrome' && !isChromeBuild)) {
    throw new Error(`${relative(REPO_ROOT, dir)}/ does not hold the ${browser} build`);
  }
}

/** A zip of everything under `dir`, paths relative to it (the layout both stores expect). */
export function zipDirectory(dir: string): Uint8Array {
  return zipFiles(dir, filesUnder(dir));
}

export function writePackages(outDir: string, root: string = REPO_ROOT): PackageResult[] {
  const version = readManifest(join(root, 'manifest.json')).version;
  if (version === undefined) throw new Error('manifest.json has no version');
  const builds = [
    { name: 'chrome', dir: join(root, 'dist') },
    { name: 'firefox', dir: join(root, 'dist-firefox') },
  ] as const;
  for (const build of builds) checkBuild(build.dir, build.name, version);

  mkdirSync(outDir, { recursive: true });
  const results: PackageResult[] = [];
  const write = (name: string, base: string, files: readonly string[]): void => {
    const file = join(outDir, `pitchlint-${name}-${version}.zip`);
    const zipped = zipFiles(base, files);
    writeFileSync(file, zipped);
    results.push({ file, entries: files.length, bytes: zipped.byteLength });
  };
  for (const build of builds) write(build.name, build.dir, filesUnder(build.dir));
  write('source', root, sourceFiles(root));
  return results;
}

function parseOutDir(args: readonly string[]): string {
  const at = args.indexOf('--out-dir');
  if (at === -1) return join(REPO_ROOT, 'packages');
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) throw new Error('--out-dir needs a folder');
  return resolve(value);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    for (const { file, entries, bytes } of writePackages(parseOutDir(process.argv.slice(2)))) {
      console.log(`${relative(process.cwd(), file)}  ${entries} files, ${(bytes / 1024).toFixed(1)} KiB`);
    }
  } catch (error) {
    console.error(`package: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
