/**
 * What the popup's switches show: the stored settings with the user's own clicks on top until
 * storage reports them back. The popup redraws every second from its last known settings; a
 * redraw between a click and the storage change it causes would flip the switch back under the
 * pointer, and the click would seem not to take.
 */
import { mergeSettings, withoutLocked } from '../settings/storage';
import type { SettingsPatch, SettingsState } from '../settings/storage';

interface Choice {
  patch: SettingsPatch;
  settled: boolean;
}

export class ShownSettings {
  private stored: SettingsState | undefined;
  private readonly choices: Choice[] = [];

  constructor(private readonly save: (patch: SettingsPatch) => Promise<void>) {}

  /** The settings in storage, as loaded or as reported by a change. */
  receive(state: SettingsState): void {
    this.stored = state;
    // A save that has finished is in storage by now or was overwritten since: storage decides.
    this.drop((choice) => choice.settled);
  }

  /** Whether storage has reported anything yet (a change may arrive before the first load). */
  get known(): boolean {
    return this.stored !== undefined;
  }

  get current(): SettingsState | undefined {
    if (this.stored === undefined) return undefined;
    const { locks } = this.stored;
    const settings = this.choices.reduce((shown, { patch }) => mergeSettings(shown, withoutLocked(patch, locks)), this.stored.settings);
    return { settings, locks };
  }

  /** Saves the user's choice and shows it at once; a failed save shows storage's value again. */
  async choose(patch: SettingsPatch): Promise<void> {
    const choice: Choice = { patch, settled: false };
    this.choices.push(choice);
    try {
      await this.save(patch);
    } catch (error) {
      this.drop((c) => c === choice);
      throw error;
    }
    choice.settled = true;
    // The change may have been reported before the save's promise resolved.
    if (this.stored !== undefined && this.holds(this.stored, patch)) this.drop((c) => c === choice);
  }

  private holds(state: SettingsState, patch: SettingsPatch): boolean {
    const withPatch = mergeSettings(state.settings, withoutLocked(patch, state.locks));
    return JSON.stringify(withPatch) === JSON.stringify(mergeSettings(state.settings, {}));
  }

  private drop(which: (choice: Choice) => boolean): void {
    for (let i = this.choices.length - 1; i >= 0; i--) if (which(this.choices[i]!)) this.choices.splice(i, 1);
  }
}
