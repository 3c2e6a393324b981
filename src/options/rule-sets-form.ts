/**
 * The rules part of the options page: per rule set a switch, and per rule its description,
 * why it matters, and a level (the rule's default, a severity, or off). Built once from
 * RULE_SETS and RULES; `update` only sets values, so focus and open details survive changes.
 */
import { RULES } from '../analyzer/registry';
import { RULE_SETS, rulesInSet } from '../analyzer/rule-sets';
import type { Lang, RuleId, RuleOverride, RuleSetId, Settings } from '../analyzer/types';
import { RULE_SET_IDS } from '../analyzer/types';
import { isRuleLocked, isSetLocked } from '../settings/managed';
import type { Locks } from '../settings/managed';
import { localize } from '../shared/i18n';
import { h, showLock } from '../popup/dom';
import type { OptionsStrings } from './strings';

/** The select's value for "no override": the rule runs at its own severity. */
export const DEFAULT_LEVEL = 'default';
const LEVELS: RuleOverride['level'][] = ['error', 'warning', 'info', 'off'];

export interface RuleSetsHandlers {
  onRuleSet(set: RuleSetId, enabled: boolean): void;
  /** `undefined` removes the override. */
  onRuleLevel(id: RuleId, level: RuleOverride['level'] | undefined): void;
}

export interface RuleSetsForm {
  element: HTMLElement;
  update(settings: Settings, locks: Locks): void;
}

interface RuleRow {
  row: HTMLElement;
  select: HTMLSelectElement;
  note: HTMLElement;
}

function ruleRow(id: RuleId, t: OptionsStrings, lang: Lang, handlers: RuleSetsHandlers): RuleRow {
  const meta = RULES[id].meta;
  const selectId = `level-${id.replace('/', '-')}`;
  const select = h('select', { id: selectId, 'data-rule-level': id, 'aria-label': t.ruleLevelLabel(id) }, [
    h('option', { value: DEFAULT_LEVEL }, [t.levelDefault(t.severity[meta.severity])]),
    ...LEVELS.map((level) => h('option', { value: level }, [level === 'off' ? t.levelOff : t.severity[level]])),
  ]);
  select.addEventListener('change', () => {
    const value = select.value;
    handlers.onRuleLevel(id, value === DEFAULT_LEVEL ? undefined : (value as RuleOverride['level']));
  });
  const description = localize(meta.description, lang);
  const rationale = localize(meta.rationale, lang);
  const note = h('p', { class: 'locked', id: `${selectId}-locked`, 'data-locked': `rules.${id}`, hidden: true }, [t.lockedNote]);
  const row = h('li', { class: 'rule', 'data-rule': id }, [
    h('div', { class: 'rule-text' }, [
      h('label', { for: selectId }, [h('code', {}, [id])]),
      description !== '' && h('p', { class: 'rule-description' }, [description]),
      rationale !== '' && h('details', {}, [h('summary', {}, [t.whyTitle]), h('p', {}, [rationale])]),
    ]),
    h('div', { class: 'rule-level' }, [select, note]),
  ]);
  return { row, select, note };
}

export function createRuleSetsForm(t: OptionsStrings, lang: Lang, handlers: RuleSetsHandlers): RuleSetsForm {
  const setBoxes = new Map<RuleSetId, { box: HTMLInputElement; section: HTMLElement; hint: HTMLElement; note: HTMLElement }>();
  const ruleRows = new Map<RuleId, RuleRow>();

  const sections = RULE_SET_IDS.map((set) => {
    const title = localize(RULE_SETS[set].title, lang);
    const boxId = `rule-set-${set}`;
    const box = h('input', { type: 'checkbox', id: boxId, 'data-rule-set': set });
    box.addEventListener('change', () => handlers.onRuleSet(set, box.checked));
    const rows = rulesInSet(set).map((id) => {
      const rule = ruleRow(id, t, lang, handlers);
      ruleRows.set(id, rule);
      return rule.row;
    });
    const hint = h('p', { class: 'hint', hidden: true }, [t.setOffHint]);
    const note = h('span', { class: 'locked', id: `${boxId}-locked`, 'data-locked': `ruleSets.${set}`, hidden: true }, [t.lockedNote]);
    const section = h('section', { class: 'rule-set', 'data-set': set, 'aria-labelledby': `${boxId}-title` }, [
      h('div', { class: 'rule-set-head' }, [
        box,
        // The label is the set's title, so the switch reads as "Call to action, checkbox, checked".
        h('label', { for: boxId, id: `${boxId}-title`, class: 'rule-set-title' }, [title]),
        note,
      ]),
      h('p', { class: 'rule-set-description' }, [localize(RULE_SETS[set].description, lang)]),
      hint,
      h('ul', { class: 'rules' }, rows),
    ]);
    setBoxes.set(set, { box, section, hint, note });
    return section;
  });

  return {
    element: h('section', { class: 'card', 'aria-labelledby': 'rules-title' }, [h('h2', { id: 'rules-title' }, [t.ruleSetsTitle]), ...sections]),
    update(settings, locks) {
      for (const [set, { box, section, hint, note }] of setBoxes) {
        const on = settings.ruleSets[set];
        box.checked = on;
        showLock(box, note, isSetLocked(locks, set));
        hint.hidden = on;
        section.classList.toggle('off', !on);
        for (const id of rulesInSet(set)) {
          const rule = ruleRows.get(id);
          if (rule === undefined) continue;
          rule.select.value = settings.rules[id]?.level ?? DEFAULT_LEVEL;
          // A rule of a switched-off set cannot run, so its level cannot be chosen either.
          showLock(rule.select, rule.note, isRuleLocked(locks, id), !on);
        }
      }
    },
  };
}
