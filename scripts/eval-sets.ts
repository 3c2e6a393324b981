/**
 * Lists every finding of the later rule sets (tone, clarity, post, subject) on corpus files that
 * carry no labels for them, for reading by hand: the false-alarm check of docs/false-alarms.md.
 * (Precision, recall and F1 on the labelled dev-sets.jsonl are in `npm run eval`.)
 *
 *   npx tsx scripts/eval-sets.ts real.jsonl dev-written.jsonl
 */
import { analyze } from '../src/analyzer/index';
import { CORPUS_FILES, loadCorpusFile, type CorpusFile } from './lib/corpus';

const SETS = new Set(['tone', 'clarity', 'post', 'subject']);

const files = process.argv.slice(2).filter((arg) => arg !== '--list');
const unknown = files.filter((file) => !(CORPUS_FILES as readonly string[]).includes(file));
if (files.length === 0 || unknown.length > 0) {
  console.error(`usage: eval-sets.ts FILE… (FILE one of ${CORPUS_FILES.join(', ')})`);
  process.exit(2);
}

const counts = new Map<string, number>();
for (const file of files as CorpusFile[]) {
  for (const item of loadCorpusFile(file)) {
    const report = analyze(item.text, { kind: item.kind, thread: item.thread, lang: item.lang, subject: item.subject, maxLength: item.maxLength });
    for (const f of report.findings.filter((finding) => SETS.has(finding.ruleSet))) {
      counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
      const excerpt = f.excerpt.replace(/\s+/g, ' ');
      const shown = excerpt.length > 160 ? `${excerpt.slice(0, 157)}…` : excerpt;
      console.log([item.id, item.lang, `${item.kind}/${item.thread}`, f.ruleId, f.severity, JSON.stringify(shown), f.message].join('\t'));
    }
  }
}
console.log('\nFindings per rule:');
for (const [ruleId, n] of [...counts].sort()) console.log(`${ruleId}\t${n}`);
