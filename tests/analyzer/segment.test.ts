import { describe, expect, it } from 'vitest';
import { segment } from '../../src/analyzer/segment';

function sentences(text: string): string[] {
  return segment(text, [{ start: 0, end: text.length }]).sentences.map((s) => s.text);
}

describe('segment', () => {
  it.each([
    ['sentence punctuation', 'We help teams. Worth a chat? Great!', ['We help teams.', 'Worth a chat?', 'Great!']],
    ['hard-wrapped email lines join', 'Would it be worth a 10-minute call to see if something similar\ncould work for your team?', ['Would it be worth a 10-minute call to see if something similar\ncould work for your team?']],
    ['a long wrapped line before a capital joins', 'We built a system that helped the mid-market team at\nGong recover deals.', ['We built a system that helped the mid-market team at\nGong recover deals.']],
    ['short lines of a post stay apart', 'Direct antwoord\nGeen Excel\nGewoon vragen', ['Direct antwoord', 'Geen Excel', 'Gewoon vragen']],
    ['list items', 'Our platform includes:\n- lead scoring\n- email sequences', ['Our platform includes:', 'lead scoring', 'email sequences']],
    ['numbered and emoji bullets', '1. Book a call\n2) Read the guide\n👉 Try it', ['Book a call', 'Read the guide', 'Try it']],
    ['abbreviations', 'We work with e.g. banks and insurers. Bijv. banken.', ['We work with e.g. banks and insurers.', 'Bijv. banken.']],
    ['decimals and links', 'Only 1.99 at https://shop.example.com/a.html today. Ok?', ['Only 1.99 at https://shop.example.com/a.html today.', 'Ok?']],
    ['a link on its own line', 'Meer weten?\nhttps://example.nl/demo', ['Meer weten?', 'https://example.nl/demo']],
    ['exclamation before an emoji', 'Gaaf!🚀 Echt waar.', ['Gaaf!', '🚀 Echt waar.']],
    ['paragraphs', 'One\n\nTwo', ['One', 'Two']],
    [
      'labelled links on consecutive lines',
      'Read the full customer story on our website here: https://example.com/story\nBook a slot in my calendar: https://example.com/meet',
      ['Read the full customer story on our website here: https://example.com/story', 'Book a slot in my calendar: https://example.com/meet'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('marks standalone lines (headings, labels, bare links) and line starts', () => {
    const text = 'NEXT STEPS\nWe talk. Then we build.\nhttps://x.example';
    const s = segment(text, [{ start: 0, end: text.length }]).sentences;
    expect(s.map((x) => [x.text, x.startsLine, x.standalone])).toEqual([
      ['NEXT STEPS', true, true],
      ['We talk.', true, false],
      ['Then we build.', false, false],
      ['https://x.example', true, true],
    ]);
  });

  it('counts words with their offsets, links as one word', () => {
    const text = "Don't miss https://a.example/x?y=1. Thanks";
    const { words } = segment(text, [{ start: 0, end: text.length }]);
    expect(words.map((w) => w.text)).toEqual(["Don't", 'miss', 'https://a.example/x?y=1', 'Thanks']);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
  });

  it('assigns every word to one sentence', () => {
    const text = 'A b c. D e?\n\nF g';
    const { words, sentences } = segment(text, [{ start: 0, end: text.length }]);
    expect(sentences.reduce((n, s) => n + s.wordCount, 0)).toBe(words.length);
    expect(sentences.map((s) => s.firstWord)).toEqual([0, 3, 5]);
  });
});
