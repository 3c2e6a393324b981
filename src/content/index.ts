/**
 * The content script on Gmail and LinkedIn: picks the site's adapter, reads the settings,
 * starts the controller, and connects it to the extension (settings changes, the popup, the
 * toolbar badge). When the extension is reloaded or updated under an open page, this copy
 * loses its connection: it then removes what it drew and stays silent.
 */
import browser from 'webextension-polyfill';
import type { RuleId } from '../analyzer/types';
import { isAnalyzeResponse } from '../background/messages';
import type { AnalyzeRequest, ScoreMessage, WakeMessage } from '../background/messages';
import { isPopupRequest } from '../shared/messages';
import type { PageState } from '../shared/messages';
import { uiLanguage } from '../shared/i18n';
import { isRuleLocked } from '../settings/managed';
import { loadSettingsState, saveSettings, watchSettingsState } from '../settings/storage';
import { adapterFor } from '../sites/index';
import { Controller } from './controller';
import { frameMayLint, isTopFrame, pageKey } from './frames';
import type { ExtensionPort } from './controller';

/** The extension's runtime id disappears when the extension is reloaded, updated or removed. */
function extensionAlive(): boolean {
  try {
    return typeof browser.runtime?.id === 'string' && browser.runtime.id !== '';
  } catch {
    return false;
  }
}

/** Calls into the extension that must never throw into the page, even after the context is gone. */
function quietly(call: () => Promise<unknown>): void {
  if (!extensionAlive()) return;
  try {
    call().catch(() => undefined);
  } catch {
    // The context was invalidated between the check and the call.
  }
}

async function main(): Promise<void> {
  const adapter = adapterFor(location.hostname);
  if (adapter === null || !frameMayLint(adapter)) return;
  const initial = await loadSettingsState();
  const settings = initial.settings;
  let locks = initial.locks;
  const port: ExtensionPort = {
    alive: extensionAlive,
    analyze: async (text, options) => {
      if (!extensionAlive()) throw new Error('extension context invalidated');
      const request: AnalyzeRequest = { type: 'pitchlint:analyze', text, options };
      const response: unknown = await browser.runtime.sendMessage(request);
      if (!isAnalyzeResponse(response)) throw new Error('no analysis from the extension');
      return response;
    },
    saveRuleOff: (ruleId: RuleId) => quietly(() => saveSettings({ rules: { [ruleId]: { level: 'off' } } })),
    ruleLocked: (ruleId: RuleId) => isRuleLocked(locks, ruleId),
    reportScore: (score, active) =>
      quietly(() => browser.runtime.sendMessage({ type: 'pitchlint:score', score, active, page: pageKey() } satisfies ScoreMessage)),
    wake: () => quietly(() => browser.runtime.sendMessage({ type: 'pitchlint:wake' } satisfies WakeMessage)),
  };
  const controller = new Controller(adapter, settings, uiLanguage(), port, isTopFrame());
  controller.start();

  const unwatch = watchSettingsState((next) => {
    if (!extensionAlive()) {
      unwatch();
      controller.stop();
      return;
    }
    locks = next.locks;
    controller.applySettings(next.settings);
  });

  // A frame going away (LinkedIn closing its messaging iframe) takes its draft's score with it.
  window.addEventListener('pagehide', () => port.reportScore(null, 0));

  browser.runtime.onMessage.addListener((message: unknown): Promise<PageState> | undefined => {
    if (!isPopupRequest(message)) return undefined;
    return Promise.resolve(controller.pageState());
  });
}

main().catch(() => {
  // Nothing may reach the page's console as an uncaught error; a failed start simply means no linting.
});
