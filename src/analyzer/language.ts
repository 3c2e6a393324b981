import type { Lang, Word } from './types';

// TODO(lead): placeholder.
export function detectLanguage(_text: string, _words: Word[]): Lang {
  return 'en';
}
