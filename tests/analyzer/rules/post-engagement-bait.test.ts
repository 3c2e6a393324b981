import { expect, it } from 'vitest';
import { findingsOf, ruleCases } from './rule-tester';

const post = { kind: 'post' } as const;
const postNl = { kind: 'post', lang: 'nl' } as const;
const STORY_EN = 'We cut our onboarding checklist from 40 items to 12 last quarter. New hires were productive two weeks sooner.';
const STORY_NL = 'We brachten onze inwerkchecklist vorig kwartaal terug van 40 naar 12 punten. Nieuwe collega’s waren twee weken eerder productief.';

ruleCases('post/engagement-bait', {
  valid: [
    // English
    { name: 'a genuine question', text: `${STORY_EN}\n\nWhat's your experience with this?`, options: post },
    { name: 'a genuine question about the reader’s practice', text: `${STORY_EN}\n\nHow long does onboarding take in your team?`, options: post },
    { name: 'an invitation to a real next step', text: `${STORY_EN}\n\nThe full checklist is here: https://example.com/checklist`, options: post },
    { name: 'asking for views in the comments', text: `${STORY_EN}\n\nI'd love to hear in the comments how you handle the first week.`, options: post },
    { name: '"comment" as a noun', text: `${STORY_EN}\n\nOne comment from a new hire stuck with me: "I finally knew what to do on day one."`, options: post },
    { name: 'an acronym after "type"', text: `${STORY_EN} We now type SOP numbers into one tracker.\n\nHow do you track yours?`, options: post },
    { name: 'only for posts: an email asking to reply YES', text: `Hi Sam,\n\n${STORY_EN}\n\nReply YES and I'll send the checklist.\n\nBest,\nAnna` },
    { name: 'only for posts: a comment', text: 'Like if you agree, says the author. I do not, and here is why: checklists age fast.', options: { kind: 'comment' } },
    // Dutch
    { name: 'een echte vraag', text: `${STORY_NL}\n\nWat is jouw ervaring hiermee?`, options: postNl },
    { name: 'een vraag over de praktijk van de lezer', text: `${STORY_NL}\n\nHoe lang duurt het inwerken bij jullie?`, options: postNl },
    { name: 'een echte volgende stap', text: `${STORY_NL}\n\nDe hele checklist staat hier: https://example.nl/checklist`, options: postNl },
    { name: 'om meningen vragen in de reacties', text: `${STORY_NL}\n\nIk ben benieuwd hoe jullie de eerste week aanpakken. Laat het weten in de reacties.`, options: postNl },
    { name: '"tag" als zelfstandig naamwoord', text: `${STORY_NL} Elke taak kreeg een tag in ons systeem.\n\nHoe houden jullie dat bij?`, options: postNl },
    { name: '"reageer" zonder trefwoord', text: `${STORY_NL}\n\nReageer gerust als je het anders ziet.`, options: postNl },
    { name: 'alleen voor posts: een e-mail', text: `Beste Jan,\n\n${STORY_NL}\n\nReageer met JA en ik stuur de checklist.\n\nGroet,\nAnna`, options: { lang: 'nl' } },
    { name: 'een afkorting na "typ"', text: `${STORY_NL} Nu typ KPI's we in één overzicht.\n\nHoe doen jullie dat?`, options: postNl },
  ],
  invalid: [
    // English
    { name: 'Comment YES', text: `${STORY_EN}\n\nComment YES and I will send it to you.`, options: post, excerpts: ['Comment YES and I will send it to you.'] },
    { name: "Type 'guide' below", text: `${STORY_EN}\n\nType 'checklist' below and I'll send it.`, options: post, excerpts: ["Type 'checklist' below and I'll send it."] },
    { name: 'Like if you agree', text: `${STORY_EN}\n\nLike if you agree that onboarding is a product.`, options: post, excerpts: ['Like if you agree that onboarding is a product.'] },
    { name: 'Tag 3 friends', text: `${STORY_EN}\n\nTag 3 friends who need this.`, options: post, excerpts: ['Tag 3 friends who need this.'] },
    { name: 'Repost to help your network', text: `${STORY_EN}\n\n♻️ Repost to help your network.`, options: post, excerpts: ['♻️ Repost to help your network.'] },
    { name: 'Drop a 🔥', text: `${STORY_EN}\n\nDrop a 🔥 if this helped.`, options: post, excerpts: ['Drop a 🔥 if this helped.'] },
    { name: 'comment with a quoted word (curly quotes)', text: `${STORY_EN}\n\nComment “checklist” for the template.`, options: post, excerpts: ['Comment “checklist” for the template.'] },
    { name: 'comment below and I’ll DM it', text: `${STORY_EN}\n\nComment below and I'll DM you the template.`, options: post, excerpts: ["Comment below and I'll DM you the template."] },
    {
      name: 'a genuine question next to bait: only the bait',
      text: `${STORY_EN}\n\nWhat would you add? Tag a colleague who onboards people.`,
      options: post,
      excerpts: ['Tag a colleague who onboards people.'],
    },
    // Dutch
    { name: 'Reageer met JA', text: `${STORY_NL}\n\nReageer met JA en ik stuur hem je toe.`, options: postNl, excerpts: ['Reageer met JA en ik stuur hem je toe.'] },
    { name: "Typ 'checklist' hieronder", text: `${STORY_NL}\n\nTyp 'checklist' hieronder en je krijgt hem.`, options: postNl, excerpts: ["Typ 'checklist' hieronder en je krijgt hem."] },
    { name: 'Like als je het eens bent', text: `${STORY_NL}\n\nLike als je het eens bent dat inwerken een product is.`, options: postNl, excerpts: ['Like als je het eens bent dat inwerken een product is.'] },
    { name: 'Tag 3 collega’s', text: `${STORY_NL}\n\nTag 3 collega’s die dit moeten zien!`, options: postNl, excerpts: ['Tag 3 collega’s die dit moeten zien!'] },
    { name: 'Tag iemand die dit moet lezen', text: `${STORY_NL}\n\nTag iemand die dit moet lezen.`, options: postNl, excerpts: ['Tag iemand die dit moet lezen.'] },
    { name: 'Deel dit bericht als …', text: `${STORY_NL}\n\nDeel dit bericht als je het herkent.`, options: postNl, excerpts: ['Deel dit bericht als je het herkent.'] },
    { name: 'Reageer met een 🔥', text: `${STORY_NL}\n\nReageer met een 🔥 als dit hielp.`, options: postNl, excerpts: ['Reageer met een 🔥 als dit hielp.'] },
    { name: 'Comment "AUDIT" in een Nederlandse post', text: `${STORY_NL}\n\nComment "AUDIT" voor een gratis check 👇`, options: postNl, excerpts: ['Comment "AUDIT" voor een gratis check 👇'] },
    {
      name: 'een echte vraag naast bait: alleen de bait',
      text: `${STORY_NL}\n\nWat zou jij toevoegen? Tag een collega die mensen inwerkt.`,
      options: postNl,
      excerpts: ['Tag een collega die mensen inwerkt.'],
    },
  ],
});

it('offers a genuine question in the draft’s language as the fix', () => {
  const [en] = findingsOf('post/engagement-bait', `${STORY_EN}\n\nComment YES below.`, post);
  expect(en?.suggestions[0]?.replacement).toBe('What is your experience with this?');
  const [dutch] = findingsOf('post/engagement-bait', `${STORY_NL}\n\nReageer met JA.`, postNl);
  expect(dutch?.suggestions[0]?.replacement).toBe('Wat is jouw ervaring hiermee?');
  expect(dutch?.severity).toBe('warning');
});
