/**
 * pitchlint.config.json: one file read and checked. The team-policy fields (ruleSets, rules,
 * language) go through the settings schema's strict check; the draft fields (kind, thread,
 * template, maxLength) and `overrides` are checked here. Anything wrong stops the run (exit 2)
 * with one line naming the file, the field and what is wrong: a config that is silently half
 * applied would lint a team's templates with rules nobody chose.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import type { Kind, LangOption, RuleId, RuleOverride, RuleSetId, Thread } from '../analyzer/types';
import { isRecord, levelOf, settingsProblem } from '../settings/schema';
import { UsageError } from './errors';
import { KINDS, THREADS } from './options';

export const CONFIG_NAME = 'pitchlint.config.json';

/** The fields one level of a config sets (the file itself, or one of its overrides). */
export interface ConfigLayer {
  ruleSets?: Partial<Record<RuleSetId, boolean>>;
  rules?: Partial<Record<RuleId, RuleOverride>>;
  language?: LangOption;
  kind?: Kind;
  thread?: Thread;
  template?: boolean;
  maxLength?: number;
}

export interface ConfigOverride {
  files: string[];
  layer: ConfigLayer;
  /** Whether a path relative to the config's folder (with "/" separators) is one of `files`. */
  matches: (relativePath: string) => boolean;
}

export interface ConfigFile {
  /** Absolute path of the file. */
  path: string;
  base: ConfigLayer;
  overrides: ConfigOverride[];
}

const LAYER_FIELDS = ['ruleSets', 'rules', 'language', 'kind', 'thread', 'template', 'maxLength'];
const TOP_FIELDS = new Set([...LAYER_FIELDS, 'overrides']);
const OVERRIDE_FIELDS = new Set([...LAYER_FIELDS, 'files']);

/** How a config's path is shown in messages: relative to the working folder when it lies inside it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

export function loadConfigFile(path: string, cwd: string): ConfigFile {
  const shown = displayPath(path, cwd);
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? String(error));
    throw new UsageError(`${shown}: cannot read the config: ${reason}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(`${shown}: not valid JSON (${detail})`);
  }
  try {
    return parseConfig(value, resolve(path));
  } catch (error) {
    if (error instanceof ConfigProblem) throw new UsageError(`${shown}: ${error.field}: ${error.message}`);
    throw error;
  }
}

class ConfigProblem extends Error {
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(problem);
  }
}

export function parseConfig(value: unknown, path: string): ConfigFile {
  if (!isRecord(value)) throw new ConfigProblem('(top level)', 'must be a JSON object');
  const base = parseLayer(value, '', TOP_FIELDS);
  const overrides: ConfigOverride[] = [];
  if ('overrides' in value) {
    if (!Array.isArray(value.overrides)) throw new ConfigProblem('overrides', 'must be an array of { "files": [...], ... }');
    value.overrides.forEach((entry: unknown, index) => {
      const at = `overrides[${index}]`;
      if (!isRecord(entry)) throw new ConfigProblem(at, 'must be an object');
      const files = entry.files;
      if (!Array.isArray(files) || files.length === 0 || !files.every((glob) => typeof glob === 'string' && glob !== '')) {
        throw new ConfigProblem(`${at}.files`, 'must be a non-empty array of glob strings');
      }
      const globs = files as string[];
      // dot: templates in folders such as .github/ are matched like any other.
      overrides.push({ files: globs, layer: parseLayer(entry, `${at}.`, OVERRIDE_FIELDS), matches: picomatch(globs, { dot: true }) });
    });
  }
  return { path, base, overrides };
}

function parseLayer(input: Record<string, unknown>, at: string, allowed: ReadonlySet<string>): ConfigLayer {
  for (const key of Object.keys(input)) {
    if (!allowed.has(key)) throw new ConfigProblem(`${at}${key}`, `unknown field (fields: ${[...allowed].join(', ')})`);
  }
  const problem = settingsProblem(input);
  if (problem) throw new ConfigProblem(`${at}${problem.field}`, problem.problem);
  const layer: ConfigLayer = {};
  if (isRecord(input.ruleSets)) layer.ruleSets = input.ruleSets as ConfigLayer['ruleSets'];
  if (isRecord(input.rules)) {
    layer.rules = {};
    for (const [id, value] of Object.entries(input.rules)) layer.rules[id as RuleId] = { level: levelOf(value)! };
  }
  if (typeof input.language === 'string') layer.language = input.language as LangOption;
  const kind = oneOf(input, 'kind', KINDS, at);
  const thread = oneOf(input, 'thread', THREADS, at);
  if (kind) layer.kind = kind;
  if (thread) layer.thread = thread;
  if ('template' in input) {
    if (typeof input.template !== 'boolean') throw new ConfigProblem(`${at}template`, `must be true or false (got ${JSON.stringify(input.template)})`);
    layer.template = input.template;
  }
  if ('maxLength' in input) {
    const max = input.maxLength;
    if (!(typeof max === 'number' && Number.isInteger(max) && max > 0)) {
      throw new ConfigProblem(`${at}maxLength`, `must be a whole number of at least 1 (got ${JSON.stringify(max)})`);
    }
    layer.maxLength = max;
  }
  return layer;
}

function oneOf<T extends string>(input: Record<string, unknown>, field: string, allowed: readonly T[], at: string): T | undefined {
  if (!(field in input)) return undefined;
  const value = input[field];
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigProblem(`${at}${field}`, `must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
}

/** The folder a config's globs are relative to. */
export function configDir(config: ConfigFile): string {
  return dirname(config.path);
}
