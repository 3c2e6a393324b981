/**
 * The finding card: one entry per finding with its message, why it matters, its fixes, and the
 * ignore / rule-off actions. Every draft-derived text goes in through textContent.
 */
import type { Finding, RuleId } from '../analyzer/types';
import type { OverlayStrings } from './strings';

export interface CardActions {
  rationale(ruleId: RuleId): string;
  fix(finding: Finding, suggestionIndex: number): void;
  ignore(finding: Finding): void;
  ruleOff(ruleId: RuleId): void;
  /** False for a rule the organisation locked: the card offers no "turn off" that could not work. */
  canTurnOff(ruleId: RuleId): boolean;
  close(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== '') node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const node = el('button', '', text);
  node.type = 'button';
  node.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    onClick();
  });
  return node;
}

/** Fills `card` with the findings. */
export function fillCard(card: HTMLElement, findings: readonly Finding[], strings: OverlayStrings, actions: CardActions): void {
  card.replaceChildren();
  const head = el('div', 'card-head');
  head.append(el('span', '', strings.cardTitle));
  const close = button('×', actions.close);
  close.setAttribute('aria-label', strings.close);
  head.append(close);
  card.append(head);
  if (findings.length === 0) card.append(el('p', 'message', strings.noFindings));

  for (const finding of findings) {
    const entry = el('section', 'finding');
    entry.dataset.ruleId = finding.ruleId;
    entry.dataset.start = String(finding.start);
    entry.dataset.end = String(finding.end);
    const severity = el('div', 'severity', `${strings.severity[finding.severity]} · ${finding.ruleId}`);
    severity.dataset.severity = finding.severity;
    entry.append(severity, el('p', 'message', finding.message));
    if (finding.excerpt.trim() !== '') entry.append(el('p', 'excerpt', `“${finding.excerpt}”`));
    const rationale = actions.rationale(finding.ruleId);
    if (rationale !== '') {
      const details = el('details', '');
      details.append(el('summary', '', strings.whyItMatters), el('p', '', rationale));
      entry.append(details);
    }
    const row = el('div', 'actions');
    finding.suggestions.forEach((suggestion, index) => {
      const fix = button(suggestion.text, () => actions.fix(finding, index));
      fix.dataset.fix = String(index);
      if (suggestion.replacement === undefined) {
        // Advice without literal text: the button selects the words so the user can rewrite them.
        fix.dataset.advice = '';
        fix.title = strings.showMe;
      }
      row.append(fix);
    });
    const ignore = button(strings.ignore, () => actions.ignore(finding));
    ignore.dataset.ignore = '';
    row.append(ignore);
    if (actions.canTurnOff(finding.ruleId)) {
      const off = button(strings.ruleOff, () => actions.ruleOff(finding.ruleId));
      off.dataset.ruleOff = '';
      row.append(off);
    }
    entry.append(row);
    card.append(entry);
  }
  card.append(el('div', 'hint', strings.shortcutHint));
}
