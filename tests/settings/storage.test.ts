/**
 * The merge/validate logic of src/settings/storage.ts against an in-memory storage.sync.
 * The real storage (and live re-linting in open tabs) is covered end to end in tests/e2e.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../src/settings/schema';

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

/** A storage area that, like the browser's, is asynchronous, copies values and reports changes. */
const memory = vi.hoisted(() => {
  const state = {
    data: new Map<string, unknown>(),
    listeners: new Set<Listener>(),
    failReads: false,
  };
  const later = () => new Promise((resolve) => setTimeout(resolve, 1));
  const copy = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
  const emit = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    for (const listener of state.listeners) listener(changes, area);
  };
  const sync = {
    async get(key: string) {
      await later();
      if (state.failReads) throw new Error('Extension context invalidated.');
      return state.data.has(key) ? { [key]: copy(state.data.get(key)) } : {};
    },
    async set(items: Record<string, unknown>) {
      await later();
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: copy(state.data.get(key)), newValue: copy(value) };
        state.data.set(key, copy(value));
      }
      emit(changes, 'sync');
    },
  };
  const onChanged = {
    addListener: (l: Listener) => void state.listeners.add(l),
    removeListener: (l: Listener) => void state.listeners.delete(l),
  };
  return { state, sync, onChanged, emit };
});

vi.mock('webextension-polyfill', () => ({
  default: { storage: { sync: memory.sync, onChanged: memory.onChanged } },
}));

const { loadSettings, saveSettings, watchSettings, resetSettings, mergeSettings, SETTINGS_KEY } = await import(
  '../../src/settings/storage'
);

beforeEach(() => {
  memory.state.data.clear();
  memory.state.listeners.clear();
  memory.state.failReads = false;
});

describe('loadSettings', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(defaultSettings());
  });

  it('gives the defaults for corrupt values of every shape', async () => {
    for (const corrupt of ['garbage', 42, null, [1, 2], { ruleSets: 'off', rules: [], language: 7, sites: null }]) {
      memory.state.data.set(SETTINGS_KEY, corrupt);
      expect(await loadSettings()).toEqual(defaultSettings());
    }
  });

  it('keeps the valid parts of a partly corrupt object', async () => {
    memory.state.data.set(SETTINGS_KEY, {
      ruleSets: { cta: false, tone: 'no' },
      rules: { 'cta/pushy': { level: 'error' }, 'cta/missing': { level: 'loud' }, 'nope/rule': { level: 'off' } },
      language: 'fr',
      sites: { gmail: false, linkedin: 1 },
    });
    const settings = await loadSettings();
    expect(settings.ruleSets).toEqual({ ...defaultSettings().ruleSets, cta: false });
    expect(settings.rules).toEqual({ 'cta/pushy': { level: 'error' } });
    expect(settings.language).toBe('auto');
    expect(settings.sites).toEqual({ gmail: false, linkedin: true, outlook: true });
  });

  it('gives the defaults instead of throwing when storage cannot be read', async () => {
    memory.state.failReads = true;
    await expect(loadSettings()).resolves.toEqual(defaultSettings());
  });
});

describe('saveSettings', () => {
  it('merges a patch into what is stored, leaving the rest alone', async () => {
    await saveSettings({ ruleSets: { cta: false } });
    await saveSettings({ rules: { 'cta/pushy': { level: 'error' } }, sites: { linkedin: false } });
    await saveSettings({ language: 'nl' });
    const settings = await loadSettings();
    expect(settings.ruleSets).toEqual({ ...defaultSettings().ruleSets, cta: false });
    expect(settings.rules).toEqual({ 'cta/pushy': { level: 'error' } });
    expect(settings.sites).toEqual({ gmail: true, linkedin: false, outlook: true });
    expect(settings.language).toBe('nl');
  });

  it('removes a rule override mapped to undefined, keeping the others', async () => {
    await saveSettings({ rules: { 'cta/pushy': { level: 'off' }, 'tone/timid': { level: 'warning' } } });
    await saveSettings({ rules: { 'cta/pushy': undefined } });
    expect((await loadSettings()).rules).toEqual({ 'tone/timid': { level: 'warning' } });
  });

  it('writes only valid settings, even from a bad patch over corrupt storage', async () => {
    memory.state.data.set(SETTINGS_KEY, 'garbage');
    await saveSettings({ language: 'fr' as never, rules: { 'cta/pushy': { level: 'loud' as never } } });
    expect(memory.state.data.get(SETTINGS_KEY)).toEqual(defaultSettings());
  });

  it('applies quick saves one after the other, so none is lost', async () => {
    await Promise.all([
      saveSettings({ ruleSets: { cta: false } }),
      saveSettings({ ruleSets: { tone: false } }),
      saveSettings({ sites: { gmail: false } }),
    ]);
    const settings = await loadSettings();
    expect(settings.ruleSets.cta).toBe(false);
    expect(settings.ruleSets.tone).toBe(false);
    expect(settings.sites.gmail).toBe(false);
  });

  it('resetSettings puts the defaults back', async () => {
    await saveSettings({ ruleSets: { post: false }, language: 'en' });
    await resetSettings();
    expect(await loadSettings()).toEqual(defaultSettings());
  });
});

describe('mergeSettings', () => {
  it('does not change the settings it merges into', () => {
    const current = defaultSettings();
    const next = mergeSettings(current, { ruleSets: { clarity: false }, rules: { 'clarity/length': { level: 'off' } } });
    expect(current).toEqual(defaultSettings());
    expect(next.ruleSets.clarity).toBe(false);
    expect(next.rules['clarity/length']).toEqual({ level: 'off' });
  });
});

describe('watchSettings', () => {
  it('reports each change of the settings key in sync, validated', async () => {
    const seen: unknown[] = [];
    watchSettings((s) => seen.push(s));
    await saveSettings({ ruleSets: { cta: false } });
    memory.emit({ [SETTINGS_KEY]: { newValue: { ruleSets: 'corrupt' } } }, 'sync');
    memory.emit({ [SETTINGS_KEY]: { oldValue: {} } }, 'sync'); // key removed
    // Changes are delivered asynchronously (the policy is read first), in order.
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    expect(seen).toEqual([
      { ...defaultSettings(), ruleSets: { ...defaultSettings().ruleSets, cta: false } },
      defaultSettings(),
      defaultSettings(),
    ]);
  });

  it('ignores other keys and other storage areas', async () => {
    const cb = vi.fn();
    watchSettings(cb);
    memory.emit({ other: { newValue: 1 } }, 'sync');
    memory.emit({ [SETTINGS_KEY]: { newValue: defaultSettings() } }, 'local');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cb).not.toHaveBeenCalled();
  });

  it('stops when the returned function is called', async () => {
    const cb = vi.fn();
    const stop = watchSettings(cb);
    stop();
    await saveSettings({ language: 'en' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(cb).not.toHaveBeenCalled();
  });
});
