/**
 * cta/multiple on a second round of real outreach: a sentence or clause that opens with "or"
 * offers another way to take the same step (rules.md: alternatives inside one ask), unless the
 * step before it is one of its own (a download, a purchase, a sign-up).
 */
import { ruleCases } from './rule-tester';
import { en, mail, nl, nlPost } from './drafts';

ruleCases('cta/multiple', {
  valid: [
    { name: 'pick a slot, or send times', options: en, text: mail('Hi Noor,', "Let's find a time to talk. Pick one of the slots below, or send me two times that suit you.", 'Best,\nLies') },
    { name: 'Dutch: a booking link, or a reply', options: nl, text: mail('Hoi Bram,', 'Het past goed bij jullie plannen. Plan hier een moment: https://calendly.com/lies\n\nOf stuur gewoon een reply, dan bel ik jou.', 'Groet,\nLies') },
    { name: 'Dutch: the contact lines under a help offer are no second ask', options: nl, text: mail('Hoi Sanne,', 'De offerte staat klaar. Graag uw akkoord via de knop hieronder.\n\nHeeft u vragen? Ik help u graag!\n\n📞 Bel: 020 123 4567\n📧 Mail: sanne@voorbeeld.nl', 'Groet,\nPiet') },
    { name: 'Dutch post: more info, or a DM', options: nlPost, text: 'Onze training begint in maart.\n\nMeer info → https://voorbeeld.nl/training\n\nOf stuur me een DM met je vraag.' },
  ],
  invalid: [
    { name: 'Dutch post: a download, or a DM for a call', options: nlPost, text: 'Groei begint bij een andere vraag.\n\nDownload het werkboek → https://voorbeeld.nl/werkboek\n\nOf stuur me een DM voor een kennismakingsgesprek.', excerpts: ['stuur me een DM voor een kennismakingsgesprek.'] },
  ],
});
