/**
 * npm run bench
 * The analyzer's speed budget: a first analyze() may cost at most 0.5× compromise's own parse
 * (`nlp(text)`, full build) of the same draft. Both run in this one process, warmed up first,
 * and each timed run gets a fresh variant of the text (its numbers shifted) with the analyzer's
 * sentence caches emptied, so no cache keyed by text can make analyze() look cheaper than a
 * first analysis. Printed alongside: the same text again, and one keystroke typed at the end of
 * the draft just analysed, as a share of the first analysis: once as the first keystroke after that
 * analysis, and once as the keystrokes typed after it, one analysis each (a writer typing on). The
 * keystrokes run straight after the analysis they follow, as in the worker, where nothing else runs
 * between two analyses (a whole-text nlp() in between left the next keystroke its garbage to
 * collect). No assertion: a report.
 */
import nlp from 'compromise';
import { MAX_ANALYZED_CHARS, analyze } from '../src/analyzer/index';
import { clearAnalyzerCaches } from '../src/analyzer/caches';
import { LONG_POST, SALES_EMAIL, hugeDraft, wordCount } from './bench-texts';

const BUDGET = 0.5;
/** A keystroke at the end of a long draft may cost at most this share of a first analysis of it. */
const KEYSTROKE_BUDGET = 0.2;

/** What the writer types on after the first keystroke, one analysis per key. */
const TYPED_ON = ['l', 'le', 'lea', 'leas'];

/** The text with every number shifted by `run`: same shape and length class, different string. */
function variant(text: string, run: number): string {
  return text.replace(/\d+/g, (n) => String(Number(n) + run));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

interface Case {
  name: string;
  text: string;
  kind: 'email' | 'post';
  warmup: number;
  runs: number;
}

function measure({ text, kind, warmup, runs }: Case) {
  let run = 0;
  for (let i = 0; i < warmup; i++, run++) {
    analyze(variant(text, run), { kind });
    nlp(variant(text, run));
  }
  const fresh = { analyze: [] as number[], nlp: [] as number[] };
  const keystroke: number[] = [];
  const typing: number[] = [];
  for (let i = 0; i < runs; i++, run++) {
    const draft = variant(text, run);
    // The writer types one more key at the end of the draft just analysed, and types on. In the
    // worker nothing runs between two analyses, so the keystrokes follow the analysis directly.
    const typeOn = () => {
      keystroke.push(time(() => analyze(`${draft} P`, { kind })));
      for (const typed of TYPED_ON) typing.push(time(() => analyze(`${draft} P${typed}`, { kind })));
    };
    // Alternate the order, so neither side always runs right after the other warmed the JIT.
    if (i % 2) {
      clearAnalyzerCaches();
      fresh.analyze.push(time(() => analyze(draft, { kind })));
      typeOn();
      fresh.nlp.push(time(() => nlp(draft)));
    } else {
      fresh.nlp.push(time(() => nlp(draft)));
      clearAnalyzerCaches();
      fresh.analyze.push(time(() => analyze(draft, { kind })));
      typeOn();
    }
  }
  const same: number[] = [];
  for (let i = 0; i < runs; i++) same.push(time(() => analyze(text, { kind })));
  return {
    analyze: median(fresh.analyze),
    nlp: median(fresh.nlp),
    same: median(same),
    keystroke: median(keystroke),
    typing: median(typing),
  };
}

const cases: Case[] = [
  { name: `sales email (${wordCount(SALES_EMAIL)} words)`, text: SALES_EMAIL, kind: 'email', warmup: 30, runs: 200 },
  { name: `LinkedIn post (${wordCount(LONG_POST)} words)`, text: LONG_POST, kind: 'post', warmup: 5, runs: 40 },
];

const ms = (n: number) => `${n.toFixed(2)} ms`.padStart(10);
console.log(
  `${'draft'.padEnd(30)}${'analyze()'.padStart(10)}${'nlp()'.padStart(10)}  ratio  budget ${BUDGET}   same text again   keystroke at the end: first, typing on (share, budget ${KEYSTROKE_BUDGET})`,
);
let within = true;
for (const c of cases) {
  const r = measure(c);
  const ratio = r.analyze / r.nlp;
  within &&= ratio <= BUDGET;
  const share = (t: number) => `${(t / r.analyze).toFixed(2)}${t / r.analyze <= KEYSTROKE_BUDGET ? ', ok' : ', OVER'}`;
  console.log(
    `${c.name.padEnd(30)}${ms(r.analyze)}${ms(r.nlp)}  ${ratio.toFixed(2).padStart(5)}  ${ratio <= BUDGET ? 'ok    ' : 'OVER  '}  ${ms(r.same)}        ${ms(r.keystroke)} (${share(r.keystroke)}) ${ms(r.typing)} (${share(r.typing)})`,
  );
}

const huge = hugeDraft();
const hugeTimes = [0, 1, 2].map((run) => time(() => analyze(variant(huge, run))));
const cut = analyze(huge).stats.truncated ? ` (body cut to the first ${MAX_ANALYZED_CHARS.toLocaleString('en')} characters)` : '';
console.log(`\n${huge.length.toLocaleString('en')}-character draft: analyze() median ${median(hugeTimes).toFixed(0)} ms over ${hugeTimes.length} runs${cut}`);
console.log(within ? `\nWithin the budget (analyze() ≤ ${BUDGET}× nlp()).` : `\nOVER the budget of ${BUDGET}× nlp().`);
