/**
 * The popup's switches follow the user's click at once and storage after that: a redraw from
 * settings read before the click's save landed must not flip the switch back.
 */
import { describe, expect, it, vi } from 'vitest';
import { noLocks } from '../../src/settings/managed';
import { defaultSettings } from '../../src/settings/schema';
import type { SettingsPatch, SettingsState } from '../../src/settings/storage';
import { ShownSettings } from '../../src/popup/shown-settings';

// storage.ts is imported for its merge; its browser calls are not used here.
vi.mock('webextension-polyfill', () => ({ default: {} }));

function stored(outlook: boolean, locked = false): SettingsState {
  const settings = defaultSettings();
  settings.sites.outlook = outlook;
  return { settings, locks: locked ? { ...noLocks(), sites: ['outlook'] } : noLocks() };
}

/** A save the test finishes (or fails) when it wants, like a slow storage write. */
function slowSave() {
  const calls: { patch: SettingsPatch; finish: () => void; fail: () => void }[] = [];
  const save = (patch: SettingsPatch) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ patch, finish: resolve, fail: () => reject(new Error('quota')) });
    });
  return { calls, save };
}

const outlookShown = (shown: ShownSettings) => shown.current?.settings.sites.outlook;

describe('ShownSettings', () => {
  it('shows a click before its save lands, and keeps it through a redraw from older settings', async () => {
    const { calls, save } = slowSave();
    const shown = new ShownSettings(save);
    shown.receive(stored(false));
    const choice = shown.choose({ sites: { outlook: true } });
    expect(outlookShown(shown)).toBe(true);
    shown.receive(stored(false)); // another change reported meanwhile, read before this save
    expect(outlookShown(shown)).toBe(true);
    calls[0]!.finish();
    await choice;
    shown.receive(stored(true));
    expect(outlookShown(shown)).toBe(true);
  });

  it('gives storage the last word once the save is done, also when the change came first', async () => {
    const { calls, save } = slowSave();
    const shown = new ShownSettings(save);
    shown.receive(stored(false));
    const choice = shown.choose({ sites: { outlook: true } });
    shown.receive(stored(true));
    calls[0]!.finish();
    await choice;
    shown.receive(stored(false)); // switched off elsewhere (the options page, another window)
    expect(outlookShown(shown)).toBe(false);
  });

  it('shows storage again after a failed save, and passes the failure on', async () => {
    const { calls, save } = slowSave();
    const shown = new ShownSettings(save);
    shown.receive(stored(false));
    const choice = shown.choose({ sites: { outlook: true } });
    calls[0]!.fail();
    await expect(choice).rejects.toThrow('quota');
    expect(outlookShown(shown)).toBe(false);
  });

  it('never shows a change to a switch the organisation locked', () => {
    const { save } = slowSave();
    const shown = new ShownSettings(save);
    shown.receive(stored(false, true));
    void shown.choose({ sites: { outlook: true } });
    expect(outlookShown(shown)).toBe(false);
  });

  it('knows nothing before storage has answered', () => {
    const shown = new ShownSettings(slowSave().save);
    expect(shown.known).toBe(false);
    expect(shown.current).toBeUndefined();
  });
});
