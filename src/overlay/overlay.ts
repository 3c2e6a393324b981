/**
 * The overlay: underlines, badges and the finding card for any number of editors on a page.
 * It knows nothing about the site: it is told, per editor, the element, the report and how to
 * turn text offsets into DOM ranges (rich editors) or that offsets are a textarea's own.
 */
import type { Finding, Report, RuleId, Severity } from '../analyzer/types';
import { selectRange } from './apply-fix';
import { applySuggestion } from './apply-suggestion';
import { FindingCard } from './finding-card';
import { createBadgeElement, placeBadge, renderBadge } from './badge';
import { caretOffset, drawnFor, findingAtCaret, makeBox, stillOnItsWords } from './drawn';
import type { Drawn, RangeMaker } from './drawn';
import { adoptHighlightStyles, createRoot } from './root';
import type { OverlayRoot } from './root';
import { spanRemapper } from './spans';
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
  private readonly card: FindingCard;
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
    this.card = this.createCard();
    this.root.layer.append(this.boxLayer, this.scratch, this.card.element);
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
    this.card.follow(view.id);
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
      const remap = spanRemapper(tracked.view.text, text);
      tracked.drawn = tracked.drawn.flatMap((d) => {
        const span = remap(d.finding);
        return span === null ? [] : [drawnFor(text, { ...d.finding, ...span }, null)];
      });
      tracked.view = { ...tracked.view, text };
    } else {
      // Live ranges already moved with the edit; one whose words changed is dropped.
      tracked.drawn = tracked.drawn.filter((d) => stillOnItsWords(d, element));
    }
    // Typing closes the card, as a spelling popup does.
    if (this.card.isOpenFor(editorId)) this.card.close(false);
    this.schedulePaint();
  }

  hide(editorId: string): void {
    const tracked = this.editors.get(editorId);
    if (tracked === undefined) return;
    tracked.badge.remove();
    this.resizes.unobserve(tracked.view.element);
    this.editors.delete(editorId);
    if (this.card.isOpenFor(editorId)) this.card.close(true);
    this.schedulePaint();
  }

  /** The user clicked in an editor: open the card for the finding under the caret, if any. */
  activateAtCaret(editorId: string): void {
    const tracked = this.editors.get(editorId);
    if (tracked === undefined) return;
    const hit = findingAtCaret(tracked.view.element, tracked.drawn);
    if (hit === undefined) this.card.close(false);
    else this.card.open(editorId, hit.finding, false);
  }

  /** A click somewhere else on the page closes the card, as any popover would. */
  dismissCard(): void {
    this.card.close(false);
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
    this.card.open(editorId, target.finding, true);
  }

  /** Removes everything the overlay drew and stops listening. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    cancelAnimationFrame(this.frame);
    window.removeEventListener('scroll', this.onViewportChange, { capture: true });
    window.removeEventListener('resize', this.onViewportChange);
    this.resizes.disconnect();
    this.card.destroy();
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
      if (this.card.isOpenFor(editorId)) this.card.close(false);
      else this.card.open(editorId, null, true);
    });
    this.root.layer.append(badge);
    return badge;
  }

  // --- card -------------------------------------------------------------------------------------

  private createCard(): FindingCard {
    const tracked = (id: string): Tracked | undefined => this.editors.get(id);
    return new FindingCard(
      this.strings,
      {
        findings: (id) => tracked(id)?.view.report.findings ?? null,
        editor: (id) => tracked(id)?.view.element ?? null,
        wordRects: (id, finding) => {
          const t = tracked(id);
          const drawn = t?.drawn.find((d) => d.finding === finding);
          return t === undefined || drawn === undefined ? [] : this.rectsOf(t, drawn);
        },
        badgeRect: (id) => {
          const badge = tracked(id)?.badge;
          return badge === undefined || badge.hidden ? null : rectOfElement(badge);
        },
        rationale: (ruleId) => this.handlers.rationale(ruleId),
        fix: (id, finding, index) => this.applyFix(id, finding, index),
        ignore: (id, finding) => this.handlers.ignore(id, finding),
        ruleOff: (ruleId) => this.handlers.ruleOff(ruleId),
        canTurnOff: (ruleId) => this.handlers.canTurnOff(ruleId),
      },
      this.scratch,
    );
  }

  private applyFix(editorId: string, finding: Finding, index: number): void {
    const tracked = this.editors.get(editorId);
    if (tracked === undefined) return;
    applySuggestion(
      {
        element: tracked.view.element,
        reread: () => this.handlers.reread(editorId),
        subjectField: () => this.handlers.subjectField(editorId),
        closeCard: (returnFocus) => this.card.close(returnFocus),
      },
      finding,
      index,
    );
  }

  /** Boxes under findings on the subject line (a placeholder left there), where their words still are. */
  private subjectBoxes(tracked: Tracked): HTMLElement[] {
    const onSubject = tracked.drawn.filter((d) => d.finding.subject !== undefined && d.finding.subject.end > d.finding.subject.start);
    if (onSubject.length === 0) return [];
    const field = this.handlers.subjectField(tracked.view.id);
    if (field === null || !field.isConnected) return [];
    return onSubject.flatMap((d) => {
      const span = d.finding.subject!;
      if (field.value.slice(span.start, span.end) !== span.excerpt) return [];
      return textareaRects(field, span.start, span.end, this.scratch).map((rect) => makeBox(d.finding, rect));
    });
  }

  /** Where a drawn finding's underlined words are on screen. */
  private rectsOf(tracked: Tracked, drawn: Drawn): ScreenRect[] {
    const element = tracked.view.element;
    if (element instanceof HTMLTextAreaElement) return textareaRects(element, drawn.underline.start, drawn.underline.end, this.scratch);
    return [...(drawn.range?.getClientRects() ?? [])].filter((r) => r.width > 0 || r.height > 0);
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
      boxes.push(...this.subjectBoxes(tracked));
      placeBadge(tracked.badge, element);
    }
    this.boxLayer.replaceChildren(...boxes);
    this.card.place();
  }
}
