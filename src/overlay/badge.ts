/** The score badge of one editor: a button at the editor's bottom-right corner, in the shadow root. */
import type { Report } from '../analyzer/types';
import { cssZoomOf } from './page-look';
import type { OverlayStrings } from './strings';

const MARGIN = 6;

export function createBadgeElement(editorId: string, onActivate: () => void): HTMLButtonElement {
  const badge = document.createElement('button');
  badge.type = 'button';
  badge.dataset.pitchlintBadge = '';
  badge.dataset.editorId = editorId;
  badge.addEventListener('click', (event) => {
    event.preventDefault();
    onActivate();
  });
  return badge;
}

export function renderBadge(badge: HTMLButtonElement, report: Report, strings: OverlayStrings): void {
  const label = strings.badgeLabel(report.score, report.findings.length);
  badge.dataset.score = String(report.score);
  badge.dataset.findings = String(report.findings.length);
  badge.dataset.kind = report.kind;
  badge.dataset.thread = report.thread;
  // The same bands as the toolbar badge.
  badge.dataset.level = report.score >= 85 ? 'good' : report.score >= 60 ? 'fair' : 'poor';
  badge.setAttribute('aria-label', label);
  badge.title = label;
  badge.textContent = String(report.score);
}

/** Puts the badge at the editor's bottom-right corner, on screen; hides it when the editor is not. */
export function placeBadge(badge: HTMLButtonElement, editor: Element): void {
  const rect = editor.getBoundingClientRect();
  const visible = rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight;
  badge.hidden = !visible;
  if (!visible) return;
  // Viewport pixels; a CSS zoom on the page's <html> also scales the badge's own pixels.
  const zoom = cssZoomOf(badge);
  const width = (badge.offsetWidth || 32) * zoom;
  const height = (badge.offsetHeight || 22) * zoom;
  // Kept inside the viewport when the editor is taller than it (a long draft).
  const bottom = Math.min(rect.bottom, window.innerHeight);
  badge.style.left = `${(rect.right - width - MARGIN) / zoom}px`;
  badge.style.top = `${Math.max(rect.top, bottom - height - MARGIN) / zoom}px`;
}
