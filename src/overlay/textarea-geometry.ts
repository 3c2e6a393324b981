/**
 * Where characters of a textarea are on screen. A textarea's text has no DOM ranges, so a hidden
 * mirror element with the textarea's own box and font lays the same text out, and the rects of
 * the span in the mirror, moved to the textarea's place and scroll, are the rects on screen.
 */

/** The properties that decide how a textarea lays out its text. */
const MIRRORED = [
  'boxSizing', 'width', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  'fontFamily', 'fontSize', 'fontStyle', 'fontWeight', 'fontStretch', 'fontVariant', 'fontFeatureSettings',
  'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent', 'textTransform', 'tabSize', 'direction',
] as const;

export interface ScreenRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The viewport rects of [start, end) in `textarea`, clipped to its visible box. A one-line text
 * input (Gmail's subject field) works the same way: its text does not wrap and sits in the
 * middle of its box.
 */
export function textareaRects(
  textarea: HTMLTextAreaElement | HTMLInputElement,
  start: number,
  end: number,
  scratch: HTMLElement,
): ScreenRect[] {
  const style = getComputedStyle(textarea);
  const mirror = document.createElement('div');
  for (const property of MIRRORED) mirror.style[property] = style[property];
  mirror.style.position = 'absolute';
  mirror.style.visibility = 'hidden';
  mirror.style.left = '0';
  mirror.style.top = '0';
  const singleLine = textarea instanceof HTMLInputElement;
  mirror.style.whiteSpace = singleLine ? 'pre' : 'pre-wrap';
  mirror.style.overflowWrap = 'break-word';
  mirror.style.height = 'auto';
  // The textarea's scrollbar takes width from its text; the mirror has none, so it takes the width off.
  const scrollbar = textarea.offsetWidth - textarea.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
  if (scrollbar > 0) mirror.style.width = `${parseFloat(style.width) - scrollbar}px`;
  const value = textarea.value;
  const marked = document.createElement('span');
  marked.textContent = value.slice(start, end) || '\u200b';
  mirror.append(document.createTextNode(value.slice(0, start)), marked, document.createTextNode(value.slice(end) + '\u200b'));
  scratch.append(mirror);
  try {
    const origin = mirror.getBoundingClientRect();
    const box = textarea.getBoundingClientRect();
    // An input centres its line in its box; the mirror's line sits at the top of its own.
    const centring = singleLine ? Math.max(0, (textarea.clientHeight - mirror.clientHeight) / 2) : 0;
    const clip = {
      left: box.left + textarea.clientLeft,
      top: box.top + textarea.clientTop,
      right: box.left + textarea.clientLeft + textarea.clientWidth,
      bottom: box.top + textarea.clientTop + textarea.clientHeight,
    };
    const rects: ScreenRect[] = [];
    for (const rect of marked.getClientRects()) {
      const left = box.left + (rect.left - origin.left) - textarea.scrollLeft;
      const top = box.top + centring + (rect.top - origin.top) - textarea.scrollTop;
      const clipped = clipRect({ left, top, width: rect.width, height: rect.height }, clip);
      if (clipped) rects.push(clipped);
    }
    return rects;
  } finally {
    mirror.remove();
  }
}

export function clipRect(
  rect: ScreenRect,
  clip: { left: number; top: number; right: number; bottom: number },
): ScreenRect | null {
  const left = Math.max(rect.left, clip.left);
  const top = Math.max(rect.top, clip.top);
  const right = Math.min(rect.left + rect.width, clip.right);
  const bottom = Math.min(rect.top + rect.height, clip.bottom);
  if (right <= left || bottom <= top) return null;
  return { left, top, width: right - left, height: bottom - top };
}

export function rectOfElement(element: Element): ScreenRect {
  const rect = element.getBoundingClientRect();
  return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
}
