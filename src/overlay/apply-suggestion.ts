/**
 * Applying one suggestion of a finding the card shows: a subject finding rewrites (or selects in)
 * the subject field, never the draft; a body finding goes to where its words are now (the report
 * may be a few keystrokes old), or nowhere when they are gone. Edits go through the editor's own
 * input path (./apply-fix.ts).
 */
import type { Finding } from '../analyzer/types';
import { replaceInTextarea, replaceRange, selectRange } from './apply-fix';
import type { RangeMaker } from './drawn';
import { locateExcerpt } from './spans';

/** The editor a fix goes to, and the card that offered it. */
export interface FixTarget {
  element: HTMLElement;
  /** The editor's text and range maker as they are right now. */
  reread(): { text: string; rangeFor: RangeMaker | null } | null;
  subjectField(): HTMLInputElement | null;
  closeCard(returnFocus: boolean): void;
}

export function applySuggestion(target: FixTarget, finding: Finding, index: number): void {
  const suggestion = finding.suggestions[index];
  if (suggestion === undefined) return;
  if (finding.ruleSet === 'subject' || finding.subject !== undefined) {
    // A subject finding has no span in the body: its fix rewrites the subject field, never the draft.
    target.closeCard(false);
    const field = target.subjectField();
    if (field === null) return;
    if (suggestion.replacement === undefined) {
      field.focus({ preventScroll: true });
      // A span in the subject (a placeholder) is selected where its words are now; otherwise the whole line.
      const span = finding.subject ? locateExcerpt(field.value, finding.subject.excerpt, finding.subject.start) : null;
      if (span !== null && span.end > span.start) field.setSelectionRange(span.start, span.end);
      else if (finding.subject === undefined) field.select();
    } else {
      replaceInTextarea(field, 0, field.value.length, suggestion.replacement);
    }
    return;
  }
  const fresh = target.reread();
  if (fresh === null) return;
  // The report may be a few keystrokes old: apply to where the words are now, or not at all.
  const span = locateExcerpt(fresh.text, finding.excerpt, finding.start);
  if (span === null) {
    target.closeCard(true);
    return;
  }
  const element = target.element;
  target.closeCard(false);
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
