/** One LinkedIn editor surface: how its editors are found and what kind of draft each holds. */
import type { EditorContext, EditorElement } from '../types';

export interface LinkedInSurface {
  /** Selector of the surface's editors (with fallbacks for hashed class names). */
  selector: string;
  /** Whether an editor the selector found belongs to this surface on this page (e.g. by path). */
  owns?(editor: EditorElement): boolean;
  describe(editor: EditorElement): EditorContext;
}

/** Character limits LinkedIn enforces (see rules.md, clarity/length). */
export const LIMITS = { invitation: 300, salesMessage: 1900, comment: 1250, post: 3000 } as const;

/** The path of the document the editor is in (a frame has its own). */
export function pathOf(editor: Element): string {
  return editor.ownerDocument.location?.pathname ?? '';
}

/** The textarea's own maxlength when it sets one, else the surface's known limit. */
export function ownLimit(editor: EditorElement, fallback: number): number {
  return editor instanceof HTMLTextAreaElement && editor.maxLength > 0 ? editor.maxLength : fallback;
}
