/**
 * tone/timid: the draft apologises for being written, or hedges its ask away.
 * One apology for the message itself is enough; hedges only count from two on, because a
 * single softener after a clear ask ("no worries if not") is ordinary politeness.
 */
import { matchAllInBody, phrasePattern, phraseReplacement, phraseSource, removal } from '../../body-search';
import type { ListMatch, Phrase } from '../../body-search';
import { EN_APOLOGIES, EN_HEDGES } from '../../lexicon/en-tone';
import { NL_APOLOGIES, NL_HEDGES } from '../../lexicon/nl-tone';
import type { Draft, Lang, RawFinding, Rule } from '../../types';

interface Lists {
  apologies: readonly Phrase[];
  hedges: readonly Phrase[];
}

const LISTS: Record<Lang, Lists> = {
  en: { apologies: EN_APOLOGIES, hedges: EN_HEDGES },
  nl: { apologies: NL_APOLOGIES, hedges: NL_HEDGES },
};

/** Apologies first, then hedges: one list, so a match's index tells which it is. */
const PATTERNS: Record<Lang, { apologies: RegExp[]; hedges: RegExp[]; all: RegExp[] }> = {
  en: compile(LISTS.en),
  nl: compile(LISTS.nl),
};

function compile(lists: Lists): { apologies: RegExp[]; hedges: RegExp[]; all: RegExp[] } {
  const apologies = lists.apologies.map((p) => phrasePattern(phraseSource(p)));
  const hedges = lists.hedges.map((p) => phrasePattern(phraseSource(p)));
  return { apologies, hedges, all: [...apologies, ...hedges] };
}

const TEXT = {
  en: {
    apology: (phrase: string) =>
      `"${phrase}" apologises for writing. You have a reason to write: state it and ask with confidence.`,
    hedge: (phrase: string, count: number) =>
      `"${phrase}" is one of ${count} hedges that talk your ask away. Ask plainly; one polite softener is enough.`,
    drop: 'Drop it',
    dropHedge: 'Drop the hedge',
  },
  nl: {
    apology: (phrase: string) =>
      `"${phrase}" verontschuldigt zich voor het bericht. U heeft een reden om te schrijven: noem die en vraag met vertrouwen.`,
    hedge: (phrase: string, count: number) =>
      `"${phrase}" is een van ${count} afzwakkingen die uw vraag wegpraten. Vraag het gewoon; één beleefde verzachting is genoeg.`,
    drop: 'Weglaten',
    dropHedge: 'Afzwakking weglaten',
  },
};

function finding(draft: Draft, match: ListMatch, entry: Phrase, message: string, label: string, next?: ListMatch): RawFinding {
  const replacement = phraseReplacement(entry, match.text);
  if (replacement !== undefined) {
    return { start: match.start, end: match.end, message, suggestions: [{ text: `${label}: "${replacement}"`, replacement }] };
  }
  const cut = removal(draft, match, next?.start);
  const suggestion = cut.replacement === undefined ? { text: label } : { text: label, replacement: cut.replacement };
  return { start: cut.start, end: cut.end, message, suggestions: [suggestion] };
}

/** A condition that lets the reader off, and the reassurance that completes it. */
const RELEASE_CONDITION = /^(?:if|als|mocht|indien)\b/iu;
const REASSURANCE = /^[\s,]*(?:no (?:hard feelings|worries|problem|pressure)|all good|totally fine|that['’]?s (?:fine|ok|okay)|geen (?:probleem|zorgen|harde gevoelens)|prima|ook goed)\b/iu;

/**
 * Hedges counted as softeners: a condition and the reassurance right after it ("If the timing is
 * not right, no hard feelings") are one, as rules.md's "no worries if not" is one.
 */
function softeners(draft: Draft, hedges: readonly ListMatch[]): number {
  let count = 0;
  let previous: ListMatch | undefined;
  for (const m of hedges) {
    const completes =
      previous !== undefined && RELEASE_CONDITION.test(previous.text) && /^[\s,]*$/u.test(draft.text.slice(previous.end, m.start)) && REASSURANCE.test(m.text);
    if (!completes) count++;
    previous = m;
  }
  return count;
}

const rule: Rule = {
  meta: {
    id: 'tone/timid',
    set: 'tone',
    severity: 'info',
    description: {
      en: 'Apologising for writing, or hedging the ask away ("sorry to bother you", "I was just wondering if maybe").',
      nl: 'Excuses voor het bericht, of de vraag wegpraten ("sorry dat ik stoor", "ik vroeg me af of misschien").',
    },
    rationale: {
      en:
        'Not daring to ask is the other way to lose the reply: an apology tells the reader the message is not worth ' +
        'their time, and stacked hedges hide what you want. A single softener after a clear ask is fine, so hedges ' +
        'count from two on.',
      nl:
        'Niet durven vragen kost net zo goed de reactie: een excuus zegt de lezer dat het bericht zijn tijd niet waard ' +
        'is, en gestapelde afzwakkingen verbergen wat u wilt. Eén verzachting na een duidelijke vraag is prima, dus ' +
        'afzwakkingen tellen pas vanaf twee.',
    },
  },
  check(draft) {
    const lists = LISTS[draft.lang];
    const patterns = PATTERNS[draft.lang];
    const text = TEXT[draft.lang];
    const all = matchAllInBody(draft, patterns.all);
    const apologyCount = patterns.apologies.length;
    const hedges = all.filter((m) => m.pattern >= apologyCount);
    const hedged = softeners(draft, hedges) >= 2;
    const reported = all.filter((m) => m.pattern < apologyCount || hedged);
    return reported.map((m, i) => {
      const next = reported[i + 1];
      if (m.pattern < apologyCount) {
        return finding(draft, m, lists.apologies[m.pattern]!, text.apology(m.text), text.drop, next);
      }
      const entry = lists.hedges[m.pattern - apologyCount]!;
      return finding(draft, m, entry, text.hedge(m.text, hedges.length), text.dropHedge, next);
    });
  },
};

export default rule;
