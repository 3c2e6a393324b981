import { prepareDraft } from '../src/analyzer/index';
const texts = process.argv.slice(2);
for (const t of texts) {
  const d = prepareDraft(t.replace(/⏎/g, '\n'), { lang: /\b(je|u|de|het)\b/.test(t) ? 'nl' : 'en', kind: 'email' });
  for (const a of d.asks) console.log(JSON.stringify(d.text.slice(a.start, a.end)), a.form, a.action, a.size, a.dependent);
  console.log('--');
}
