/**
 * The background (service worker in Chrome, event page in Firefox). It keeps no state of its own:
 * - it runs the analyzer for the content scripts (see messages.ts for why there), and gets it
 *   ready when they say typing has started;
 * - it shows the current draft's score on the toolbar button of the tab it is in, so the
 *   score is visible without opening the popup; with drafts in several frames of a tab, the one
 *   touched last (frames.ts, kept in storage.session).
 */
import browser from 'webextension-polyfill';
import { answerAnalyze, warmUp } from './analysis';
import { currentFrame, framesKey, withReport } from './frames';
import type { FrameReport, TabReports } from './frames';
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
  const report = { score: message.score, active: message.active ?? 0 };
  // Resolve with nothing: the content script does not wait for an answer.
  return recordFrameReport(tabId, sender.frameId ?? 0, message.page ?? 0, report).catch(() => undefined);
});

/** Reports are applied one at a time: two frames reporting at once must not overwrite each other. */
let reports: Promise<void> = Promise.resolve();

function recordFrameReport(tabId: number, frameId: number, page: number, report: FrameReport): Promise<void> {
  reports = reports.then(async () => {
    const key = framesKey(tabId);
    const stored = (await browser.storage.session.get(key))[key] as TabReports | undefined;
    const next = withReport(stored, frameId, page, report);
    await browser.storage.session.set({ [key]: next });
    await showScore(tabId, currentFrame(next)?.report.score ?? null);
  }).catch(() => undefined);
  return reports;
}

async function showScore(tabId: number, score: number | null): Promise<void> {
  const text = score === null ? '' : String(Math.round(score));
  const updates: Promise<void>[] = [browser.action.setBadgeText({ tabId, text })];
  if (score !== null) updates.push(browser.action.setBadgeBackgroundColor({ tabId, color: badgeColor(score) }));
  await Promise.all(updates);
}

browser.tabs.onRemoved.addListener((tabId) => {
  void browser.storage.session.remove(framesKey(tabId)).catch(() => undefined);
});

/** The first-run page, once, right after installation (not on updates or browser restarts). */
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason !== 'install') return;
  void browser.tabs.create({ url: browser.runtime.getURL('src/welcome/index.html') });
});
