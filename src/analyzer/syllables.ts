/**
 * Syllable counts for the readability formulas (clarity/readability).
 *
 * Why our own and not a package: the content script has a tight size budget (compromise already
 * takes most of it), and both formulas only need an estimate that is right on average over a
 * sentence or a body, not a dictionary-exact count per word. The English heuristic is checked
 * against the `syllable` package (a dev dependency only) in tests/analyzer/syllables.test.ts.
 */
import { Lru } from './lru';
import type { Lang } from './types';

/**
 * Dutch vowel units, longest first so the regex takes "ooi" before "oo". Each unit is one
 * syllable nucleus: the digraphs and trigraphs of Dutch spelling (aa, ee, oo, uu, ie, oe, ei,
 * ij, ui, ou, au, eu, and aai, ooi, oei, eeu, ieu). A letter with a diaeresis (ë, ï, ü, ö)
 * always starts a new syllable ("ideeën", "geïnteresseerd"), so it is a unit of its own.
 * "ai" and "ay" only occur in English loans that business Dutch is full of ("mail", "trainer",
 * "display"), where they are one sound too.
 */
const NL_VOWEL_UNIT = /aai|ooi|oei|eeu|ieu|aa|ee|oo|uu|ie|oe|ei|ij|ui|ou|au|eu|ai|ay|[aeiouyàáâèéêëìíîïòóôöùúûü]/g;

/** English vowel groups: a run of vowels is one nucleus as a first estimate. */
const EN_VOWEL_GROUP = /[aeiouy]+/g;

/**
 * English spellings where a vowel run holds two syllables ("ac-tu-al", "me-di-a", "go-ing").
 * Patterns of the usual heuristic counters (vowel pairs in hiatus), tuned on the corpus words.
 */
const EN_EXTRA = [
  /[^gq]ua(?!y)/, // "actual", "evaluate" (not "quality", "guard")
  /ia/, // "media", "via", "initial" (the -cial/-tial endings are taken back below)
  /ie[rt]/, // "quiet", "earlier", "easier"
  /[^ct]ien/, // "client", "audience" (not "patient", "efficient")
  /io(?!n)/, // "radio", "period", "curious"
  /[^aeiou]eo/, // "video" ("people" is taken back below)
  /[aeiouy]ing\b/, // "going", "saying", "being"
  /\bco[aeio]/, // "coordinate", "cooperate" (not "could")
];

/** Spellings where the vowel-run count has one too many. */
const EN_FEWER = [
  /[^aeiouy]e\b/, // silent final "e": "make", "large" ("-le" is added back below)
  /[^aeiouy]ed\b/, // "-ed" that makes no syllable: "asked", "planned" (added back after t/d below)
  /[^aeiouy]e(?:ly|ment|ments|ful|ness|less|house|ware|one|thing)\b/, // silent "e" inside: "closely", "management", "someone"
  /[cst]ia[ln]/, // "social", "initial": the "ia" counted above is one sound here
  /eople/, // "people"
  /\bevery\b|\bbusi/, // "every", "business": a vowel that is not spoken
];

/** Spellings where the vowel runs miss a syllable, or the rules above took one too many. */
const EN_MORE = [
  /[^aeiouy]les?\b/, // "table(s)", "simple": the final "e" taken away above is a syllable "-ble"
  /[td]ed\b/, // "wanted", "needed": "-ed" after t/d is a syllable
];

/** A plural or verb "-es" is silent after most consonants ("makes") but not after a hiss ("boxes", "pages"). */
const EN_SILENT_ES = /[^aeiouy]es\b/;
const EN_SPOKEN_ES = /(?:[sxz]|ch|sh|[cg])es\b/;

/** Syllables in one English word (lower-cased letters only); at least 1. */
export function englishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  let count = (w.match(EN_VOWEL_GROUP) ?? []).length;
  for (const p of EN_EXTRA) if (p.test(w)) count += 1;
  for (const p of EN_FEWER) if (p.test(w)) count -= 1;
  for (const p of EN_MORE) if (p.test(w)) count += 1;
  if (EN_SILENT_ES.test(w) && !EN_SPOKEN_ES.test(w)) count -= 1;
  return Math.max(1, count);
}

/** Syllables in one Dutch word; at least 1 for a word with letters. */
export function dutchSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-zàáâèéêëìíîïòóôöùúûü]/g, '');
  if (w.length === 0) return 0;
  return Math.max(1, (w.match(NL_VOWEL_UNIT) ?? []).length);
}

/**
 * Syllables in a token as it appears in the text ("next-week", "15-minute", "e-mail,").
 * Digits are read as one syllable per number; hyphenated parts are counted one by one.
 */
export function countSyllables(token: string, lang: Lang): number {
  // The count depends on the token and the language only: kept per (language, token), since a
  // draft repeats its words and a re-lint while typing meets the same ones again.
  const key = `${lang}\u0000${token}`;
  const hit = syllableCache.get(key);
  if (hit !== undefined) return hit;
  const total = syllablesOf(token, lang);
  syllableCache.set(key, total);
  return total;
}

/** Distinct words of a long draft and of the drafts before it. */
const syllableCache = new Lru<number>(4096);

/** Empties the cache (benchmarks and tests measure and check first analyses with it). */
export function clearSyllableCache(): void {
  syllableCache.clear();
}

function syllablesOf(token: string, lang: Lang): number {
  const count = lang === 'nl' ? dutchSyllables : englishSyllables;
  let total = 0;
  for (const part of token.split(/[-–—/]+/)) {
    if (/[a-zà-ü]/i.test(part)) total += count(part);
    else if (/\d/.test(part)) total += 1;
  }
  return total;
}
