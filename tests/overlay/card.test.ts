// @vitest-environment happy-dom
/**
 * The finding card as a DOM fragment: draft text goes in as text, every suggestion is a data-fix
 * button, and "turn this rule off" is offered only where the organisation did not lock the rule.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/analyzer/types';
import { fillCard } from '../../src/overlay/card';
import type { CardActions } from '../../src/overlay/card';
import type { OverlayStrings } from '../../src/overlay/strings';

const STRINGS: OverlayStrings = {
  badgeLabel: (score, n) => `score ${score}, ${n}`,
  cardTitle: 'Pitchlint',
  severity: { error: 'Error', warning: 'Warning', info: 'Tip' },
  whyItMatters: 'Why it matters',
  showMe: 'Select it',
  ignore: 'Ignore this',
  ruleOff: 'Turn this rule off',
  close: 'Close',
  noFindings: 'Nothing to improve',
  alsoInDraft: 'Also in this draft',
  shortcutHint: 'Alt+Shift+N',
};

const PUSHY: Finding = {
  ruleId: 'cta/pushy',
  ruleSet: 'cta',
  severity: 'warning',
  message: 'Deadline pressure: “<img src=x onerror=alert(1)>” rushes the reader.',
  start: 10,
  end: 21,
  excerpt: '<img src=x>',
  suggestions: [{ text: 'Let the reader choose the moment', replacement: 'reply' }, { text: 'Drop the deadline' }],
};

function actions(locked: string[], log: string[]): CardActions {
  return {
    rationale: () => 'Pressure backfires.',
    fix: (f, i) => log.push(`fix ${f.ruleId} ${i}`),
    ignore: (f) => log.push(`ignore ${f.ruleId}`),
    ruleOff: (id) => log.push(`off ${id}`),
    canTurnOff: (id) => !locked.includes(id),
    lead: (f) => log.push(`lead ${f.ruleId}`),
    close: () => log.push('close'),
  };
}

describe('finding card', () => {
  it('shows draft text as text and a data-fix button per suggestion', () => {
    const card = document.createElement('div');
    const log: string[] = [];
    fillCard(card, [PUSHY], STRINGS, actions([], log));
    expect(card.querySelector('img')).toBeNull();
    expect(card.textContent).toContain('<img src=x onerror=alert(1)>');
    const fixes = [...card.querySelectorAll<HTMLButtonElement>('button[data-fix]')];
    expect(fixes.map((b) => b.dataset.fix)).toEqual(['0', '1']);
    fixes[0]!.click();
    card.querySelector<HTMLButtonElement>('button[data-rule-off]')!.click();
    expect(log).toEqual(['fix cta/pushy 0', 'off cta/pushy']);
  });

  it('offers no "turn this rule off" for a rule the organisation locked', () => {
    const card = document.createElement('div');
    fillCard(card, [PUSHY], STRINGS, actions(['cta/pushy'], []));
    expect(card.querySelector('button[data-rule-off]')).toBeNull();
    expect(card.querySelector('button[data-ignore]')).not.toBeNull();
  });

  it('opened on one finding: leads with it in full, lists the others in one line each', () => {
    const card = document.createElement('div');
    const log: string[] = [];
    const early: Finding = { ...PUSHY, ruleId: 'cta/too-early', message: 'The ask comes first.', start: 0, end: 5, excerpt: 'Call?' };
    fillCard(card, [PUSHY, early], STRINGS, actions([], log), PUSHY);
    const entries = [...card.querySelectorAll<HTMLElement>('[data-rule-id]')];
    expect(entries.map((e) => e.dataset.ruleId)).toEqual(['cta/pushy', 'cta/too-early']);
    expect(entries[0]!.querySelectorAll('button[data-fix]')).toHaveLength(2);
    expect(entries[1]!.querySelector('button[data-fix]')).toBeNull();
    expect(card.textContent).toContain('Also in this draft');
    entries[1]!.querySelector<HTMLButtonElement>('button[data-lead]')!.click();
    expect(log).toEqual(['lead cta/too-early']);
  });

  it('says there is nothing to improve only when there is no finding', () => {
    const card = document.createElement('div');
    fillCard(card, [], STRINGS, actions([], []));
    expect(card.textContent).toContain('Nothing to improve');
    fillCard(card, [PUSHY], STRINGS, actions([], []));
    expect(card.textContent).not.toContain('Nothing to improve');
  });
});
