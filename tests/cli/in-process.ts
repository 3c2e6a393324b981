/**
 * run() in-process on real files, with `cwd` as the working folder (relative paths and config
 * lookup start there): the CLI's behaviour without a process per case.
 */
import { resolve } from 'node:path';
import { readFileText } from '../../src/cli/inputs';
import { run } from '../../src/cli/run';

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runIn(cwd: string, args: string[], stdin = ''): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    readText: (file) => (file === '-' ? Promise.resolve(stdin) : readFileText(resolve(cwd, file))),
    stdout: (chunk) => (stdout += chunk),
    stderr: (chunk) => (stderr += chunk),
    cwd,
  });
  return { code, stdout, stderr };
}
