/**
 * clarity/length on a subject line with a limit of its own (`subjectMaxLength`, an InMail's
 * subject field): an error on the subject, placed there the way subject-line findings are
 * (start/end 0, a `subject` span), for any kind; and a subject given with a message does not
 * bring in the email-only subject rules.
 */
import { describe, expect, it } from 'vitest';
import { analyze, defaultSettings } from '../../../src/analyzer/index';
import type { AnalyzeOptions, Finding } from '../../../src/analyzer/types';
import { findingsOf } from './rule-tester';

const INMAIL = 'Hi Sarah, I saw your team is hiring three account executives. Would a short call next week help?';
const BERICHT = 'Hoi Sanne, ik zag dat jullie drie accountmanagers zoeken. Zullen we volgende week kort bellen?';

/** A calm subject cut to exactly `n` characters. */
const subjectOf = (n: number, words = 'Onboarding new account executives at Northwind in half the time ') =>
  words.repeat(Math.ceil(n / words.length)).slice(0, n);

const message = (subject: string, extra: AnalyzeOptions = {}): AnalyzeOptions => ({
  kind: 'message',
  subject,
  subjectMaxLength: 80,
  ...extra,
});

function onSubject(text: string, options: AnalyzeOptions): Finding[] {
  return findingsOf('clarity/length', text, options).filter((f) => f.subject !== undefined);
}

describe('clarity/length on the subject line', () => {
  it('a subject of exactly 80 characters fits', () => {
    expect(findingsOf('clarity/length', INMAIL, message(subjectOf(80)))).toEqual([]);
  });

  it('trailing spaces are not counted against the limit', () => {
    expect(findingsOf('clarity/length', INMAIL, message(`${subjectOf(80)}   `))).toEqual([]);
  });

  it('85 characters: an error on the five past the limit, placed on the subject, not in the text', () => {
    const subject = `${subjectOf(80)}Today`;
    const found = findingsOf('clarity/length', INMAIL, message(subject));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleSet: 'clarity',
      severity: 'error',
      start: 0,
      end: 0,
      excerpt: '',
      subject: { start: 80, end: 85, excerpt: 'Today' },
    });
    expect(found[0]!.subject!.excerpt).toBe(subject.slice(80, 85));
    expect(found[0]!.message).toBe(
      'The subject is 85 characters: 5 over its limit of 80. LinkedIn refuses or cuts a subject past it; this is the part that does not fit.',
    );
    expect(found[0]!.suggestions).toEqual([{ text: 'Cut at least 5 characters from the subject' }]);
  });

  it('the span starts at the first non-space past the limit and ends before trailing spaces', () => {
    const subject = `${'a'.repeat(79)}b   and more  `;
    const [finding] = onSubject(INMAIL, message(subject));
    expect(finding?.subject).toEqual({ start: 83, end: 91, excerpt: 'and more' });
    expect(finding?.message).toContain('91 characters: 11 over');
  });

  it('spreekt Nederlands bij een Nederlands bericht', () => {
    const subject = `${subjectOf(80, 'Nieuwe accountmanagers sneller inwerken bij Northwind ')}vandaag`;
    const [finding] = onSubject(BERICHT, message(subject, { lang: 'nl' }));
    expect(finding?.severity).toBe('error');
    expect(finding?.subject).toEqual({ start: 80, end: 87, excerpt: 'vandaag' });
    expect(finding?.message).toBe(
      'Het onderwerp telt 87 tekens: 7 meer dan de limiet van 80. LinkedIn weigert of knipt een langer onderwerp af; dit deel past niet.',
    );
    expect(finding?.suggestions).toEqual([{ text: 'Schrap minstens 7 tekens uit het onderwerp' }]);
  });

  it('counts the subject as written: a merge field counts with its brackets, as the field holds it', () => {
    const subject = `Idea for {{company}} ${'x'.repeat(59)}`; // 80 characters as written, fewer once read as a name
    expect(subject).toHaveLength(80);
    expect(onSubject(INMAIL, message(subject))).toEqual([]);
    const over = `${subject}{{y}}`;
    expect(onSubject(INMAIL, message(over))[0]?.subject).toEqual({ start: 80, end: 85, excerpt: '{{y}}' });
  });

  it('holds for any kind with a subject field of its own, an email too', () => {
    const subject = `${subjectOf(80)}Today`;
    const email = `Hi Sarah,\n\n${INMAIL.slice(10)}\n\nBest,\nTom`;
    expect(onSubject(email, { subject, subjectMaxLength: 80 }).map((f) => f.subject?.excerpt)).toEqual(['Today']);
  });

  it('and the body limit is still its own: both can be over at once', () => {
    const subject = `${subjectOf(80)}Today`;
    const found = findingsOf('clarity/length', `${'y'.repeat(300)} past it`, message(subject, { maxLength: 300 }));
    expect(found.map((f) => [f.excerpt, f.subject?.excerpt])).toEqual([
      ['', 'Today'],
      ['past it', undefined],
    ]);
  });

  it('no limit, no subject, or a bad limit: nothing on the subject', () => {
    const subject = subjectOf(120);
    expect(onSubject(INMAIL, { kind: 'message', subject })).toEqual([]);
    expect(onSubject(INMAIL, { kind: 'message', subjectMaxLength: 80 })).toEqual([]);
    for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, '80' as unknown as number]) {
      expect(onSubject(INMAIL, message(subject, { subjectMaxLength: bad }))).toEqual([]);
    }
  });

  it('the subject limit never moves the body limit (a subject limit alone does not judge the text)', () => {
    const found = findingsOf('clarity/length', 'z'.repeat(500), { kind: 'message', subject: 'Short', subjectMaxLength: 10 });
    expect(found).toEqual([]);
  });
});

describe('a subject given with a message', () => {
  const SHOUTING = 'FREE DEMO for YOUR TEAM today!! Quick question about onboarding new account executives at Northwind';

  it('does not bring in the email-only subject rules (missing, length, shouting)', () => {
    for (const subject of ['', SHOUTING]) {
      const report = analyze(INMAIL, message(subject));
      expect(report.findings.filter((f) => f.ruleSet === 'subject')).toEqual([]);
    }
    const nl = analyze(BERICHT, message('GRATIS!! Snel een vraag over het inwerken van nieuwe accountmanagers bij jullie team', { lang: 'nl' }));
    expect(nl.findings.filter((f) => f.ruleSet === 'subject')).toEqual([]);
  });

  it('the same subjects on an email do (the check above can fail)', () => {
    const email = `Hi Sarah,\n\n${INMAIL.slice(10)}\n\nBest,\nTom`;
    expect(analyze(email, { subject: '' }).findings.map((f) => f.ruleId)).toContain('subject/missing');
    const ids = analyze(email, { subject: SHOUTING }).findings.map((f) => f.ruleId);
    expect(ids).toContain('subject/length');
    expect(ids).toContain('subject/shouting');
  });

  it('only the limit speaks about a message subject: over it, one clarity/length error and no subject rule', () => {
    const report = analyze(INMAIL, message(`${SHOUTING} and more words`));
    const onTheSubject = report.findings.filter((f) => f.subject !== undefined);
    expect(onTheSubject.map((f) => [f.ruleId, f.severity])).toEqual([['clarity/length', 'error']]);
  });

  it('switching the clarity set off silences it, like any clarity finding', () => {
    const defaults = defaultSettings();
    const settings = { ...defaults, ruleSets: { ...defaults.ruleSets, clarity: false } };
    expect(analyze(INMAIL, message(subjectOf(100))).findings.filter((f) => f.subject !== undefined)).toHaveLength(1);
    const report = analyze(INMAIL, message(subjectOf(100), { settings }));
    expect(report.findings.filter((f) => f.subject !== undefined)).toEqual([]);
  });
});
