/**
 * What the page around an editor looks like, for the card to fit in: a dark or light background
 * (Gmail's dark theme darkens the compose body itself, whatever the system's colour scheme), and
 * the CSS zoom that applies to Pitchlint's own layer (a page may zoom <html>).
 */

/** Below this luminance, dark text would have less contrast than light text (WCAG's crossover). */
const DARK_BELOW = 0.18;

/** Whether the editor is written on a dark background: the first opaque background up its tree. */
export function onDarkBackground(editor: Element): boolean {
  for (let node: Element | null = editor; node !== null; node = parentAcrossShadow(node)) {
    const color = parseRgb(getComputedStyle(node).backgroundColor);
    if (color !== null && color.alpha >= 0.5) return luminance(color) < DARK_BELOW;
  }
  // Nothing painted a background: the canvas is the browser's, dark only in a dark-scheme page.
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  return scheme.includes('dark') && matchMedia('(prefers-color-scheme: dark)').matches;
}

/** The zoom factor between the CSS pixels of `element` and the viewport's (1 without CSS zoom). */
export function cssZoomOf(element: Element): number {
  const zoom = (element as Element & { currentCSSZoom?: number }).currentCSSZoom;
  return typeof zoom === 'number' && Number.isFinite(zoom) && zoom > 0 ? zoom : 1;
}

interface Rgb {
  red: number;
  green: number;
  blue: number;
  alpha: number;
}

/** Computed colours come as rgb() or rgba(); other notations are skipped (the next parent decides). */
export function parseRgb(value: string): Rgb | null {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (match === null) return null;
  const alphaText = match[4];
  const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
  return { red: Number(match[1]), green: Number(match[2]), blue: Number(match[3]), alpha };
}

/** WCAG relative luminance (0 black, 1 white). */
export function luminance({ red, green, blue }: Rgb): number {
  const channel = (value: number): number => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
}

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement !== null) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
