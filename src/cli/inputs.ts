/**
 * What to analyse: files and standard input, as whole drafts (--input text) or as batches of
 * JSON lines (--input jsonl). Everything is read and checked before any analysis starts, so a
 * bad input stops the run with exit 2 and no half-written output.
 */
import { readFile } from 'node:fs/promises';
import type { AnalyzeOptions } from '../analyzer/types';
import { UsageError } from './errors';
import { KINDS, LANGS, THREADS, oneOf, type InputFormat } from './options';

/** One draft to analyse. */
export interface Job {
  /** Where it came from: the file name, '<stdin>', or the batch record's id. */
  name: string;
  /** The file it was read from, as given ('-' for standard input): where its config is looked up. */
  source: string;
  /** The batch record's id, echoed in the output; absent for whole-file drafts. */
  id?: string | number;
  /** The batch record's line in its file (1-based); absent for whole-file drafts. */
  line?: number;
  text: string;
  /** Options the batch record sets for itself; they win over the command-line flags. */
  options: AnalyzeOptions;
}

export type ReadText = (file: string) => Promise<string>;

export const STDIN_NAME = '<stdin>';

export async function readJobs(files: readonly string[], input: InputFormat, readText: ReadText): Promise<Job[]> {
  const jobs: Job[] = [];
  let stdinUsed = false;
  for (const file of files) {
    const isStdin = file === '-';
    if (isStdin && stdinUsed) throw new UsageError('standard input ("-") can be read only once');
    stdinUsed ||= isStdin;
    const name = isStdin ? STDIN_NAME : file;
    const text = await readSource(file, readText);
    if (input === 'jsonl') jobs.push(...parseBatch(text, name, file));
    else jobs.push({ name, source: file, text, options: {} });
  }
  return jobs;
}

async function readSource(file: string, readText: ReadText): Promise<string> {
  try {
    return await readText(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? String(error));
    throw new UsageError(`cannot read ${file === '-' ? 'standard input' : file}: ${reason}`);
  }
}

export function readFileText(file: string): Promise<string> {
  return file === '-' ? readStdin() : readFile(file, 'utf8');
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * One JSON object per non-blank line:
 * {"id", "text", "kind"?, "thread"?, "lang"?, "subject"?, "maxLength"?, "subjectMaxLength"?, "template"?}.
 */
export function parseBatch(source: string, name: string, file = name): Job[] {
  const jobs: Job[] = [];
  const lines = source.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${name}:${index + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw new UsageError(`${where}: not valid JSON`);
    }
    jobs.push({ ...recordToJob(record, where), source: file, line: index + 1 });
  });
  return jobs;
}

function recordToJob(record: unknown, where: string): Omit<Job, 'source'> {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new UsageError(`${where}: each line must be a JSON object`);
  }
  const r = record as Record<string, unknown>;
  if (typeof r.id !== 'string' && typeof r.id !== 'number') throw new UsageError(`${where}: "id" must be a string or number`);
  if (typeof r.text !== 'string') throw new UsageError(`${where}: "text" must be a string`);
  if (r.subject != null && typeof r.subject !== 'string') throw new UsageError(`${where}: "subject" must be a string`);
  for (const field of ['maxLength', 'subjectMaxLength'] as const) {
    const limit = r[field];
    if (limit != null && !(Number.isInteger(limit) && (limit as number) > 0)) {
      throw new UsageError(`${where}: "${field}" must be a positive whole number`);
    }
  }
  if (r.template != null && typeof r.template !== 'boolean') throw new UsageError(`${where}: "template" must be true or false`);
  const options: AnalyzeOptions = {};
  const kind = oneOf(`${where}: "kind"`, r.kind ?? undefined, KINDS);
  const thread = oneOf(`${where}: "thread"`, r.thread ?? undefined, THREADS);
  const lang = oneOf(`${where}: "lang"`, r.lang ?? undefined, LANGS);
  if (kind) options.kind = kind;
  if (thread) options.thread = thread;
  if (lang) options.lang = lang;
  if (typeof r.subject === 'string') options.subject = r.subject;
  if (typeof r.maxLength === 'number') options.maxLength = r.maxLength;
  if (typeof r.subjectMaxLength === 'number') options.subjectMaxLength = r.subjectMaxLength;
  if (typeof r.template === 'boolean') options.template = r.template;
  return { name: String(r.id), id: r.id, text: r.text, options };
}
