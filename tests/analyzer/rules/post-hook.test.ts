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
// Dutch: 150 characters exactly, and 151.
const REGEL_150 = `${'De helft van onze nieuwe magazijnmedewerkers vertrok binnen zes weken, '.repeat(2)}en het lag niet aan het loon`.slice(0, 150);
const REGEL_151 = `${REGEL_150}n`;
const LANG_NL_U =
  'Als u vorig jaar ook merkte dat uw monteurs elke dag een half uur kwijt waren aan papieren werkbonnen, dan bent u niet de enige in de installatiebranche.';
const LANG_NL_EEN_ZIN =
  'Arbeidsmarktcommunicatiestrategieën voor middelgrote installatiebedrijven in Noord-Brabant blijken in de praktijk veel minder effectief dan werkgevers denken';
const LANG_NL_JE =
  'Ken je dat gevoel dat je na een sollicitatiegesprek precies weet dat je de juiste persoon hebt gevonden, en dat die twee weken later toch ergens anders tekent?';

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
    { name: 'a hook question on the first line', text: 'Why do half of new warehouse staff quit in six weeks?\n\nWe asked 40 of them.', options: post },
    { name: 'a Windows line break ends the first line', text: `Day one matters.\r\n${LONG_TWO_SENTENCES}`, options: post },
    { name: 'a long hashtag line below a short hook', text: `Day one matters.\n\n${'#onboarding '.repeat(15)}`, options: post },
    { name: 'only for posts: a comment', text: LONG_TWO_SENTENCES, options: { kind: 'comment' } },
    { name: 'een eerste regel van precies 150 tekens', text: `${REGEL_150}\n\nMeer hieronder.`, options: postNl },
    { name: 'een korte vraag als haak', text: 'Waarom vertrekt de helft van je nieuwe mensen binnen zes weken?\n\nWe vroegen het er veertig.', options: postNl },
    { name: 'een lange tweede regel telt niet', text: `De eerste dag telt.\n${LANG_NL_U}`, options: postNl },
    { name: 'lege regels aan het begin worden overgeslagen', text: `\n\nDe eerste dag telt.\n\n${LANG_NL_JE}`, options: postNl },
    { name: 'alleen voor posts: een e-mail', text: `Beste Jan,\n\n${LANG_NL_U}\n\nMet vriendelijke groet,\nPieter`, options: { lang: 'nl' } },
    { name: 'alleen voor posts: een bericht', text: LANG_NL_JE, options: { kind: 'message', lang: 'nl' } },
    { name: 'alleen voor posts: een reactie', text: LANG_NL_U, options: { kind: 'comment', lang: 'nl' } },
    { name: 'emoji tellen als één teken', text: `${'👷'.repeat(150)}\n\nEerste werkdag.`, options: postNl },
  ],
  invalid: [
    { name: 'a first line of 151 characters', text: `${LINE_151}\n\nMore below.`, options: post, excerpts: [LINE_151] },
    { name: 'two sentences on one long first line', text: `${LONG_TWO_SENTENCES}\n\nHere is what we changed.`, options: post, excerpts: [LONG_TWO_SENTENCES] },
    { name: 'one long sentence', text: `${LONG_ONE_SENTENCE}\n\n#healthcare`, options: post, excerpts: [LONG_ONE_SENTENCE] },
    { name: 'a post of a single long line', text: LONG_TWO_SENTENCES, options: post, excerpts: [LONG_TWO_SENTENCES] },
    { name: 'trailing spaces are not part of the line', text: `${LONG_TWO_SENTENCES}   \nNext line.`, options: post, excerpts: [LONG_TWO_SENTENCES] },
    { name: 'een lange eerste regel', text: `${LANG_NL}\n\nDit veranderden we.`, options: postNl, excerpts: [LANG_NL] },
    { name: 'a long hook question', text: `Have you ever wondered why half of your new warehouse staff quit within six weeks, even when the pay, the shifts, the canteen and the team all look perfectly fine?\n\nWe asked.`, options: post, excerpts: ['Have you ever wondered why half of your new warehouse staff quit within six weeks, even when the pay, the shifts, the canteen and the team all look perfectly fine?'] },
    { name: 'a long first line before a Windows line break', text: `${LONG_TWO_SENTENCES}\r\nNext line.`, options: post, excerpts: [LONG_TWO_SENTENCES] },
    { name: 'a long first line after leading blank lines', text: `\n\n${LONG_TWO_SENTENCES}\n\nMore.`, options: post, excerpts: [LONG_TWO_SENTENCES] },
    { name: 'een eerste regel van 151 tekens', text: `${REGEL_151}\n\nMeer hieronder.`, options: postNl, excerpts: [REGEL_151] },
    { name: 'een lange eerste regel met "u"', text: `${LANG_NL_U}\n\nDit deden wij eraan.`, options: postNl, excerpts: [LANG_NL_U] },
    { name: 'een lange vraag met "je" als eerste regel', text: `${LANG_NL_JE}\n\nHet overkwam ons drie keer.`, options: postNl, excerpts: [LANG_NL_JE] },
    { name: 'één lange zin met samenstellingen', text: `${LANG_NL_EEN_ZIN}\n\n#werving`, options: postNl, excerpts: [LANG_NL_EEN_ZIN] },
    { name: 'een post van één lange regel', text: LANG_NL, options: postNl, excerpts: [LANG_NL] },
    { name: 'spaties aan het eind horen niet bij de regel', text: `${LANG_NL}   \nVolgende regel.`, options: postNl, excerpts: [LANG_NL] },
    { name: 'lege regels aan het begin, dan een lange regel', text: `\n\n${LANG_NL_U}\n\nMeer.`, options: postNl, excerpts: [LANG_NL_U] },
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
