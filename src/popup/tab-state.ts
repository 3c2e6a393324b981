/**
 * What the popup knows about its tab: which tab (the active one, or `?tabId=N`), and the
 * drafts its content script reports. Every failure becomes a state the popup can explain.
 */
import browser from 'webextension-polyfill';
import type { SiteId } from '../analyzer/types';
import type { EditorState, PageState, PopupRequest } from '../shared/messages';
import { currentFrame, framesKey } from '../background/frames';
import type { TabReports } from '../background/frames';

export type TabView =
  /** No content script answered and the tab is not a Gmail or LinkedIn page (or we can't tell). */
  | { kind: 'unsupported' }
  /** A Gmail or LinkedIn tab without our content script: it was open before Pitchlint was installed. */
  | { kind: 'needs-reload'; site: SiteId }
  | { kind: 'site-off'; site: SiteId }
  | { kind: 'no-draft'; site: SiteId }
  | { kind: 'draft'; site: SiteId; editor: EditorState };

/** Where the content script runs (the manifest's matches), to tell "reload" from "not supported". */
const SITE_ORIGINS: Record<SiteId, string[]> = {
  gmail: ['https://mail.google.com/'],
  linkedin: ['https://www.linkedin.com/'],
  // Outlook on the web: work and school accounts (two hosts) and Outlook.com.
  outlook: ['https://outlook.office.com/', 'https://outlook.office365.com/', 'https://outlook.live.com/'],
};

export function siteOfUrl(url: string | undefined): SiteId | undefined {
  if (url === undefined) return undefined;
  return (Object.keys(SITE_ORIGINS) as SiteId[]).find((site) => SITE_ORIGINS[site].some((origin) => url.startsWith(origin)));
}

/** The tab named by `?tabId=N` (tests open the popup in a tab), else the active tab of this window. */
export async function targetTabId(search: string): Promise<number | undefined> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

/** The current draft: the editor the user touched last. */
export function currentEditor(editors: readonly EditorState[]): EditorState | undefined {
  let latest: EditorState | undefined;
  for (const editor of editors) {
    if (latest === undefined || editor.lastActive > latest.lastActive) latest = editor;
  }
  return latest;
}

export function viewOfPage(page: PageState): TabView {
  if (!page.enabled) return { kind: 'site-off', site: page.site };
  const editor = currentEditor(page.editors);
  return editor === undefined ? { kind: 'no-draft', site: page.site } : { kind: 'draft', site: page.site, editor };
}

function isPageState(value: unknown): value is PageState {
  if (typeof value !== 'object' || value === null) return false;
  const page = value as Partial<PageState>;
  return typeof page.site === 'string' && page.site in SITE_ORIGINS && typeof page.enabled === 'boolean' && Array.isArray(page.editors);
}

export async function loadTabView(tabId: number | undefined): Promise<TabView> {
  if (tabId === undefined) return { kind: 'unsupported' };
  const request: PopupRequest = { type: 'pitchlint:get-state' };
  // Only the frame whose draft the user touched last answers (the top frame when none has one, or
  // when that frame is gone since).
  const frameId = await currentFrameId(tabId);
  for (const frame of frameId === 0 ? [0] : [frameId, 0]) {
    try {
      const answer: unknown = await browser.tabs.sendMessage(tabId, request, { frameId: frame });
      if (isPageState(answer)) return viewOfPage(answer);
    } catch {
      // "Receiving end does not exist": no content script in this frame. Try the next, or fall through.
    }
  }
  const site = await tabSite(tabId);
  return site === undefined ? { kind: 'unsupported' } : { kind: 'needs-reload', site };
}

/** The frame of the tab whose draft the user touched last, as the background recorded it (frames.ts). */
async function currentFrameId(tabId: number): Promise<number> {
  try {
    const key = framesKey(tabId);
    const stored = (await browser.storage.session.get(key))[key] as TabReports | undefined;
    return currentFrame(stored)?.frameId ?? 0;
  } catch {
    return 0;
  }
}

async function tabSite(tabId: number): Promise<SiteId | undefined> {
  try {
    // The URL is visible only for sites the extension may access, which are exactly ours.
    return siteOfUrl((await browser.tabs.get(tabId)).url);
  } catch {
    return undefined;
  }
}
