/** The overlay's public face: the content script needs only these. */
export { Overlay, highlightApiAvailable } from './overlay';
export type { EditorView, OverlayHandlers, RangeMaker } from './overlay';
export { HIGHLIGHT_NAME } from './styles';
export { ROOT_TAG } from './root';
