/**
 * Every text the overlay shows, from the extension's `_locales` catalogue: the browser picks the
 * interface language, as for the popup and options page.
 */
import type { Severity } from '../analyzer/types';
import { msg } from '../shared/i18n';

export interface OverlayStrings {
  badgeLabel: (score: number, findings: number) => string;
  cardTitle: string;
  severity: Record<Severity, string>;
  whyItMatters: string;
  showMe: string;
  ignore: string;
  ruleOff: string;
  close: string;
  noFindings: string;
  alsoInDraft: string;
  shortcutHint: string;
}

export function overlayStrings(): OverlayStrings {
  return {
    badgeLabel: (score, findings) =>
      findings === 1 ? msg('overlayBadgeLabelOne', score) : msg('overlayBadgeLabelMany', score, findings),
    cardTitle: msg('overlayCardTitle'),
    severity: { error: msg('severityError'), warning: msg('severityWarning'), info: msg('severityInfo') },
    whyItMatters: msg('overlayWhyItMatters'),
    showMe: msg('overlayShowMe'),
    ignore: msg('overlayIgnore'),
    ruleOff: msg('overlayRuleOff'),
    close: msg('overlayClose'),
    noFindings: msg('overlayNoFindings'),
    alsoInDraft: msg('overlayAlsoInDraft'),
    shortcutHint: msg('overlayShortcutHint'),
  };
}
