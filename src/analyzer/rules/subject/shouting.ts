/**
 * subject/shouting: a subject line that shouts — two or more words in capitals that are not
 * acronyms or names, "!!", or a spam trigger ("free", "urgent", "gratis" …). The finding's span
 * is empty at 0 (see subject-line.ts); its fix is the calmer subject.
 */
import { phrasePattern } from '../../body-search';
import { SUBJECT_TRIGGERS } from '../../lexicon/subject-triggers';
import { shoutedWords, subjectFinding, subjectOf, subjectText, tidySubject } from '../../subject-line';
import type { Lang, Rule, Suggestion } from '../../types';
import { escapeRegExp, execAll } from '../../regex';

const MIN_SHOUTED = 2;
const EXCLAMATIONS = /!{2,}/g;
const TRIGGERS = SUBJECT_TRIGGERS.map(phrasePattern);

const TEXT = {
  en: {
    caps: (words: string[]) => `words in capitals (${words.join(', ')})`,
    bangs: '"!!"',
    trigger: (words: string[]) => `spam trigger${words.length > 1 ? 's' : ''} (${words.join(', ')})`,
    message: (reasons: string[]) =>
      `The subject shouts: ${reasons.join('; ')}. It reads as pressure or spam, and filters may hide it.`,
    calmer: (subject: string) => `Use a calmer subject: "${subject}"`,
    advice: 'Write the subject in plain words, without capitals, "!!" or sales triggers',
  },
  nl: {
    caps: (words: string[]) => `woorden in hoofdletters (${words.join(', ')})`,
    bangs: '"!!"',
    trigger: (words: string[]) => `spamwoord${words.length > 1 ? 'en' : ''} (${words.join(', ')})`,
    message: (reasons: string[]) =>
      `Het onderwerp schreeuwt: ${reasons.join('; ')}. Dat leest als druk of spam, en filters kunnen het verbergen.`,
    calmer: (subject: string) => `Gebruik een rustiger onderwerp: "${subject}"`,
    advice: 'Schrijf het onderwerp in gewone woorden, zonder hoofdletters, "!!" of verkoopwoorden',
  },
};

function triggersIn(subject: string): string[] {
  return TRIGGERS.flatMap((pattern) => execAll(pattern, subject).map((m) => m[0]));
}

/** The subject without triggers and "!!", shouted words in lower case, and a capital first. */
function calmerSubject(subject: string, lang: Lang): string | undefined {
  const { prefix, rest } = subjectText(subject);
  let calm = rest.replace(EXCLAMATIONS, '');
  for (const pattern of TRIGGERS) calm = calm.replace(pattern, '');
  for (const word of shoutedWords(calm)) {
    calm = calm.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u'), word.toLocaleLowerCase(lang));
  }
  const tidy = tidySubject(calm);
  return /[\p{L}\p{N}]/u.test(tidy) ? `${prefix}${tidy}` : undefined;
}

const rule: Rule = {
  meta: {
    id: 'subject/shouting',
    set: 'subject',
    severity: 'warning',
    description: {
      en: 'A subject in capitals, with "!!", or with a spam trigger ("free", "urgent").',
      nl: 'Een onderwerp in hoofdletters, met "!!" of met een spamwoord ("gratis", "dringend").',
    },
    rationale: {
      en:
        'Capitals and exclamation marks read as shouting and pressure, and words like "free", "urgent" or ' +
        '"act now" are classic spam-filter triggers: the email may never be seen. Acronyms (ROI, CEO, KPI) are fine.',
      nl:
        'Hoofdletters en uitroeptekens lezen als schreeuwen en druk, en woorden als "gratis", "dringend" of ' +
        '"nu in actie" zijn klassieke spamfilter-triggers: de e-mail wordt misschien nooit gezien. Afkortingen ' +
        '(ROI, KPI, MKB) zijn prima.',
    },
  },
  check(draft) {
    const subject = subjectOf(draft);
    if (subject === undefined) return [];
    const text = TEXT[draft.lang];
    const reasons: string[] = [];
    const shouted = shoutedWords(subject);
    if (shouted.length >= MIN_SHOUTED) reasons.push(text.caps(shouted));
    if (subject.includes('!!')) reasons.push(text.bangs);
    const triggers = triggersIn(subject);
    if (triggers.length > 0) reasons.push(text.trigger(triggers));
    if (reasons.length === 0) return [];
    const calmer = calmerSubject(subject, draft.lang);
    const suggestions: Suggestion[] = calmer
      ? [{ text: text.calmer(calmer), replacement: calmer }]
      : [{ text: text.advice }];
    return [subjectFinding(text.message(reasons), suggestions)];
  },
};

export default rule;
