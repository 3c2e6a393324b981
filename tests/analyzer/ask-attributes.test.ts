/**
 * The ask attributes the cta rules rely on, on single asks: size (askSize), action keys
 * (askAction, sameAction, competes) and lengths of time (durations).
 */
import { describe, expect, it } from 'vitest';
import { askAction, competes, linkTarget, sameAction } from '../../src/analyzer/asks/action';
import { durations } from '../../src/analyzer/asks/duration';
import { askSize } from '../../src/analyzer/asks/size';
import type { AskSize, Lang } from '../../src/analyzer/types';

const SIZES: Array<[Lang, AskSize, string]> = [
  ['en', 'commit', 'Could we book a 45-minute demo with your dispatch team on Thursday?'],
  ['en', 'commit', 'Do you have an hour next Wednesday for a full walkthrough?'],
  ['en', 'commit', 'Can we grab half an hour on Friday to go through the proposal?'],
  ['en', 'commit', 'Please sign the agreement through the DocuSign link.'],
  ['en', 'commit', 'Could you approve the attached quote?'],
  ['en', 'commit', 'Shall I put you down for a first order of 5,000 units?'],
  ['en', 'commit', 'Upgrade to the paid plan today and lock in your price.'],
  ['en', 'commit', 'Could you free up budget for this in Q3?'],
  ['en', 'small', 'Would a 15-minute call next week make sense?'],
  ['en', 'small', 'Would you like to join our free 60-minute webinar on April 9?'],
  ['en', 'small', 'Sign up here for the newsletter.'],
  ['en', 'small', 'Want to see how teams save 30 minutes a day?'],
  ['en', 'small', 'Does Tuesday at 10 work for a quick chat?'],
  ['en', 'small', 'How much do you pay for hosting today?'],
  ['en', 'small', 'Start your free trial of the premium plan.'],
  ['en', 'commit', 'Can you send me your PO details so I can activate 10 seats today?'],
  ['en', 'commit', "Let's schedule a 1-hour workshop with your team."],
  ['en', 'small', 'Join our 90-minute workshop on April 3.'],
  ['en', 'small', 'Could you send me your order history for last month?'],
  ['en', 'small', 'Do you currently sign contracts digitally?'],
  ['en', 'small', 'Please fill in our two-minute survey on approval habits.'],
  ['en', 'small', 'Shall I sign you up for the free trial?'],
  ['en', 'small', 'Shall I register you for the webinar?'],
  ['en', 'commit', 'Ready to enroll your team?'],
  ['nl', 'commit', 'Heeft u donderdag een uur om met ons uw pand door te nemen?'],
  ['nl', 'commit', 'Heeft u donderdag een half uur voor een demo?'],
  ['nl', 'commit', 'Zullen we drie kwartier inplannen voor een presentatie?'],
  ['nl', 'commit', 'Wilt u de overeenkomst digitaal ondertekenen?'],
  ['nl', 'commit', 'Geef je akkoord op de offerte?'],
  ['nl', 'commit', 'Zal ik een eerste bestelling van 5.000 stuks voor u inplannen?'],
  ['nl', 'commit', 'Kunt u hiervoor budget vrijmaken in het derde kwartaal?'],
  ['nl', 'small', 'Zullen we volgende week een kwartier bellen?'],
  ['nl', 'small', 'Zullen we twintig minuten inplannen?'],
  ['nl', 'small', 'Komt u naar ons webinar van een uur op 9 april?'],
  ['nl', 'small', 'Past dinsdag om 10.00 uur voor een kort belletje?'],
  ['nl', 'small', 'Wil je een gratis proefperiode starten?'],
  ['nl', 'small', 'Gebruik mijn link voor €50 korting: https://example.nl/r/jan'],
  ['nl', 'commit', 'Zullen we een workshop van twee uur met jullie team plannen?'],
  ['nl', 'small', 'Kom naar onze workshop van twee uur op 3 april.'],
  ['nl', 'small', 'Tekenen jullie contracten nu nog op papier?'],
  ['nl', 'small', 'Zal ik de offerte alvast opsturen?'],
  ['nl', 'commit', 'Zal ik je team alvast inschrijven?'],
  ['nl', 'small', 'Zal ik u aanmelden voor het webinar?'],
  ['nl', 'small', 'Is donderdag om 10 uur akkoord?'],
  // Buying and long meetings in other words; commitments ruled out, and questions about the reader's process.
  ['en', 'commit', 'To get started, you can order the starter pack and pay the first invoice.'],
  ['en', 'commit', 'How would you like to pay for the licences?'],
  ['en', 'commit', 'Why not sign the agreement this week?'],
  ['en', 'commit', 'Could you give us an hour of your time next week?'],
  ['en', 'commit', 'Could we find a slot for a two-hour site visit?'],
  ['en', 'small', 'Would a short call help, without any obligation to buy?'],
  ['en', 'small', 'Shall I send over a sample contract so you can see the terms?'],
  ['en', 'small', 'Who signs off on new software at your company?'],
  ['en', 'small', 'What does your buying process look like for new tools?'],
  ['nl', 'commit', 'Om te starten kunt u het startpakket bestellen en de eerste factuur betalen.'],
  ['nl', 'commit', 'Hoe wilt u de licenties betalen?'],
  ['nl', 'commit', 'Kunt u ons volgende week een uur van uw tijd geven?'],
  ['nl', 'commit', 'Zo niet, kunt u de offerte tekenen?'],
  ['nl', 'small', 'U hoeft nog niets te tekenen: zullen we een kwartier bellen?'],
  ['nl', 'small', 'Zullen we vrijblijvend even bellen, zonder verplichting tot aankoop?'],
  ['nl', 'small', 'Wie geeft bij jullie akkoord op nieuwe software?'],
  ['nl', 'small', 'Hoe ziet jullie aankoopproces eruit?'],
  ['en', 'small', 'Does your CFO need to approve a purchase like this?'],
  ['en', 'commit', 'Would your team sign the agreement this week?'],
  ['en', 'commit', 'Could we book a 1h session next week?'],
  ['en', 'commit', 'Do you have a few hours next week for an onsite review?'],
  ['nl', 'small', 'Moet uw directeur hier akkoord op geven?'],
  ['nl', 'commit', 'Wil uw team de overeenkomst deze week tekenen?'],
  ['nl', 'commit', 'Heeft u volgende week enkele uren voor een analyse op locatie?'],
];

describe('askSize', () => {
  for (const [lang, size, text] of SIZES) {
    it(`[${lang}] ${size}: ${text}`, () => expect(askSize(text, lang)).toBe(size));
  }
});

describe('askAction', () => {
  const key = (text: string, lang: Lang = 'en') => askAction(text, lang);

  it('gives alternatives inside one ask one key', () => {
    expect(key('Call or email me whenever it suits you.')).toBe('contact');
    expect(key('Bel of mail me gerust.', 'nl')).toBe('contact');
  });

  it('gives the same ask in other words the same key', () => {
    expect(sameAction(key('Would a short call about hiring be useful?'), key('Let me know if a short call next week would be useful.'))).toBe(true);
    expect(sameAction(key('Zullen we binnenkort even bellen?', 'nl'), key('Laat even weten of een belletje volgende week interessant is.', 'nl'))).toBe(true);
    expect(sameAction(key('Would you like to join our webinar on April 9?'), key('You can register here: https://www.rampwise.com/webinar'))).toBe(true);
  });

  it('tells different standalone actions apart', () => {
    const actions = [
      key('Could we book 15 minutes next week?'),
      key('Download our benchmark here: https://www.guidewell.io/benchmark'),
      key('Visit https://www.guidewell.io for more.'),
      key('Follow us on LinkedIn: https://www.linkedin.com/company/guidewell'),
      key('Would you forward this to whoever manages your ATS?'),
    ];
    for (const [i, a] of actions.entries()) {
      for (const b of actions.slice(i + 1)) expect(competes(a, b), `${a} vs ${b}`).toBe(true);
    }
  });

  it('lets links to different hosts differ', () => {
    expect(competes(key('Course: https://tds.example.net/'), key('Code: https://github.com/example/tds'))).toBe(true);
    expect(sameAction(key('Slides: https://example.com/a'), key('More: https://www.example.com/b'))).toBe(true);
  });

  it('keeps the path of link shorteners, whose host names no place', () => {
    expect(linkTarget('Apply at https://lnkd.in/gvu9Ug8')).toBe('lnkd.in/gvu9ug8');
    expect(linkTarget('No link here')).toBeUndefined();
  });

  it('gives a bare "join?" the key of the sign-up it leads to', () => {
    expect(sameAction(key('Would you like to join?'), key('Register here: https://www.rampwise.com/webinar'))).toBe(true);
    expect(sameAction(key('Wil je erbij zijn?', 'nl'), key('Schrijf je hier in: https://www.wegwijs.nl/webinar', 'nl'))).toBe(true);
    expect(competes(key('Want to join a quick call?'), key('Register here: https://www.rampwise.com/webinar'))).toBe(true);
  });

  it('reads a question about how the reader buys or signs as an answer, not a purchase or signature', () => {
    expect(key('How does your team order stock today?')).toBe('reply');
    expect(key('Who signs off on new software at your company?')).toBe('refer');
    expect(key('Hoe bestellen jullie nu voorraad?', 'nl')).toBe('reply');
    expect(key('Wie tekent bij jullie de contracten?', 'nl')).toBe('refer');
    expect(key('Could you sign the agreement this week?')).toBe('sign');
  });

  it('reads an attention label as no action', () => {
    expect(competes(key('PLEASE READ: our pilot is open.'), key('Want to join?'))).toBe(false);
    expect(competes(key('LET OP: de pilot is open.', 'nl'), key('Doe je mee?', 'nl'))).toBe(false);
    expect(key('Please read the case study: https://example.com/case')).toBe('read:example.com');
  });

  it('treats an answer and a call as one reply, and unknown asks as competing with nothing', () => {
    expect(competes(key('What do you think of the idea?'), key('Shall we talk next week?'))).toBe(false);
    expect(competes(askAction('Act now!', 'en'), key('Visit https://example.com'))).toBe(false);
  });
});

describe('durations', () => {
  it('reads lengths of time and skips clock times and savings', () => {
    expect(durations('a 45-minute demo', 'en').map((d) => d.minutes)).toEqual([45]);
    expect(durations('an hour and a half', 'en').map((d) => d.minutes)).toEqual([90]);
    expect(durations('save 30 minutes a day', 'en')).toEqual([]);
    expect(durations('een half uur', 'nl').map((d) => d.minutes)).toEqual([30]);
    expect(durations('om 14.00 uur een kwartier', 'nl').map((d) => d.minutes)).toEqual([15]);
    expect(durations('anderhalf uur', 'nl').map((d) => d.minutes)).toEqual([90]);
  });

  it('reads hyphenated and spelled-out lengths and parts of a day', () => {
    expect(durations('a one-hour demo', 'en').map((d) => d.minutes)).toEqual([60]);
    expect(durations('a two-hour session', 'en').map((d) => d.minutes)).toEqual([120]);
    expect(durations('a twenty-five-minute call', 'en').map((d) => d.minutes)).toEqual([25]);
    expect(durations('an afternoon with your team', 'en').map((d) => d.minutes)).toEqual([180]);
    expect(durations('een demo van één uur', 'nl').map((d) => d.minutes)).toEqual([60]);
    expect(durations('een 90-minuten-sessie', 'nl').map((d) => d.minutes)).toEqual([90]);
    expect(durations('een middag om tafel', 'nl').map((d) => d.minutes)).toEqual([180]);
  });
});
