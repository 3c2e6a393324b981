/**
 * The options one draft is analysed with, from three sources in rising order: the config file
 * (with its matching overrides), the command-line flags, and the batch record's own fields.
 * run() and --print-config both use this, so what --print-config shows is what a lint uses.
 */
import type { AnalyzeOptions, Settings } from '../analyzer/types';
import { defaultSettings, validateSettings } from '../settings/schema';
import type { ConfigLayer } from './config-file';
import type { CliOptions } from './options';
import { applyRuleFlags } from './settings';

type DraftOptions = Omit<AnalyzeOptions, 'settings'>;

export function jobOptions(layer: ConfigLayer, cli: CliOptions, record: AnalyzeOptions = {}): AnalyzeOptions & { settings: Settings } {
  return {
    ...layerOptions(layer),
    ...flagOptions(cli),
    ...record,
    settings: applyRuleFlags(layerSettings(layer), cli.ruleFlags),
  };
}

/** The config's team-policy fields over the defaults, through the schema the extension stores. */
export function layerSettings(layer: ConfigLayer): Settings {
  const defaults = defaultSettings();
  return validateSettings({
    ...defaults,
    ruleSets: { ...defaults.ruleSets, ...layer.ruleSets },
    rules: { ...layer.rules },
    language: layer.language ?? defaults.language,
  });
}

function layerOptions(layer: ConfigLayer): DraftOptions {
  const options: DraftOptions = {};
  if (layer.kind) options.kind = layer.kind;
  if (layer.thread) options.thread = layer.thread;
  if (layer.template !== undefined) options.template = layer.template;
  if (layer.maxLength !== undefined) options.maxLength = layer.maxLength;
  return options;
}

function flagOptions(cli: CliOptions): DraftOptions {
  const options: DraftOptions = {};
  if (cli.kind) options.kind = cli.kind;
  if (cli.thread) options.thread = cli.thread;
  if (cli.lang) options.lang = cli.lang;
  if (cli.subject !== undefined) options.subject = cli.subject;
  if (cli.maxLength !== undefined) options.maxLength = cli.maxLength;
  if (cli.subjectMaxLength !== undefined) options.subjectMaxLength = cli.subjectMaxLength;
  if (cli.template) options.template = true;
  return options;
}
