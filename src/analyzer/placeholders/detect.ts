/**
 * Finding the placeholders of a text (the syntaxes of syntaxes.ts), with offsets into it. Where
 * two syntaxes match overlapping text, the earlier entry of the table wins ("{{x}}" is one
 * double-brace field, not a brace field inside braces).
 */
import type { Span } from '../types';
import { SYNTAXES } from './syntaxes';
import type { PlaceholderSyntax } from './syntaxes';
import { fieldKind } from './values';
import type { FieldKind } from './values';
import { execAll } from '../regex';

export interface Placeholder extends Span {
  syntax: PlaceholderSyntax;
  /** The field's inner text ("first_name" of "{{first_name}}"); undefined for a blank. */
  inner: string | undefined;
  kind: FieldKind;
}

/** Cheap test first: most drafts hold none of the characters a placeholder needs. */
const MAY_HOLD = /[{[<%|_]/;

/** Every placeholder of `text`, in text order, none overlapping. */
export function findPlaceholders(text: string): Placeholder[] {
  if (!MAY_HOLD.test(text)) return [];
  const taken: Placeholder[] = [];
  // Characters already inside a placeholder (a placeholder is at most ~90 characters, so checking is cheap).
  const covered = new Uint8Array(text.length);
  for (const entry of SYNTAXES) {
    for (const m of execAll(entry.pattern, text)) {
      const start = m.index;
      const end = start + m[0].length;
      const inner = m[1];
      if (covered.subarray(start, end).includes(1)) continue;
      if (entry.accept && !entry.accept(inner ?? '', text, start, end)) continue;
      covered.fill(1, start, end);
      taken.push({ start, end, syntax: entry.syntax, inner, kind: fieldKind(inner, entry.syntax) });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
