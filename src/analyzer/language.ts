/**
 * English or Dutch, from the words of the draft. Two languages only, so function words decide:
 * each list holds frequent words of one language that are rare or absent in the other
 * (shared spellings such as "in", "is", "was", "we", "me", "of", "week", "team" are left out). Majority wins
 * for mixed text; a tie (no signal at all) is English.
 */
import type { Lang, Word } from './types';
import { plainForm, plainForms } from './word-forms';
import { execAll } from './regex';

const ENGLISH = new Set(
  (
    'the and to a an you your yours are were be been for with that this it its i i\'m i\'ve i\'d my our us ' +
    'have has would could should will can do does did not just at as about what how if or but so they their them ' +
    'from by on there here which who when why where than then also more some any all get got make made like ' +
    'need know think see love happy thank please quick time work next ' +
    'you\'re don\'t it\'s we\'re we\'ve that\'s let\'s worth'
  ).split(' '),
);

const DUTCH = new Set(
  (
    'de het een en van je jij jou jouw u uw jullie zijn voor met dat die dit ik wij ons onze mijn niet maar ook om naar wat ' +
    'kan kun kunt wil wilt heb hebt heeft hebben bij als er nog dan zo al graag geen wel deze veel meer mee waar wanneer ' +
    'waarom omdat zodat hoe hoeveel zou zullen zal ben bent wordt worden werd even eens toch gewoon vraag vragen tijd ' +
    'weten laat laten maken mag moet kunnen willen daar hier iets niets samen groet bedankt dank hoi beste tot ' +
    'op te heel sinds kijk hoor uit aan ze zij hun hem haar wie welke nu echt goed nieuwe binnen tussen na tegen zonder'
  ).split(' '),
);

export function detectLanguage(text: string, words: readonly Word[]): Lang {
  let en = 0;
  let nl = 0;
  const tally = (w: string) => {
    if (ENGLISH.has(w)) en++;
    else if (DUTCH.has(w)) nl++;
  };
  for (const form of plainForms(words)) tally(form);
  if (en === 0 && nl === 0) {
    // No body words with a signal (a signature alone, a link): look at the whole text.
    for (const m of execAll(/[\p{L}']+/gu, text.slice(0, 20_000))) tally(plainForm(m[0]));
  }
  return nl > en ? 'nl' : 'en';
}
