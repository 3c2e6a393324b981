/**
 * --disable / --enable → Settings, through the same schema the extension stores.
 * Each value is a rule id (cta/pushy) or a rule-set id (cta). Disables apply first, then
 * enables, so the narrower wish can win: `--disable cta --enable cta/missing` runs only
 * cta/missing of the cta set. The flags apply on top of a base (a config file's settings, or
 * the defaults), since flags win over the file.
 */
import { rulesInSet, ruleSetOf } from '../analyzer/rule-sets';
import type { RuleId, RuleSetId, Settings } from '../analyzer/types';
import { RULE_IDS, RULE_SET_IDS } from '../analyzer/types';
import { defaultSettings, validateSettings } from '../settings/schema';
import { UsageError } from './errors';

type Target = { type: 'set'; id: RuleSetId } | { type: 'rule'; id: RuleId };

/** The rule flags, checked: every value names a known rule or rule set. */
export interface RuleFlags {
  disable: Target[];
  enable: Target[];
}

export function parseRuleFlags(disable: readonly string[], enable: readonly string[]): RuleFlags {
  return {
    disable: disable.map((value) => resolveTarget(value, '--disable')),
    enable: enable.map((value) => resolveTarget(value, '--enable')),
  };
}

export function applyRuleFlags(base: Settings, flags: RuleFlags): Settings {
  const settings: Settings = { ...base, ruleSets: { ...base.ruleSets }, rules: { ...base.rules } };
  for (const target of flags.disable) {
    if (target.type === 'set') settings.ruleSets[target.id] = false;
    else settings.rules[target.id] = { level: 'off' };
  }
  for (const target of flags.enable) {
    if (target.type === 'set') {
      settings.ruleSets[target.id] = true;
      for (const id of rulesInSet(target.id)) runRule(settings, base, id);
      continue;
    }
    const set = ruleSetOf(target.id);
    if (!settings.ruleSets[set]) {
      // The set was switched off as a whole: switch it back on for this rule alone.
      settings.ruleSets[set] = true;
      for (const id of rulesInSet(set)) settings.rules[id] = { level: 'off' };
    }
    runRule(settings, base, target.id);
  }
  return validateSettings(settings);
}

/** An enabled rule runs: at the severity the base gave it (a config's "error"), or at its own. */
function runRule(settings: Settings, base: Settings, id: RuleId): void {
  const level = base.rules[id];
  if (level && level.level !== 'off') settings.rules[id] = { ...level };
  else delete settings.rules[id];
}

/** The flags over the defaults. */
export function buildSettings(disable: readonly string[], enable: readonly string[]): Settings {
  return applyRuleFlags(defaultSettings(), parseRuleFlags(disable, enable));
}

function resolveTarget(value: string, flag: string): Target {
  if ((RULE_SET_IDS as readonly string[]).includes(value)) return { type: 'set', id: value as RuleSetId };
  if ((RULE_IDS as readonly string[]).includes(value)) return { type: 'rule', id: value as RuleId };
  throw new UsageError(
    `${flag}: unknown rule or rule set ${JSON.stringify(value)} (rule sets: ${RULE_SET_IDS.join(', ')})`,
  );
}
