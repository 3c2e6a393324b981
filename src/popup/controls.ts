/**
 * The popup's switches: one checkbox per rule set and one for the tab's site. They are built
 * once and then only updated, so keyboard focus stays put while the popup refreshes. A switch
 * the organisation locked is disabled and says so (its note is also its accessible description).
 */
import { RULE_SETS } from '../analyzer/rule-sets';
import type { Lang, RuleSetId, Settings, SiteId } from '../analyzer/types';
import { RULE_SET_IDS } from '../analyzer/types';
import { isSetLocked, isSiteLocked } from '../settings/managed';
import type { Locks } from '../settings/managed';
import { localize } from '../shared/i18n';
import { h, replaceChildren, showLock } from './dom';
import type { PopupStrings } from './strings';

export interface ControlHandlers {
  onRuleSet(set: RuleSetId, enabled: boolean): void;
  onSite(site: SiteId, enabled: boolean): void;
}

export interface Controls {
  element: HTMLElement;
  update(settings: Settings, locks: Locks, counts: Record<RuleSetId, number> | undefined, site: SiteId | undefined): void;
}

export function createControls(t: PopupStrings, lang: Lang, handlers: ControlHandlers): Controls {
  const setRows = new Map<RuleSetId, { box: HTMLInputElement; count: HTMLElement; note: HTMLElement }>();
  const rows = RULE_SET_IDS.map((set) => {
    const box = h('input', { type: 'checkbox', id: `rule-set-${set}`, 'data-rule-set': set });
    box.addEventListener('change', () => handlers.onRuleSet(set, box.checked));
    const count = h('span', { class: 'count' });
    const note = h('span', { class: 'locked', id: `rule-set-${set}-locked`, 'data-locked': set, hidden: true }, [t.lockedNote]);
    setRows.set(set, { box, count, note });
    return h('li', {}, [box, h('label', { for: `rule-set-${set}` }, [localize(RULE_SETS[set].title, lang)]), note, count]);
  });

  const siteBox = h('input', { type: 'checkbox', role: 'switch', id: 'site-switch' });
  const siteLabel = h('label', { for: 'site-switch' });
  const siteNote = h('span', { class: 'locked', id: 'site-switch-locked', hidden: true }, [t.lockedNote]);
  const siteRow = h('fieldset', { class: 'site', hidden: true }, [
    h('legend', {}, [t.siteTitle]),
    h('div', { class: 'row' }, [siteBox, siteLabel, siteNote]),
  ]);
  let shownSite: SiteId | undefined;
  siteBox.addEventListener('change', () => {
    if (shownSite !== undefined) handlers.onSite(shownSite, siteBox.checked);
  });

  const element = h('div', { class: 'controls' }, [
    siteRow,
    h('fieldset', { class: 'rule-sets' }, [h('legend', {}, [t.ruleSetsTitle]), h('ul', {}, rows)]),
  ]);

  return {
    element,
    update(settings, locks, counts, site) {
      for (const [set, { box, count, note }] of setRows) {
        box.checked = settings.ruleSets[set];
        showLock(box, note, isSetLocked(locks, set));
        const n = counts?.[set] ?? 0;
        replaceChildren(count, [n > 0 ? t.ruleSetFindings(n) : '']);
      }
      shownSite = site;
      siteRow.hidden = site === undefined;
      if (site !== undefined) {
        siteBox.setAttribute('data-site', site);
        siteBox.checked = settings.sites[site];
        showLock(siteBox, siteNote, isSiteLocked(locks, site));
        replaceChildren(siteLabel, [t.siteSwitch[site]]);
      }
    },
  };
}
