/**
 * A tiny element builder for the extension's pages. Text only ever goes in through
 * `textContent`, never as markup, so a draft holding `<img onerror=…>` shows as plain text.
 */
type Attributes = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** Replaces the children of `parent`, leaving the element itself (and focus elsewhere) alone. */
export function replaceChildren(parent: Element, children: Child[]): void {
  parent.replaceChildren(
    ...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`Missing element #${id}`);
  return element as T;
}

/**
 * How a control the organisation locked looks (popup and options page alike): disabled, with a
 * visible "Set by your organisation" note that is also the control's accessible description.
 */
export function showLock(
  control: HTMLInputElement | HTMLSelectElement,
  note: HTMLElement,
  locked: boolean,
  /** Disabled for another reason too (a rule of a switched-off set). */
  disabledAnyway = false,
): void {
  note.hidden = !locked;
  control.disabled = locked || disabledAnyway;
  if (locked) control.setAttribute('aria-describedby', note.id);
  else control.removeAttribute('aria-describedby');
}
