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
  /** Whether the marker may also come before the verb ("vóór vrijdag reageren"). */
  markerFirst: boolean;
  /** Words that open an imperative clause without being its subject ("please", "just", "dan"). */
  imperativeLead: readonly string[];
  /** Second-person words: a clause with one of them addresses the reader. */
  secondPerson: readonly string[];
  /** First-person subjects: a clause with one of them is the writer's own step, not the reader's. */
  firstPerson: readonly string[];
  /** Words by which the writer asks something of the reader after all ("I need", "ik wil graag"). */
  writerNeeds: readonly string[];
}

export interface PressureLexicon {
  groups: readonly PressureGroup[];
  deadlines: DeadlineLexicon;
}
