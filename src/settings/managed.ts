/**
 * Team defaults: settings an organisation sets through browser policy (`storage.managed`, whose
 * shape `managed_schema.json` describes), and which of them it locks. Pure functions, no browser
 * API: storage.ts reads the policy and applies it with `applyPolicy`.
 *
 * A policy value that is not locked is a starting point: it applies as long as the user has not
 * saved settings of their own. A locked value always wins, whatever the user stored, and the
 * pages show its control as disabled.
 */
import { RULE_IDS, RULE_SET_IDS } from '../analyzer/types';
import type { RuleId, RuleSetId, Settings, SiteId } from '../analyzer/types';
import { defaultSettings, isRecord, levelOf, validateSettings } from './schema';

const SITE_IDS: readonly SiteId[] = ['gmail', 'linkedin', 'outlook'];
const LANGUAGES: readonly Settings['language'][] = ['auto', 'en', 'nl'];

/** What the organisation fixed. A field not listed stays the user's to change. */
export interface Locks {
  ruleSets: RuleSetId[];
  rules: RuleId[];
  language: boolean;
  sites: SiteId[];
}

export interface TeamPolicy {
  /** The organisation's values over the built-in defaults (the defaults where it set nothing). */
  defaults: Settings;
  locks: Locks;
}

export function noLocks(): Locks {
  return { ruleSets: [], rules: [], language: false, sites: [] };
}

/** The policy in force when no organisation manages the browser. */
export function noPolicy(): TeamPolicy {
  return { defaults: defaultSettings(), locks: noLocks() };
}

export function hasLocks(locks: Locks): boolean {
  return locks.language || locks.ruleSets.length > 0 || locks.rules.length > 0 || locks.sites.length > 0;
}

function includes<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/**
 * Reads `locked`: each entry names a whole field ("ruleSets", "rules", "language", "sites") or one
 * entry of it ("ruleSets.cta", "rules.cta/pushy", "sites.gmail"). Unknown entries are ignored.
 */
function parseLocks(input: unknown): Locks {
  const locks = noLocks();
  if (!Array.isArray(input)) return locks;
  const add = <T extends string>(list: T[], all: readonly T[], entry: string | undefined): void => {
    const wanted = entry === undefined ? all : all.filter((id) => id === entry);
    for (const id of wanted) if (!list.includes(id)) list.push(id);
  };
  for (const item of input) {
    if (typeof item !== 'string') continue;
    const dot = item.indexOf('.');
    const field = dot < 0 ? item : item.slice(0, dot);
    const entry = dot < 0 ? undefined : item.slice(dot + 1);
    if (field === 'ruleSets') add(locks.ruleSets, RULE_SET_IDS, entry);
    else if (field === 'rules') add(locks.rules, RULE_IDS, entry);
    else if (field === 'sites') add(locks.sites, SITE_IDS, entry);
    else if (field === 'language' && entry === undefined) locks.language = true;
  }
  return locks;
}

/**
 * The policy from whatever the managed area holds; anything malformed is ignored, never thrown.
 * Rule levels are plain strings in a policy ("cta/pushy": "error"), the easiest form for an admin
 * to write; the object form of the user's settings ({ level }) is accepted too.
 */
export function parsePolicy(input: unknown): TeamPolicy {
  if (!isRecord(input)) return noPolicy();
  const rules: Record<string, unknown> = {};
  if (isRecord(input.rules)) {
    for (const id of RULE_IDS) {
      const level = levelOf(input.rules[id]);
      if (level !== undefined) rules[id] = { level };
    }
  }
  const defaults = validateSettings({
    ruleSets: { ...defaultSettings().ruleSets, ...(isRecord(input.ruleSets) ? input.ruleSets : {}) },
    rules,
    language: includes(LANGUAGES, input.language) ? input.language : defaultSettings().language,
    sites: { ...defaultSettings().sites, ...(isRecord(input.sites) ? input.sites : {}) },
  });
  return { defaults, locks: parseLocks(input.locked) };
}

/**
 * The settings in force: the user's stored settings (or, when they have none, the team's
 * defaults), with every locked value taken from the policy.
 */
export function applyPolicy(stored: Settings | undefined, policy: TeamPolicy): Settings {
  const team = policy.defaults;
  const base = stored ?? team;
  const { locks } = policy;
  const settings: Settings = {
    ruleSets: { ...base.ruleSets },
    rules: { ...base.rules },
    language: locks.language ? team.language : base.language,
    sites: { ...base.sites },
  };
  for (const set of locks.ruleSets) settings.ruleSets[set] = team.ruleSets[set];
  for (const site of locks.sites) settings.sites[site] = team.sites[site];
  for (const id of locks.rules) {
    const level = team.rules[id];
    // A locked rule the policy gave no level runs at its own severity: the user's override goes.
    if (level === undefined) delete settings.rules[id];
    else settings.rules[id] = { ...level };
  }
  return settings;
}

export function isSetLocked(locks: Locks, set: RuleSetId): boolean {
  return locks.ruleSets.includes(set);
}

export function isRuleLocked(locks: Locks, id: RuleId): boolean {
  return locks.rules.includes(id);
}

export function isSiteLocked(locks: Locks, site: SiteId): boolean {
  return locks.sites.includes(site);
}
