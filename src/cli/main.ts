/** The `pitchlint` command: binds run() to the process (argv, stdin, stdout, stderr, exit code). */
import { readFileText } from './inputs';
import { run } from './run';

// `pitchlint … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await run(process.argv.slice(2), {
    readText: readFileText,
    stdout: (chunk) => process.stdout.write(chunk),
    stderr: (chunk) => process.stderr.write(chunk),
    interactive: process.stdin.isTTY === true,
  });
} catch (error) {
  // A bug, not a verdict on the draft: keep exit 1 for "the draft has problems" and, like
  // ESLint, report internal errors with 2 and one line (PITCHLINT_DEBUG=1 shows the stack).
  const detail = process.env.PITCHLINT_DEBUG && error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`pitchlint: internal error: ${detail}\n`);
  process.exitCode = 2;
}
