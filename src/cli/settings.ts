/**
 * --disable / --enable → Settings, through the same schema the extension stores.
 * Each value is a rule id (cta/pushy) or a rule-set id (cta). Disables apply first, then
 * enables, so the narrower wish can win: `--disable cta --enable cta/missing` runs only
 * cta/missing of the cta set.
 */
import { rulesInSet, ruleSetOf } from '../analyzer/rule-sets';
import type { RuleId, RuleSetId, Settings } from '../analyzer/types';
import { RULE_IDS, RULE_SET_IDS } from '../analyzer/types';
import { defaultSettings, validateSettings } from '../settings/schema';
import { UsageError } from './errors';

type Target = { type: 'set'; id: RuleSetId } | { type: 'rule'; id: RuleId };

export function buildSettings(disable: readonly string[], enable: readonly string[]): Settings {
  const settings = defaultSettings();
  for (const value of disable) {
    const target = resolveTarget(value, '--disable');
    if (target.type === 'set') settings.ruleSets[target.id] = false;
    else settings.rules[target.id] = { level: 'off' };
  }
  for (const value of enable) {
    const target = resolveTarget(value, '--enable');
    if (target.type === 'set') {
      settings.ruleSets[target.id] = true;
      for (const id of rulesInSet(target.id)) delete settings.rules[id];
      continue;
    }
    const set = ruleSetOf(target.id);
    if (!settings.ruleSets[set]) {
      // The set was switched off as a whole: switch it back on for this rule alone.
      settings.ruleSets[set] = true;
      for (const id of rulesInSet(set)) settings.rules[id] = { level: 'off' };
    }
    delete settings.rules[target.id];
  }
  return validateSettings(settings);
}

function resolveTarget(value: string, flag: string): Target {
  if ((RULE_SET_IDS as readonly string[]).includes(value)) return { type: 'set', id: value as RuleSetId };
  if ((RULE_IDS as readonly string[]).includes(value)) return { type: 'rule', id: value as RuleId };
  throw new UsageError(
    `${flag}: unknown rule or rule set ${JSON.stringify(value)} (rule sets: ${RULE_SET_IDS.join(', ')})`,
  );
}
