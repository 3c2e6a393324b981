/**
 * Properties that hold for any input: the analyzer never throws, every span lies inside the
 * text and equals its excerpt, results are deterministic, the score stays in 0–100, and
 * settings of any shape are either applied or replaced by defaults.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer/index';
import { defaultSettings, validateSettings } from '../../src/settings/schema';
import { RULE_IDS, RULE_SET_IDS } from '../../src/analyzer/types';

/** Text built from pieces that stress the analyzer: sales phrases, line breaks, emoji, RTL, controls, HTML. */
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    'Hi Sarah,\n\n', 'Best,\nTom', '\n\n', '\n', '> quoted line\n', 'On Mon, Ann wrote:\n', 'P.S. ',
    'Would a 15-minute call next week make sense? ', 'Sign the contract today! ', 'ASAP!! ', 'LAST CHANCE ',
    'Zullen we volgende week bellen? ', 'Laatste kans, reageer vandaag nog. ', 'Met vriendelijke groet,\nJan',
    'https://example.com/book ', '#sales #b2b ', '🔥🚀👍🏽 ', '\u202Eمرحبا\u202C ', '\u0000\u0007\u200B\uFEFF',
    '<img src=x onerror=alert(1)> ', '\uD800', '\uDC00', 'I haven\'t heard back. ', 'Comment YES below. ',
  ),
);
const draftText = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
const options = fc.record(
  {
    kind: fc.oneof(fc.constantFrom('email', 'message', 'post', 'comment'), fc.anything()),
    thread: fc.oneof(fc.constantFrom('first', 'reply'), fc.anything()),
    lang: fc.oneof(fc.constantFrom('auto', 'en', 'nl'), fc.anything()),
    subject: fc.oneof(fc.string({ maxLength: 80 }), fc.anything()),
    maxLength: fc.oneof(fc.integer({ min: -5, max: 4000 }), fc.double(), fc.anything()),
    settings: fc.anything(),
  },
  { requiredKeys: [] },
);

// Hundreds of analyses per property: generous limits, so a loaded machine does not fail them.
describe('analyzer properties', { timeout: 60_000 }, () => {
  it('never throws; spans inside the text equal their excerpt; score in 0–100', () => {
    fc.assert(
      fc.property(draftText, options, (text, opts) => {
        const report = analyze(text, opts as never);
        expect(report.score).toBeGreaterThanOrEqual(0);
        expect(report.score).toBeLessThanOrEqual(100);
        expect(Number.isInteger(report.score)).toBe(true);
        for (const f of report.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThanOrEqual(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.excerpt).toBe(text.slice(f.start, f.end));
          expect(RULE_IDS).toContain(f.ruleId);
          expect(f.suggestions.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(draftText, options, (text, opts) => {
        expect(analyze(text, opts as never)).toEqual(analyze(text, opts as never));
      }),
      { numRuns: 100 },
    );
  });

  it('settings of any shape are either applied or replaced by defaults', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const settings = validateSettings(input);
        for (const set of RULE_SET_IDS) expect(typeof settings.ruleSets[set]).toBe('boolean');
        expect(['auto', 'en', 'nl']).toContain(settings.language);
        for (const [id, override] of Object.entries(settings.rules)) {
          expect(RULE_IDS).toContain(id);
          expect(['off', 'error', 'warning', 'info']).toContain(override!.level);
        }
        // A valid value given for a field is kept; anything else is the default.
        const given = (input as { ruleSets?: Record<string, unknown> } | null)?.ruleSets;
        for (const set of RULE_SET_IDS) {
          const value = typeof given === 'object' && given !== null && !Array.isArray(given) ? given[set] : undefined;
          expect(settings.ruleSets[set]).toBe(typeof value === 'boolean' ? value : defaultSettings().ruleSets[set]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a rule set switched off yields none of its findings', () => {
    fc.assert(
      fc.property(draftText, fc.constantFrom(...RULE_SET_IDS), (text, set) => {
        const settings = { ...defaultSettings(), ruleSets: { ...defaultSettings().ruleSets, [set]: false } };
        const report = analyze(text, { settings, kind: 'email', subject: '' });
        expect(report.findings.filter((f) => f.ruleSet === set)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
