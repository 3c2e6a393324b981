/** Every text the overlay shows, in the two interface languages. */
import type { Lang, Severity } from '../analyzer/types';

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
  shortcutHint: string;
}

export const STRINGS: Record<Lang, OverlayStrings> = {
  en: {
    badgeLabel: (score, findings) =>
      `Pitchlint score ${score} of 100, ${findings} ${findings === 1 ? 'finding' : 'findings'}`,
    cardTitle: 'Pitchlint',
    severity: { error: 'Error', warning: 'Warning', info: 'Tip' },
    whyItMatters: 'Why it matters',
    showMe: 'Select it in the draft',
    ignore: 'Ignore this',
    ruleOff: 'Turn this rule off',
    close: 'Close',
    noFindings: 'Nothing to improve: this draft asks well.',
    shortcutHint: 'Alt+Shift+N: next finding',
  },
  nl: {
    badgeLabel: (score, findings) =>
      `Pitchlint-score ${score} van 100, ${findings} ${findings === 1 ? 'bevinding' : 'bevindingen'}`,
    cardTitle: 'Pitchlint',
    severity: { error: 'Fout', warning: 'Waarschuwing', info: 'Tip' },
    whyItMatters: 'Waarom dit telt',
    showMe: 'Selecteer het in de tekst',
    ignore: 'Negeer dit',
    ruleOff: 'Zet deze regel uit',
    close: 'Sluiten',
    noFindings: 'Niets te verbeteren: deze tekst vraagt het goed.',
    shortcutHint: 'Alt+Shift+N: volgende bevinding',
  },
};
