/**
 * Every text of the options page, read once from the browser's `_locales` catalogue (see
 * src/shared/i18n.ts). Rule and rule-set texts come from the rules themselves (RULES, RULE_SETS).
 */
import type { LangOption, Severity, SiteId } from '../analyzer/types';
import { msg } from '../shared/i18n';

export interface OptionsStrings {
  pageTitle: string;
  heading: string;
  intro: string;
  managedIntro: string;
  lockedNote: string;
  ruleSetsTitle: string;
  ruleLevelLabel: (rule: string) => string;
  levelDefault: (level: string) => string;
  levelOff: string;
  severity: Record<Severity, string>;
  whyTitle: string;
  setOffHint: string;
  languageTitle: string;
  language: Record<LangOption, string>;
  sitesTitle: string;
  sites: Record<SiteId, string>;
  reset: string;
  saved: string;
  saveFailed: string;
}

export function optionsStrings(): OptionsStrings {
  return {
    pageTitle: msg('optionsTitle'),
    heading: msg('optionsHeading'),
    intro: msg('optionsIntro'),
    managedIntro: msg('optionsManagedIntro'),
    lockedNote: msg('lockedNote'),
    ruleSetsTitle: msg('optionsRuleSetsTitle'),
    ruleLevelLabel: (rule) => msg('optionsRuleLevelLabel', rule),
    levelDefault: (level) => msg('optionsLevelDefault', level),
    levelOff: msg('optionsLevelOff'),
    severity: { error: msg('severityError'), warning: msg('severityWarning'), info: msg('severityInfo') },
    whyTitle: msg('optionsWhyTitle'),
    setOffHint: msg('optionsSetOffHint'),
    languageTitle: msg('optionsLanguageTitle'),
    language: { auto: msg('optionsLanguageAuto'), en: msg('optionsLanguageEn'), nl: msg('optionsLanguageNl') },
    sitesTitle: msg('optionsSitesTitle'),
    sites: { gmail: msg('optionsSiteGmail'), linkedin: msg('optionsSiteLinkedin'), outlook: msg('optionsSiteOutlook') },
    reset: msg('optionsReset'),
    saved: msg('optionsSaved'),
    saveFailed: msg('optionsSaveFailed'),
  };
}
