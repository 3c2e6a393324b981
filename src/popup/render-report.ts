/**
 * The draft part of the popup: the score, how it was made, and the findings grouped by rule set.
 * Pure DOM building from a report; all text through textContent (see dom.ts).
 */
import { RULE_SETS } from '../analyzer/rule-sets';
import { scoreBreakdown } from '../analyzer/score';
import type { ScoreLine } from '../analyzer/score';
import type { Finding, Lang, RuleSetId } from '../analyzer/types';
import { RULE_SET_IDS } from '../analyzer/types';
import { localize } from '../shared/i18n';
import type { EditorState } from '../shared/messages';
import { h } from './dom';
import type { PopupStrings } from './strings';

/** Score bands for the colour only (the number is always shown); the same bands as the in-page badge. */
function scoreBand(score: number): 'good' | 'fair' | 'poor' {
  if (score >= 85) return 'good';
  if (score >= 60) return 'fair';
  return 'poor';
}

export function renderScore(editor: EditorState, t: PopupStrings): HTMLElement {
  const { score, kind, thread } = editor.report;
  // data-editor-id names the draft shown (the same id as its in-page badge), for tests and bug reports.
  return h('section', { class: 'score', 'aria-labelledby': 'score-label', 'data-editor-id': editor.id }, [
    h('div', { class: `score-value score-${scoreBand(score)}`, 'data-score': score, role: 'img', 'aria-label': t.scoreAria(score) }, [
      String(score),
    ]),
    h('div', { class: 'score-meta' }, [
      h('span', { id: 'score-label', class: 'score-label' }, [t.scoreLabel]),
      h('span', { class: 'draft-kind' }, [`${t.draftKind[kind]} · ${t.draftThread[thread]}`]),
    ]),
  ]);
}

/** Lines of the same rule and severity are summed: "cta/pushy ×2 −30" reads better than two lines. */
function groupLines(lines: readonly ScoreLine[]): { line: ScoreLine; count: number }[] {
  const groups = new Map<string, { line: ScoreLine; count: number }>();
  for (const line of lines) {
    const key = `${line.ruleId} ${line.severity}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { line: { ...line }, count: 1 });
    else {
      group.line.points += line.points;
      group.count += 1;
    }
  }
  return [...groups.values()];
}

export function renderBreakdown(editor: EditorState, t: PopupStrings): HTMLDetailsElement {
  const lines = scoreBreakdown(editor.report.findings);
  const sum = lines.reduce((total, line) => total + line.points, 100);
  const rows = groupLines(lines).map(({ line, count }) =>
    h('li', { 'data-breakdown-rule': line.ruleId }, [
      h('span', { class: 'breakdown-rule' }, [count > 1 ? `${line.ruleId} ×${count}` : line.ruleId]),
      h('span', { class: `severity severity-${line.severity}` }, [t.severity[line.severity]]),
      h('span', { class: 'points' }, [`−${Math.abs(line.points)}`]),
    ]),
  );
  return h('details', { class: 'breakdown' }, [
    h('summary', {}, [t.breakdownTitle]),
    h('ol', {}, [
      h('li', {}, [h('span', { class: 'breakdown-rule' }, [t.breakdownStart]), h('span', { class: 'points' }, ['100'])]),
      ...rows,
      h('li', { class: 'breakdown-total' }, [
        h('span', { class: 'breakdown-rule' }, [t.breakdownTotal]),
        h('span', { class: 'points' }, [String(editor.report.score)]),
      ]),
    ]),
    sum < 0 && h('p', { class: 'hint' }, [t.breakdownFloor]),
  ]);
}

function renderFinding(finding: Finding, t: PopupStrings): HTMLElement {
  return h('li', { class: 'finding', 'data-rule-id': finding.ruleId, 'data-severity': finding.severity }, [
    h('div', { class: 'finding-head' }, [
      h('span', { class: `severity severity-${finding.severity}` }, [t.severity[finding.severity]]),
      h('code', { class: 'rule-id' }, [finding.ruleId]),
    ]),
    h('p', { class: 'finding-message' }, [finding.message]),
    finding.excerpt.trim() !== '' &&
      h('p', { class: 'excerpt' }, [h('span', { class: 'visually-hidden' }, [t.excerptLabel + ' ']), h('q', {}, [excerptPreview(finding.excerpt)])]),
  ]);
}

/** Long spans (a whole sentence) are cut so the popup stays small; whitespace is collapsed. */
function excerptPreview(excerpt: string): string {
  const flat = excerpt.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}…` : flat;
}

export function groupBySet(findings: readonly Finding[]): Map<RuleSetId, Finding[]> {
  const groups = new Map<RuleSetId, Finding[]>();
  for (const set of RULE_SET_IDS) {
    const inSet = findings.filter((f) => f.ruleSet === set);
    if (inSet.length > 0) groups.set(set, inSet);
  }
  return groups;
}

export function renderFindings(editor: EditorState, t: PopupStrings, lang: Lang): HTMLElement {
  const groups = groupBySet(editor.report.findings);
  if (groups.size === 0) {
    return h('section', { class: 'findings', 'aria-label': t.findingsTitle }, [h('p', { class: 'all-clear' }, [t.noFindings])]);
  }
  return h('section', { class: 'findings', 'aria-labelledby': 'findings-title' }, [
    h('h2', { id: 'findings-title' }, [t.findingsTitle]),
    ...[...groups].map(([set, findings]) =>
      h('section', { class: 'finding-group', 'data-group': set }, [
        h('h3', {}, [localize(RULE_SETS[set].title, lang)]),
        h('ul', {}, findings.map((f) => renderFinding(f, t))),
      ]),
    ),
  ]);
}

/** Findings per set, for the counts next to the rule-set switches. */
export function countBySet(findings: readonly Finding[]): Record<RuleSetId, number> {
  const counts = Object.fromEntries(RULE_SET_IDS.map((id) => [id, 0])) as Record<RuleSetId, number>;
  for (const f of findings) counts[f.ruleSet] += 1;
  return counts;
}
