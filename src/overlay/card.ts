/**
 * The finding card's content: one entry per finding with its message, why it matters, its fixes,
 * and the ignore / rule-off actions. Opened from an underline, the card leads with that finding in
 * full and lists the draft's other findings in one line each (the card always lists what the
 * badge counts). Every draft-derived text goes in through textContent.
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
  /** Makes another finding the card's lead (a click on its one-line entry). */
  lead(finding: Finding): void;
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

/**
 * Fills `card` with the findings. With a `lead` (one of `findings`), that one comes first and in
 * full, the others follow in one line each; without one, every finding is shown in full.
 */
export function fillCard(
  card: HTMLElement,
  findings: readonly Finding[],
  strings: OverlayStrings,
  actions: CardActions,
  lead: Finding | null = null,
): void {
  card.replaceChildren();
  const head = el('div', 'card-head');
  head.append(el('span', '', strings.cardTitle));
  const close = button('×', actions.close);
  close.setAttribute('aria-label', strings.close);
  head.append(close);
  card.append(head);
  if (findings.length === 0) card.append(el('p', 'message', strings.noFindings));

  if (lead === null) {
    for (const finding of findings) card.append(fullEntry(finding, strings, actions));
  } else {
    card.append(fullEntry(lead, strings, actions));
    const others = findings.filter((finding) => finding !== lead);
    if (others.length > 0) {
      card.append(el('div', 'also', strings.alsoInDraft));
      for (const finding of others) card.append(oneLineEntry(finding, strings, actions));
    }
  }
  card.append(el('div', 'hint', strings.shortcutHint));
}

function entryFor(finding: Finding, className: string): HTMLElement {
  const entry = el('section', className);
  entry.dataset.ruleId = finding.ruleId;
  entry.dataset.start = String(finding.start);
  entry.dataset.end = String(finding.end);
  return entry;
}

function severityLine(finding: Finding, strings: OverlayStrings): HTMLElement {
  const severity = el('div', 'severity', `${strings.severity[finding.severity]} · ${finding.ruleId}`);
  severity.dataset.severity = finding.severity;
  return severity;
}

function oneLineEntry(finding: Finding, strings: OverlayStrings, actions: CardActions): HTMLElement {
  const entry = entryFor(finding, 'finding other');
  const show = button('', () => actions.lead(finding));
  show.dataset.lead = '';
  show.append(severityLine(finding, strings), el('span', 'message', finding.message));
  entry.append(show);
  return entry;
}

function fullEntry(finding: Finding, strings: OverlayStrings, actions: CardActions): HTMLElement {
  const entry = entryFor(finding, 'finding');
  entry.append(severityLine(finding, strings), el('p', 'message', finding.message));
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
  return entry;
}
