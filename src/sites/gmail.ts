/**
 * Gmail: compose windows, pop-outs and inline replies, several at once. The body editor is a
 * contenteditable textbox; quoted text and the signature live inside it and are left out of the draft.
 */
import { readRichText } from './dom-text';
import type { DraftSource, EditorContext, EditorElement, SiteAdapter } from './types';

/**
 * The compose body. Gmail marks it g_editable and role=textbox; its class ("editable") and its
 * aria-label (localised: "Message Body", "Berichttekst") are less stable, so they are only a fallback.
 */
const EDITOR_SELECTOR = [
  'div[contenteditable="true"][role="textbox"][g_editable="true"]',
  'div[contenteditable="true"][role="textbox"].editable',
  'div[contenteditable="true"][g_editable="true"]',
].join(',');

/** Quoted earlier messages and the signature block, as Gmail writes them into the body. */
const EXCLUDED_SELECTOR =
  '.gmail_quote, blockquote, .gmail_signature, .gmail_signature_prefix, [data-smartmail="gmail_signature"], .gmail_extra';

/** A message already in the conversation (thread view), by Gmail's message id attributes. */
const THREAD_MESSAGE_SELECTOR = '[data-message-id], [data-legacy-message-id]';

/** Reply prefixes in subjects, in the languages Gmail users write them: Re, Antw (nl), AW (de), SV (nordic). */
const REPLY_SUBJECT = /^\s*(re|antw|aw|sv)\s*:/i;

/** Forward prefixes: Fwd/Fw, Doorst (nl), WG (de), TR (fr), RV (es). */
const FORWARD_SUBJECT = /^\s*(fw|fwd|doorst|wg|tr|rv)\s*:/i;

/**
 * Gmail heads a forwarded message with a dashed line ("---------- Forwarded message ---------",
 * "---------- Doorgestuurd bericht ---------") in its .gmail_attr; a reply's reads "On …, X wrote:".
 * The dashes are the same in every language.
 */
const FORWARD_HEADER = /^\s*-{5,}[^-\n]+-{5,}/;

/** Words Gmail's signature editor is labelled with (Settings → General → Signature). */
const SIGNATURE_LABEL = /signature|handtekening|signatur|firma|assinatura/i;

/** How far up from the editor to look for its compose window (subject field, thread). */
const MAX_ANCESTOR_STEPS = 25;

function subjectInputFor(editor: Element): HTMLInputElement | null {
  let node: Element | null = editor.parentElement;
  for (let step = 0; node !== null && step < MAX_ANCESTOR_STEPS; step++, node = node.parentElement) {
    const input = node.querySelector<HTMLInputElement>('input[name="subjectbox"], input[name="subject"]');
    if (input !== null) return input;
  }
  return null;
}

function isShown(input: HTMLInputElement): boolean {
  return input.type !== 'hidden' && input.getClientRects().length > 0;
}

/**
 * A forward: the quote Gmail put in the body is headed as a forwarded message, or the subject says
 * so. It goes to a new reader, so it is a first message even inside a conversation.
 */
function isForward(editor: Element, subject: string): boolean {
  const attr = editor.querySelector('.gmail_quote_container .gmail_attr, .gmail_quote .gmail_attr');
  if (attr !== null) return FORWARD_HEADER.test(attr.textContent ?? '');
  return FORWARD_SUBJECT.test(subject);
}

/**
 * Gmail's signature editor in Settings is a g_editable textbox like the compose body. It is
 * labelled as the signature, or the page is on Settings, and it has no compose window around it
 * (a form or dialog holding a subject field, even a reply's hidden one): never a draft. A compose
 * window opened from Settings is still linted.
 */
function isSignatureEditor(editor: Element): boolean {
  const labelled = SIGNATURE_LABEL.test(editor.getAttribute('aria-label') ?? '');
  const onSettings = (editor.ownerDocument.location?.hash ?? '').startsWith('#settings');
  if (!labelled && !onSettings) return false;
  const compose = editor.closest('form, [role="dialog"]');
  return compose === null || compose.querySelector('input[name="subjectbox"], input[name="subject"]') === null;
}

function inThreadWithMessages(editor: Element): boolean {
  const view = editor.closest('[role="main"]') ?? editor.closest('[role="dialog"]');
  return view !== null && view.querySelector(THREAD_MESSAGE_SELECTOR) !== null;
}

export const gmail: SiteAdapter = {
  id: 'gmail',

  findEditors(root: ParentNode): EditorElement[] {
    const found = [...root.querySelectorAll<HTMLElement>(EDITOR_SELECTOR)];
    if (root instanceof HTMLElement && root.matches(EDITOR_SELECTOR)) found.unshift(root);
    return found.filter((editor) => !isSignatureEditor(editor));
  },

  describe(editor: EditorElement): EditorContext {
    const input = subjectInputFor(editor);
    const subjectText = input?.value ?? '';
    const hasQuote = editor.querySelector('.gmail_quote, blockquote') !== null;
    const reply = !isForward(editor, subjectText) && (hasQuote || REPLY_SUBJECT.test(subjectText) || inThreadWithMessages(editor));
    const context: EditorContext = { kind: 'email', thread: reply ? 'reply' : 'first' };
    // The subject rules judge a subject the writer sets: a new email's visible subject field.
    // An inline reply keeps the thread's subject in a hidden field, which is not the writer's.
    if (input !== null && isShown(input) && !reply) context.subject = subjectText;
    return context;
  },

  subjectField(editor: EditorElement): HTMLInputElement | null {
    const input = subjectInputFor(editor);
    return input !== null && isShown(input) ? input : null;
  },

  read(editor: EditorElement): DraftSource {
    return readRichText(editor, (el) => el.matches(EXCLUDED_SELECTOR));
  },
};
