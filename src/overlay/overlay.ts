/**
 * The overlay: underlines, badges and the finding card for any number of editors on a page.
 * It knows nothing about the site: it is told, per editor, the element, the report and how to
 * turn text offsets into DOM ranges (rich editors) or that offsets are a textarea's own.
 */
import type { Finding, Report, RuleId, Severity } from '../analyzer/types';
import { replaceInTextarea, replaceRange, selectRange } from './apply-fix';
import { fillCard } from './card';
import { createBadgeElement, placeBadge, renderBadge } from './badge';
import { caretOffset, drawnFor, findingAtCaret, makeBox, stillOnItsWords } from './drawn';
import type { Drawn, RangeMaker } from './drawn';
import { adoptHighlightStyles, createRoot } from './root';
import type { OverlayRoot } from './root';
import { locateExcerpt, remapSpan } from './spans';
import { overlayStrings } from './strings';
import type { OverlayStrings } from './strings';
import { HIGHLIGHT_NAME } from './styles';
import { timed } from '../shared/profile';
import { rectOfElement, textareaRects } from './textarea-geometry';
import type { ScreenRect } from './textarea-geometry';

export type { RangeMaker };

export interface EditorView {
  id: string;
  element: HTMLElement;
  /** The text the report was made from. */
  text: string;
  report: Report;
  /** Null for a textarea, whose offsets are its value's own. */
  rangeFor: RangeMaker | null;
}

export interface OverlayHandlers {
  /** The editor's text and range maker as they are right now (before a fix is applied). */
  reread(editorId: string): { text: string; rangeFor: RangeMaker | null } | null;
  rationale(ruleId: RuleId): string;
  ignore(editorId: string, finding: Finding): void;
  ruleOff(ruleId: RuleId): void;
  /** Whether the user may turn a rule off (not when the organisation locked it). */
  canTurnOff(ruleId: RuleId): boolean;
  /** The subject field of the editor's draft, if it has one: the subject rules' fixes replace its value. */
  subjectField(editorId: string): HTMLInputElement | null;
}

interface Tracked {
  view: EditorView;
  drawn: Drawn[];
  badge: HTMLButtonElement;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Overlay {
  private readonly root: OverlayRoot;
  private readonly strings: OverlayStrings;
  private readonly editors = new Map<string, Tracked>();
  private readonly highlights = new Map<Severity, Highlight>();
  private readonly boxLayer: HTMLElement;
  private readonly scratch: HTMLElement;
  private readonly card: HTMLElement;
  private cardEditor: string | null = null;
  private cardFindings: Finding[] = [];
  private cardAnchor: (() => ScreenRect | null) | null = null;
  private frame = 0;
  private destroyed = false;
  private readonly useHighlights: boolean;
  private readonly onViewportChange = (): void => this.schedulePaint();
  /** Editors move and resize without a scroll (Gmail's compose window, a dragged textarea corner). */
  private readonly resizes = new ResizeObserver(() => this.schedulePaint());

  constructor(private readonly handlers: OverlayHandlers) {
    this.strings = overlayStrings();
    this.root = createRoot();
    this.useHighlights = highlightApiAvailable();
    if (this.useHighlights) {
      for (const severity of SEVERITIES) {
        const highlight = new Highlight();
        this.highlights.set(severity, highlight);
        CSS.highlights.set(HIGHLIGHT_NAME[severity], highlight);
      }
    }
    this.boxLayer = document.createElement('div');
    this.scratch = document.createElement('div');
    this.scratch.setAttribute('aria-hidden', 'true');
    this.card = document.createElement('div');
    this.card.dataset.pitchlintCard = '';
    this.card.setAttribute('role', 'dialog');
    this.card.hidden = true;
    this.card.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.closeCard(true);
    });
    this.root.layer.append(this.boxLayer, this.scratch, this.card);
    window.addEventListener('scroll', this.onViewportChange, { capture: true, passive: true });
    window.addEventListener('resize', this.onViewportChange, { passive: true });
  }

  /** Draws (or redraws) an editor's findings and badge. */
  show(view: EditorView): void {
    if (this.destroyed) return;
    let tracked = this.editors.get(view.id);
    if (tracked === undefined) {
      tracked = { view, drawn: [], badge: this.createBadge(view.id) };
      this.editors.set(view.id, tracked);
      this.resizes.observe(view.element);
      const tree = view.element.getRootNode();
      if (tree instanceof ShadowRoot) adoptHighlightStyles(tree);
    }
    tracked.view = view;
    tracked.drawn = view.report.findings.map((finding) => drawnFor(view.text, finding, view.rangeFor));
    renderBadge(tracked.badge, view.report, this.strings);
    if (this.cardEditor === view.id && !this.card.hidden) this.refreshCard(tracked);
    this.schedulePaint();
  }

  /** The editor's text changed (typing): keep only findings still on their words, until the next report. */
  edited(editorId: string): void {
    const tracked = this.editors.get(editorId);
    if (tracked === undefined) return;
    const element = tracked.view.element;
    if (element instanceof HTMLTextAreaElement) {
      const text = element.value;
      // A textarea: shift spans after the edit, drop those it touched.
      const before = tracked.view.text;
      tracked.drawn = tracked.drawn.flatMap((d) => {
        const span = remapSpan(before, text, d.finding);
        return span === null ? [] : [drawnFor(text, { ...d.finding, ...span }, null)];
      });
      tracked.view = { ...tracked.view, text };
    } else {
      // Live ranges already moved with the edit; one whose words changed is dropped.
      tracked.drawn = tracked.drawn.filter(stillOnItsWords);
    }
    if (this.cardEditor === editorId) this.closeCard(false);
    this.schedulePaint();
  }

  hide(editorId: string): void {
    const tracked = this.editors.get(editorId);
    if (tracked === undefined) return;
    tracked.badge.remove();
    this.resizes.unobserve(tracked.view.element);
    this.editors.delete(editorId);
    if (this.cardEditor === editorId) this.closeCard(false);
    this.schedulePaint();
  }

  /** The user clicked in an editor: open the card for the finding under the caret, if any. */
  activateAtCaret(editorId: string): void {
    const tracked = this.editors.get(editorId);
    if (tracked === undefined) return;
    const hit = findingAtCaret(tracked.view.element, tracked.drawn);
    if (hit === undefined) {
      this.closeCard(false);
      return;
    }
    this.openCard(tracked, [hit.finding], () => this.rectOf(tracked, hit), false);
  }

  /** A click somewhere else on the page closes the card, as any popover would. */
  dismissCard(): void {
    this.closeCard(false);
  }

  /** Keyboard: moves the caret to the next finding after it and opens its card, focused. */
  next(editorId: string): void {
    const tracked = this.editors.get(editorId);
    if (tracked === undefined) return;
    const drawn = [...tracked.drawn].sort((a, b) => a.finding.start - b.finding.start);
    if (drawn.length === 0) return;
    const caret = caretOffset(tracked.view.element, tracked.drawn);
    const target = drawn.find((d) => d.finding.start > caret) ?? drawn[0]!;
    const element = tracked.view.element;
    if (element instanceof HTMLTextAreaElement) {
      element.setSelectionRange(target.finding.start, target.finding.start);
    } else if (target.range !== null) {
      const caretRange = target.range.cloneRange();
      caretRange.collapse(true);
      selectRange(element, caretRange);
    }
    this.openCard(tracked, [target.finding], () => this.rectOf(tracked, target), true);
  }

  /** Removes everything the overlay drew and stops listening. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    cancelAnimationFrame(this.frame);
    window.removeEventListener('scroll', this.onViewportChange, { capture: true });
    window.removeEventListener('resize', this.onViewportChange);
    this.resizes.disconnect();
    if (this.useHighlights) {
      for (const severity of SEVERITIES) {
        if (CSS.highlights.get(HIGHLIGHT_NAME[severity]) === this.highlights.get(severity)) {
          CSS.highlights.delete(HIGHLIGHT_NAME[severity]);
        }
      }
    }
    this.editors.clear();
    this.root.remove();
  }

  // --- badge ------------------------------------------------------------------------------------

  private createBadge(editorId: string): HTMLButtonElement {
    const badge = createBadgeElement(editorId, () => {
      const tracked = this.editors.get(editorId);
      if (tracked === undefined) return;
      if (this.cardEditor === editorId && !this.card.hidden) {
        this.closeCard(false);
        return;
      }
      this.openCard(tracked, tracked.drawn.map((d) => d.finding), () => rectOfElement(badge), true);
    });
    this.root.layer.append(badge);
    return badge;
  }

  // --- card -------------------------------------------------------------------------------------

  private openCard(tracked: Tracked, findings: Finding[], anchor: () => ScreenRect | null, focus: boolean): void {
    this.cardEditor = tracked.view.id;
    this.cardFindings = findings;
    this.cardAnchor = anchor;
    this.refreshCard(tracked);
    this.card.hidden = false;
    this.card.setAttribute('aria-label', this.strings.cardTitle);
    this.placeCard();
    if (focus) this.card.querySelector<HTMLButtonElement>('button[data-fix], button[data-ignore]')?.focus();
  }

  private refreshCard(tracked: Tracked): void {
    // Keep only findings that still exist in the editor's latest report (same rule, same words).
    const current = tracked.drawn.map((d) => d.finding);
    const kept = this.cardFindings
      .map((old) => current.find((f) => f.ruleId === old.ruleId && f.excerpt === old.excerpt))
      .filter((f): f is Finding => f !== undefined);
    this.cardFindings = kept;
    const editorId = tracked.view.id;
    fillCard(this.card, kept, this.strings, {
      rationale: (ruleId) => this.handlers.rationale(ruleId),
      fix: (finding, index) => this.applyFix(editorId, finding, index),
      ignore: (finding) => {
        this.closeCard(true);
        this.handlers.ignore(editorId, finding);
      },
      ruleOff: (ruleId) => {
        this.closeCard(true);
        this.handlers.ruleOff(ruleId);
      },
      canTurnOff: (ruleId) => this.handlers.canTurnOff(ruleId),
      close: () => this.closeCard(true),
    });
  }

  private closeCard(returnFocus: boolean): void {
    if (this.card.hidden) return;
    const editorId = this.cardEditor;
    this.card.hidden = true;
    this.card.replaceChildren();
    this.cardEditor = null;
    this.cardFindings = [];
    this.cardAnchor = null;
    if (returnFocus && editorId !== null) this.editors.get(editorId)?.view.element.focus({ preventScroll: true });
  }

  private placeCard(): void {
    if (this.card.hidden || this.cardAnchor === null) return;
    const anchor = this.cardAnchor();
    if (anchor === null) return;
    const width = this.card.offsetWidth || 340;
    const height = this.card.offsetHeight;
    const left = Math.max(8, Math.min(anchor.left, window.innerWidth - width - 8));
    const below = anchor.top + anchor.height + 6;
    const top = below + height > window.innerHeight - 8 && anchor.top - height - 6 > 8 ? anchor.top - height - 6 : below;
    this.card.style.left = `${left}px`;
    this.card.style.top = `${Math.max(8, top)}px`;
  }

  private applyFix(editorId: string, finding: Finding, index: number): void {
    const tracked = this.editors.get(editorId);
    const suggestion = finding.suggestions[index];
    if (tracked === undefined || suggestion === undefined) return;
    if (finding.ruleSet === 'subject') {
      // A subject finding has no span in the body: its fix rewrites the subject field, never the draft.
      this.closeCard(false);
      const field = this.handlers.subjectField(editorId);
      if (field === null) return;
      if (suggestion.replacement === undefined) {
        field.focus({ preventScroll: true });
        field.select();
      } else {
        replaceInTextarea(field, 0, field.value.length, suggestion.replacement);
      }
      return;
    }
    const fresh = this.handlers.reread(editorId);
    if (fresh === null) return;
    // The report may be a few keystrokes old: apply to where the words are now, or not at all.
    const span = locateExcerpt(fresh.text, finding.excerpt, finding.start);
    if (span === null) {
      this.closeCard(true);
      return;
    }
    const element = tracked.view.element;
    this.closeCard(false);
    if (element instanceof HTMLTextAreaElement) {
      if (suggestion.replacement === undefined) {
        element.focus({ preventScroll: true });
        element.setSelectionRange(span.start, span.end);
      } else {
        replaceInTextarea(element, span.start, span.end, suggestion.replacement);
      }
      return;
    }
    const range = fresh.rangeFor?.(span.start, span.end) ?? null;
    if (range === null) return;
    if (suggestion.replacement === undefined) selectRange(element, range);
    else replaceRange(element, range, suggestion.replacement);
  }

  private rectOf(tracked: Tracked, drawn: Drawn): ScreenRect | null {
    const element = tracked.view.element;
    if (element instanceof HTMLTextAreaElement) {
      return textareaRects(element, drawn.underline.start, drawn.underline.end, this.scratch)[0] ?? rectOfElement(element);
    }
    const rect = drawn.range?.getClientRects()[0];
    return rect ? { left: rect.left, top: rect.top, width: rect.width, height: rect.height } : rectOfElement(element);
  }

  // --- painting ---------------------------------------------------------------------------------

  /** Ranges set synchronously during an edit can be dropped by the editor's own work: paint in the next frame. */
  private schedulePaint(): void {
    if (this.destroyed || this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.destroyed) timed('paint', () => this.paint());
    });
  }

  private paint(): void {
    const boxes: HTMLElement[] = [];
    for (const highlight of this.highlights.values()) highlight.clear();
    for (const tracked of [...this.editors.values()]) {
      const element = tracked.view.element;
      if (!element.isConnected) continue;
      for (const d of tracked.drawn) {
        if (d.underline.end <= d.underline.start) continue;
        if (d.range !== null && this.useHighlights) {
          this.highlights.get(d.finding.severity)?.add(d.range);
          continue;
        }
        const rects =
          element instanceof HTMLTextAreaElement
            ? textareaRects(element, d.underline.start, d.underline.end, this.scratch)
            : d.range === null
              ? []
              : [...d.range.getClientRects()];
        for (const rect of rects) boxes.push(makeBox(d.finding, rect));
      }
      placeBadge(tracked.badge, element);
    }
    this.boxLayer.replaceChildren(...boxes);
    this.placeCard();
  }
}
