/**
 * The background (service worker in Chrome, event page in Firefox). It keeps no state:
 * - it runs the analyzer for the content scripts (see messages.ts for why there), and gets it
 *   ready when they say typing has started;
 * - it shows the current draft's score on the toolbar button of the tab it is in, so the
 *   score is visible without opening the popup.
 */
import browser from 'webextension-polyfill';
import { answerAnalyze, warmUp } from './analysis';
import { isAnalyzeRequest, isScoreMessage, isWakeMessage } from './messages';

/** Badge colours by score band, the same bands as the in-page badge. */
function badgeColor(score: number): string {
  if (score >= 85) return '#12b76a';
  if (score >= 60) return '#f79009';
  return '#f04438';
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (isAnalyzeRequest(message)) return Promise.resolve(answerAnalyze(message));
  if (isWakeMessage(message)) {
    warmUp();
    return Promise.resolve(undefined);
  }
  const tabId = sender.tab?.id;
  if (!isScoreMessage(message) || tabId === undefined) return undefined;
  const text = message.score === null ? '' : String(Math.round(message.score));
  const updates: Promise<void>[] = [browser.action.setBadgeText({ tabId, text })];
  if (message.score !== null) {
    updates.push(browser.action.setBadgeBackgroundColor({ tabId, color: badgeColor(message.score) }));
  }
  // Resolve with nothing: the content script does not wait for an answer.
  return Promise.all(updates).then(() => undefined);
});

/** The first-run page, once, right after installation (not on updates or browser restarts). */
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason !== 'install') return;
  void browser.tabs.create({ url: browser.runtime.getURL('src/welcome/index.html') });
});
