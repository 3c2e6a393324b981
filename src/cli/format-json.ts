/**
 * Machine formats. `json`: one Report for a single draft, an array for several.
 * `jsonl`: one Report per line. Batch records carry their "id"; drafts read from several
 * files carry their "file", so each report can be matched to its input.
 */
import type { Result } from './results';

export function formatJson(results: readonly Result[], batch: boolean): string {
  if (!batch && results.length === 1) return JSON.stringify(results[0]!.report, null, 2) + '\n';
  return JSON.stringify(results.map((r) => labelled(r, batch)), null, 2) + '\n';
}

export function formatJsonLines(results: readonly Result[], batch: boolean): string {
  return results.map((r) => JSON.stringify(labelled(r, batch)) + '\n').join('');
}

function labelled({ job, report }: Result, batch: boolean): object {
  return batch ? { id: job.id, ...report } : { file: job.name, ...report };
}
