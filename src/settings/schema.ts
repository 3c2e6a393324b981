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
    sites: { gmail: true, linkedin: true },
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
    for (const id of ['gmail', 'linkedin'] as const) {
      if (typeof sites[id] === 'boolean') settings.sites[id] = sites[id];
    }
  }
  if (typeof input.language === 'string' && LANGUAGES.has(input.language)) {
    settings.language = input.language as Settings['language'];
  }
  return settings;
}

/** Whether a rule runs under these settings, and at which severity. */
export function ruleLevel(settings: Settings, id: RuleId, set: keyof Settings['ruleSets']): RuleOverride['level'] | undefined {
  if (!settings.ruleSets[set]) return 'off';
  return settings.rules[id]?.level;
}
