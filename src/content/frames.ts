/**
 * Which frames the content script lints in. The manifest runs it in every frame of the site's
 * pages (LinkedIn's messaging bubble lives in a same-origin iframe), but it stays silent:
 * - in frames of sites whose editors are all in the top document (the adapter says so);
 * - in a frame of the site embedded in another site's page (its top is another origin).
 */
import type { SiteAdapter } from '../sites/types';

export function isTopFrame(): boolean {
  return window === window.top;
}

export function frameMayLint(adapter: SiteAdapter): boolean {
  if (isTopFrame()) return true;
  if (adapter.lintsFrames !== true) return false;
  try {
    return window.top?.location.origin === location.origin;
  } catch {
    // A cross-origin top: reading its location throws.
    return false;
  }
}

/**
 * The page this frame belongs to, as a number the background can compare: the top document's
 * time origin. A report with a newer page than the tab's last one means the tab navigated, and
 * the frames of the old page are forgotten.
 */
export function pageKey(): number {
  try {
    return Math.round(window.top?.performance.timeOrigin ?? performance.timeOrigin);
  } catch {
    return Math.round(performance.timeOrigin);
  }
}

/** performance.now() of this document as wall-clock milliseconds, comparable across frames. */
export function wallClock(now: number): number {
  return now <= 0 ? 0 : Math.round(performance.timeOrigin + now);
}
