/**
 * The drafts' scores per frame of a tab. The content script runs in every frame of a LinkedIn
 * page (its messaging bubble is an iframe), so one tab can hold several linted documents: the
 * toolbar badge and the popup follow the frame whose draft the user touched last. Kept in
 * storage.session, so a background stopped for idleness finds it again and the popup can read it.
 */

export interface FrameReport {
  /** Null: no linted draft in that frame. */
  score: number | null;
  /** When the user last touched that frame's draft (wall-clock ms; 0: never). */
  active: number;
}

export interface TabReports {
  /** The page the reports belong to (its top document's time origin). */
  page: number;
  frames: Record<string, FrameReport>;
}

export function framesKey(tabId: number): string {
  return `pitchlint:frames:${tabId}`;
}

/**
 * The tab's reports after one frame reported. A report from a newer page starts over (the tab
 * navigated: the old page's frames are gone); one from an older page is too late and is dropped.
 */
export function withReport(previous: TabReports | undefined, frameId: number, page: number, report: FrameReport): TabReports {
  if (previous !== undefined && page < previous.page) return previous;
  const frames = previous === undefined || page > previous.page ? {} : { ...previous.frames };
  if (report.score === null && report.active === 0) delete frames[String(frameId)];
  else frames[String(frameId)] = report;
  return { page, frames };
}

/** The frame whose draft the user touched last (the top frame on a tie), among frames with a draft. */
export function currentFrame(tab: TabReports | undefined): { frameId: number; report: FrameReport } | undefined {
  let best: { frameId: number; report: FrameReport } | undefined;
  for (const [id, report] of Object.entries(tab?.frames ?? {})) {
    if (report.score === null) continue;
    const frameId = Number(id);
    const better =
      best === undefined || report.active > best.report.active || (report.active === best.report.active && frameId < best.frameId);
    if (better) best = { frameId, report };
  }
  return best;
}
