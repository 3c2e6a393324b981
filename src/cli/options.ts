/**
 * Command-line arguments → validated options. Uses node:util's parseArgs so the CLI needs
 * no dependency; every value is checked here, so the rest of the CLI works with typed data.
 */
import { parseArgs } from 'node:util';
import type { Kind, LangOption, Thread } from '../analyzer/types';
import type { ConfigChoice } from './config-lookup';
import { UsageError } from './errors';
import { parseRuleFlags, type RuleFlags } from './settings';

export type OutputFormat = 'text' | 'json' | 'jsonl' | 'sarif';
export type InputFormat = 'text' | 'jsonl';

export interface CliOptions {
  help: boolean;
  version: boolean;
  kind?: Kind;
  thread?: Thread;
  lang?: LangOption;
  subject?: string;
  maxLength?: number;
  /** --subject-max-length N: the subject field's own character limit. */
  subjectMaxLength?: number;
  /** --template: template mode for every draft. */
  template: boolean;
  /** --disable / --enable, checked; applied over each draft's config settings. */
  ruleFlags: RuleFlags;
  /** Where the config comes from: found next to each file, --config PATH, or --no-config. */
  config: ConfigChoice;
  /** --print-config FILE: show the settings that apply to FILE instead of linting. */
  printConfig?: string;
  format: OutputFormat;
  input: InputFormat;
  maxWarnings?: number;
  /** Files to read; '-' is standard input. Never empty. */
  files: string[];
}

export const KINDS: readonly Kind[] = ['email', 'message', 'post', 'comment'];
export const THREADS: readonly Thread[] = ['first', 'reply'];
export const LANGS: readonly LangOption[] = ['auto', 'en', 'nl'];
const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'jsonl', 'sarif'];
const INPUT_FORMATS: readonly InputFormat[] = ['text', 'jsonl'];

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        kind: { type: 'string' },
        thread: { type: 'string' },
        lang: { type: 'string' },
        subject: { type: 'string' },
        'max-length': { type: 'string' },
        'subject-max-length': { type: 'string' },
        disable: { type: 'string', multiple: true },
        enable: { type: 'string', multiple: true },
        format: { type: 'string', short: 'f' },
        input: { type: 'string' },
        'max-warnings': { type: 'string' },
        template: { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        'print-config': { type: 'string' },
      },
    });
  } catch (error) {
    // parseArgs' own messages name the offending option; keep them, minus the stack.
    const message = error instanceof Error ? error.message : String(error);
    // Keep the first line only (it names the option); the rest is advice about '--' quoting.
    const firstLine = message.split('\n')[0]!.replace(/\. To specify a positional.*$/, '');
    throw new UsageError(`${firstLine} (see pitchlint --help)`);
  }
  const { values, positionals } = parsed;
  if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config cannot be used together');
  if (values['print-config'] !== undefined && positionals.length > 0) {
    throw new UsageError('--print-config takes one file and lints none: leave out the other files');
  }
  return {
    help: values.help === true,
    version: values.version === true,
    kind: oneOf('--kind', values.kind, KINDS),
    thread: oneOf('--thread', values.thread, THREADS),
    lang: oneOf('--lang', values.lang, LANGS),
    subject: values.subject,
    maxLength: wholeNumber('--max-length', values['max-length'], 1),
    subjectMaxLength: wholeNumber('--subject-max-length', values['subject-max-length'], 1),
    template: values.template === true,
    ruleFlags: parseRuleFlags(values.disable ?? [], values.enable ?? []),
    config: values['no-config'] ? { type: 'none' } : values.config !== undefined ? { type: 'file', path: values.config } : { type: 'search' },
    printConfig: values['print-config'],
    format: oneOf('--format', values.format, OUTPUT_FORMATS) ?? 'text',
    input: oneOf('--input', values.input, INPUT_FORMATS) ?? 'text',
    maxWarnings: wholeNumber('--max-warnings', values['max-warnings'], 0),
    files: positionals.length > 0 ? positionals : ['-'],
  };
}

export function oneOf<T extends string>(flag: string, value: unknown, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
}

export function wholeNumber(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) {
    throw new UsageError(`${flag} must be a whole number of at least ${min} (got ${JSON.stringify(value)})`);
  }
  return Number(value);
}
