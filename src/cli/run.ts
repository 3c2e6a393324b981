/**
 * The CLI as a function: arguments and I/O in, exit code out. main.ts binds it to the
 * process; keeping it free of process globals makes every path easy to reason about.
 */
import { analyze } from '../analyzer/index';
import type { AnalyzeOptions } from '../analyzer/types';
import { UsageError } from './errors';
import { formatJson, formatJsonLines } from './format-json';
import { formatText } from './format-text';
import { helpText } from './help';
import { readJobs, type ReadText } from './inputs';
import { parseCliArgs, type CliOptions } from './options';
import { exitCodeFor, type Result } from './results';
import { version } from '../../package.json';

export interface CliIo {
  readText: ReadText;
  stdout: (chunk: string) => void;
  stderr: (chunk: string) => void;
  /** Standard input is a terminal: reading it would wait for typing, so a missing file is a usage error. */
  interactive?: boolean;
}

export async function run(argv: readonly string[], io: CliIo): Promise<0 | 1 | 2> {
  try {
    const options = parseCliArgs(argv);
    if (options.help) return write(io.stdout, helpText());
    if (options.version) return write(io.stdout, `${version}\n`);
    if (io.interactive && options.files.includes('-')) {
      throw new UsageError('no input: give a file, or pipe a draft into standard input (see pitchlint --help)');
    }
    const jobs = await readJobs(options.files, options.input, io.readText);
    const results: Result[] = jobs.map((job) => ({
      job,
      report: analyze(job.text, { ...sharedOptions(options), ...job.options }),
    }));
    io.stdout(render(results, options));
    return exitCodeFor(results, options.maxWarnings);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`pitchlint: ${error.message}\n`);
    return 2;
  }
}

function write(out: (chunk: string) => void, text: string): 0 {
  out(text);
  return 0;
}

function sharedOptions(options: CliOptions): AnalyzeOptions {
  const shared: AnalyzeOptions = { settings: options.settings };
  if (options.kind) shared.kind = options.kind;
  if (options.thread) shared.thread = options.thread;
  if (options.lang) shared.lang = options.lang;
  if (options.subject !== undefined) shared.subject = options.subject;
  if (options.maxLength !== undefined) shared.maxLength = options.maxLength;
  return shared;
}

function render(results: readonly Result[], options: CliOptions): string {
  const batch = options.input === 'jsonl';
  if (options.format === 'json') return formatJson(results, batch);
  if (options.format === 'jsonl') return formatJsonLines(results, batch);
  return formatText(results);
}
