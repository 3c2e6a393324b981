/**
 * Every match of a global pattern in `text`, as `String.prototype.matchAll` finds them, but run
 * on the pattern itself. matchAll runs a copy of the pattern, and V8 compiles such a copy afresh
 * once a garbage collection has emptied its cache of compiled patterns; in a page that has
 * collected garbage since the last keystroke, every list of patterns the analyzer runs was being
 * compiled again. The matches are collected before returning, so a caller may run the same
 * pattern again inside its loop.
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  const unicode = /[uv]/.test(pattern.flags);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    matches.push(m);
    // An empty match would be found again at the same place: step past it, a whole character in unicode mode.
    if (m[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, unicode);
  }
  pattern.lastIndex = 0;
  return matches;
}

/** `text` with every character a pattern reads as syntax escaped, to match it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
