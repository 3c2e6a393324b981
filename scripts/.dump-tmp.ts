import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '../src/analyzer/index';
const dir = process.argv[2]!;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
  for (const [i, line] of readFileSync(`${dir}/${file}`, 'utf8').split('\n').entries()) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as Record<string, unknown>;
    const text = String(row.text ?? '');
    const r = analyze(text, { kind: row.kind as 'email', thread: row.thread as 'first', lang: row.lang as 'en' });
    const f = r.findings.filter((x) => x.ruleId.startsWith('cta/')).map((x) => `${x.ruleId}[${x.excerpt.replace(/\s+/g, ' ').slice(0, 60)}]`);
    console.log(`${file}:${i} asks=${r.stats.asks} ${f.join(' ')}`);
  }
}
