/**
 * The rules against the labelled corpus (../shared/corpus): per rule and language, F1 must not
 * fall under its floor, and language detection must stay accurate. The floors are the measured
 * values (all above the product's targets); raise them as the rules improve, never lower them
 * to make a change pass. `npm run eval -- --errors` lists what went wrong.
 */
import { describe, expect, it } from 'vitest';
import type { Lang, RuleId } from '../../src/analyzer/types';
import { corpusAvailable, corpusDir, loadCorpusFile, loadRecords, TEAM_WRITTEN } from '../../scripts/lib/corpus';
import {
  evaluateRecords,
  languageAccuracy,
  mergeEvaluations,
  ruleScores,
  type Evaluation,
  type LangGroup,
  type Verdict,
} from '../../scripts/lib/evaluate';
import { errorList } from '../../scripts/lib/table';

type Floors = Partial<Record<RuleId, Partial<Record<Lang, number>>>>;

/**
 * Minimum F1 of the cta rules on real.jsonl + dev-written.jsonl together: the measured values
 * (rounded down), all above the targets (0.90 for missing and pushy, 0.80 for the others).
 */
const CTA_FLOORS: Floors = {
  'cta/missing': { en: 1, nl: 1 },
  'cta/pushy': { en: 1, nl: 1 },
  'cta/too-early': { en: 1, nl: 1 },
  'cta/multiple': { en: 0.96, nl: 0.95 },
  'cta/too-big': { en: 0.92, nl: 1 },
};

/** Minimum F1 of the cta rules on the team's own held-out texts (tests/corpus/team-written.jsonl): measured. */
const TEAM_FLOORS: Floors = {
  'cta/missing': { en: 1, nl: 1 },
  'cta/pushy': { en: 1, nl: 1 },
  'cta/too-early': { en: 1, nl: 1 },
  'cta/multiple': { en: 0.96, nl: 1 },
  'cta/too-big': { en: 1, nl: 1 },
};

/**
 * Minimum F1 on real2.jsonl (later real texts, double-labelled blind): measured after the fixes of
 * the real-drafts work (first run: cta/missing 0.55 en / 0.77 nl, cta/pushy 0.67 / 0.75, cta/multiple
 * 0.67 / 0.29, tone/timid 0.00, post/engagement-bait 0 of 1). cta/too-big in Dutch has one positive,
 * a flat-price campaign ("start de automation … voor €2.495"), still missed, so it has no floor yet;
 * in English and for too-early nothing is labelled positive and nothing may fire (F1 null passes).
 */
const REAL2_FLOORS: Floors = {
  'cta/missing': { en: 1, nl: 1 },
  'cta/pushy': { en: 1, nl: 1 },
  'cta/too-early': { en: 1, nl: 1 },
  'cta/multiple': { en: 0.66, nl: 0.8 },
  'cta/too-big': { en: 1 },
  'tone/timid': { en: 1, nl: 1 },
  'post/engagement-bait': { en: 1, nl: 1 },
};

/**
 * Minimum precision of cta/missing on every corpus file: "no clear next step" under the ask a rep
 * wrote is the worst false alarm, so it is held apart from F1 (files without a firing pass).
 */
const MISSING_PRECISION_FLOOR = 1;

/** Minimum F1 of the later rule sets on dev-sets.jsonl. */
const LATER_FLOORS: Floors = {
  'tone/timid': { en: 1, nl: 1 },
  'tone/self-focus': { en: 1, nl: 1 },
  'clarity/length': { en: 1, nl: 1 },
  'clarity/readability': { en: 1, nl: 1 },
  'clarity/questions': { en: 1, nl: 1 },
  'post/engagement-bait': { en: 1, nl: 1 },
  'post/hook': { en: 1, nl: 1 },
  'post/hashtags': { en: 1, nl: 1 },
  'subject/missing': { en: 1, nl: 1 },
  'subject/length': { en: 1, nl: 1 },
  'subject/shouting': { en: 1, nl: 1 },
};

/** Minimum share of texts whose language is detected right, per language and over all files. */
const LANGUAGE_FLOOR = 0.98;

const available = corpusAvailable();
if (!available) console.warn(`corpus not found in ${corpusDir()}: corpus tests skipped (set PITCHLINT_CORPUS)`);

function floorRows(floors: Floors): Array<[RuleId, Lang, number]> {
  return Object.entries(floors).flatMap(([ruleId, byLang]) =>
    Object.entries(byLang).map(([lang, floor]) => [ruleId as RuleId, lang as Lang, floor] as [RuleId, Lang, number]),
  );
}

function checkFloor(verdicts: readonly Verdict[], ruleId: RuleId, lang: Lang, floor: number): void {
  const s = ruleScores(verdicts, ruleId, lang);
  const wrong = verdicts.filter((v) => v.ruleId === ruleId && v.lang === lang && v.expected !== v.got);
  // Every floor names a rule the corpus labels in that language; no verdicts means a broken corpus or filter.
  expect(s.tp + s.fp + s.fn + s.tn, `${ruleId} (${lang}) has labelled texts`).toBeGreaterThan(0);
  const summary = `${ruleId} (${lang}) F1 ${s.f1?.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}) under ${floor}\n${errorList(wrong)}`;
  // No positives labelled and none reported (f1 null) is a pass: there is nothing to miss.
  expect(s.f1 ?? 1, summary).toBeGreaterThanOrEqual(floor);
}

describe.skipIf(!available)('corpus', { timeout: 120_000 }, () => {
  let cta: Evaluation;
  let later: Evaluation;
  let real2: Evaluation;
  const real2Evaluation = () => (real2 ??= evaluateRecords('real2.jsonl', loadCorpusFile('real2.jsonl')));
  const evaluations = () => {
    cta ??= mergeEvaluations(
      evaluateRecords('real.jsonl', loadCorpusFile('real.jsonl')),
      evaluateRecords('dev-written.jsonl', loadCorpusFile('dev-written.jsonl')),
    );
    later ??= evaluateRecords('dev-sets.jsonl', loadCorpusFile('dev-sets.jsonl'));
    return { cta, later };
  };

  it.each(floorRows(CTA_FLOORS))('%s (%s): F1 at least %s on real + dev-written', (ruleId, lang, floor) => {
    checkFloor(evaluations().cta.verdicts, ruleId, lang, floor);
  });

  it.each(floorRows(REAL2_FLOORS))('%s (%s): F1 at least %s on real2', (ruleId, lang, floor) => {
    checkFloor(real2Evaluation().verdicts, ruleId, lang, floor);
  });

  it.each(['en', 'nl'] as Lang[])(`cta/missing (%s): precision at least ${MISSING_PRECISION_FLOOR} on every file`, (lang) => {
    for (const evaluation of [evaluations().cta, real2Evaluation()]) {
      const s = ruleScores(evaluation.verdicts, 'cta/missing', lang);
      const wrong = evaluation.verdicts.filter((v) => v.ruleId === 'cta/missing' && v.lang === lang && v.got && !v.expected);
      expect(s.precision ?? 1, errorList(wrong)).toBeGreaterThanOrEqual(MISSING_PRECISION_FLOOR);
    }
  });

  it.each(floorRows(LATER_FLOORS))('%s (%s): F1 at least %s on dev-sets', (ruleId, lang, floor) => {
    checkFloor(evaluations().later.verdicts, ruleId, lang, floor);
  });

  it.each(['en', 'nl', 'all'] as LangGroup[])(`language detection (%s): accuracy at least ${LANGUAGE_FLOOR}`, (lang) => {
    const all = mergeEvaluations(evaluations().cta, evaluations().later);
    const result = languageAccuracy(all.languages, lang);
    const misses = all.languages.filter((l) => (lang === 'all' || l.expected === lang) && l.got !== l.expected);
    expect(result.total).toBeGreaterThan(0);
    expect(result.accuracy, misses.map((m) => `${m.id}: got ${m.got}`).join(', ')).toBeGreaterThanOrEqual(LANGUAGE_FLOOR);
  });
});

// The team's own texts live in the repository: this part runs even where ../shared is missing.
describe('team-written held-out texts', { timeout: 120_000 }, () => {
  let team: Evaluation;
  const evaluation = () => (team ??= evaluateRecords('team-written.jsonl', loadRecords(TEAM_WRITTEN)));

  it.each(floorRows(TEAM_FLOORS))('%s (%s): F1 at least %s on team-written', (ruleId, lang, floor) => {
    checkFloor(evaluation().verdicts, ruleId, lang, floor);
  });

  it('detects the language of every text', () => {
    const { languages } = evaluation();
    expect(languages.filter((l) => l.got !== l.expected)).toEqual([]);
  });
});
