/**
 * The settings schema: defaults and validation in one place. DOM-free, so the analyzer,
 * the CLI and the extension share it. Anything unknown or malformed falls back to the
 * default for that field; validation never throws.
 */
import { RULE_IDS, RULE_SET_IDS } from '../analyzer/types';
import type { RuleId, RuleOverride, Settings } from '../analyzer/types';

export const SETTINGS_VERSION = 1;

export function defaultSettings(): Settings {
  return {
    ruleSets: { cta: true, tone: true, clarity: true, post: true, subject: true, template: true },
    rules: {},
    language: 'auto',
    sites: { gmail: true, linkedin: true, outlook: true },
  };
}

const LEVELS = new Set(['off', 'error', 'warning', 'info']);
const LANGUAGES = new Set(['auto', 'en', 'nl']);

/** A plain object (not null, not an array): the only shape settings and policies can take. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns valid settings built from whatever `input` holds; bad parts become defaults. */
export function validateSettings(input: unknown): Settings {
  const settings = defaultSettings();
  if (!isRecord(input)) return settings;
  const sets = input.ruleSets;
  if (isRecord(sets)) {
    for (const id of RULE_SET_IDS) {
      if (typeof sets[id] === 'boolean') settings.ruleSets[id] = sets[id];
    }
  }
  const rules = input.rules;
  if (isRecord(rules)) {
    for (const id of RULE_IDS) {
      const override = rules[id];
      if (isRecord(override) && typeof override.level === 'string' && LEVELS.has(override.level)) {
        settings.rules[id] = { level: override.level as RuleOverride['level'] };
      }
    }
  }
  const sites = input.sites;
  if (isRecord(sites)) {
    for (const id of ['gmail', 'linkedin', 'outlook'] as const) {
      if (typeof sites[id] === 'boolean') settings.sites[id] = sites[id];
    }
  }
  if (typeof input.language === 'string' && LANGUAGES.has(input.language)) {
    settings.language = input.language as Settings['language'];
  }
  return settings;
}

/** What is wrong with one field of a settings source, and where: `field` is a dotted path ("rules.cta/pushy"). */
export interface SettingsProblem {
  field: string;
  problem: string;
}

/**
 * A rule's level from a settings source that people write by hand (a team policy, a config file):
 * the plain string ("error") or the stored form ({ "level": "error" }). Undefined when it is neither.
 */
export function levelOf(value: unknown): RuleOverride['level'] | undefined {
  const level = isRecord(value) ? value.level : value;
  return typeof level === 'string' && LEVELS.has(level) ? (level as RuleOverride['level']) : undefined;
}

/**
 * The strict reading of the same fields validateSettings reads leniently (ruleSets, rules, language),
 * for sources whose author must be told what is wrong rather than silently given a default: the first
 * problem found, or undefined when every field present is valid.
 */
export function settingsProblem(input: Record<string, unknown>): SettingsProblem | undefined {
  if ('ruleSets' in input) {
    const sets = input.ruleSets;
    if (!isRecord(sets)) return { field: 'ruleSets', problem: 'must be an object of rule set ids to true or false' };
    for (const [id, on] of Object.entries(sets)) {
      if (!(RULE_SET_IDS as readonly string[]).includes(id)) {
        return { field: `ruleSets.${id}`, problem: `unknown rule set (rule sets: ${RULE_SET_IDS.join(', ')})` };
      }
      if (typeof on !== 'boolean') return { field: `ruleSets.${id}`, problem: 'must be true or false' };
    }
  }
  if ('rules' in input) {
    const rules = input.rules;
    if (!isRecord(rules)) return { field: 'rules', problem: 'must be an object of rule ids to levels' };
    for (const [id, value] of Object.entries(rules)) {
      if (!(RULE_IDS as readonly string[]).includes(id)) return { field: `rules.${id}`, problem: 'unknown rule' };
      if (levelOf(value) === undefined) {
        return { field: `rules.${id}`, problem: `must be one of ${[...LEVELS].join(', ')} (got ${JSON.stringify(value)})` };
      }
    }
  }
  if ('language' in input && !(typeof input.language === 'string' && LANGUAGES.has(input.language))) {
    return { field: 'language', problem: `must be one of ${[...LANGUAGES].join(', ')} (got ${JSON.stringify(input.language)})` };
  }
  return undefined;
}

/** Whether a rule runs under these settings, and at which severity. */
export function ruleLevel(settings: Settings, id: RuleId, set: keyof Settings['ruleSets']): RuleOverride['level'] | undefined {
  if (!settings.ruleSets[set]) return 'off';
  return settings.rules[id]?.level;
}
