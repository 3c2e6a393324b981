/**
 * Styles. The ::highlight() rules must live in the page's document (highlights paint there);
 * everything else lives in the shadow root and cannot leak into, or be touched by, the page.
 */
import type { Severity } from '../analyzer/types';

export const HIGHLIGHT_NAME: Record<Severity, string> = {
  error: 'pitchlint-error',
  warning: 'pitchlint-warning',
  info: 'pitchlint-info',
};

/** One colour per severity, dark enough on white and on Gmail's dark theme's light text alike. */
export const SEVERITY_COLOR: Record<Severity, string> = {
  error: '#d92d20',
  warning: '#dc6803',
  info: '#2e90fa',
};

export const DOCUMENT_CSS = (Object.keys(HIGHLIGHT_NAME) as Severity[])
  .map(
    (severity) => `::highlight(${HIGHLIGHT_NAME[severity]}) {
  text-decoration: underline wavy ${SEVERITY_COLOR[severity]};
  text-decoration-skip-ink: none;
  /* Close under the baseline: further down, the wave runs through the next line's tall letters in
     editors set at the font's normal line height (LinkedIn's comment box, its messaging frame). */
  text-underline-offset: 1px;
}`,
  )
  .join('\n');

export const SHADOW_CSS = `
:host { all: initial; position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483647; }
* { box-sizing: border-box; }
.layer { position: fixed; inset: 0; pointer-events: none; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2939; }
[data-pitchlint-box] { position: fixed; pointer-events: none; border-bottom: 2px solid currentColor; }
[data-pitchlint-box][data-severity="error"] { color: ${SEVERITY_COLOR.error}; }
[data-pitchlint-box][data-severity="warning"] { color: ${SEVERITY_COLOR.warning}; }
[data-pitchlint-box][data-severity="info"] { color: ${SEVERITY_COLOR.info}; }
[data-pitchlint-badge] {
  position: fixed; pointer-events: auto; min-width: 28px; height: 22px; padding: 0 6px; border-radius: 11px;
  border: 1px solid rgba(16, 24, 40, .15); background: #fff; color: #1d2939; cursor: pointer;
  font: 600 12px/20px system-ui, sans-serif; box-shadow: 0 1px 3px rgba(16, 24, 40, .15); opacity: .9;
}
[data-pitchlint-badge]:hover, [data-pitchlint-badge]:focus-visible { opacity: 1; }
[data-pitchlint-badge][data-level="good"] { border-color: #32d583; }
[data-pitchlint-badge][data-level="fair"] { border-color: #fdb022; }
[data-pitchlint-badge][data-level="poor"] { border-color: #f97066; }
:focus-visible { outline: 2px solid #2e90fa; outline-offset: 2px; }
/* Above the badges: a card that opens over its editor's corner must not have the badge show through it. */
[data-pitchlint-card] {
  position: fixed; z-index: 1; pointer-events: auto; width: 340px; max-height: 60vh; overflow: auto; padding: 10px 12px;
  background: #fff; border: 1px solid #d0d5dd; border-radius: 8px; box-shadow: 0 8px 24px rgba(16, 24, 40, .18);
}
[data-pitchlint-card][hidden] { display: none; }
.card-head { display: flex; justify-content: space-between; align-items: center; margin-bottom: 6px; font-weight: 600; }
.card-head button { border: 0; background: none; font-size: 16px; cursor: pointer; color: #475467; }
.finding { border-top: 1px solid #eaecf0; padding: 8px 0; }
.finding:first-of-type { border-top: 0; }
.severity { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; font-weight: 600; }
.severity[data-severity="error"] { color: ${SEVERITY_COLOR.error}; }
.severity[data-severity="warning"] { color: ${SEVERITY_COLOR.warning}; }
.severity[data-severity="info"] { color: ${SEVERITY_COLOR.info}; }
.message { margin: 2px 0 4px; }
.excerpt { color: #475467; font-style: italic; }
details { color: #475467; margin: 4px 0; }
summary { cursor: pointer; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.actions button {
  font: inherit; padding: 3px 8px; border-radius: 6px; border: 1px solid #d0d5dd; background: #f9fafb; cursor: pointer;
  color: #1d2939; max-width: 100%; text-align: left;
}
.actions button[data-fix] { background: #ecfdf3; border-color: #75e0a7; }
.actions button[data-fix][data-advice] { background: #f9fafb; border-color: #d0d5dd; }
.hint { color: #667085; font-size: 11px; margin-top: 6px; }
.also { color: #475467; font-size: 11px; font-weight: 600; margin: 6px 0 2px; border-top: 1px solid #eaecf0; padding-top: 6px; }
.finding.other { border-top: 0; padding: 2px 0; }
.finding.other button {
  display: block; width: 100%; text-align: left; font: inherit; color: inherit; background: none; border: 0;
  border-radius: 6px; padding: 4px 6px; cursor: pointer;
}
.finding.other button:hover { background: #f2f4f7; }
.finding.other .message { display: block; margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
/* The page's dark theme (Gmail's): dark card, light text, severity colours lightened for contrast. */
[data-pitchlint-card][data-theme="dark"] { background: #202124; color: #e8eaed; border-color: #5f6368; box-shadow: 0 8px 24px rgba(0, 0, 0, .5); }
[data-theme="dark"] .card-head button, [data-theme="dark"] .excerpt, [data-theme="dark"] details, [data-theme="dark"] .also { color: #bdc1c6; }
[data-theme="dark"] .hint { color: #9aa0a6; }
[data-theme="dark"] .finding, [data-theme="dark"] .also { border-color: #3c4043; }
[data-theme="dark"] .severity[data-severity="error"] { color: #f28b82; }
[data-theme="dark"] .severity[data-severity="warning"] { color: #fdd663; }
[data-theme="dark"] .severity[data-severity="info"] { color: #8ab4f8; }
[data-theme="dark"] .actions button { background: #303134; border-color: #5f6368; color: #e8eaed; }
[data-theme="dark"] .actions button[data-fix] { background: #0d3b2a; border-color: #2e7d5b; }
[data-theme="dark"] .actions button[data-fix][data-advice] { background: #303134; border-color: #5f6368; }
[data-theme="dark"] .finding.other button:hover { background: #303134; }
`;
