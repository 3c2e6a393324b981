/**
 * Every text the popup shows, read once from the browser's `_locales` catalogue (see
 * src/shared/i18n.ts). Grouped here so the popup's modules take one typed object instead of
 * calling the i18n API themselves; texts with a value are functions of it.
 */
import type { Kind, Severity, SiteId, Thread } from '../analyzer/types';
import { msg } from '../shared/i18n';

export interface PopupStrings {
  pageTitle: string;
  scoreLabel: string;
  scoreAria: (score: number) => string;
  draftKind: Record<Kind, string>;
  draftThread: Record<Thread, string>;
  breakdownTitle: string;
  breakdownStart: string;
  breakdownFloor: string;
  breakdownTotal: string;
  findingsTitle: string;
  noFindings: string;
  excerptLabel: string;
  severity: Record<Severity, string>;
  ruleSetsTitle: string;
  ruleSetFindings: (count: number) => string;
  siteTitle: string;
  siteSwitch: Record<SiteId, string>;
  lockedNote: string;
  optionsLink: string;
  loading: string;
  emptyNoDraft: string;
  emptyUnsupported: string;
  emptyReload: string;
  emptySiteOff: string;
  saveFailed: string;
}

export function popupStrings(): PopupStrings {
  return {
    pageTitle: msg('popupTitle'),
    scoreLabel: msg('popupScoreLabel'),
    scoreAria: (score) => msg('popupScoreAria', score),
    draftKind: {
      email: msg('popupKindEmail'),
      message: msg('popupKindMessage'),
      post: msg('popupKindPost'),
      comment: msg('popupKindComment'),
    },
    draftThread: { first: msg('popupThreadFirst'), reply: msg('popupThreadReply') },
    breakdownTitle: msg('popupBreakdownTitle'),
    breakdownStart: msg('popupBreakdownStart'),
    breakdownFloor: msg('popupBreakdownFloor'),
    breakdownTotal: msg('popupBreakdownTotal'),
    findingsTitle: msg('popupFindingsTitle'),
    noFindings: msg('popupNoFindings'),
    excerptLabel: msg('popupExcerptLabel'),
    severity: { error: msg('severityError'), warning: msg('severityWarning'), info: msg('severityInfo') },
    ruleSetsTitle: msg('popupRuleSetsTitle'),
    ruleSetFindings: (count) => msg('popupRuleSetFindings', count),
    siteTitle: msg('popupSiteTitle'),
    siteSwitch: { gmail: msg('popupSiteGmail'), linkedin: msg('popupSiteLinkedin'), outlook: msg('popupSiteOutlook') },
    lockedNote: msg('lockedNote'),
    optionsLink: msg('popupOptionsLink'),
    loading: msg('popupLoading'),
    emptyNoDraft: msg('popupEmptyNoDraft'),
    emptyUnsupported: msg('popupEmptyUnsupported'),
    emptyReload: msg('popupEmptyReload'),
    emptySiteOff: msg('popupEmptySiteOff'),
    saveFailed: msg('popupSaveFailed'),
  };
}
