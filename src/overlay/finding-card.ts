/**
 * The finding card as a popover, the way Grammarly's and LanguageTool's cards behave: it sits
 * beside the words it explains (never over them nor over the caret's line), always lists what the
 * editor's badge counts, follows the findings when they change (closing when the finding it was
 * opened for is gone), closes on Escape wherever focus is, takes the page's dark theme and zoom.
 */
import type { Finding, RuleId } from '../analyzer/types';
import { selectionOf, selectRange } from './apply-fix';
import { fillCard } from './card';
import { placeCard } from './card-place';
import { cssZoomOf, onDarkBackground } from './page-look';
import type { OverlayStrings } from './strings';
import { rectOfElement, textareaRects } from './textarea-geometry';
import type { ScreenRect } from './textarea-geometry';

/** What the card needs from the overlay. */
export interface CardHost {
  /** The editor's findings, exactly those its badge counts; null once the editor is gone. */
  findings(editorId: string): readonly Finding[] | null;
  editor(editorId: string): HTMLElement | null;
  /** Where a finding's underlined words are on screen; empty when they are not drawn. */
  wordRects(editorId: string, finding: Finding): ScreenRect[];
  badgeRect(editorId: string): ScreenRect | null;
  rationale(ruleId: RuleId): string;
  fix(editorId: string, finding: Finding, index: number): void;
  ignore(editorId: string, finding: Finding): void;
  ruleOff(ruleId: RuleId): void;
  canTurnOff(ruleId: RuleId): boolean;
}

type SavedCaret = { range: Range } | { start: number; end: number };

interface Shown {
  editorId: string;
  /** The finding the card was opened for (from its words); null when opened from the badge. */
  lead: Finding | null;
  /** What is rendered: the card is rebuilt only when it changes (keeping focus and open details). */
  signature: string;
  /** The editor's caret when the card opened, given back with the focus. */
  caret: SavedCaret | null;
}

/** Share of the viewport's height the card takes at most. */
const MAX_VIEWPORT_SHARE = 0.75;

export class FindingCard {
  readonly element: HTMLElement;
  private shown: Shown | null = null;

  /** While the card is open, Escape is the card's (in the editor, in the card, anywhere); the page gets it otherwise. */
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.isComposing || this.shown === null) return;
    event.preventDefault();
    event.stopPropagation();
    this.close(true);
  };

  /** The caret moved (arrow keys): the card moves off its line. */
  private readonly onSelectionChange = (): void => this.place();

  constructor(
    private readonly strings: OverlayStrings,
    private readonly host: CardHost,
    /** Where textarea text is laid out to be measured. */
    private readonly scratch: HTMLElement,
  ) {
    this.element = document.createElement('div');
    this.element.dataset.pitchlintCard = '';
    this.element.setAttribute('role', 'dialog');
    this.element.setAttribute('aria-label', strings.cardTitle);
    this.element.hidden = true;
    // A click on the card's text keeps the focus (and caret) in the editor, as in a spelling popup.
    this.element.addEventListener('mousedown', (event) => {
      if (!(event.target instanceof Element && event.target.closest('button, summary') !== null)) event.preventDefault();
    });
  }

  isOpenFor(editorId: string): boolean {
    return this.shown?.editorId === editorId;
  }

  /** Opens (or turns) the card on `lead`, or on all the editor's findings when `lead` is null (the badge). */
  open(editorId: string, lead: Finding | null, focus: boolean): void {
    const editor = this.host.editor(editorId);
    if (editor === null) return;
    const previous = this.shown;
    const caret = saveCaret(editor) ?? (previous?.editorId === editorId ? previous.caret : null);
    this.shown = { editorId, lead, signature: '', caret };
    this.element.dataset.editorId = editorId;
    this.element.dataset.theme = onDarkBackground(editor) ? 'dark' : 'light';
    if (!this.render()) return;
    this.element.hidden = false;
    if (previous === null) {
      window.addEventListener('keydown', this.onKeyDown, true);
      document.addEventListener('selectionchange', this.onSelectionChange);
    }
    this.place();
    if (focus) this.focusFirst();
  }

  /** The editor's findings changed (a new report): show the current ones, or close when the lead is gone. */
  follow(editorId: string): void {
    if (!this.isOpenFor(editorId)) return;
    const focused = this.hasFocus();
    if (!this.render()) return;
    if (focused && !this.hasFocus()) this.focusFirst();
    this.place();
  }

  /** Closes the card; `returnFocus` gives the focus back to the editor (and its caret) when it was in the card. */
  close(returnFocus: boolean): void {
    const shown = this.shown;
    if (shown === null) return;
    const focused = this.hasFocus();
    this.shown = null;
    this.element.hidden = true;
    this.element.replaceChildren();
    window.removeEventListener('keydown', this.onKeyDown, true);
    document.removeEventListener('selectionchange', this.onSelectionChange);
    const editor = this.host.editor(shown.editorId);
    if (returnFocus && focused && editor !== null) restoreCaret(editor, shown.caret);
  }

  /** Puts the card beside its words (or its badge), clear of them and of the caret's line. */
  place(): void {
    const shown = this.shown;
    const editor = shown === null ? null : this.host.editor(shown.editorId);
    if (shown === null || editor === null) return;
    const words = shown.lead === null ? [] : this.host.wordRects(shown.editorId, shown.lead);
    const badge = this.host.badgeRect(shown.editorId);
    const anchor = words.length > 0 ? words : [badge ?? rectOfElement(editor)];
    const caret = caretLineRect(editor, this.scratch);
    // Measured in viewport pixels; a CSS zoom on the page's <html> scales the card's own pixels.
    const zoom = cssZoomOf(this.element);
    const style = this.element.style;
    style.maxHeight = 'none';
    const natural = this.element.getBoundingClientRect();
    const viewport = visibleViewport();
    const size = { width: natural.width, height: Math.min(natural.height, viewport.height * MAX_VIEWPORT_SHARE) };
    const at = placeCard(size, anchor, caret === null ? [] : [caret], viewport);
    style.left = `${at.left / zoom}px`;
    style.top = `${at.top / zoom}px`;
    style.maxHeight = `${at.maxHeight / zoom}px`;
  }

  destroy(): void {
    this.close(false);
  }

  /** Renders the current findings; false when the card closed instead (editor or lead gone). */
  private render(): boolean {
    const shown = this.shown;
    if (shown === null) return false;
    const findings = this.host.findings(shown.editorId);
    const lead = findings === null || shown.lead === null ? null : sameFinding(findings, shown.lead);
    if (findings === null || (shown.lead !== null && lead === null)) {
      this.close(true);
      return false;
    }
    shown.lead = lead;
    const ordered = lead === null ? findings : [lead, ...findings.filter((f) => f !== lead)];
    const signature = JSON.stringify([lead !== null, ordered]);
    if (signature === shown.signature) return true;
    shown.signature = signature;
    const editorId = shown.editorId;
    const actions = {
      rationale: (ruleId: RuleId) => this.host.rationale(ruleId),
      fix: (finding: Finding, index: number) => this.host.fix(editorId, finding, index),
      ignore: (finding: Finding) => {
        this.close(true);
        this.host.ignore(editorId, finding);
      },
      ruleOff: (ruleId: RuleId) => {
        this.close(true);
        this.host.ruleOff(ruleId);
      },
      canTurnOff: (ruleId: RuleId) => this.host.canTurnOff(ruleId),
      lead: (finding: Finding) => this.open(editorId, finding, true),
      close: () => this.close(true),
    };
    fillCard(this.element, ordered, this.strings, actions, lead);
    return true;
  }

  private hasFocus(): boolean {
    const root = this.element.getRootNode();
    const active = root instanceof ShadowRoot ? root.activeElement : null;
    return active !== null && this.element.contains(active);
  }

  private focusFirst(): void {
    const target = this.element.querySelector<HTMLButtonElement>('button[data-fix], button[data-ignore]') ?? this.element.querySelector('button');
    target?.focus({ preventScroll: true });
  }
}

/**
 * The finding among `findings` with the same rule and words as `old` (the nearest one when several);
 * a finding on the subject line is told apart by its words there (its excerpt in the draft is empty).
 */
function sameFinding(findings: readonly Finding[], old: Finding): Finding | null {
  let best: Finding | null = null;
  for (const f of findings) {
    if (f.ruleId !== old.ruleId || f.excerpt !== old.excerpt || f.subject?.excerpt !== old.subject?.excerpt) continue;
    if (best === null || Math.abs(f.start - old.start) < Math.abs(best.start - old.start)) best = f;
  }
  return best;
}

function saveCaret(editor: HTMLElement): SavedCaret | null {
  if (editor instanceof HTMLTextAreaElement) return { start: editor.selectionStart, end: editor.selectionEnd };
  const selection = selectionOf(editor);
  if (selection === null || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return editor.contains(range.startContainer) ? { range: range.cloneRange() } : null;
}

function restoreCaret(editor: HTMLElement, caret: SavedCaret | null): void {
  if (caret !== null && 'range' in caret && editor.contains(caret.range.startContainer)) {
    selectRange(editor, caret.range);
    return;
  }
  editor.focus({ preventScroll: true });
  if (caret !== null && 'start' in caret && editor instanceof HTMLTextAreaElement) editor.setSelectionRange(caret.start, caret.end);
}

/**
 * The part of the window the card can be seen in: the viewport less its scrollbars (a scrolling
 * page, or LinkedIn's messaging frame, has one at its right edge that would hide the card's side).
 */
function visibleViewport(): { width: number; height: number } {
  const visual = window.visualViewport;
  if (visual === null || visual === undefined) return { width: window.innerWidth, height: window.innerHeight };
  return { width: Math.min(window.innerWidth, visual.offsetLeft + visual.width), height: Math.min(window.innerHeight, visual.offsetTop + visual.height) };
}

/** The line the caret is on in `editor` (the line being typed), or null when the caret is elsewhere. */
function caretLineRect(editor: HTMLElement, scratch: HTMLElement): ScreenRect | null {
  if (editor instanceof HTMLTextAreaElement) return textareaRects(editor, editor.selectionEnd, editor.selectionEnd, scratch)[0] ?? null;
  const selection = selectionOf(editor);
  if (selection === null || selection.rangeCount === 0) return null;
  const caret = selection.getRangeAt(0).cloneRange();
  caret.collapse(false);
  if (!editor.contains(caret.endContainer)) return null;
  let rect: DOMRect | undefined = caret.getClientRects()[0];
  if (rect === undefined || rect.height === 0) {
    // An empty line (<div><br></div>) has no text to measure: take the element the caret sits at.
    const node = caret.endContainer;
    const at = node instanceof Element ? (node.childNodes[caret.endOffset] ?? node.childNodes[caret.endOffset - 1] ?? null) : node.parentElement;
    rect = at instanceof Element && at !== editor ? at.getBoundingClientRect() : undefined;
  }
  return rect === undefined || rect.height === 0 ? null : { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
}
