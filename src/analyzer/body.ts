import type { Span } from './types';

// TODO(lead): greeting, sign-off, signature and quotes are not removed yet.
export function findBody(text: string): Span[] {
  return [{ start: 0, end: text.length }];
}
