/**
 * What a site adapter tells the rest of the extension: where the editors are, what kind of draft
 * each holds, and the draft's text with a way back from text offsets to the DOM. No UI here.
 */
import type { Kind, SiteId, Thread } from '../analyzer/types';

/** A point in the editor's DOM: a text node and an offset inside it. */
export interface DomPoint {
  node: Text;
  offset: number;
}

/** A piece of the draft text that comes from one text node, 1:1 (same length, same order). */
export interface TextPiece {
  /** Offset of the piece in the draft text. */
  start: number;
  node: Text;
  /** Offset of the piece inside the node's data. */
  nodeOffset: number;
  length: number;
}

/**
 * The draft as read from a rich-text editor: the text the analyzer sees (quote and signature left
 * out, line breaks where the editor shows them) and the pieces that map it back to text nodes.
 * Characters that are not in any piece are line breaks the reader added for block boundaries.
 */
export interface RichDraft {
  type: 'rich';
  text: string;
  pieces: TextPiece[];
}

/** The draft of a textarea: its value, whose offsets are the textarea's own. */
export interface PlainDraft {
  type: 'plain';
  text: string;
}

export type DraftSource = RichDraft | PlainDraft;

/** What the analyzer needs to know about an editor besides its text. */
export interface EditorContext {
  kind: Kind;
  thread: Thread;
  /** The draft's subject line (an email's, an InMail's), only where the site has one for this draft. */
  subject?: string;
  /** The editor's character limit, when the site enforces one. */
  maxLength?: number;
  /** The subject field's own character limit, when it has one (an InMail's subject). */
  subjectMaxLength?: number;
}

export type EditorElement = HTMLElement | HTMLTextAreaElement;

export interface SiteAdapter {
  id: SiteId;
  /**
   * Elements whose open shadow roots can hold editors (a site rendering parts of its UI as web
   * components). Only these are searched: walking every element for shadow roots would cost a
   * full pass over the page on each change.
   */
  shadowHosts?: string;
  /** True when editors can live in same-origin frames of the site's pages (the content script runs there too). */
  lintsFrames?: boolean;
  /** Every editor under `root` (the document, or an added subtree) that this site lints. */
  findEditors(root: ParentNode): EditorElement[];
  /** Kind, thread, subject and limit of an editor, read from the page around it right now. */
  describe(editor: EditorElement): EditorContext;
  /** The draft text of an editor, without quoted text or signature. */
  read(editor: EditorElement): DraftSource;
  /** The field holding this draft's subject line, where the site has one (fixes of the subject rules go there). */
  subjectField?(editor: EditorElement): HTMLInputElement | null;
}
