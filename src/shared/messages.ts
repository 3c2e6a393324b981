/**
 * Messages between the popup and the content script of a tab. The content script owns the
 * state of the drafts in its page; the popup asks for it with browser.tabs.sendMessage.
 */
import type { Kind, Report, SiteId, Thread } from '../analyzer/types';

export interface EditorState {
  /** Stable per editor for the life of the page. */
  id: string;
  kind: Kind;
  thread: Thread;
  /** The current report of this editor's draft (offsets into the draft text). */
  report: Report;
  /** The draft text the report was made from (so the popup can show excerpts). */
  text: string;
  /** Time (ms since page load) the editor last had focus or input: the popup shows the latest one. */
  lastActive: number;
}

export interface PageState {
  site: SiteId;
  /** False when the user switched Pitchlint off for this site. */
  enabled: boolean;
  editors: EditorState[];
}

export type PopupRequest = { type: 'pitchlint:get-state' };

export function isPopupRequest(message: unknown): message is PopupRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'pitchlint:get-state';
}
