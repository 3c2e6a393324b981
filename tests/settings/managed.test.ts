/**
 * Team defaults: the policy an organisation sets in storage.managed, merged over the user's
 * settings by src/settings/storage.ts. The browser's storage is replaced by an in-memory sync
 * area and a managed area that can hold a policy, be empty, or reject as Firefox does without one.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyPolicy, hasLocks, noPolicy, parsePolicy } from '../../src/settings/managed';
import { defaultSettings } from '../../src/settings/schema';
import type { Settings } from '../../src/analyzer/types';

type Change = { oldValue?: unknown; newValue?: unknown };
type Listener = (changes: Record<string, Change>, area: string) => void;

const browserStub = vi.hoisted(() => {
  const state = {
    sync: new Map<string, unknown>(),
    /** The policy; `undefined` with `managedRejects` mimics Firefox without a policy. */
    managed: {} as Record<string, unknown>,
    managedRejects: false,
    listeners: new Set<Listener>(),
  };
  const later = () => new Promise((resolve) => setTimeout(resolve, 1));
  const copy = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
  const emit = (changes: Record<string, Change>, area: string) => {
    for (const listener of state.listeners) listener(changes, area);
  };
  const storage = {
    sync: {
      async get(key: string) {
        await later();
        return state.sync.has(key) ? { [key]: copy(state.sync.get(key)) } : {};
      },
      async set(items: Record<string, unknown>) {
        await later();
        const changes: Record<string, Change> = {};
        for (const [key, value] of Object.entries(items)) {
          changes[key] = { oldValue: copy(state.sync.get(key)), newValue: copy(value) };
          state.sync.set(key, copy(value));
        }
        emit(changes, 'sync');
      },
    },
    managed: {
      async get() {
        await later();
        if (state.managedRejects) throw new Error('Managed storage manifest not found');
        return copy(state.managed) as Record<string, unknown>;
      },
    },
    onChanged: {
      addListener: (l: Listener) => void state.listeners.add(l),
      removeListener: (l: Listener) => void state.listeners.delete(l),
    },
  };
  /** An administrator changes the policy: the browser fires onChanged for the managed area. */
  const setPolicy = (policy: Record<string, unknown>) => {
    const changes: Record<string, Change> = {};
    for (const key of new Set([...Object.keys(state.managed), ...Object.keys(policy)])) {
      changes[key] = { oldValue: state.managed[key], newValue: policy[key] };
    }
    state.managed = copy(policy) as Record<string, unknown>;
    emit(changes, 'managed');
  };
  return { state, storage, setPolicy };
});

vi.mock('webextension-polyfill', () => ({ default: { storage: browserStub.storage } }));

const { loadSettings, loadSettingsState, saveSettings, resetSettings, watchSettingsState, SETTINGS_KEY } = await import(
  '../../src/settings/storage'
);

const defaults = defaultSettings();

/** A realistic policy: the cta set must run, pushiness is an error, Dutch drafts, LinkedIn off. */
const POLICY = {
  ruleSets: { cta: true, post: false },
  rules: { 'cta/pushy': 'error', 'tone/timid': 'off' },
  language: 'nl',
  sites: { linkedin: false },
  locked: ['ruleSets.cta', 'rules.cta/pushy', 'language'],
};

beforeEach(() => {
  browserStub.state.sync.clear();
  browserStub.state.managed = {};
  browserStub.state.managedRejects = false;
  browserStub.state.listeners.clear();
});

describe('parsePolicy', () => {
  it('reads values over the defaults and expands locks', () => {
    const policy = parsePolicy(POLICY);
    expect(policy.defaults).toEqual({
      ruleSets: { ...defaults.ruleSets, post: false },
      rules: { 'cta/pushy': { level: 'error' }, 'tone/timid': { level: 'off' } },
      language: 'nl',
      sites: { gmail: true, linkedin: false, outlook: true },
    });
    expect(policy.locks).toEqual({ ruleSets: ['cta'], rules: ['cta/pushy'], language: true, sites: [] });
  });

  it('sets and locks Outlook on its own (sites.outlook)', () => {
    const policy = parsePolicy({ sites: { outlook: false }, locked: ['sites.outlook'] });
    expect(policy.defaults.sites).toEqual({ gmail: true, linkedin: true, outlook: false });
    expect(policy.locks.sites).toEqual(['outlook']);
    const user = { ...defaults, sites: { gmail: false, linkedin: true, outlook: true } };
    expect(applyPolicy(user, policy).sites).toEqual({ gmail: false, linkedin: true, outlook: false });
  });

  it('locks every entry of a field named whole', () => {
    const { locks } = parsePolicy({ locked: ['ruleSets', 'sites'] });
    expect(locks.ruleSets).toEqual(['cta', 'tone', 'clarity', 'post', 'subject', 'template']);
    expect(locks.sites).toEqual(['gmail', 'linkedin', 'outlook']);
    expect(locks.rules).toEqual([]);
    expect(locks.language).toBe(false);
  });

  it('ignores malformed values and unknown lock names instead of throwing', () => {
    const policy = parsePolicy({
      ruleSets: { cta: 'yes', nope: false },
      rules: { 'cta/pushy': 'loud', 'made/up': 'off', 'cta/missing': { level: 'info' } },
      language: 'fr',
      sites: 'all',
      locked: ['everything', 'rules.made/up', 42, 'language.en'],
    });
    expect(policy.defaults).toEqual({ ...defaults, rules: { 'cta/missing': { level: 'info' } } });
    expect(hasLocks(policy.locks)).toBe(false);
    for (const junk of [undefined, null, 'policy', 7, [1, 2]]) expect(parsePolicy(junk)).toEqual(noPolicy());
  });
});

describe('applyPolicy', () => {
  const user: Settings = {
    ruleSets: { ...defaults.ruleSets, cta: false, tone: false },
    rules: { 'cta/pushy': { level: 'info' }, 'clarity/length': { level: 'off' } },
    language: 'en',
    sites: { gmail: false, linkedin: true, outlook: true },
  };

  it('gives the team defaults to a user who stored nothing', () => {
    expect(applyPolicy(undefined, parsePolicy(POLICY))).toEqual(parsePolicy(POLICY).defaults);
  });

  it("keeps the user's choices where nothing is locked, and the policy's where it is", () => {
    expect(applyPolicy(user, parsePolicy(POLICY))).toEqual({
      ruleSets: { ...user.ruleSets, cta: true }, // locked on; tone stays the user's
      rules: { 'cta/pushy': { level: 'error' }, 'clarity/length': { level: 'off' } },
      language: 'nl',
      sites: user.sites, // unlocked: LinkedIn off was only the starting point
    });
  });

  it("removes the user's override of a locked rule the policy gives no level", () => {
    const settings = applyPolicy(user, parsePolicy({ locked: ['rules.cta/pushy'] }));
    expect(settings.rules).toEqual({ 'clarity/length': { level: 'off' } });
  });

  it('changes nothing without a policy', () => {
    expect(applyPolicy(user, noPolicy())).toEqual(user);
    expect(applyPolicy(undefined, noPolicy())).toEqual(defaults);
  });
});

describe('storage with a managed area', () => {
  it('gives the plain defaults when the managed area is empty (Chrome without policy)', async () => {
    expect(await loadSettingsState()).toEqual({ settings: defaults, locks: noPolicy().locks });
  });

  it('gives the plain defaults when reading the managed area rejects (Firefox without policy)', async () => {
    browserStub.state.managedRejects = true;
    browserStub.state.sync.set(SETTINGS_KEY, { ...defaults, language: 'en' });
    expect(await loadSettingsState()).toEqual({ settings: { ...defaults, language: 'en' }, locks: noPolicy().locks });
  });

  it('merges the policy over stored settings and reports the locks', async () => {
    browserStub.state.managed = POLICY;
    browserStub.state.sync.set(SETTINGS_KEY, { ...defaults, language: 'en', rules: { 'cta/pushy': { level: 'off' } } });
    const { settings, locks } = await loadSettingsState();
    expect(settings.language).toBe('nl');
    expect(settings.rules).toEqual({ 'cta/pushy': { level: 'error' } });
    expect(locks).toEqual(parsePolicy(POLICY).locks);
  });

  it('does not write changes to locked settings, but keeps the rest of the patch', async () => {
    browserStub.state.managed = POLICY;
    await saveSettings({ ruleSets: { cta: false, tone: false }, language: 'en', rules: { 'cta/pushy': undefined, 'cta/missing': { level: 'info' } } });
    const stored = browserStub.state.sync.get(SETTINGS_KEY) as Settings;
    // Started from the team defaults (nothing was stored), with the unlocked parts of the patch.
    expect(stored.ruleSets).toEqual({ ...defaults.ruleSets, cta: true, tone: false, post: false });
    expect(stored.rules).toEqual({ 'cta/pushy': { level: 'error' }, 'tone/timid': { level: 'off' }, 'cta/missing': { level: 'info' } });
    expect(stored.language).toBe('nl');
    expect((await loadSettings()).ruleSets.cta).toBe(true);
  });

  it('restores the team defaults, not the built-in ones', async () => {
    browserStub.state.managed = POLICY;
    browserStub.state.sync.set(SETTINGS_KEY, { ...defaults, ruleSets: { ...defaults.ruleSets, clarity: false } });
    await resetSettings();
    expect(browserStub.state.sync.get(SETTINGS_KEY)).toEqual(parsePolicy(POLICY).defaults);
  });

  it('reports a policy change to watchers, with the new locks', async () => {
    browserStub.state.sync.set(SETTINGS_KEY, { ...defaults, language: 'en' });
    const seen: { language: string; locked: boolean }[] = [];
    watchSettingsState(({ settings, locks }) => seen.push({ language: settings.language, locked: locks.language }));
    browserStub.setPolicy({ language: 'nl', locked: ['language'] });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    browserStub.setPolicy({});
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen).toEqual([
      { language: 'nl', locked: true },
      { language: 'en', locked: false },
    ]);
  });

  it('applies the policy to changes of the user settings', async () => {
    browserStub.state.managed = POLICY;
    const seen: Settings[] = [];
    watchSettingsState(({ settings }) => seen.push(settings));
    await browserStub.storage.sync.set({ [SETTINGS_KEY]: { ...defaults, ruleSets: { ...defaults.ruleSets, cta: false, tone: false } } });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.ruleSets).toEqual({ ...defaults.ruleSets, cta: true, tone: false });
  });
});
