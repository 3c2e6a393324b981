/**
 * What cta/pushy says, per kind of pressure, in the draft's language. `{phrase}` is the excerpt.
 */
import type { Lang } from '../types';
import type { PressureHit } from './phrases';

type HitKind = PressureHit['kind'];

interface Wording {
  message: string;
  /** Label of the fix button when a calmer replacement exists. */
  replace: string;
  /** Label of the fix button that deletes the phrase. */
  remove: string;
  /** Advice when no literal fix fits. */
  advice: string;
}

const EN: Record<HitKind, Wording> = {
  urgency: {
    message: 'Deadline pressure: “{phrase}” rushes the reader’s decision.',
    replace: 'Let the reader choose the moment',
    remove: 'Remove the push',
    advice: 'Drop the deadline and let the reader decide in their own time.',
  },
  scarcity: {
    message: 'Scarcity pressure: “{phrase}” pushes the reader to decide before they can weigh it.',
    replace: 'Say it without the countdown',
    remove: 'Remove the countdown',
    advice: 'Drop the countdown; say what the offer is worth to the reader instead.',
  },
  silence: {
    message: 'Nagging about silence: “{phrase}” makes the reader feel guilty for not answering.',
    replace: 'Refer back without the guilt',
    remove: 'Remove the nagging',
    advice: 'Follow up with something new instead, e.g. “Following up on my note: is this still relevant?”',
  },
  ultimatum: {
    message: 'Ultimatum: “{phrase}” corners the reader.',
    replace: 'Leave the door open',
    remove: 'Remove the ultimatum',
    advice: 'Leave the door open instead, e.g. “If the timing isn’t right, no problem.”',
  },
  wording: {
    message: 'Pressure wording: “{phrase}” tells the reader what to do.',
    replace: 'Invite instead of instruct',
    remove: 'Remove the pressure',
    advice: 'Invite instead of instruct: tell the reader what is in it for them and let them choose.',
  },
  shouting: {
    message: 'Shouting: “{phrase}” reads as pressure (capitals and exclamation marks).',
    replace: 'Write it calmly',
    remove: 'Remove it',
    advice: 'Use normal case and a full stop.',
  },
  repetition: {
    message: 'Nagging: the same ask made for the third time (“{phrase}”).',
    replace: 'Ask once',
    remove: 'Remove the repeated ask',
    advice: 'Ask once, near the end, when the reader can weigh it.',
  },
};

const NL: Record<HitKind, Wording> = {
  urgency: {
    message: 'Tijdsdruk: “{phrase}” jaagt de lezer op bij zijn beslissing.',
    replace: 'Laat de lezer het moment kiezen',
    remove: 'Haal de druk weg',
    advice: 'Laat de termijn weg; de lezer beslist zelf wanneer.',
  },
  scarcity: {
    message: 'Schaarstedruk: “{phrase}” dwingt de lezer te beslissen voordat hij het kan afwegen.',
    replace: 'Zeg het zonder aftellen',
    remove: 'Haal het aftellen weg',
    advice: 'Laat het aftellen weg; vertel liever wat het aanbod de lezer oplevert.',
  },
  silence: {
    message: 'Zeuren over stilte: “{phrase}” geeft de lezer een schuldgevoel omdat hij niet antwoordde.',
    replace: 'Verwijs terug zonder verwijt',
    remove: 'Haal het verwijt weg',
    advice: 'Kom terug met iets nieuws, bijvoorbeeld: “Ik kom even terug op mijn mail: is dit nog actueel?”',
  },
  ultimatum: {
    message: 'Ultimatum: “{phrase}” zet de lezer klem.',
    replace: 'Laat de deur open',
    remove: 'Haal het ultimatum weg',
    advice: 'Laat de deur open, bijvoorbeeld: “Komt het nu niet uit, geen probleem.”',
  },
  wording: {
    message: 'Drukzetten: “{phrase}” vertelt de lezer wat hij moet doen.',
    replace: 'Nodig uit in plaats van op te dragen',
    remove: 'Haal de druk weg',
    advice: 'Nodig uit in plaats van op te dragen: vertel wat het de lezer oplevert en laat hem kiezen.',
  },
  shouting: {
    message: 'Schreeuwen: “{phrase}” komt over als druk (hoofdletters en uitroeptekens).',
    replace: 'Schrijf het rustig',
    remove: 'Haal het weg',
    advice: 'Gebruik gewone letters en een punt.',
  },
  repetition: {
    message: 'Zeuren: dezelfde vraag voor de derde keer (“{phrase}”).',
    replace: 'Vraag het één keer',
    remove: 'Haal de herhaalde vraag weg',
    advice: 'Vraag het één keer, aan het eind, als de lezer het kan afwegen.',
  },
};

export function wordingFor(lang: Lang, kind: HitKind): Wording {
  return (lang === 'nl' ? NL : EN)[kind];
}

/** The finding's message with the excerpt filled in (shortened when long). */
export function messageFor(lang: Lang, kind: HitKind, excerpt: string): string {
  const flat = excerpt.replace(/\s+/gu, ' ').trim();
  const shown = flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
  return wordingFor(lang, kind).message.replace('{phrase}', shown);
}
