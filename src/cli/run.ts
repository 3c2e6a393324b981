/**
 * The CLI as a function: arguments and I/O in, exit code out. main.ts binds it to the
 * process; keeping it free of process globals makes every path easy to reason about.
 */
import { analyze } from '../analyzer/index';
import { UsageError } from './errors';
import { ConfigResolver } from './config-lookup';
import { formatJson, formatJsonLines } from './format-json';
import { formatSarif } from './format-sarif';
import { formatText } from './format-text';
import { helpText } from './help';
import { readJobs, type ReadText } from './inputs';
import { jobOptions } from './job-options';
import { parseCliArgs, type CliOptions } from './options';
import { printConfig } from './print-config';
import { exitCodeFor, type Result } from './results';
import { version } from '../../package.json';

export interface CliIo {
  readText: ReadText;
  stdout: (chunk: string) => void;
  stderr: (chunk: string) => void;
  /** Standard input is a terminal: reading it would wait for typing, so a missing file is a usage error. */
  interactive?: boolean;
  /** The working folder: where relative paths start and, for standard input, where the config is looked up. */
  cwd?: string;
}

export async function run(argv: readonly string[], io: CliIo): Promise<0 | 1 | 2> {
  try {
    const options = parseCliArgs(argv);
    if (options.help) return write(io.stdout, helpText());
    if (options.version) return write(io.stdout, `${version}\n`);
    const cwd = io.cwd ?? process.cwd();
    const configs = new ConfigResolver(options.config, cwd);
    if (options.printConfig !== undefined) return write(io.stdout, printConfig(options.printConfig, options, configs, cwd));
    if (io.interactive && options.files.includes('-')) {
      throw new UsageError('no input: give a file, or pipe a draft into standard input (see pitchlint --help)');
    }
    const jobs = await readJobs(options.files, options.input, io.readText);
    // Every config is read and checked before the first analysis, so a broken one writes no output.
    const applied = jobs.map((job) => configs.forFile(job.source === '-' ? undefined : job.source));
    const results: Result[] = jobs.map((job, i) => ({
      job,
      report: analyze(job.text, jobOptions(applied[i]!.layer, options, job.options)),
    }));
    io.stdout(render(results, options, cwd));
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

function render(results: readonly Result[], options: CliOptions, cwd: string): string {
  const batch = options.input === 'jsonl';
  if (options.format === 'sarif') return formatSarif(results, version, cwd);
  if (options.format === 'json') return formatJson(results, batch);
  if (options.format === 'jsonl') return formatJsonLines(results, batch);
  return formatText(results);
}
