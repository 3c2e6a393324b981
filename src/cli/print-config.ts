/**
 * --print-config FILE: the settings that would lint FILE, as JSON (like ESLint's --print-config,
 * how users debug a config): which config file applies and which of its overrides matched, the
 * draft fields in force (defaults filled in) and the rule settings. The flags given with it count,
 * as they would in a lint. FILE need not exist: a template can be checked before it is written.
 */
import { RULE_IDS } from '../analyzer/types';
import { displayPath } from './config-file';
import type { ConfigResolver } from './config-lookup';
import { jobOptions } from './job-options';
import type { CliOptions } from './options';

export function printConfig(file: string, cli: CliOptions, resolver: ConfigResolver, cwd: string): string {
  const source = file === '-' ? undefined : file;
  const applied = resolver.forFile(source);
  const options = jobOptions(applied.layer, cli);
  const { settings } = options;
  const rules = Object.fromEntries(RULE_IDS.filter((id) => settings.rules[id]).map((id) => [id, settings.rules[id]!.level]));
  const shown = {
    file,
    configFile: applied.config ? displayPath(applied.config.path, cwd) : null,
    overrides: applied.overrides.map((index) => ({ index, files: applied.config!.overrides[index]!.files })),
    kind: options.kind ?? 'email',
    thread: options.thread ?? 'first',
    lang: options.lang ?? settings.language,
    template: options.template ?? false,
    maxLength: options.maxLength ?? null,
    ...(options.subject !== undefined ? { subject: options.subject } : {}),
    ...(options.subjectMaxLength !== undefined ? { subjectMaxLength: options.subjectMaxLength } : {}),
    ruleSets: settings.ruleSets,
    rules,
  };
  return JSON.stringify(shown, null, 2) + '\n';
}
