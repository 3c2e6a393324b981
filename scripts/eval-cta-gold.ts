/**
 * npx tsx scripts/eval-cta-gold.ts [--errors]
 * Measures cta/too-early, cta/multiple, cta/too-big and cta/missing on the labelled corpus with
 * the corpus's own asks (its `asks` field) put in place of the detected ones. That isolates the
 * rules and the ask attributes (size, action, follow-up) from ask detection; `npm run eval`
 * measures the whole pipeline.
 */
import { parseArgs } from 'node:util';
import { askAction } from '../src/analyzer/asks/action';
import { askSize } from '../src/analyzer/asks/size';
import { prepareDraft, RULES } from '../src/analyzer/index';
import type { Ask, Draft, Lang, RuleId } from '../src/analyzer/types';
import { loadCorpusFile, type CorpusRecord } from './lib/corpus';

const { values } = parseArgs({ options: { errors: { type: 'boolean' } } });
const RULE_IDS: RuleId[] = ['cta/missing', 'cta/too-early', 'cta/multiple', 'cta/too-big'];

interface Tally { tp: number; fp: number; fn: number }
const tallies = new Map<string, Tally>();
const wrong: string[] = [];

for (const file of ['real.jsonl', 'dev-written.jsonl'] as const) {
  for (const record of loadCorpusFile(file)) {
    const draft = prepareDraft(record.text, { kind: record.kind, thread: record.thread, lang: record.lang });
    draft.asks = goldAsks(draft, record);
    for (const id of RULE_IDS) {
      const expected = record.expect[id];
      if (expected === undefined) continue;
      const got = RULES[id].check(draft).length > 0;
      const key = `${id} ${record.lang}`;
      const tally = tallies.get(key) ?? { tp: 0, fp: 0, fn: 0 };
      if (got && expected) tally.tp++;
      else if (got) tally.fp++;
      else if (expected) tally.fn++;
      tallies.set(key, tally);
      if (got !== expected) {
        const asks = draft.asks.map((a) => `    [${a.action} ${a.size} w${a.wordIndex}/${draft.words.length}] ${draft.text.slice(a.start, a.end).slice(0, 100)}`);
        wrong.push(`${id} ${got ? 'FP' : 'FN'} ${file} ${record.id}\n${asks.join('\n')}`);
      }
    }
  }
}

for (const [key, { tp, fp, fn }] of [...tallies].sort()) {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  console.log(`${key.padEnd(18)} P ${p.toFixed(2)}  R ${r.toFixed(2)}  F1 ${f1.toFixed(2)}  (tp ${tp} fp ${fp} fn ${fn})`);
}
if (values.errors) console.log(`\n${wrong.join('\n')}`);

/** Places each quoted ask in the text ("…" marks an elision) and fills the attributes as the pipeline does. */
function goldAsks(draft: Draft, record: CorpusRecord): Ask[] {
  const asks: Ask[] = [];
  let from = 0;
  for (const quote of record.asks ?? []) {
    const pieces = quote.split('…').map((piece) => piece.trim()).filter(Boolean);
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    if (!first || !last) continue;
    const found = locate(draft.text, first, from) ?? locate(draft.text, first, 0);
    if (!found) continue;
    const start = found.start;
    const end = pieces.length > 1 ? (locate(draft.text, last, found.end)?.end ?? found.end) : found.end;
    from = end;
    const text = draft.text.slice(start, end);
    const sentence = Math.max(0, draft.sentences.findIndex((s) => s.end > start));
    const wordIndex = Math.max(0, draft.words.findIndex((w) => w.end > start));
    asks.push({
      start, end, sentence, wordIndex, dependent: false,
      form: /\?\s*$/.test(text) ? 'question' : /^\S+$/.test(text) ? 'link' : 'imperative',
      size: askSize(text, record.lang as Lang),
      action: askAction(text, record.lang as Lang),
    });
  }
  return asks.sort((a, b) => a.start - b.start);
}

/** Finds `piece` in `text` from `from` on, any run of white space matching any other. */
function locate(text: string, piece: string, from: number): { start: number; end: number } | undefined {
  const pattern = new RegExp(piece.split(/\s+/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}
