/**
 * cta/missing on a second round of real outreach: asks it did not see, so it fired under them.
 * A pointing verb before a link ("Zie <url>", "See <url>"), a post that points to its first
 * comment, a template slot for the ask itself ("[CTA button]", "[Engagement prompt]"), "Let's do a
 * call", and "Follow along" in a post. Precision first: each is an ask, so cta/missing stays silent.
 */
import { ruleCases } from './rule-tester';
import { en, enPost, mail, nl, nlPost } from './drafts';

ruleCases('cta/missing', {
  valid: [
    { name: 'Dutch post: "Zie <link>" after a hook question', options: nlPost, text: 'Een recensie die me raakte: eerlijk verkopen werkt.\n\nBenieuwd naar het boek? Zie https://voorbeeld.nl/boek' },
    { name: 'English post: "See <link>"', options: enPost, text: 'We rewrote our onboarding from scratch this year.\n\nThe whole story: see https://example.org/onboarding' },
    { name: 'English post: details in the first comment', options: enPost, text: 'We encrypt every note before it leaves the browser.\n\nDetails in the first comment.\n\n#privacy' },
    { name: 'Dutch post: link in de eerste reactie', options: nlPost, text: 'Ons nieuwe rapport over werving is uit.\n\nDe link staat in de eerste reactie.' },
    { name: 'English template: a slot for the CTA button', options: en, text: mail('Hi [First Name],', '[Pain point]\n\nHere is what you get with our plan.\n\n[Main CTA]\n\n[Social proof]', '[Signature]') },
    { name: 'Dutch template post: a slot for the engagement prompt', options: nlPost, text: '[Herkenbaar moment uit de praktijk]\n\nWat ik hiervan leerde: luisteren gaat voor praten.\n\nHerkenbaar? [Engagement prompt]' },
    { name: 'English: "let\'s do a quick call" under a condition', options: en, text: mail('Hi Noor,', 'We cut ad costs by a third for a retailer like yours. If you are curious, let\'s do a quick 15-minute call.', 'Best,\nLies') },
    { name: 'English post: follow along if …', options: enPost, text: 'I am building a privacy-first assistant in public.\n\nFollow along if you care about owning your data.' },
  ],
  invalid: [
    // A link that cites a source is still no ask, and a signature link never is.
    { name: 'Dutch: a cited source is no pointer', options: nl, text: mail('Hoi Bram,', 'De cijfers komen uit het CBS-rapport (bron: https://voorbeeld.nl/cbs). Ze laten zien dat de krapte blijft.', 'Groet,\nLies'), excerpts: ['Ze laten zien dat de krapte blijft.'] },
    { name: 'English post: a comment on comments, no link pointer', options: enPost, text: 'I read every comment on my last post.\n\nThank you all for the kind words.', excerpts: ['Thank you all for the kind words.'] },
  ],
});
