/**
 * Which config applies to a file, and with which of its overrides. Like ESLint and Prettier,
 * the nearest pitchlint.config.json from the file's folder upwards applies (standard input: from
 * the working folder); `--config PATH` names one for every file; `--no-config` uses none.
 * Lookups and parsed files are cached, so a thousand templates in one folder read its config once.
 */
import { statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { CONFIG_NAME, configDir, loadConfigFile, type ConfigFile, type ConfigLayer } from './config-file';

export type ConfigChoice = { type: 'search' } | { type: 'file'; path: string } | { type: 'none' };

/** What applies to one file: the config (when there is one), the overrides that matched, and the merged fields. */
export interface AppliedConfig {
  config?: ConfigFile;
  /** Indexes into config.overrides, in the order they were applied. */
  overrides: number[];
  layer: ConfigLayer;
}

export class ConfigResolver {
  private readonly found = new Map<string, string | undefined>();
  private readonly loaded = new Map<string, ConfigFile>();

  constructor(
    private readonly choice: ConfigChoice,
    private readonly cwd: string,
  ) {}

  /** `file` is a path as given on the command line, or undefined for standard input. */
  forFile(file: string | undefined): AppliedConfig {
    const absolute = file === undefined ? undefined : resolve(this.cwd, file);
    const path = this.configPath(absolute === undefined ? this.cwd : dirname(absolute));
    if (path === undefined) return { overrides: [], layer: {} };
    const config = this.load(path);
    const overrides: number[] = [];
    let layer = config.base;
    if (absolute !== undefined) {
      // Globs are relative to the config's folder and always use "/", whatever the platform.
      const relativePath = relative(configDir(config), absolute).split(sep).join('/');
      config.overrides.forEach((override, index) => {
        if (!override.matches(relativePath)) return;
        overrides.push(index);
        layer = mergeLayers(layer, override.layer);
      });
    }
    return { config, overrides, layer };
  }

  private configPath(folder: string): string | undefined {
    if (this.choice.type === 'none') return undefined;
    if (this.choice.type === 'file') return resolve(this.cwd, this.choice.path);
    return this.search(folder);
  }

  private search(folder: string): string | undefined {
    if (this.found.has(folder)) return this.found.get(folder);
    const candidate = join(folder, CONFIG_NAME);
    const parent = dirname(folder);
    const path = exists(candidate) ? candidate : parent === folder ? undefined : this.search(parent);
    this.found.set(folder, path);
    return path;
  }

  private load(path: string): ConfigFile {
    let config = this.loaded.get(path);
    if (!config) {
      config = loadConfigFile(path, this.cwd);
      this.loaded.set(path, config);
    }
    return config;
  }
}

/** A later layer wins field by field; rule sets and rules merge entry by entry. */
export function mergeLayers(earlier: ConfigLayer, later: ConfigLayer): ConfigLayer {
  const merged: ConfigLayer = { ...earlier, ...later };
  if (earlier.ruleSets || later.ruleSets) merged.ruleSets = { ...earlier.ruleSets, ...later.ruleSets };
  if (earlier.rules || later.rules) merged.rules = { ...earlier.rules, ...later.rules };
  return merged;
}

/** A file or folder by that name is there (a folder named like the config fails later, when read). */
function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
