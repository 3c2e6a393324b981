/**
 * tone/timid and post/engagement-bait on wording from real drafts (issue: judgement on real
 * drafts), English and Dutch: the apology said as "not wanting to be a bother", apologies for the
 * inconvenience (misspelled too), hedges as bump mail writes them; saves, tags and forwards as bait.
 */
import { ruleCases } from './rule-tester';
import { en, enPost, mail, nl, nlPost } from './drafts';

ruleCases('tone/timid', {
  valid: [
    { name: 'one release after a clear ask', options: en, text: mail('Hi Noor,', 'Would a 15-minute call on Thursday work? If not, no worries.', 'Best,\nSem') },
    { name: 'an apology for something else', options: en, text: mail('Hi Noor,', 'Sorry for the slow reply on the quote. The revised version is attached. Does it fit your budget?', 'Best,\nSem') },
    { name: 'Dutch: one release after a clear ask', options: nl, text: mail('Hoi Noor,', 'Past donderdag om tien uur voor een kort gesprek? Zo niet, geen probleem.', 'Groet,\nSem') },
  ],
  invalid: [
    { name: 'not wanting to be a bother', options: en, text: mail('Hi Noor,', 'I don’t want to be a bother, so this is my only note on it. Is scheduling a pain for your clinic?', 'Best,\nSem'), excerpts: ['I don’t want to be a bother, so'] },
    { name: 'apologising for the inconvenience of the mail, misspelled', options: en, text: mail('Hello,', 'We offer cloud backup for small offices. We appologise for any inconvenience this mail may cause. Want the price list?', 'Regards'), excerpts: ['We appologise for any inconvenience'] },
    { name: 'two hedges of bump mail', options: en, text: mail('Hi Noor,', 'I know things get hectic this time of year. If the timing isn’t right, no worries. Is a short call next week possible?', 'Best,\nSem'), excerpts: ['I know things get hectic', 'If the timing isn’t right, no worries.'] },
    { name: 'Dutch: not wanting to bother you', options: nl, text: mail('Hoi Noor,', 'Ik wil je niet lastigvallen, maar heb je een kwartier voor een kennismaking?', 'Groet,\nSem'), excerpts: ['Ik wil je niet lastigvallen, maar heb'] },
    { name: 'Dutch: two hedges of a referral request', options: nl, text: mail('Hoi Noor,', 'Denk je dat je collega open staat voor een gesprek? Als nee, geen probleem. Ik vraag het alleen omdat jullie veel samenwerken.', 'Groet,\nSem'), excerpts: ['Als nee, geen probleem.', 'Ik vraag het alleen omdat'] },
  ],
});

ruleCases('post/engagement-bait', {
  valid: [
    { name: 'a genuine closing question', options: enPost, text: 'We cut our onboarding from six weeks to two.\n\nWhat slowed your onboarding down the most?' },
    { name: 'Dutch: a genuine closing question', options: nlPost, text: 'We brachten onze inwerktijd terug van zes naar twee weken.\n\nWat remt bij jullie het inwerken het meest?' },
  ],
  invalid: [
    { name: 'save this post', options: enPost, text: 'Five checks before you send a proposal.\n\nSave this post for your next deal.', excerpts: ['Save this post for your next deal.'] },
    { name: 'a keyword to comment below', options: enPost, text: 'I made a checklist for proposals.\n\nComment "list" below and I will send it.', excerpts: ['Comment "list" below and I will send it.'] },
    { name: 'Dutch: tag them, forward them', options: nlPost, text: 'Ken jij een starter met veel drive?\n\nTag ze.\nStuur ze dit bericht.', excerpts: ['Tag ze.', 'Stuur ze dit bericht.'] },
    { name: 'Dutch: save it for later', options: nlPost, text: 'Vijf vragen voor je volgende offertegesprek.\n\nBewaar dit bericht voor later.', excerpts: ['Bewaar dit bericht voor later.'] },
  ],
});
