/**
 * Lengths of time named in an ask ("a 45-minute demo", "an hour", "een half uur", "drie kwartier"),
 * in minutes. cta/too-big needs them: a sales meeting of 30 minutes or more is a heavy step.
 * Clock times ("at 10", "om 14.00 uur") and benefits ("save 30 minutes a day") are not durations
 * of the meeting and are skipped.
 */
import type { Lang } from '../types';
import { execAll } from '../regex';

export interface Duration {
  minutes: number;
  /** Offset of the phrase in the text it was found in. */
  index: number;
}

/** Spelled-out numbers as they appear in front of time units (common sales-email usage). */
const NUMBER_WORDS: Record<Lang, Record<string, number>> = {
  en: {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, ten: 10, fifteen: 15, twenty: 20,
    'twenty-five': 25, thirty: 30, 'forty-five': 45, forty: 40, fifty: 50, sixty: 60, ninety: 90,
  },
  nl: {
    een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, tien: 10, vijftien: 15, twintig: 20,
    vijfentwintig: 25, dertig: 30, veertig: 40, vijfenveertig: 45, vijftig: 50, zestig: 60, negentig: 90,
  },
};

const NUMBER = String.raw`(\d+(?:[.,]\d+)?|[\p{L}-]+)`;
/** Start of a word; \b would miss words that begin with an accented letter ("één uur"). */
const START = String.raw`(?<![\p{L}\p{N}])`;

/** Unit words per language; the value is the unit's length in minutes. */
const UNITS: Record<Lang, Array<[RegExp, number]>> = {
  en: [
    [new RegExp(String.raw`${START}${NUMBER}[\s-]*(?:minutes?|mins?)\b`, 'giu'), 1],
    [new RegExp(String.raw`${START}${NUMBER}[\s-]*(?:full[\s-]+)?(?:hours?|hrs?)\b`, 'giu'), 60],
    // "a 1h session": the bare "h" only after digits, so words ending in h are not read as hours.
    [new RegExp(String.raw`${START}(\d+(?:[.,]\d+)?)\s?h\b`, 'giu'), 60],
  ],
  nl: [
    [new RegExp(String.raw`${START}${NUMBER}[\s-]*(?:minuten|minuutjes|min)\b`, 'giu'), 1],
    [new RegExp(String.raw`${START}${NUMBER}[\s-]*(?:kwartier(?:tje)?)\b`, 'giu'), 15],
    [new RegExp(String.raw`${START}${NUMBER}[\s-]*(?:(?:vol|heel)\s+)?(?:uur|uurtje|uren)\b`, 'giu'), 60],
  ],
};

/** Fixed phrases with their length (checked before numbers, so "half an hour" is not "an hour"). */
const PHRASES: Record<Lang, Array<[RegExp, number]>> = {
  en: [
    [/\b(?:an?\s+)?hour and a half\b/giu, 90],
    [/\bhalf(?:\s+an|-an)?[\s-]+hour\b/giu, 30],
    [/\ba\s+quarter\s+of\s+an\s+hour\b/giu, 15],
    [/\ba\s+couple\s+of\s+hours\b|\b(?:a\s+few|several)\s+hours\b/giu, 120],
    // Parts of a day asked for as a block ("could we take an afternoon with your team?").
    [/\b(?:a\s+)?(?:full|whole)[\s-]+day\b/giu, 480],
    [/\bhalf\s+a\s+day\b|\b(?:a\s+)?half[\s-]day\b/giu, 240],
    [/\b(?:an\s+afternoon|a\s+morning)\b/giu, 180],
  ],
  nl: [
    [/\banderhalf\s+uur\b/giu, 90],
    [/\bhalf\s*uur(?:tje)?\b/giu, 30],
    [/\bdrie\s*kwartier\b/giu, 45],
    [/\b(?:een\s+)?paar\s+uur\b|\b(?:enkele|een\s+aantal)\s+uren\b/giu, 120],
    // The same parts of a day in Dutch ("kunnen we een middag met jullie team om tafel?").
    [/\been\s+(?:hele|volle)\s+dag\b/giu, 480],
    [/\been\s+halve\s+dag\b|\been\s+dagdeel\b/giu, 240],
    [/\been\s+(?:middag|ochtend|middagje|ochtendje)\b/giu, 180],
  ],
};

/** A word that makes the number a clock time: "at 10", "om 10 uur", "tot 12 uur". */
const CLOCK_BEFORE: Record<Lang, RegExp> = {
  en: /\b(?:at|by|until|till|from)\s*$/iu,
  nl: /\b(?:om|tot|vanaf|rond)\s*$/iu,
};
/** "14.00 uur", "10:30 uur": clock notation. */
const CLOCK_NUMBER = /^\d{1,2}[.:]\d{2}$/;

/** Benefit wording around a length of time: it describes a saving or a speed, not the meeting. */
const BENEFIT_BEFORE: Record<Lang, RegExp> = {
  en: /\b(?:save[sd]?|saving|within|in under|under|in less than|less than|in just|in|every|per|each|(?<!\b(?:we|you|i|let's|let us)\s+)takes?|took|spend(?:s|ing)?|spent|lose[sd]?|losing|waste[sd]?|only|on average|average)\s*$/iu,
  nl: /\b(?:bespaar\w*|scheelt|binnen|in|onder|per|elke|iedere|kost|kosten|duurt|besteedt?|besteden|verlies\w*|slechts|maar|gemiddeld)\s*$/iu,
};
const BENEFIT_AFTER: Record<Lang, RegExp> = {
  // A rate ("11 uur per vacature", "two hours per hire") is a figure about the reader's work.
  en: /^\s*(?:a|each|every)\s+(?:day|week|month|year)\b|^\s*per\s|^\s*(?:a day|a week|of (?:work|admin|typing))/iu,
  nl: /^\s*(?:elke|iedere|in de|op een)\s+(?:dag|week|maand|jaar)\b|^\s*per\s|^\s*(?:minder|sneller|werk)\b/iu,
};

/** Every length of time in `text` that could be the length of what is asked for. */
export function durations(text: string, lang: Lang): Duration[] {
  const found: Duration[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && s < end);
  const keep = (index: number, length: number, minutes: number) => {
    taken.push([index, index + length]);
    const before = text.slice(Math.max(0, index - 30), index);
    const after = text.slice(index + length, index + length + 30);
    if (BENEFIT_BEFORE[lang].test(before) || BENEFIT_AFTER[lang].test(after)) return;
    found.push({ minutes, index });
  };
  for (const [pattern, minutes] of PHRASES[lang]) {
    for (const match of execAll(pattern, text)) keep(match.index, match[0].length, minutes);
  }
  for (const [pattern, unit] of UNITS[lang]) {
    for (const match of execAll(pattern, text)) {
      if (overlaps(match.index, match.index + match[0].length)) continue;
      const amount = numberValue(match[1] ?? '', lang);
      if (amount === undefined) continue;
      const before = text.slice(Math.max(0, match.index - 12), match.index);
      if (unit === 60 && (CLOCK_NUMBER.test(match[1] ?? '') || CLOCK_BEFORE[lang].test(before))) continue;
      keep(match.index, match[0].length, amount * unit);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

function numberValue(raw: string, lang: Lang): number | undefined {
  // The number pattern is greedy over letters and hyphens, so "one-hour" leaves "one-": the hyphen
  // joins number and unit, it is not part of the number.
  const word = raw.toLowerCase().replace(/-+$/u, '');
  if (/^\d/.test(word)) {
    const value = Number(word.replace(',', '.'));
    return Number.isFinite(value) ? value : undefined;
  }
  return NUMBER_WORDS[lang][word];
}
