/**
 * Asks that span or share a line, through the whole pipeline (findAsks and the cta rules that
 * count them): a label and its link hard-wrapped onto the next line are one ask, and two
 * requests joined by "and"/"en" are two, in English and Dutch alike.
 */
import { describe, expect, it } from 'vitest';
import { analyze, prepareDraft } from '../../src/analyzer/index';
import type { Lang } from '../../src/analyzer/types';

function asks(text: string, lang: Lang) {
  return prepareDraft(text, { lang, kind: 'email' }).asks.map((a) => text.slice(a.start, a.end));
}

function fires(text: string, lang: Lang, ruleId: string): boolean {
  return analyze(text, { lang, kind: 'email' }).findings.some((f) => f.ruleId === ruleId);
}

const EN_PITCH = 'Hi Anna,\n\nWe help shops cut returns by a third with better size advice. Book a call here: https://cal.example.com/tom\n\n';
const NL_PITCH = 'Hoi Anna,\n\nWij helpen winkels met minder retouren door beter maatadvies. Plan hier een gesprek: https://cal.voorbeeld.nl/tom\n\n';

describe('a hard-wrapped labelled link', () => {
  it.each<[Lang, string, string]>([
    ['en', `${EN_PITCH}Also, have a look at our pricing page:\nhttps://example.com/pricing\n\nBest,\nTom`, 'have a look at our pricing page:\nhttps://example.com/pricing'],
    ['en', `${EN_PITCH}And download the sizing guide:\nhttps://example.com/guide\n\nBest,\nTom`, 'download the sizing guide:\nhttps://example.com/guide'],
    ['nl', `${NL_PITCH}Bekijk ook onze tarieven:\nhttps://www.voorbeeld.nl/tarieven\n\nGroet,\nTom`, 'Bekijk ook onze tarieven:\nhttps://www.voorbeeld.nl/tarieven'],
  ])('[%s] is one ask that competes with the first', (lang, text, joined) => {
    const found = asks(text, lang);
    expect(found).toHaveLength(2);
    expect(found[1]).toContain(joined);
    expect(fires(text, lang, 'cta/multiple')).toBe(true);
  });

  it('gives the same verdict as the same text on one line', () => {
    const wrapped = `${EN_PITCH}Also, have a look at our pricing page:\nhttps://example.com/pricing\n\nBest,\nTom`;
    const unwrapped = wrapped.replace('page:\n', 'page: ');
    expect(fires(wrapped, 'en', 'cta/multiple')).toBe(fires(unwrapped, 'en', 'cta/multiple'));
  });

  it('a label that asks nothing leaves the link to the ask before it', () => {
    const text =
      'Hi Sam,\n\nWould you like to try it? First 20 responses are free:\nhttps://example.com/start\n\nTakes 30 seconds to sign up.\n\nBest,\nTom';
    expect(fires(text, 'en', 'cta/multiple')).toBe(false);
  });

  it('a blank line between label and link is not a wrap', () => {
    const text = `${EN_PITCH}Also, have a look at our pricing page:\n\nhttps://example.com/pricing\n\nBest,\nTom`;
    expect(asks(text, 'en').some((a) => a.includes('\n'))).toBe(false);
  });
});

describe('two requests joined by "and" / "en"', () => {
  it.each<[Lang, string, string[]]>([
    ['en', 'Book a call with me here: https://cal.example.com/tom and download our donor guide at https://example.org/guide.', ['Book a call with me here: https://cal.example.com/tom', 'download our donor guide at https://example.org/guide.']],
    ['nl', 'Plan hier een gesprek: https://cal.voorbeeld.nl/tom en download alvast onze gids via https://www.voorbeeld.nl/gids.', ['Plan hier een gesprek: https://cal.voorbeeld.nl/tom', 'download alvast onze gids via https://www.voorbeeld.nl/gids.']],
  ])('[%s] are two asks, and they compete', (lang, sentence, expected) => {
    expect(asks(sentence, lang)).toEqual(expected);
    expect(fires(sentence, lang, 'cta/multiple')).toBe(true);
  });

  it.each<[Lang, string]>([
    ['en', 'Call or email me this week about the pilot.'],
    ['nl', 'Bel of mail me deze week over de pilot.'],
  ])('[%s] alternatives stay one ask', (lang, sentence) => {
    expect(asks(sentence, lang)).toHaveLength(1);
  });
});

describe('a greeting joined to the opening question by a dash', () => {
  it.each<[Lang, string, string]>([
    ['en', 'Hi Kevin - who on your team looks after vendor onboarding?\nWe cut setup time in half for firms like yours.\nRob', 'who on your team looks after vendor onboarding?'],
    ['en', 'Hi Kevin,\n\nCircling back on my note from last week - is vendor onboarding still on your list for Q3?\n\nThanks,\nRob', 'is vendor onboarding still on your list for Q3?'],
    ['nl', 'Hoi Kevin - wie in jullie team gaat over onboarding?\nWij halveren de doorlooptijd.\nRob', 'wie in jullie team gaat over onboarding?'],
    ['nl', 'Hoi Kevin,\n\nIk kom even terug op mijn mail van vorige week - staat onboarding nog op de planning voor Q3?\n\nGroet,\nRob', 'staat onboarding nog op de planning voor Q3?'],
  ])('[%s] keeps the question as the ask', (lang, text, question) => {
    const found = asks(text, lang);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(question);
  });
});
