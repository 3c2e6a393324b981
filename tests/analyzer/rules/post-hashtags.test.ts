import { expect, it } from 'vitest';
import { findingsOf, ruleCases } from './rule-tester';

const post = { kind: 'post' } as const;
const STORY = 'We cut our onboarding checklist from 40 items to 12. New hires were productive two weeks sooner.\n\nHow long does it take in your team?';

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
  ],
});

it('deletes the extra hashtags when they stand together, and only advises when they are spread out', () => {
  const [together] = findingsOf('post/hashtags', `${STORY}\n\n#a1 #b1 #c1 #d1 #e1 #f1 #g1`, post);
  expect(together?.suggestions[0]?.replacement).toBe('');
  expect(together?.message).toMatch(/^7 hashtags/);
  const [spread] = findingsOf('post/hashtags', '#a1 one #b1 two #c1 three #d1 four #e1 five #f1 six #g1 seven', post);
  expect(spread?.suggestions[0]?.replacement).toBeUndefined();
});
