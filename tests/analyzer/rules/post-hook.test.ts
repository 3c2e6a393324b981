import { expect, it } from 'vitest';
import { findingsOf, ruleCases } from './rule-tester';

const post = { kind: 'post' } as const;
const postNl = { kind: 'post', lang: 'nl' } as const;

// 150 characters exactly, and 151.
const LINE_150 = `${'Half our new warehouse staff quit within six weeks, '.repeat(2)}and the reason had nothing to do with pay or shifts at all`.slice(0, 150);
const LINE_151 = `${LINE_150}s`;
const LONG_TWO_SENTENCES =
  'Last spring a logistics client asked us why half of their new warehouse staff quit within six weeks. ' +
  'The answer had nothing at all to do with pay, shifts or the work itself, and everything to do with day one.';
const LONG_ONE_SENTENCE =
  'Interoperability between hospital electronic patient records and community pharmacy dispensing systems remains one of the most ' +
  'underestimated determinants of medication safety';
const LANG_NL =
  'Vorig jaar vroeg een distributiecentrum in Tilburg ons waarom de helft van hun nieuwe orderpickers binnen zes weken weer vertrok. ' +
  'Het antwoord had niets met het loon te maken.';

ruleCases('post/hook', {
  valid: [
    { name: 'a short first line', text: 'Half our new hires quit within six weeks.\n\nHere is what we changed.', options: post },
    { name: 'a first line of exactly 150 characters', text: `${LINE_150}\n\nMore below.`, options: post },
    { name: 'a long second line does not matter', text: `Day one matters.\n${LONG_TWO_SENTENCES}`, options: post },
    { name: 'leading blank lines are skipped', text: `\n\nDay one matters.\n\n${LONG_TWO_SENTENCES}`, options: post },
    { name: 'only for posts: a long first line in an email', text: `Hi Sam,\n\n${LONG_TWO_SENTENCES}\n\nBest,\nAnna` },
    { name: 'only for posts: a message', text: LONG_TWO_SENTENCES, options: { kind: 'message' } },
    { name: 'emoji count as one character each', text: `${'🚀'.repeat(150)}\n\nLaunch day.`, options: post },
    { name: 'een korte eerste regel', text: 'De helft van onze nieuwe mensen vertrok binnen zes weken.\n\nDit veranderden we.', options: postNl },
  ],
  invalid: [
    { name: 'a first line of 151 characters', text: `${LINE_151}\n\nMore below.`, options: post, excerpts: [LINE_151] },
    { name: 'two sentences on one long first line', text: `${LONG_TWO_SENTENCES}\n\nHere is what we changed.`, options: post, excerpts: [LONG_TWO_SENTENCES] },
    { name: 'one long sentence', text: `${LONG_ONE_SENTENCE}\n\n#healthcare`, options: post, excerpts: [LONG_ONE_SENTENCE] },
    { name: 'a post of a single long line', text: LONG_TWO_SENTENCES, options: post, excerpts: [LONG_TWO_SENTENCES] },
    { name: 'trailing spaces are not part of the line', text: `${LONG_TWO_SENTENCES}   \nNext line.`, options: post, excerpts: [LONG_TWO_SENTENCES] },
    { name: 'een lange eerste regel', text: `${LANG_NL}\n\nDit veranderden we.`, options: postNl, excerpts: [LANG_NL] },
  ],
});

it('breaks the line after the first sentence when that sentence fits', () => {
  const [finding] = findingsOf('post/hook', `${LONG_TWO_SENTENCES}\n\nMore.`, post);
  expect(finding?.suggestions[0]?.replacement).toBe(
    'Last spring a logistics client asked us why half of their new warehouse staff quit within six weeks.\n\n' +
      'The answer had nothing at all to do with pay, shifts or the work itself, and everything to do with day one.',
  );
});

it('has no literal fix when the first sentence itself is too long, and speaks Dutch for Dutch', () => {
  const [en] = findingsOf('post/hook', LONG_ONE_SENTENCE, post);
  expect(en?.suggestions.every((s) => s.replacement === undefined)).toBe(true);
  const [dutch] = findingsOf('post/hook', LANG_NL, postNl);
  expect(dutch?.message).toContain('meer weergeven');
});
