/**
 * Settings in the browser: read, watch and write them in `storage.sync`, always through the
 * schema (schema.ts), so every reader sees valid settings whatever the storage holds, with the
 * organisation's policy from `storage.managed` applied over them (managed.ts).
 * The content script, the popup and the options page all go through this module; content
 * scripts re-lint from `watchSettings`, which is how a change applies in open tabs without a reload.
 */
import browser from 'webextension-polyfill';
import type { Storage } from 'webextension-polyfill';
import type { RuleId, RuleOverride, RuleSetId, Settings, SiteId } from '../analyzer/types';
import { applyPolicy, noPolicy, parsePolicy } from './managed';
import type { Locks, TeamPolicy } from './managed';
import { validateSettings } from './schema';

/** The one key under which the settings object lives in storage.sync. */
export const SETTINGS_KEY = 'settings';

/**
 * A change to the settings. Records are merged key by key, so a caller can switch one rule set
 * without knowing the others; a rule mapped to `undefined` loses its override (back to the default).
 */
export interface SettingsPatch {
  ruleSets?: Partial<Record<RuleSetId, boolean>>;
  rules?: Partial<Record<RuleId, RuleOverride | undefined>>;
  language?: Settings['language'];
  sites?: Partial<Record<SiteId, boolean>>;
}

/** Settings with `patch` applied, validated: a bad value in the patch leaves that field valid. */
export function mergeSettings(current: Settings, patch: SettingsPatch): Settings {
  const rules: Partial<Record<RuleId, RuleOverride | undefined>> = { ...current.rules, ...patch.rules };
  for (const id of Object.keys(rules) as RuleId[]) {
    if (rules[id] === undefined) delete rules[id];
  }
  return validateSettings({
    ruleSets: { ...current.ruleSets, ...patch.ruleSets },
    rules,
    language: patch.language ?? current.language,
    sites: { ...current.sites, ...patch.sites },
  });
}

/** What the pages need to draw their controls: the settings in force, and which the organisation locked. */
export interface SettingsState {
  settings: Settings;
  locks: Locks;
}

/**
 * The organisation's policy from storage.managed. Without a policy Chrome answers `{}` and
 * Firefox rejects (no managed storage manifest); where the area does not exist at all, reading
 * it throws. All three mean "no policy". Never throws.
 */
export async function loadPolicy(): Promise<TeamPolicy> {
  try {
    return parsePolicy(await browser.storage.managed.get());
  } catch {
    return noPolicy();
  }
}

/** The user's own stored settings, validated; undefined when nothing is stored. Throws when storage fails. */
async function loadStored(): Promise<Settings | undefined> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return SETTINGS_KEY in stored ? validateSettings(stored[SETTINGS_KEY]) : undefined;
}

/** The settings in force and the locks. Never throws: unreadable storage counts as nothing stored. */
export async function loadSettingsState(): Promise<SettingsState> {
  const [policy, stored] = await Promise.all([
    loadPolicy(),
    // Storage can fail when the extension was reloaded under an open page (context invalidated).
    loadStored().catch(() => undefined),
  ]);
  return { settings: applyPolicy(stored, policy), locks: policy.locks };
}

/** The settings in force: stored (or team) settings, validated, with the organisation's locked values. Never throws. */
export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsState()).settings;
}

/**
 * Calls `cb` with the new state whenever the settings change in storage.sync (from any page of
 * the extension, or from another device through sync) or the organisation's policy changes
 * (storage.managed). Calls run in the order of the changes. Returns a function that stops watching.
 */
export function watchSettingsState(cb: (state: SettingsState) => void): () => void {
  let policy = loadPolicy();
  let queue: Promise<void> = Promise.resolve();
  let stopped = false;
  const deliver = (stored: () => Promise<Settings | undefined>): void => {
    queue = queue
      .then(async () => {
        const current = await policy;
        const state = { settings: applyPolicy(await stored(), current), locks: current.locks };
        if (!stopped) cb(state);
      })
      .catch(() => undefined);
  };
  const listener = (changes: Record<string, Storage.StorageChange>, areaName: string): void => {
    if (areaName === 'managed') {
      policy = loadPolicy();
      deliver(() => loadStored().catch(() => undefined));
      return;
    }
    if (areaName !== 'sync') return;
    const change = changes[SETTINGS_KEY];
    if (change === undefined) return;
    // A removed key (storage cleared) reads as nothing stored, like a missing one in loadSettings.
    const next = change.newValue === undefined ? undefined : validateSettings(change.newValue);
    deliver(async () => next);
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}

/** Like watchSettingsState, for callers that only need the settings in force (the content script). */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  return watchSettingsState((state) => cb(state.settings));
}

/** `patch` without the parts the organisation locked: those cannot be changed, so they are not written. */
export function withoutLocked(patch: SettingsPatch, locks: Locks): SettingsPatch {
  const drop = <K extends string, V>(record: Partial<Record<K, V>> | undefined, locked: readonly K[]) =>
    record === undefined
      ? undefined
      : (Object.fromEntries(Object.entries(record).filter(([key]) => !locked.includes(key as K))) as Partial<Record<K, V>>);
  return {
    ruleSets: drop(patch.ruleSets, locks.ruleSets),
    rules: drop(patch.rules, locks.rules),
    language: locks.language ? undefined : patch.language,
    sites: drop(patch.sites, locks.sites),
  };
}

/**
 * Saves of this page run one after the other: each reads, merges and writes, so two quick
 * clicks must not both read the old settings and let the second write undo the first.
 */
let pendingSave: Promise<void> = Promise.resolve();

/** Merges `patch` into the stored settings and writes the validated result. */
export function saveSettings(patch: SettingsPatch): Promise<void> {
  const save = pendingSave.then(async () => {
    const { settings, locks } = await loadSettingsState();
    const next = mergeSettings(settings, withoutLocked(patch, locks));
    await browser.storage.sync.set({ [SETTINGS_KEY]: next });
  });
  // The chain continues after a failed save; the caller still sees the failure.
  pendingSave = save.catch(() => undefined);
  return save;
}

/** Puts the defaults back (the options page's "reset"): the organisation's, where it set any. */
export function resetSettings(): Promise<void> {
  const reset = pendingSave.then(async () => {
    const policy = await loadPolicy();
    await browser.storage.sync.set({ [SETTINGS_KEY]: policy.defaults });
  });
  pendingSave = reset.catch(() => undefined);
  return reset;
}
