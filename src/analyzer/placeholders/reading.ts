/**
 * The reading of a text with its placeholders filled in (rules.md `template`): every rule but
 * template/placeholder judges this text, so "{{company}}" reads as a company and "[Name]," as a
 * greeting. The reading keeps a map back to the original, so findings still index the text the
 * user wrote: a span that touches a value covers its whole placeholder, never half of it.
 */
import type { Lang, Span } from '../types';
import type { Placeholder } from './detect';
import { valueFor } from './values';

interface Segment {
  /** The placeholder in the original text. */
  source: Span;
  /** Its value in the reading. */
  read: Span;
  raw: string;
  value: string;
}

export interface Reading {
  /** The text with every placeholder replaced by its value. */
  text: string;
  /** Maps a span of the reading back to the original text. */
  toSource(span: Span): Span;
  /** Puts the placeholders back into a text built from the reading's `span` (a fix's replacement). */
  restore(built: string, span: Span): string;
}

const IDENTITY: Reading = {
  text: '',
  toSource: (span) => span,
  restore: (built) => built,
};

/**
 * The parts of a placeholder the reading needs. Markup (markup.ts) has the same shape and says
 * what it reads as in `value`.
 */
type Filled = Span & Pick<Placeholder, 'kind' | 'inner'> & { value?: string };

export function readingOf(text: string, placeholders: readonly Filled[], lang: Lang): Reading {
  if (placeholders.length === 0) return { ...IDENTITY, text };
  const segments: Segment[] = [];
  let out = '';
  let at = 0;
  for (const p of placeholders) {
    out += text.slice(at, p.start);
    const value = p.value ?? valueFor(p.kind, p.inner, lang);
    segments.push({ source: { start: p.start, end: p.end }, read: { start: out.length, end: out.length + value.length }, raw: text.slice(p.start, p.end), value });
    out += value;
    at = p.end;
  }
  out += text.slice(at);

  /** A span's start inside a value moves to its placeholder's start; past it, by the lengths before. */
  function startToSource(r: number): number {
    let delta = 0;
    for (const seg of segments) {
      if (r < seg.read.start) break;
      if (r < seg.read.end) return seg.source.start;
      delta = seg.source.end - seg.read.end;
    }
    return r + delta;
  }
  /** A span's end inside a value moves to its placeholder's end. */
  function endToSource(r: number): number {
    let delta = 0;
    for (const seg of segments) {
      if (r <= seg.read.start) break;
      if (r <= seg.read.end) return seg.source.end;
      delta = seg.source.end - seg.read.end;
    }
    return r + delta;
  }

  return {
    text: out,
    toSource(span) {
      const start = startToSource(span.start);
      return { start, end: Math.max(start, endToSource(span.end)) };
    },
    restore(built, span) {
      let result = built;
      let from = 0;
      for (const seg of segments) {
        if (seg.read.end <= span.start || seg.read.start >= span.end || seg.value === '') continue;
        const i = result.indexOf(seg.value, from);
        if (i < 0) continue;
        result = result.slice(0, i) + seg.raw + result.slice(i + seg.value.length);
        from = i + seg.raw.length;
      }
      return result;
    },
  };
}
