/**
 * closingMayAsk: the closing sentences that may be an ask the classifier could not read keep
 * cta/missing quiet (precision first); passive closers, advice lists, cited links and the writer's
 * own offers do not. Our own sentences, in the shapes real outreach uses.
 */
import { describe, expect, it } from 'vitest';
import { prepareDraft } from '../../src/analyzer/index';
import { closingMayAsk } from '../../src/analyzer/asks/possible-ask';
import type { AnalyzeOptions } from '../../src/analyzer/types';

const EN = 'We cut roster planning from two days to one hour at three schools near you.';
const NL = 'We brachten de roosterplanning op drie scholen bij jou in de buurt terug van twee dagen naar een uur.';
const enMail = (close: string) => `Hi Sam,\n\n${EN}\n\n${close}\n\nBest,\nJo`;
const nlMail = (close: string) => `Hoi Sam,\n\n${NL}\n\n${close}\n\nGroet,\nJo`;

const MAY_ASK: [string, AnalyzeOptions, string][] = [
  ['a step to see for oneself', { lang: 'en' }, enMail('See which of your timetables we could rebuild in a week with a free pilot.')],
  ['a call after a condition and a colon', { lang: 'en' }, enMail('If that ever matters: call our planning desk and ask for a live run.')],
  ['the reader\'s view wanted', { lang: 'en' }, enMail('I want your take on whether that would matter at Oakfield.')],
  ['a hope that names the reader\'s step', { lang: 'en' }, enMail('I was hoping you could share the timetable you use now.')],
  ['a message ending on a link', { lang: 'en', kind: 'message' }, `Hi Sam, ${EN} Our short case study - https://example.com/rosters`],
  ['a fill-in pointed at', { lang: 'nl' }, nlMail('Zelf even kijken kan hier: {demo}')],
  ['a call after "Mocht het ooit spelen:"', { lang: 'nl' }, nlMail('Mocht het ooit spelen: bel onze planningsdesk en vraag om een live demo.')],
  ['forwarding to others, softened', { lang: 'nl' }, nlMail('Stuur ze gerust deze mail door.')],
  ['a Dutch hope that names the reader\'s step', { lang: 'nl' }, nlMail('Ik hoopte dat je het rooster van nu kon delen.')],
  ['a step after a passive question in the same sentence', { lang: 'nl' }, nlMail('Heeft u nog vragen, of wilt u een demonstratie inplannen?')],
];

const ASKS_NOTHING: [string, AnalyzeOptions, string][] = [
  ['a passive closer', { lang: 'en' }, enMail('Let me know if you have any questions.')],
  ['help offered for anything', { lang: 'en' }, enMail('Please call or e-mail if there is anything I can do for your team.')],
  ['advice in a list', { lang: 'en' }, `Hi Sam,\n\n${EN}\n\nWhat worked for them\n- Share the timetable early\n- Book the rooms first\n\nWe wrote this up in a guide.\n\nBest,\nJo`],
  ['a cited source', { lang: 'en', kind: 'post' }, `${EN}\n\nThe figures come from their own reports (source: https://example.com/report).`],
  ['"you know where to find me: <site>"', { lang: 'en' }, enMail('If it ever matters, you know where to find me: https://example.com.')],
  ['"would you believe it" exclaims', { lang: 'en' }, enMail('Would you believe it, the whole term was planned in a day.')],
  ['the writer\'s offer, verb first', { lang: 'nl' }, nlMail('Mocht het van pas komen, dan stuur ik je graag wat meer informatie.')],
  ['a third party\'s wish', { lang: 'nl' }, nlMail('Piet van ons team zou graag de directeur spreken.')],
  ['the writer informing', { lang: 'nl' }, nlMail('Ik wil u graag informeren over de volgende stappen.')],
  ['help offered for later', { lang: 'nl' }, nlMail('Mocht u vragen hebben, dan kunt u uiteraard contact met ons opnemen.')],
  ['the writer\'s door held open', { lang: 'nl' }, nlMail('Bel me gerust.')],
  ['a contact line under "Vragen?"', { lang: 'nl' }, nlMail('Vragen? Bel of app ons op 020 123 4567.')],
];

describe('closingMayAsk', () => {
  it.each(MAY_ASK)('may be an ask: %s', (_, options, text) => {
    expect(closingMayAsk(prepareDraft(text, options))).toBe(true);
  });
  it.each(ASKS_NOTHING)('asks nothing: %s', (_, options, text) => {
    expect(closingMayAsk(prepareDraft(text, options))).toBe(false);
  });
});
