/**
 * Compiles a pressure lexicon (pressure-types.ts notation) into regular expressions, once per
 * lexicon.
 */
import type { PressureKind, PressureLexicon, PressurePhrase } from '../lexicon/pressure-types';

/**
 * Letters and digits of the Latin script (ASCII, Latin-1, Latin Extended-A and -B): enough for
 * English and Dutch. An explicit range instead of \p{L}: a case-insensitive Unicode property class
 * makes each of the lexicon's ~150 patterns several times slower to compile, which the first
 * keystroke would pay for.
 */
const WORD_CHAR = 'a-z0-9\\u00C0-\\u024F';

/** Turns the readable notation of pressure-types.ts into a real pattern source. */
function toSource(pattern: string): string {
  return pattern
    .replace(/ \?/g, '\\s*')
    .replace(/ /g, '\\s+')
    .replace(/'/g, "['’]")
    .replace(/\\p\{L\}/g, `[${WORD_CHAR}]`);
}

function bounded(pattern: string, flags = 'gi'): RegExp {
  return new RegExp(`(?<![${WORD_CHAR}])(?:${toSource(pattern)})(?![${WORD_CHAR}])`, flags);
}

/**
 * One regular expression per group, each phrase a named alternative (p0, p1 …): compiling a few
 * large patterns costs a fraction of compiling every phrase on its own. At one position the first
 * phrase of the list that matches wins, so longer phrases are listed before their shorter forms.
 */
export interface CompiledGroup {
  kind: PressureKind;
  re: RegExp;
  phrases: readonly PressurePhrase[];
}

/** The phrase of `group` that produced match `m`. */
export function phraseOf(group: CompiledGroup, m: RegExpMatchArray): PressurePhrase | undefined {
  const name = Object.entries(m.groups ?? {}).find(([, value]) => value !== undefined)?.[0];
  return name === undefined ? undefined : group.phrases[Number(name.slice(1))];
}

export type MarkerStrength = 'now' | 'date' | 'weak';

export interface Compiled {
  groups: CompiledGroup[];
  verb: RegExp;
  decisionVerb: RegExp;
  markers: { re: RegExp; strength: MarkerStrength }[];
}

const cache = new Map<PressureLexicon, Compiled>();

export function compile(lexicon: PressureLexicon): Compiled {
  const known = cache.get(lexicon);
  if (known) return known;
  const { deadlines } = lexicon;
  const compiled: Compiled = {
    groups: lexicon.groups.map((group) => ({
      kind: group.kind,
      re: bounded(group.phrases.map((p, i) => `(?<p${i}>${p.pattern})`).join('|')),
      phrases: group.phrases,
    })),
    verb: bounded(deadlines.verbs),
    decisionVerb: bounded(deadlines.decisionVerbs, 'i'),
    markers: [
      { re: bounded(deadlines.markers), strength: 'now' },
      { re: bounded(deadlines.dateMarkers), strength: 'date' },
      { re: bounded(deadlines.weakMarkers), strength: 'weak' },
    ],
  };
  cache.set(lexicon, compiled);
  return compiled;
}

