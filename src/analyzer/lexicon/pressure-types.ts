/**
 * The shape of the pressure lexicons read by cta/pushy (en-pressure.ts, nl-pressure.ts).
 *
 * Phrases are regular-expression sources written for people: a plain space stands for any run of
 * whitespace (hard-wrapped mail breaks lines anywhere), " ?" for optional whitespace, and a straight
 * apostrophe also matches the curly one. Matching is case-insensitive and bounded by non-letters on both sides.
 */

/** The kinds of pressure rules.md names for cta/pushy (shouting and repetition are found structurally). */
export type PressureKind = 'urgency' | 'scarcity' | 'silence' | 'ultimatum' | 'wording';

export interface PressurePhrase {
  /** Regular-expression source, in the notation above. */
  pattern: string;
  /**
   * A calmer wording that can stand in place of the matched phrase. '' means the phrase can be
   * deleted and the sentence still reads; absent means only a text suggestion fits.
   */
  calmer?: string;
  /**
   * Pressure only when it is on the reader: skipped in a clause whose subject is the writer
   * ("I'll send it ASAP", "ik stuur het vandaag nog"), unless the writer states a need
   * ("I need it ASAP").
   */
  readerOnly?: boolean;
  /**
   * A promise of silence ("dan laat ik je met rust", "I won't contact you again") presses only in
   * outreach the reader has not answered; in a reply it takes the reader's own "no" on board.
   */
  outreachOnly?: boolean;
}

export interface PressureGroup {
  kind: PressureKind;
  phrases: readonly PressurePhrase[];
}

/**
 * A deadline on the reader's own step ("reply today", "sign by Friday") needs both parts in one
 * clause: a verb of the reader's decision or action, and a deadline marker.
 */
export interface DeadlineLexicon {
  /** Alternation of verbs the reader would do (imperative / infinitive forms). */
  verbs: string;
  /** The verbs of a decision proper (reply, sign, order, approve …): the only ones a date can press. */
  decisionVerbs: string;
  /** Markers of "right now" ("today", "immediately") that press any of `verbs`. */
  markers: string;
  /** Dated deadlines ("by Friday", "vóór vrijdag"); only on `decisionVerbs`, since "a call before the
   * end of the month" is scheduling, not pressure. */
  dateMarkers: string;
  /** Markers too common to trust ("now", "nu", "direct"): only in an imperative ("Bestel nu"). */
  weakMarkers: string;
  /**
   * Words that open a purpose clause ("om … te", "to …"): a weak marker behind one tells how the
   * step goes ("Klik hier om de intake direct af te ronden"), not when the reader must take it.
   */
  purposeOpeners: readonly string[];
  /** Whether the marker may also come before the verb ("vóór vrijdag reageren"). */
  markerFirst: boolean;
  /** Words that open an imperative clause without being its subject ("please", "just", "dan"). */
  imperativeLead: readonly string[];
  /** Second-person words: a clause with one of them addresses the reader. */
  secondPerson: readonly string[];
  /**
   * Possessive second-person words ("your", "uw"): "your customers love it today" is about third
   * parties, so these address the reader only next to one of `requestLeads` ("Can your team sign by
   * Friday?", "Your team should sign today").
   */
  possessives: readonly string[];
  /** Modal and auxiliary verbs that ask or oblige ("can", "should", "kunt", "moet"). */
  requestLeads: readonly string[];
  /** Words after which "you" is an object, not the subject ("retailers like you", "voor u"). */
  objectMarkers: readonly string[];
  /** Conjunctions after which "you" opens a clause of the reader's ("I'll send it if you reply ASAP"). */
  clauseOpeners: readonly string[];
  /**
   * Openers of a condition on the reader's step, word by word ("if", "as long as", "als", "zolang"):
   * "If you can sign it by Friday, we can hold the slot" sets a deadline on the reader's decision,
   * so "you can" after these is a request, not a promise, and "you" is the subject, not an object.
   */
  conditionOpeners: readonly (readonly string[])[];
  /** First-person subjects: a clause with one of them is the writer's own step, not the reader's. */
  firstPerson: readonly string[];
  /** Words by which the writer asks something of the reader after all ("I need", "ik wil graag"). */
  writerNeeds: readonly string[];
}

/**
 * What takes the pressure off a phrase the groups or deadlines found (rules.md: only pressure on
 * the reader's decision counts). Regular-expression sources, matched case-insensitively on the
 * sentence up to the phrase (`lead`) or on the whole clause (`clause`).
 */
export interface PressureRelief {
  /** The lead says the reader need not hurry ("there's no need to act now", "je hoeft niet …"). */
  negation: string;
  /** The clause offers the writer's own action without a pronoun ("Happy to send it ASAP", "Graag stuur ik …"). */
  writerOffer: string;
  /** The sentence asks how the reader works today ("How does your team order stock today?", "Do you still order by phone today?"): a question, no deadline. */
  practiceQuestion: string;
  /**
   * The clause is about someone else doing the step ("Your customers can order online today", "Ons
   * team bevestigt vandaag nog je slot"), unless it still lays a duty on them (`duty`).
   */
  otherSubject: string;
  /** Words of obligation that keep a clause about "your team" a demand ("Your team should sign today"). */
  duty: string;
  /** The lead tells a story ("a client told me they had to act fast"): reported, not asked of the reader. */
  narration: string;
  /**
   * Urgency phrases that a post also uses as advice on the reader's own habits ("Track your numbers
   * weekly, don't wait for your manager"): matched on the phrase itself.
   */
  habitUrgency: string;
  /**
   * Words that tie a sentence to the reader's buying decision (an offer, a price, signing up): with
   * one of these near it, "don't wait" in a post presses a decision after all.
   */
  offerContext: string;
  /**
   * The clause before a duty phrase ("you need to", "je moet") that makes it general advice rather
   * than a demand on the reader's decision: the consequent of a condition ("If you want better
   * results, you need to …", "Als je … wil, moet je …"), or a general "then / sometimes" ("maar dan
   * moet je …", "soms moet je …"). Matched on the lead up to the phrase.
   */
  adviceLead: string;
  /** A duty phrase that opens its sentence as a statement ("Moet je direct benaderen."): Dutch topic drop, advice. */
  adviceOpening: string;
}

export interface PressureLexicon {
  groups: readonly PressureGroup[];
  deadlines: DeadlineLexicon;
  relief: PressureRelief;
}

/** A fixed pressure phrase, with the calmer wording that may stand in its place. */
export const phrase = (pattern: string, calmer?: string): PressurePhrase => (calmer === undefined ? { pattern } : { pattern, calmer });
/** A phrase that presses only when the reader is the one asked to hurry (see PressurePhrase.readerOnly). */
export const onReader = (pattern: string, calmer?: string): PressurePhrase => ({ ...phrase(pattern, calmer), readerOnly: true });
/** A promise of silence: pressure in outreach, not in a reply (see PressurePhrase.outreachOnly). */
export const silence = (pattern: string): PressurePhrase => ({ pattern, outreachOnly: true });
