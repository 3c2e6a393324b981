/** One LinkedIn editor surface: how its editors are found and what kind of draft each holds. */
import type { EditorContext, EditorElement } from '../types';

export interface LinkedInSurface {
  /** Selector of the surface's editors (with fallbacks for hashed class names). */
  selector: string;
  /** Whether an editor the selector found belongs to this surface on this page (e.g. by path). */
  owns?(editor: EditorElement): boolean;
  describe(editor: EditorElement): EditorContext;
  /** The field holding the draft's subject line, on a surface that has one. */
  subjectField?(editor: EditorElement): HTMLInputElement | null;
}

/**
 * Character limits LinkedIn enforces (see rules.md, clarity/length). salesSubject: an InMail's
 * subject line in Sales Navigator, used when its field sets no maxlength of its own.
 */
export const LIMITS = { invitation: 300, salesMessage: 1900, salesSubject: 80, comment: 1250, post: 3000 } as const;

/** The path of the document the editor is in (a frame has its own). */
export function pathOf(editor: Element): string {
  return editor.ownerDocument.location?.pathname ?? '';
}

/** The field's own maxlength when it sets one (a textarea or a text input), else the surface's known limit. */
export function ownLimit(field: EditorElement | HTMLInputElement, fallback: number): number {
  return (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) && field.maxLength > 0 ? field.maxLength : fallback;
}
