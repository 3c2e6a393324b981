/**
 * Whether a user can see an editor and type in it. LinkedIn keeps a second, hidden copy of its
 * messaging app in a preload frame, and pages hide drafts in collapsed panels: an editor that is
 * not displayed, has no size, or sits in an inert or aria-hidden subtree (here or in any frame
 * around its document) is not linted.
 */

/** An element and its ancestors, across shadow roots (through their hosts). */
function* composedAncestors(start: Element): Generator<Element> {
  let node: Node | null = start;
  while (node !== null) {
    if (node instanceof Element) yield node;
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
}

function hiddenFromUser(el: Element): boolean {
  for (const each of composedAncestors(el)) {
    if (each.hasAttribute('inert') || each.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

/** Displayed (not display:none or visibility:hidden anywhere up the tree) and not zero-sized. */
function displayed(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  if (typeof check === 'function' && !check.call(el, { visibilityProperty: true })) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/** The frame element holding `win`'s document, when the parent is reachable (same origin). */
function frameElementOf(win: Window): Element | null {
  try {
    return win.frameElement;
  } catch {
    return null;
  }
}

/** True when the editor is shown, has a size, is not inert or aria-hidden, and so is every frame around it. */
export function usableByUser(editor: Element): boolean {
  if (!displayed(editor) || hiddenFromUser(editor)) return false;
  let win: Window | null = editor.ownerDocument.defaultView;
  while (win !== null && win !== win.parent) {
    const frame = frameElementOf(win);
    // A frame whose parent cannot be read is another site's: never linted (see content/frames.ts).
    if (frame === null) return false;
    if (!displayed(frame) || hiddenFromUser(frame)) return false;
    win = frame.ownerDocument.defaultView;
  }
  return true;
}
