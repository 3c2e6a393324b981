/**
 * Where the finding card goes: beside the words it explains, never over them nor over the line
 * being typed. The card takes the whole width it needs and one free band of the viewport between
 * the things it must not cover: preferably the band just below the words (then just above them),
 * else the tallest band left, with a height it can scroll in. Pure geometry, in viewport pixels.
 */
import type { ScreenRect } from './textarea-geometry';

export interface CardPlacement {
  left: number;
  top: number;
  /** The height the card may take there; it scrolls inside when its content is taller. */
  maxHeight: number;
}

/** Space kept between the card and the viewport's edges. */
const MARGIN = 8;
/** Space kept between the card and what it must not cover. */
const GAP = 6;
/** Below this the card would be a useless sliver: then it takes the tallest band anyway. */
const MIN_HEIGHT = 96;

interface Band {
  top: number;
  bottom: number;
}

/**
 * `anchor`: the words (or badge) the card explains, its first rect deciding the left edge;
 * `avoid`: everything else it must leave uncovered (the caret's line).
 */
export function placeCard(
  size: { width: number; height: number },
  anchor: readonly ScreenRect[],
  avoid: readonly ScreenRect[],
  viewport: { width: number; height: number },
): CardPlacement {
  const left = Math.max(MARGIN, Math.min(anchor[0]?.left ?? MARGIN, viewport.width - size.width - MARGIN));
  const covered = [...anchor, ...avoid].filter((r) => r.top + r.height > 0 && r.top < viewport.height);
  const bands = freeBands(covered, viewport.height);
  const anchorTop = Math.min(...anchor.map((r) => r.top));
  const anchorBottom = Math.max(...anchor.map((r) => r.top + r.height));
  // Preference: right below the words, right above them, then the others (nearest first).
  const below = bands.filter((b) => b.top >= anchorBottom).sort((a, b) => a.top - b.top);
  const above = bands.filter((b) => b.bottom <= anchorTop).sort((a, b) => b.bottom - a.bottom);
  const ordered = [...below.slice(0, 1), ...above.slice(0, 1), ...below.slice(1), ...above.slice(1)];
  const fits = ordered.find((b) => b.bottom - b.top >= size.height);
  const band = fits ?? tallest(ordered) ?? { top: MARGIN, bottom: viewport.height - MARGIN };
  const room = band.bottom - band.top;
  const height = Math.min(size.height, Math.max(room, Math.min(MIN_HEIGHT, viewport.height - 2 * MARGIN)));
  // In a band above the words the card sits at its bottom, close to them; elsewhere at its top.
  const top = band.bottom <= anchorTop ? band.bottom - height : band.top;
  return { left, top: Math.max(MARGIN, Math.min(top, viewport.height - MARGIN - height)), maxHeight: height };
}

/** The vertical stretches of the viewport that none of `rects` (grown by GAP) touch. */
function freeBands(rects: readonly ScreenRect[], viewportHeight: number): Band[] {
  const taken = rects
    .map((r) => ({ top: r.top - GAP, bottom: r.top + r.height + GAP }))
    .sort((a, b) => a.top - b.top);
  const bands: Band[] = [];
  let cursor = MARGIN;
  for (const t of taken) {
    if (t.top > cursor) bands.push({ top: cursor, bottom: Math.min(t.top, viewportHeight - MARGIN) });
    cursor = Math.max(cursor, t.bottom);
  }
  if (cursor < viewportHeight - MARGIN) bands.push({ top: cursor, bottom: viewportHeight - MARGIN });
  return bands.filter((b) => b.bottom > b.top);
}

function tallest(bands: readonly Band[]): Band | undefined {
  return [...bands].sort((a, b) => b.bottom - b.top - (a.bottom - a.top))[0];
}
