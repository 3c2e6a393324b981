/**
 * Where the time from the last key to the underline goes, stage by stage, on a 120-word and a
 * 1,000-word Gmail draft (a new pushy sentence typed at the end). The content script records its
 * stages as User Timing measures when the page's root carries data-pitchlint-profile (see
 * src/shared/profile.ts); the background reports how long analyze() took. Printed, not asserted
 * (timings on a shared machine vary); the assertions check that every stage was seen. `frame` is
 * the time from the paint to the first frame the test sees the underline in; `other` is what no
 * stage covers (timers and tasks waiting their turn, the wait for the frame that paints).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, waitForPitchlint } from './harness';
import { PUSHY_ADDITIONS, longDraft, median, typeLongDraft, typeUntilUnderlined } from './long-draft';

interface Measure {
  name: string;
  start: number;
  duration: number;
  detail: unknown;
}

async function measuresSince(page: Page, from: number): Promise<Measure[]> {
  return page.evaluate(
    (since) => (window as unknown as { __profile: Measure[] }).__profile.filter((m) => m.start >= since),
    from,
  );
}

/** Collects the content script's stage records from page load on. */
async function listenForStages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const store: unknown[] = [];
    (window as unknown as { __profile: unknown[] }).__profile = store;
    document.addEventListener('pitchlint-profile', (event) => {
      const { stage, start, duration, detail } = JSON.parse((event as CustomEvent<string>).detail);
      store.push({ name: stage, start, duration, detail });
    });
    // The root element may not exist yet when this runs.
    const flag = (): void => document.documentElement.setAttribute('data-pitchlint-profile', '');
    if (document.documentElement === null) document.addEventListener('DOMContentLoaded', flag);
    else flag();
  });
}

/** Pushy sentences typed at the end, each underlined on words not yet in the draft. */
const ADDITIONS: [string, string][] = [
  ...PUSHY_ADDITIONS,
  [' Only 3 seats left.', 'only 3 seats left'],
  [' This is urgent.', 'this is urgent'],
];

const STAGES = ['keystroke (each)', 'debounce', 'read', 'messaging', 'analysis', 'reread', 'ranges', 'paint', 'frame', 'other', 'total'] as const;
type Stage = (typeof STAGES)[number];

/** One pushy sentence typed at the end of the draft: the stages of the lint that underlined it. */
async function profileOne(page: Page, typed: string, words: string): Promise<Record<Stage, number>> {
  const before = await page.evaluate(() => performance.now());
  const { typedAt, appearedAt } = await typeUntilUnderlined(page, typed, words);
  const all = await measuresSince(page, before);
  const keys = all.filter((m) => m.name === 'keystroke');
  // The lint that drew the underline: the last read before it appeared, and what followed it.
  const read = all.filter((m) => m.name === 'read' && m.start >= typedAt && m.start < appearedAt).at(-1);
  const after = (name: string): Measure | undefined => all.find((m) => m.name === name && read !== undefined && m.start >= read.start && m.start < appearedAt);
  const trip = after('round-trip');
  const paint = all.filter((m) => m.name === 'paint' && trip !== undefined && m.start >= trip.start && m.start < appearedAt).at(-1);
  const analysis = typeof trip?.detail === 'number' ? trip.detail : NaN;
  const end = (m: Measure | undefined): number => (m === undefined ? NaN : m.start + m.duration);
  const stages = {
    'keystroke (each)': median(keys.map((k) => k.duration)),
    debounce: (read?.start ?? NaN) - typedAt,
    read: read?.duration ?? NaN,
    messaging: (trip?.duration ?? NaN) - analysis,
    analysis,
    reread: after('reread')?.duration ?? 0,
    ranges: after('show')?.duration ?? NaN,
    paint: paint?.duration ?? NaN,
    frame: appearedAt - end(paint),
    other: 0,
    total: appearedAt - typedAt,
  };
  // What no stage covers: timers and tasks waiting for their turn, the wait for the paint's frame.
  const covered = stages.debounce + stages.read + stages.messaging + stages.analysis + stages.reread + stages.ranges + stages.paint + stages.frame;
  stages.other = stages.total - covered;
  return stages;
}

async function profileDraft(words: number, rounds: number): Promise<Record<Stage, number>[]> {
  const h = await launchBrowser();
  try {
    const page = await h.context.newPage();
    await listenForStages(page);
    await page.goto(h.fixtureUrl('gmail-compose'));
    await page.bringToFront();
    await waitForPitchlint(page);
    await typeLongDraft(page, longDraft(words), 0);
    await page.waitForTimeout(600);
    const samples: Record<Stage, number>[] = [];
    for (let i = 0; i < rounds; i++) {
      const [typed, underlined] = ADDITIONS[i % ADDITIONS.length]!;
      samples.push(await profileOne(page, i === 0 ? typed : ` ${typed.trim()}`, underlined));
      await page.waitForTimeout(300);
    }
    expect(samples.every((s) => Number.isFinite(s.total) && Number.isFinite(s.analysis) && Number.isFinite(s.paint))).toBe(true);
    expect(h.unexpectedRequests()).toEqual([]);
    return samples;
  } finally {
    await h.close();
  }
}

/** Each stage's median, and the slowest total. */
function summary(samples: Record<Stage, number>[]): Record<Stage, number> & { worst: number } {
  const out = { worst: Math.max(...samples.map((s) => s.total)) } as Record<Stage, number> & { worst: number };
  for (const stage of STAGES) out[stage] = median(samples.map((s) => s[stage]));
  return out;
}

describe('latency profile (printed, not asserted)', () => {
  it('last key → underline, stage by stage, on 120 and 1,000 words', async () => {
    // Each sentence once per draft (typed twice, its words would already be underlined), two drafts each.
    const short = summary([...(await profileDraft(120, ADDITIONS.length)), ...(await profileDraft(120, ADDITIONS.length))]);
    const long = summary([...(await profileDraft(1_000, ADDITIONS.length)), ...(await profileDraft(1_000, ADDITIONS.length))]);
    const rounds = 2 * ADDITIONS.length;
    const row = (stage: string, a: number, b: number): string =>
      `[profile] ${stage.padEnd(18)}${a.toFixed(1).padStart(9)}${b.toFixed(1).padStart(9)}`;
    console.log(
      [
        `[profile] medians over ${rounds} pushy sentences typed at the end (ms), and the slowest total`,
        `[profile] ${'stage'.padEnd(18)}${'120 w'.padStart(9)}${'1,000 w'.padStart(9)}`,
        ...STAGES.map((stage) => row(stage, short[stage], long[stage])),
        row('total (max)', short.worst, long.worst),
      ].join('\n'),
    );
  });
});
