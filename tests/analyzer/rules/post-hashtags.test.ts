import { expect, it } from 'vitest';
import { findingsOf, ruleCases } from './rule-tester';

const post = { kind: 'post' } as const;
const STORY = 'We cut our onboarding checklist from 40 items to 12. New hires were productive two weeks sooner.\n\nHow long does it take in your team?';
const postNl = { kind: 'post', lang: 'nl' } as const;
const VERHAAL = 'We hebben onze inwerklijst teruggebracht van 40 naar 12 punten. Nieuwe collega’s draaiden twee weken eerder volledig mee.\n\nHoe lang duurt het inwerken bij jullie?';
const VERHAAL_U = 'Vorig jaar schaften wij alle papieren werkbonnen af. Onze monteurs winnen nu elke dag een half uur.\n\nHoe regelt u dat in uw bedrijf?';

ruleCases('post/hashtags', {
  valid: [
    { name: 'exactly five hashtags', text: `${STORY}\n\n#hr #onboarding #hiring #people #culture`, options: post },
    { name: 'three hashtags', text: `${STORY}\n\n#hr #onboarding #hiring`, options: post },
    { name: 'numbers with # are not hashtags', text: `${STORY} Issue #12, #13, #14, #15, #16 and #17 are closed.\n\n#hr`, options: post },
    { name: 'anchors in links are not hashtags', text: `${STORY}\n\nhttps://example.com/guide#step1 https://example.com/guide#step2 #a #b #c #d`, options: post },
    { name: 'C# and F# are languages, not hashtags', text: `${STORY} We hire for C#, F# and Go.\n\n#dotnet #hiring #jobs #remote #tech`, options: post },
    { name: 'only for posts: an email', text: `Hi Sam,\n\n${STORY}\n\n#a #b #c #d #e #f\n\nBest,\nAnna` },
    { name: 'only for posts: a comment', text: `${STORY} #a #b #c #d #e #f`, options: { kind: 'comment' } },
    { name: 'vijf hashtags in een Nederlandse post', text: `${STORY}\n\n#hr #inwerken #werving #mensen #cultuur`, options: { kind: 'post', lang: 'nl' } },
    { name: 'no hashtags at all', text: STORY, options: post },
    { name: 'a hashtag written twice counts twice (five in all)', text: `#onboarding is our topic this week. ${STORY}\n\n#onboarding #hr #hiring #people`, options: post },
    { name: 'only for posts: a LinkedIn message', text: `${STORY}\n\n#a #b #c #d #e #f`, options: { kind: 'message' } },
    { name: 'geen hashtags', text: VERHAAL, options: postNl },
    { name: 'drie hashtags', text: `${VERHAAL}\n\n#hr #inwerken #werving`, options: postNl },
    { name: 'vijf hashtags in een post met "u"', text: `${VERHAAL_U}\n\n#installatie #monteurs #digitaal #werkbon #mkb`, options: postNl },
    { name: 'nummers met # zijn geen hashtags', text: `${VERHAAL} Punt #3, #4, #5, #6, #7 en #8 zijn geschrapt.\n\n#hr`, options: postNl },
    { name: 'ankers in links zijn geen hashtags', text: `${VERHAAL}\n\nhttps://example.nl/gids#stap1 https://example.nl/gids#stap2 #hr #inwerken #werving`, options: postNl },
    { name: 'C# is een programmeertaal, geen hashtag', text: `${VERHAAL} We zoeken mensen met C# en F#.\n\n#hr #inwerken #werving #ict #vacature`, options: postNl },
    { name: 'alleen voor posts: een e-mail met zes hashtags', text: `Beste Jan,\n\n${VERHAAL_U}\n\n#a #b #c #d #e #f\n\nMet vriendelijke groet,\nPieter`, options: { lang: 'nl' } },
    { name: 'alleen voor posts: een reactie', text: `${VERHAAL} #a #b #c #d #e #f`, options: { kind: 'comment', lang: 'nl' } },
    { name: 'alleen voor posts: een bericht', text: `${VERHAAL} #a #b #c #d #e #f`, options: { kind: 'message', lang: 'nl' } },
  ],
  invalid: [
    { name: 'six hashtags: the sixth is reported', text: `${STORY}\n\n#hr #onboarding #hiring #people #culture #leadership`, options: post, excerpts: ['#leadership'] },
    { name: 'eight hashtags', text: `${STORY}\n\n#hr #onboarding #hiring #people #culture #leadership #work #talent`, options: post, excerpts: ['#leadership #work #talent'] },
    {
      name: 'hashtags spread through the text',
      text: '#Onboarding matters. We cut our #checklist from 40 items to 12 and our #newhires were #productive two weeks sooner. #hr #people #culture',
      options: post,
      excerpts: ['#people #culture'],
    },
    { name: 'hashtags with digits and accents', text: `${STORY}\n\n#hr2025 #café #naïve #B2B #Q4 #growth_hacking`, options: post, excerpts: ['#growth_hacking'] },
    { name: 'zeven hashtags in een Nederlandse post', text: `${STORY}\n\n#hr #inwerken #werving #mensen #cultuur #leiderschap #talent`, options: { kind: 'post', lang: 'nl' }, excerpts: ['#leiderschap #talent'] },
    { name: 'a hashtag written twice counts twice (six in all)', text: `#onboarding is our topic this week. ${STORY}\n\n#onboarding #hr #hiring #people #culture`, options: post, excerpts: ['#culture'] },
    { name: 'six hashtags on separate lines', text: `${STORY}\n\n#hr\n#onboarding\n#hiring\n#people\n#culture\n#leadership`, options: post, excerpts: ['#leadership'] },
    { name: 'ten hashtags in a wall', text: `${STORY}\n\n#a1 #b2 #c3 #d4 #e5 #f6 #g7 #h8 #i9 #j10`, options: post, excerpts: ['#f6 #g7 #h8 #i9 #j10'] },
    { name: 'zes hashtags: de zesde wordt gemeld', text: `${VERHAAL}\n\n#hr #inwerken #werving #mensen #cultuur #leiderschap`, options: postNl, excerpts: ['#leiderschap'] },
    { name: 'zes hashtags in een post met "u"', text: `${VERHAAL_U}\n\n#installatie #monteurs #digitaal #werkbon #mkb #techniek`, options: postNl, excerpts: ['#techniek'] },
    { name: 'hashtags door de tekst heen', text: 'Ons #inwerken kon korter. We schrapten de #checklist van 40 naar 12 punten en #nieuwecollegas waren twee weken eerder #productief. #hr #mensen #cultuur', options: postNl, excerpts: ['#mensen #cultuur'] },
    { name: 'hashtags met cijfers en accenten', text: `${VERHAAL}\n\n#hr2025 #café #één #B2B #Q4 #groei_hacken`, options: postNl, excerpts: ['#groei_hacken'] },
    { name: 'zes hashtags op aparte regels', text: `${VERHAAL}\n\n#hr\n#inwerken\n#werving\n#mensen\n#cultuur\n#leiderschap`, options: postNl, excerpts: ['#leiderschap'] },
    { name: 'tien hashtags op een rij', text: `${VERHAAL_U}\n\n#a1 #b2 #c3 #d4 #e5 #f6 #g7 #h8 #i9 #j10`, options: postNl, excerpts: ['#f6 #g7 #h8 #i9 #j10'] },
    { name: 'nummers tellen niet, maar zes echte hashtags wel', text: `${VERHAAL} Punt #3 en #4 zijn geschrapt.\n\n#hr #inwerken #werving #mensen #cultuur #talent`, options: postNl, excerpts: ['#talent'] },
    { name: 'dezelfde hashtag twee keer telt twee keer', text: `#inwerken is ons thema deze week. ${VERHAAL}\n\n#inwerken #hr #werving #mensen #cultuur`, options: postNl, excerpts: ['#cultuur'] },
  ],
});

it('deletes the extra hashtags when they stand together, and only advises when they are spread out', () => {
  const [together] = findingsOf('post/hashtags', `${STORY}\n\n#a1 #b1 #c1 #d1 #e1 #f1 #g1`, post);
  expect(together?.suggestions[0]?.replacement).toBe('');
  expect(together?.message).toMatch(/^7 hashtags/);
  const [spread] = findingsOf('post/hashtags', '#a1 one #b1 two #c1 three #d1 four #e1 five #f1 six #g1 seven', post);
  expect(spread?.suggestions[0]?.replacement).toBeUndefined();
});
