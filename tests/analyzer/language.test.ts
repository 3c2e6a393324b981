import { describe, expect, it } from 'vitest';
import { prepareDraft } from '../../src/analyzer/index';

const lang = (text: string) => prepareDraft(text).lang;

describe('language detection', () => {
  it.each([
    ['Would a 15-minute call next week make sense?', 'en'],
    ['Zullen we volgende week een kwartier bellen?', 'nl'],
    ['Hoi Jan,\n\nIk zag je post over sales. Wat vind jij ervan?\n\nGroet,\nKees', 'nl'],
    ['Hi Jan,\n\nSaw your post on sales. What do you think of it?\n\nBest,\nKees', 'en'],
    ['Thanks voor de connectie! Ik zie jullie advertenties vaak voorbij komen.', 'nl'],
    ['Leuk om te connecten, ik werk aan digitale tools voor de bouw.', 'nl'],
    ['We offer a free trial, and our team can help you get started this week.', 'en'],
  ])('%j → %s', (text, expected) => {
    expect(lang(text)).toBe(expected);
  });

  it('majority wins in mixed text', () => {
    expect(lang('Ik wil je graag laten zien hoe het werkt, want het scheelt echt tijd. Let me know!')).toBe('nl');
    expect(lang('I would love to show you how it works and what it saves. Groetjes!')).toBe('en');
  });

  it('falls back to English without any signal', () => {
    expect(lang('')).toBe('en');
    expect(lang('https://x.example')).toBe('en');
  });

  it('an explicit language wins', () => {
    expect(prepareDraft('Would a call make sense?', { lang: 'nl' }).lang).toBe('nl');
  });
});
