/** Lines of a text with their offsets: the unit body detection and segmentation work on. */

export interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character of the line (before its line break). */
  end: number;
  text: string;
}

/** Splits on \n, \r\n and \r, keeping offsets into `text`. */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      lines.push({ start, end: i, text: text.slice(start, i) });
      if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: to, text: text.slice(start, to) });
  return lines;
}

export function isBlank(line: Line): boolean {
  return line.text.trim() === '';
}

/** Number of word-like tokens in a short string. */
export function countTokens(s: string): number {
  return s.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
}
