/**
 * Stage timings of a lint (read the editor, ask the background, build ranges, paint), for
 * tests/e2e/latency-profile.test.ts and for anyone profiling a page. Off unless the page's root
 * element carries `data-pitchlint-profile`, so a real page never hears of them. Each stage is
 * sent as a `pitchlint-profile` event on the document (its detail a JSON string, so it crosses
 * from the content script's world to the page's) and kept as a User Timing measure for DevTools.
 */

export function profiling(): boolean {
  return document.documentElement.hasAttribute('data-pitchlint-profile');
}

/** Runs `work`, recorded as stage `stage` when profiling. */
export function timed<T>(stage: string, work: () => T): T {
  if (!profiling()) return work();
  const start = performance.now();
  try {
    return work();
  } finally {
    since(stage, start);
  }
}

/** Records the time since `start` (a performance.now() value) as stage `stage`. */
export function since(stage: string, start: number, detail?: number): void {
  if (!profiling()) return;
  const end = performance.now();
  performance.measure(`pitchlint:${stage}`, { start, end });
  const record = JSON.stringify({ stage, start, duration: end - start, detail });
  document.dispatchEvent(new CustomEvent('pitchlint-profile', { detail: record }));
}
