/**
 * post/engagement-bait: a LinkedIn post asks for reactions as a device for reach ("Comment YES",
 * "Like if you agree", "Tag 3 friends") rather than for the reader's view or a real next step.
 * A genuine question ("What's your experience with this?") matches none of the patterns.
 */
import { matchAllInBody, phrasePattern, sentenceAt } from '../../body-search';
import { EN_BAIT_KEYWORD, EN_BAIT_PHRASES } from '../../lexicon/en-post';
import { NL_BAIT_KEYWORD, NL_BAIT_PHRASES } from '../../lexicon/nl-post';
import type { Lang, Rule } from '../../types';

/** Keyword patterns keep their case (capitals are the tell); phrases are matched case-insensitively. */
function compile(keyword: readonly string[], phrases: readonly string[]): RegExp[] {
  return [...keyword.map((source) => new RegExp(source, 'gu')), ...phrases.map(phrasePattern)];
}

const PATTERNS: Record<Lang, RegExp[]> = {
  en: compile(EN_BAIT_KEYWORD, EN_BAIT_PHRASES),
  nl: compile(NL_BAIT_KEYWORD, NL_BAIT_PHRASES),
};

const TEXT = {
  en: {
    message: (phrase: string) =>
      `"${phrase}" asks for a reaction as a device for reach; LinkedIn shows such posts to fewer people. Ask for the reader's view instead.`,
    suggestion: 'Ask a genuine question instead',
    question: 'What is your experience with this?',
  },
  nl: {
    message: (phrase: string) =>
      `"${phrase}" vraagt om een reactie als trucje voor bereik; LinkedIn laat zulke posts aan minder mensen zien. Vraag liever naar de mening van de lezer.`,
    suggestion: 'Stel liever een echte vraag',
    question: 'Wat is jouw ervaring hiermee?',
  },
};

const rule: Rule = {
  meta: {
    id: 'post/engagement-bait',
    set: 'post',
    severity: 'warning',
    description: {
      en: 'A post that asks for comments, likes, tags or reposts as a device for reach ("Comment YES", "Tag 3 friends").',
      nl: 'Een post die om reacties, likes, tags of reposts vraagt als trucje voor bereik ("Reageer met JA", "Tag iemand").',
    },
    rationale: {
      en:
        'LinkedIn says it shows posts that ask for reactions, comments or reposts as a way to game reach to fewer ' +
        'people. A genuine question about the reader\'s experience invites real comments and is not bait.',
      nl:
        'LinkedIn zegt dat het posts die om reacties, comments of reposts vragen om het bereik op te krikken, aan ' +
        'minder mensen laat zien. Een echte vraag naar de ervaring van de lezer levert echte reacties op en is geen bait.',
    },
  },
  check(draft) {
    if (draft.kind !== 'post') return [];
    const text = TEXT[draft.lang];
    const seen = new Set<number>();
    const findings = [];
    for (const m of matchAllInBody(draft, PATTERNS[draft.lang])) {
      // Span: the sentence that makes the request (one finding per sentence), so the fix can replace it whole.
      // (Looked up at the match's last character: a leading emoji such as "♻️" can sit outside the sentence, as a bullet.)
      const sentence = sentenceAt(draft, m.end - 1);
      const start = Math.min(sentence?.start ?? m.start, m.start);
      const end = Math.max(sentence?.end ?? m.end, m.end);
      if (seen.has(start)) continue;
      seen.add(start);
      findings.push({
        start,
        end,
        message: text.message(m.text),
        suggestions: [{ text: `${text.suggestion}: "${text.question}"`, replacement: text.question }],
      });
    }
    return findings;
  },
};

export default rule;
