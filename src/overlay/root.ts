/**
 * The one <pitchlint-root> element of a page: outside every editor (a child of <html>, so a
 * single-page app re-rendering <body> cannot drop it), with an open shadow root for everything drawn.
 */
import { DOCUMENT_CSS, SHADOW_CSS } from './styles';

export const ROOT_TAG = 'pitchlint-root';

export interface OverlayRoot {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** The full-viewport layer that holds badges, boxes and the card. */
  layer: HTMLElement;
  /** Removes the element and the page-level styles. */
  remove(): void;
}

/** Creates the root, replacing any left behind by an earlier (reloaded) copy of the extension. */
export function createRoot(): OverlayRoot {
  for (const stale of document.querySelectorAll(ROOT_TAG)) stale.remove();
  // No custom element definition: content scripts have no customElements registry, and an
  // undefined element with a valid custom name can still host a shadow root.
  const host = document.createElement(ROOT_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = SHADOW_CSS;
  const layer = document.createElement('div');
  layer.className = 'layer';
  shadow.append(style, layer);
  document.documentElement.append(host);
  const removeDocumentStyles = addDocumentStyles(DOCUMENT_CSS);
  return {
    host,
    shadow,
    layer,
    remove() {
      removeDocumentStyles();
      host.remove();
    },
  };
}

/**
 * ::highlight() rules apply only in the tree that holds them: an editor inside the page's own
 * shadow root needs them there too. Adopted once per shadow root, never put into the editor.
 */
export function adoptHighlightStyles(shadow: ShadowRoot): void {
  if (adopted.has(shadow)) return;
  adopted.add(shadow);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(DOCUMENT_CSS);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  } catch {
    // No constructable sheets: the underlines there stay unstyled, the badge and card still work.
  }
}

const adopted = new WeakSet<ShadowRoot>();

/**
 * Adds the ::highlight() rules to the page, preferably as an adopted style sheet (no element
 * in the page at all); a <style> in <head> where constructable sheets are not available.
 */
function addDocumentStyles(css: string): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    const style = document.createElement('style');
    style.dataset.pitchlint = '';
    style.textContent = css;
    (document.head ?? document.documentElement).append(style);
    return () => style.remove();
  }
}
