import { expect, it } from 'vitest';
import { findingsOf, ruleCases } from './rule-tester';

const BODY = 'Hi Martin,\n\nYour garden centres take on sixty extra staff each spring. Worth a call?\n\nThanks,\nRachel';
const BODY_NL = 'Beste Jan,\n\nUw tuincentra nemen elk voorjaar zestig extra mensen aan. Zullen we bellen?\n\nGroet,\nPieter';

ruleCases('subject/length', {
  valid: [
    { name: 'three words', text: BODY, options: { subject: 'Seasonal payroll setup' } },
    { name: 'exactly eight words', text: BODY, options: { subject: 'A second source for your aluminium pump housings' } },
    { name: '"Re:" and "Fwd:" prefixes do not count', text: BODY, options: { subject: 'Re: Fwd: Re: A second source for your aluminium pump housings' } },
    { name: 'dashes and ampersands are not words', text: BODY, options: { subject: 'Payroll — contracts & payslips — for spring staff' } },
    { name: 'no subject given', text: BODY },
    { name: 'only for emails', text: BODY, options: { kind: 'message', subject: 'Quick question about how your team handles payroll for seasonal staff' } },
    { name: 'acht woorden', text: BODY_NL, options: { subject: 'Een zomerfeest voor jullie team aan het water', lang: 'nl' } },
    { name: '"Antw:" telt niet mee', text: BODY_NL, options: { subject: 'Antw: Een zomerfeest voor jullie team aan het water', lang: 'nl' } },
  ],
  invalid: [
    { name: 'nine words', text: BODY, options: { subject: 'A second source for your aluminium pump housings in Brno' }, excerpts: [''] },
    { name: 'eleven words with a filler opening', text: BODY, options: { subject: 'Quick question about how your team handles payroll for seasonal staff' }, excerpts: [''] },
    { name: 'a long reply subject', text: BODY, options: { subject: 'Re: Following up on the prefab bathroom pods for the Harbour View scheme' }, excerpts: [''] },
    { name: 'elf woorden', text: BODY_NL, options: { subject: 'Uw verzekering voor bedrijfsaansprakelijkheid en de nieuwe eisen van uw opdrachtgevers', lang: 'nl' }, excerpts: [''] },
    { name: 'dertien woorden', text: BODY_NL, options: { subject: 'Je vraag over de dekking van de bus bij schade in het buitenland', lang: 'nl' }, excerpts: [''] },
  ],
});

it('proposes the subject without its filler opening when that is short enough', () => {
  const [finding] = findingsOf('subject/length', BODY, { subject: 'Quick question about how your team handles payroll for seasonal staff' });
  expect(finding?.suggestions[0]?.replacement).toBe('How your team handles payroll for seasonal staff');
  const [reply] = findingsOf('subject/length', BODY, { subject: 'Re: Following up on the prefab bathroom pods for the Harbour View scheme' });
  expect(reply?.suggestions[0]?.replacement).toBe('Re: Prefab bathroom pods for the Harbour View scheme');
});

it('only advises when no filler can go, and says the count in Dutch for Dutch', () => {
  const [finding] = findingsOf('subject/length', BODY_NL, {
    subject: 'Uw verzekering voor bedrijfsaansprakelijkheid en de nieuwe eisen van uw opdrachtgevers',
    lang: 'nl',
  });
  expect(finding?.suggestions.map((s) => s.replacement)).toEqual([undefined]);
  expect(finding?.message).toContain('11 woorden');
  expect(finding).toMatchObject({ start: 0, end: 0, severity: 'info' });
});
