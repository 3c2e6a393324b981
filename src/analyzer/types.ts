/**
 * The analyzer's vocabulary. DOM-free: this file is shared by Node (library, CLI),
 * the content script, the popup and the options page.
 */

export type Lang = 'en' | 'nl';
export type LangOption = Lang | 'auto';
export type Kind = 'email' | 'message' | 'post' | 'comment';
export type Thread = 'first' | 'reply';
export type Severity = 'error' | 'warning' | 'info';

export const RULE_SET_IDS = ['cta', 'tone', 'clarity', 'post', 'subject', 'template'] as const;
export type RuleSetId = (typeof RULE_SET_IDS)[number];

/** Every rule id. Adding one here forces a registry entry (see registry.ts). */
export const RULE_IDS = [
  'cta/missing',
  'cta/pushy',
  'cta/too-early',
  'cta/multiple',
  'cta/too-big',
  'tone/timid',
  'tone/self-focus',
  'clarity/length',
  'clarity/readability',
  'clarity/questions',
  'post/engagement-bait',
  'post/hook',
  'post/hashtags',
  'subject/missing',
  'subject/length',
  'subject/shouting',
  'template/placeholder',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** A piece of text in both interface languages. */
export type Localized = Record<Lang, string>;

export interface Suggestion {
  /** What the suggestion says, shown on the fix button. */
  text: string;
  /** The text that replaces the finding's span when the user applies it; absent when no literal fix exists. */
  replacement?: string;
}

export interface Finding {
  ruleId: RuleId;
  ruleSet: RuleSetId;
  severity: Severity;
  message: string;
  /** Offsets into the analysed string: JavaScript string indices, end exclusive. */
  start: number;
  end: number;
  /** Exactly text.slice(start, end). */
  excerpt: string;
  suggestions: Suggestion[];
  /**
   * Set when the finding is on the subject line rather than in the text (a placeholder left in an
   * email's subject, the part of a subject past its field's limit): its span in the subject and the
   * words there (excerpt === subject.slice(start, end)). start/end are then 0, as for the subject rules.
   */
  subject?: Span & { excerpt: string };
}

export interface Stats {
  words: number;
  sentences: number;
  asks: number;
  /** True when the body was longer than the analyzer reads (MAX_ANALYZED_CHARS) and only its start was linted. */
  truncated: boolean;
}

export interface Report {
  language: Lang;
  kind: Kind;
  thread: Thread;
  score: number;
  findings: Finding[];
  stats: Stats;
}

/** User settings as the analyzer sees them (validated; see src/settings). */
export interface RuleOverride {
  /** 'off' disables the rule; a severity replaces the rule's default. */
  level: 'off' | Severity;
}

export type SiteId = 'gmail' | 'linkedin' | 'outlook';

export interface Settings {
  ruleSets: Record<RuleSetId, boolean>;
  rules: Partial<Record<RuleId, RuleOverride>>;
  /** Language of drafts; 'auto' detects it. */
  language: LangOption;
  /** Sites where the extension lints (the analyzer ignores this). */
  sites: Record<SiteId, boolean>;
}

export interface AnalyzeOptions {
  kind?: Kind;
  thread?: Thread;
  lang?: LangOption;
  settings?: Settings | unknown;
  subject?: string;
  maxLength?: number;
  /**
   * The subject field's own character limit, when it has one (an InMail's subject): a longer
   * subject is a clarity/length error on the subject line, whatever the kind.
   */
  subjectMaxLength?: number;
  /** Template mode (rules.md `template`): placeholders are meant to be there, and template/placeholder is silent. */
  template?: boolean;
}

/** A half-open range [start, end) of the original text. */
export interface Span {
  start: number;
  end: number;
}

export interface Word extends Span {
  text: string;
}

export interface Sentence extends Span {
  /** text.slice(start, end), with the hard line wraps of the source still in it. */
  text: string;
  /** Index of the first body word of this sentence in Draft.words. */
  firstWord: number;
  /** Number of words in the sentence. */
  wordCount: number;
  /** Starts a new line (or paragraph) in the source. */
  startsLine: boolean;
  /** True for a line of its own with no sentence punctuation (a heading, a button label, a bare link). */
  standalone: boolean;
}

export type AskForm = 'question' | 'imperative' | 'conditional' | 'wish' | 'link';

/**
 * How heavy the step asked for is: 'commit' is a final or heavy commitment in the sense of
 * cta/too-big (sign, buy, pay, approve, budget, a meeting of 30 minutes or more).
 */
export type AskSize = 'small' | 'commit';

export interface Ask extends Span {
  /** The sentence (index into Draft.sentences) holding the ask. */
  sentence: number;
  form: AskForm;
  size: AskSize;
  /**
   * What the reader is asked to do, normalised so that the same ask made twice compares equal
   * ("call", "reply", "download", "visit:example.com", "opinion" …). Used by cta/multiple and
   * the nagging-repetition part of cta/pushy.
   */
  action: string;
  /** True when the ask only makes sense after an earlier one ("If it fits, shall we talk?"). */
  dependent: boolean;
  /** Index of the ask's first word in Draft.words (its position in the body). */
  wordIndex: number;
}

/**
 * The draft as rules see it: the original text, the body (greeting, sign-off, signature and
 * quotes left out), its words, sentences and asks, all with offsets into `text`.
 */
export interface Draft {
  /** The text the rules read: the original with every placeholder read as its value (placeholders/reading.ts). */
  text: string;
  /** The text as written, placeholders and all: only template/placeholder reads it. */
  source: string;
  /** The placeholders of `source` (offsets into it) and of the subject as written. */
  placeholders: PlaceholderSpan[];
  sourceSubject?: string;
  subjectPlaceholders: PlaceholderSpan[];
  /** Template mode (AnalyzeOptions.template). */
  template: boolean;
  /** Maps a span of `text` back to `source` (a span touching a placeholder's value covers the whole placeholder). */
  toSource(span: Span): Span;
  lang: Lang;
  kind: Kind;
  thread: Thread;
  subject?: string;
  maxLength?: number;
  /** AnalyzeOptions.subjectMaxLength, when valid. */
  subjectMaxLength?: number;
  /** The body as ranges of `text` (the main part, and a P.S. after the sign-off when there is one). */
  body: Span[];
  /** The body was cut to the analyzer's limit (see MAX_ANALYZED_CHARS in index.ts). */
  truncated: boolean;
  words: Word[];
  sentences: Sentence[];
  asks: Ask[];
}

/** A merge field left in a text (see placeholders/detect.ts). */
export interface PlaceholderSpan extends Span {
  kind: string;
}

/** What a rule's check returns; the runner adds id, set, severity and excerpt. */
export interface RawFinding extends Span {
  message: string;
  suggestions: Suggestion[];
  /** A finding on the subject line: its span in the subject (see Finding.subject). */
  subject?: Span;
  /** Only for rules whose severity depends on the case (clarity/length). */
  severity?: Severity;
}

export interface RuleMeta {
  id: RuleId;
  set: RuleSetId;
  severity: Severity;
  /** One line: what the rule checks. */
  description: Localized;
  /** Why it matters, with the source of any number it quotes. */
  rationale: Localized;
  /** The rule's spans index `Draft.source` (the text as written), not the reading in `Draft.text`. */
  readsSource?: boolean;
}

export interface Rule {
  meta: RuleMeta;
  check(draft: Draft): RawFinding[];
}
