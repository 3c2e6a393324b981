/**
 * Context that takes the pressure off a phrase cta/pushy found (rules.md: urgency counts only on
 * the reader's decision): a negation in front of it ("no need to act now", "geen haast"), a clause
 * in which the writer offers their own action ("Happy to send the deck over as soon as possible"),
 * a clause about someone else's step ("Your customers can order online today"), and a question about
 * how the reader works today ("How does your team order stock today?"). The phrases come from the
 * `relief` part of each pressure lexicon.
 */
import type { PressureLexicon } from '../lexicon/pressure-types';
import type { PressureHit } from './phrases';
import { stepClauseWords, words } from './text';

interface CompiledRelief {
  negation: RegExp;
  writerOffer: RegExp;
  practiceQuestion: RegExp;
  otherSubject: RegExp;
  duty: RegExp;
  narration: RegExp;
  firstPerson: Set<string>;
  writerNeeds: Set<string>;
  readerPronouns: Set<string>;
  clauseOpeners: Set<string>;
}

const cache = new Map<PressureLexicon, CompiledRelief>();

function compiled(lexicon: PressureLexicon): CompiledRelief {
  const known = cache.get(lexicon);
  if (known) return known;
  const { relief } = lexicon;
  const made = {
    negation: new RegExp(relief.negation, 'iu'),
    writerOffer: new RegExp(relief.writerOffer, 'iu'),
    practiceQuestion: new RegExp(relief.practiceQuestion, 'iu'),
    otherSubject: new RegExp(relief.otherSubject, 'iu'),
    duty: new RegExp(relief.duty, 'iu'),
    narration: new RegExp(relief.narration, 'iu'),
    firstPerson: new Set(lexicon.deadlines.firstPerson),
    writerNeeds: new Set(lexicon.deadlines.writerNeeds),
    readerPronouns: new Set(lexicon.deadlines.secondPerson.filter((w) => !lexicon.deadlines.possessives.includes(w))),
    clauseOpeners: new Set(lexicon.deadlines.clauseOpeners),
  };
  cache.set(lexicon, made);
  return made;
}

/** Kinds a negation, an offer or a practice question can lift; nagging, ultimatums and shouting stay. */
const LIFTABLE = new Set<PressureHit['kind']>(['urgency', 'scarcity', 'wording']);

/** Words that turn a sentence from the writer's offer to a demand on the reader (English and Dutch). */
const CONTRAST = /\b(?:but|however|although|though|maar|echter|toch)\b/iu;

/** Where the clause (ended by ".!?;:" or a line break) holding `at` starts, not before `from`. */
function clauseStart(text: string, from: number, at: number, marks = '.!?;:\n'): number {
  const before = text.slice(from, at);
  return from + Math.max(...[...marks].map((c) => before.lastIndexOf(c))) + 1;
}

/** Where that clause ends, its closing mark included (a "?" tells a question). */
function clauseEnd(text: string, at: number, to: number): number {
  const m = /[.!?;\n]/u.exec(text.slice(at, to));
  return m ? at + m.index + 1 : to;
}

/**
 * "We guarantee a prompt response": the writer is the subject and asks nothing. Not when the writer
 * states a need ("We need your answer ASAP") or the reader acts later in the lead ("I'll send it if
 * you reply ASAP").
 */
function writerIsSubject(leadWords: string[], relief: CompiledRelief): boolean {
  const writer = leadWords.findIndex((w) => relief.firstPerson.has(w));
  if (writer < 0 || leadWords.some((w) => relief.writerNeeds.has(w))) return false;
  return !readerTakesOver(leadWords, writer + 1, relief);
}

/**
 * True when the clause leading up to `at` is the writer's own step ("I'll send it over ASAP"), so
 * a phrase that presses only on the reader's step (PressurePhrase.readerOnly) does not count.
 */
export function writersOwnStep(text: string, from: number, at: number, lexicon: PressureLexicon): boolean {
  const relief = compiled(lexicon);
  const lead = text.slice(clauseStart(text, from, at), at);
  return writerIsSubject(stepClauseWords(lead, relief.firstPerson, relief.clauseOpeners), relief);
}

/** Whether the reader opens a clause of their own from word `from` on ("… if you reply ASAP"). */
function readerTakesOver(leadWords: string[], from: number, relief: CompiledRelief): boolean {
  return leadWords.some((w, i) => i >= from && relief.readerPronouns.has(w) && relief.clauseOpeners.has(leadWords[i - 1] ?? ''));
}

/** True when the context of `hit` shows it is no pressure on the reader. */
export function pressureLifted(text: string, from: number, to: number, hit: PressureHit, lexicon: PressureLexicon): boolean {
  if (!LIFTABLE.has(hit.kind)) return false;
  const relief = compiled(lexicon);
  const start = clauseStart(text, from, hit.start);
  const lead = text.slice(start, hit.start).replace(/’/gu, "'");
  if (relief.negation.test(lead) || relief.narration.test(lead)) return true;
  if (hit.kind !== 'urgency') return false;
  if (writerIsSubject(stepClauseWords(lead, relief.firstPerson, relief.clauseOpeners), relief) && !CONTRAST.test(lead)) return true;
  const clause = text.slice(start, clauseEnd(text, hit.end, to)).replace(/’/gu, "'");
  // "Happy to help, but you need to decide by Friday": a turn after the offer puts the reader back in charge.
  if (relief.writerOffer.test(clause) && !CONTRAST.test(lead) && !readerTakesOver(words(lead), 0, relief)) return true;
  if (relief.otherSubject.test(lead) && !relief.duty.test(lead)) return true;
  // A question runs to its "?" across ":" ("Wanneer bestellen jullie: vandaag nog of later?").
  const sentence = text.slice(clauseStart(text, from, hit.start, '.!?\n'), clauseEnd(text, hit.end, to)).replace(/’/gu, "'");
  return relief.practiceQuestion.test(sentence) && sentence.trimEnd().endsWith('?');
}
