/**
 * Whatever lands in an editor, analyze() must not throw, and its report must stay usable by
 * the overlay: spans inside the text, excerpts equal to the text they cover, a score in 0–100.
 * Bad settings and options fall back to defaults instead of failing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, defaultSettings, ruleSetOf, score, validateSettings } from '../../src/analyzer/index';
import type { AnalyzeOptions, Report } from '../../src/analyzer/types';
import { RULE_IDS } from '../../src/analyzer/types';

const EMAIL_BODY = 'Hi Sarah,\n\nYour team ships every week. Would a 15-minute call on Tuesday make sense?\n\nBest,\nTom';

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const NASTY_INPUTS: Record<string, string> = {
  empty: '',
  'whitespace only': ' \n\t\n   \r\n\u00a0\u2003\n',
  'newlines only': '\n'.repeat(500),
  'emoji only': '🔥🔥🔥 🚀 👍🏽 👨‍👩‍👧‍👦 🇳🇱🇬🇧',
  'emoji among words': 'Hi 👋 Sarah,\n\nDrop a 🔥 below 👇 and I will send the guide 📘!\n\nWould a call 📞 work?',
  'right-to-left text and overrides': 'مرحبا سارة،\n\nهل يناسبك اتصال قصير؟ \u202eevil\u202c שלום, האם תרצה שיחה?',
  'control characters': 'Hi\u0000 Sarah,\u0007\n\nWould a\u000b call\f work?\u0085\u2028Next line\u2029Reply\u00ad today\u200b\u200d.\r\rBest,\rTom',
  'HTML source pasted as text':
    '<div dir="ltr">Hi <b>Sarah</b>,<br><br>Would a <a href="https://example.com/book?a=1&amp;b=2">15-minute call</a> make sense?<script>alert(1)</script></div><div class="gmail_signature">--<br>Tom</div>',
  'signature alone': 'Best regards,\nTom Jansen\nAccount Executive | Acme B.V.\n+31 6 1234 5678\nwww.acme.nl',
  'Dutch signature alone': 'Met vriendelijke groet,\n\nPiet de Vries\nAcme B.V. | Keizersgracht 1, Amsterdam',
  'greeting alone': 'Hi Sarah,',
  'lone surrogates': 'Hi \ud800Sarah,\n\nWould a call\udc00 work?\ud83d',
  'ends on a high surrogate': 'Would a call work? 🔥'.slice(0, -1),
  'quoted thread only': '> On Tue, Sarah wrote:\n> Would a call work?\n>> Sign today!!',
  'punctuation only': '?!?!?! ... ,,, ;;; !!! ???',
  'urls only': 'https://example.com\nhttps://example.com/a?b=c\nwww.example.nl',
  'hashtags only': '#sales #b2b #growth #leadership #ai #startup #saas',
  'shouting': 'SIGN TODAY!!! LAST CHANCE!!! ACT NOW!!! YOU MUST REPLY!!!',
};

/** Drafts as long as a pasted report: checked with fewer option variants, they take seconds each. */
const HUGE_INPUTS: Record<string, string> = {
  '200,000 characters of prose': repeatTo(`${EMAIL_BODY}\n\n`, 200_000),
  '200,000 characters in one paragraph': repeatTo('Would a call make sense? Sign today. ', 200_000),
  '200,000 characters without a space': repeatTo('Sign', 200_000),
};

const OPTION_VARIANTS: AnalyzeOptions[] = [
  {},
  { kind: 'post' },
  { kind: 'message', thread: 'reply', lang: 'nl' },
  { kind: 'comment', lang: 'en' },
  { kind: 'email', subject: 'FREE!! ACT NOW', maxLength: 50 },
];

const SEVERITIES = new Set(['error', 'warning', 'info']);
const KNOWN_RULES = new Set<string>(RULE_IDS);

/** Numbers JSON cannot carry (NaN, Infinity) and values it drops (undefined in arrays, functions). */
function jsonProblems(value: unknown, path: string, out: string[]): void {
  if (typeof value === 'number' && !Number.isFinite(value)) out.push(`${path} is ${value}`);
  else if (typeof value === 'function' || typeof value === 'bigint' || typeof value === 'symbol') out.push(`${path} is a ${typeof value}`);
  else if (Array.isArray(value)) value.forEach((item, i) => (item === undefined ? out.push(`${path}[${i}] is undefined`) : jsonProblems(item, `${path}[${i}]`, out)));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) jsonProblems(v, `${path}.${k}`, out);
}

/**
 * Everything the overlay, the popup and the CLI rely on in a report. Problems are collected
 * in plain code and asserted once, so a report with thousands of findings stays cheap to check.
 */
function expectWellFormed(text: string, report: Report): void {
  const problems: string[] = [];
  const check = (ok: boolean, problem: () => string) => {
    if (!ok) problems.push(problem());
  };
  check(report.language === 'en' || report.language === 'nl', () => `language ${report.language}`);
  check(Number.isInteger(report.score) && report.score >= 0 && report.score <= 100, () => `score ${report.score}`);
  check(report.score === score(report.findings), () => `score ${report.score} is not the score of its findings`);
  const { truncated, ...counts } = report.stats;
  check(typeof truncated === 'boolean', () => `stats.truncated ${truncated}`);
  for (const [key, value] of Object.entries(counts)) check(Number.isInteger(value) && value >= 0, () => `stats.${key} ${value}`);
  report.findings.forEach((f, i) => {
    const where = `findings[${i}] (${f.ruleId})`;
    check(KNOWN_RULES.has(f.ruleId), () => `${where}: unknown rule`);
    check(KNOWN_RULES.has(f.ruleId) && f.ruleSet === ruleSetOf(f.ruleId), () => `${where}: set ${f.ruleSet}`);
    check(SEVERITIES.has(f.severity), () => `${where}: severity ${f.severity}`);
    check(
      Number.isInteger(f.start) && Number.isInteger(f.end) && 0 <= f.start && f.start <= f.end && f.end <= text.length,
      () => `${where}: span ${f.start}-${f.end} outside 0-${text.length}`,
    );
    check(f.excerpt === text.slice(f.start, f.end), () => `${where}: excerpt ${JSON.stringify(f.excerpt)} is not the text at ${f.start}-${f.end}`);
    check(typeof f.message === 'string' && f.message.trim() !== '', () => `${where}: empty message`);
    check(Array.isArray(f.suggestions), () => `${where}: suggestions is not an array`);
    for (const s of f.suggestions ?? []) {
      check(typeof s.text === 'string' && s.text !== '', () => `${where}: suggestion without text`);
      check(s.replacement === undefined || typeof s.replacement === 'string', () => `${where}: replacement ${String(s.replacement)}`);
    }
  });
  // The CLI prints reports as JSON: nothing may be lost on the way.
  jsonProblems(report, 'report', problems);
  expect(problems.slice(0, 20)).toEqual([]);
}

describe('analyze() on hostile text', { timeout: 180_000 }, () => {
  it.each(Object.entries(NASTY_INPUTS))('%s: no throw, well-formed report', (_name, text) => {
    for (const options of OPTION_VARIANTS) expectWellFormed(text, analyze(text, options));
  });

  it.each(Object.entries(HUGE_INPUTS))('%s: no throw, well-formed report', (_name, text) => {
    expectWellFormed(text, analyze(text, OPTION_VARIANTS[4]));
  });

  it('finds no asks and no words in empty or blank text', () => {
    for (const text of ['', '   ', '\n\n\t']) expect(analyze(text).stats).toEqual({ words: 0, sentences: 0, asks: 0, truncated: false });
  });

  it('treats a non-string input as empty text', () => {
    const report = analyze(null as unknown as string);
    expectWellFormed('', report);
    expect(report.stats.words).toBe(0);
  });

  it('holds for arbitrary mixes of sales phrases, markup, emoji and odd characters', () => {
    const pieces = [
      'Would a 15-minute call make sense?', 'Sign today!!', 'Zullen we bellen?', 'Koop nu', 'Best,\nTom',
      'Met vriendelijke groet,', 'https://example.com', '#sales', 'ASAP', '<b>', '&amp;', '🔥', '👨‍👩‍👧',
      '\ud800', '\udc00', '\u0000', '\u202e', '\n', '\n\n', ' ', '?', '!', '.', '> quoted', 'P.S. ', 'Hi Sarah,',
    ];
    const drafts = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 })), { maxLength: 40 }).map((a) => a.join(''));
    const kinds = fc.constantFrom<AnalyzeOptions['kind']>('email', 'message', 'post', 'comment');
    fc.assert(
      fc.property(drafts, kinds, fc.boolean(), (text, kind, reply) => {
        expectWellFormed(text, analyze(text, { kind, thread: reply ? 'reply' : 'first', subject: text.slice(0, 20), maxLength: 120 }));
      }),
      { numRuns: 200 },
    );
  });
});

describe('corrupt settings and options fall back to defaults', () => {
  const corrupt: unknown[] = [
    null, undefined, 'x', 42, true, [], [1, 2], { ruleSets: 'x' }, { ruleSets: [] }, { ruleSets: null },
    { ruleSets: { cta: 'no', tone: 0 } }, { rules: [] }, { rules: { 'cta/missing': 'off' } },
    { rules: { 'cta/missing': { level: 'loud' } } }, { language: 'fr' }, { sites: 'all' },
  ];

  it.each(corrupt.map((c) => [JSON.stringify(c) ?? String(c), c]))('%s → defaults', (_label, settings) => {
    expect(validateSettings(settings)).toEqual(defaultSettings());
    expect(analyze(EMAIL_BODY, { settings })).toEqual(analyze(EMAIL_BODY));
  });

  it('keeps the valid parts of partly corrupt settings', () => {
    const settings = validateSettings({ ruleSets: { cta: false, bogus: true }, rules: { 'tone/timid': { level: 'error' }, 'x/y': { level: 'off' } } });
    expect(settings.ruleSets).toEqual({ ...defaultSettings().ruleSets, cta: false });
    expect(settings.rules).toEqual({ 'tone/timid': { level: 'error' } });
  });

  it('ignores option values outside the contract', () => {
    const bad = { kind: 'tweet', thread: 'sideways', lang: 'fr', maxLength: Number.NaN, subject: 42 } as unknown as AnalyzeOptions;
    const report = analyze(EMAIL_BODY, bad);
    expect(report).toMatchObject({ kind: 'email', thread: 'first' });
    expectWellFormed(EMAIL_BODY, report);
    for (const maxLength of [-5, 0, Number.POSITIVE_INFINITY]) expectWellFormed(EMAIL_BODY, analyze(EMAIL_BODY, { maxLength }));
  });
});
