/** Precision, recall and F1 of a yes/no verdict, from its confusion counts. */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Scores extends Counts {
  /** null when undefined: nothing was flagged (precision) or nothing should have been (recall). */
  precision: number | null;
  recall: number | null;
  /** null only when there is nothing to measure: no expected and no reported positive. */
  f1: number | null;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

export function tally(counts: Counts, expected: boolean, got: boolean): void {
  if (expected && got) counts.tp++;
  else if (!expected && got) counts.fp++;
  else if (expected && !got) counts.fn++;
  else counts.tn++;
}

export function scores(counts: Counts): Scores {
  const { tp, fp, fn } = counts;
  return {
    ...counts,
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
    // 2·tp / (2·tp + fp + fn) equals the harmonic mean of P and R, and is 0 (not undefined)
    // when a rule misses every positive or flags only wrong texts.
    f1: tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn),
  };
}
