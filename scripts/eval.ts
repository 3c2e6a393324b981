/**
 * npm run eval [-- --errors]
 * Measures the rules against the labelled corpus (../shared/corpus): precision, recall and F1
 * per rule and language, and language-detection accuracy. --errors lists every wrong verdict.
 */
import { parseArgs } from 'node:util';
import { CORPUS_FILES, corpusAvailable, corpusDir, loadCorpusFile, loadRecords, TEAM_WRITTEN, type CorpusFile } from './lib/corpus';
import { evaluateRecords, mergeEvaluations, wrongVerdicts, type Evaluation } from './lib/evaluate';
import { errorList, languageTable, missingPrecisionTable, ruleTable } from './lib/table';

const { values } = parseArgs({ options: { errors: { type: 'boolean' } } });

if (!corpusAvailable()) {
  console.error(`eval: corpus not found in ${corpusDir()} (set PITCHLINT_CORPUS to its folder)`);
  process.exit(2);
}

const started = performance.now();
const byFile = new Map<CorpusFile, Evaluation>(
  CORPUS_FILES.map((file) => [file, evaluateRecords(file, loadCorpusFile(file))]),
);
const real = byFile.get('real.jsonl')!;
const real2 = byFile.get('real2.jsonl')!;
const written = byFile.get('dev-written.jsonl')!;
const sets = byFile.get('dev-sets.jsonl')!;
const team = evaluateRecords('team-written.jsonl', loadRecords(TEAM_WRITTEN));
const everything = mergeEvaluations(...byFile.values());

const sections = [
  ruleTable(`cta rules: real.jsonl (${real.languages.length} texts)`, real.verdicts),
  ruleTable(`cta rules, tone/timid and post/engagement-bait: real2.jsonl (${real2.languages.length} texts)`, real2.verdicts),
  ruleTable(`cta rules: dev-written.jsonl (${written.languages.length} texts)`, written.verdicts),
  ruleTable('cta rules: real + dev-written together (the floors of tests/corpus apply here)', mergeEvaluations(real, written).verdicts),
  ruleTable(`later rule sets: dev-sets.jsonl (${sets.languages.length} texts)`, sets.verdicts),
  ruleTable(`cta rules: tests/corpus/team-written.jsonl, the team's held-out texts (${team.languages.length} texts)`, team.verdicts),
  missingPrecisionTable([
    ...[...byFile].map(([file, e]) => [file, e] as [string, Evaluation]),
    ['team-written.jsonl', team],
  ]),
  languageTable([
    ...[...byFile].map(([file, e]) => [file, e] as [string, Evaluation]),
    ['team-written.jsonl', team],
    ['all files', mergeEvaluations(everything, team)],
  ]),
];
console.log(sections.join('\n\n'));

if (values.errors) {
  const wrong = wrongVerdicts(mergeEvaluations(everything, team));
  const languageMisses = everything.languages.filter((l) => l.got !== l.expected);
  console.log(`\nWrong verdicts (${wrong.length})`);
  if (wrong.length > 0) console.log(errorList(wrong));
  console.log(`\nWrong languages (${languageMisses.length})`);
  for (const l of languageMisses) console.log(`${l.file}  ${l.id}  expected ${l.expected}  got ${l.got}`);
}
console.log(`\n${everything.languages.length} texts in ${((performance.now() - started) / 1000).toFixed(1)} s`);
