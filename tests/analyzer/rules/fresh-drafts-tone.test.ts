/**
 * tone/timid on a second round of real outreach: the hedges and apologies of bump and break-up
 * mail, in both languages. Two hedges (or one apology) fire; one softener alone stays fine, and so
 * does empathy in a reply.
 */
import { ruleCases } from './rule-tester';
import { en, enReply, mail, nl } from './drafts';

ruleCases('tone/timid', {
  valid: [
    { name: 'one softener after a clear ask', options: en, text: mail('Hi Noor,', 'Could we book 15 minutes on Thursday to go over the pilot? No hard feelings if the answer is no.', 'Best,\nLies') },
    { name: 'Dutch: one softener after a clear ask', options: nl, text: mail('Hoi Bram,', 'Zullen we donderdag een kwartier bellen over de pilot? Geen harde gevoelens als het niet past.', 'Groet,\nLies') },
    { name: 'sympathy in a comment is no apology for writing', options: { lang: 'en', kind: 'comment' }, text: 'Sorry to hear the launch slipped. Would you be open to comparing notes on it?' },
    { name: 'empathy in a reply is no hedge', options: enReply, text: mail('Hi Noor,', 'Totally understand, budgets move around. What would have to change for this to fit next quarter?', 'Best,\nLies') },
  ],
  invalid: [
    { name: 'barging into a comment thread', options: { lang: 'en', kind: 'comment' }, text: "Sorry for barging in here, but we built a fix for exactly this. Open to a quick chat?", excerpts: ['Sorry for barging in'] },
    { name: 'jumping into the comments', options: { lang: 'en', kind: 'comment' }, text: 'Sorry to jump into your comments like this. We solve this for agencies; worth a call?', excerpts: ['Sorry to jump into your comments'] },
    { name: 'Dutch: zomaar in je reacties', options: { lang: 'nl', kind: 'comment' }, text: 'Sorry dat ik zo in je reacties kom, maar wij lossen dit precies op. Zin in een kort gesprek?', excerpts: ['Sorry dat ik zo in je reacties kom, maar'] },
    { name: 'keeping it short for the busy reader, then releasing them', options: en, text: mail('Hi Noor,', "I'll keep this short. If this isn't a priority right now, no worries at all. Should I check back in spring?", 'Best,\nLies'), excerpts: ["I'll keep this short.", "If this isn't a priority right now, ", ', no worries at all'] },
    { name: 'not wanting to be the pest, promising to stop', options: en, text: mail('Hi Noor,', "I don't want to be the person who keeps writing. Is onboarding on your list? If not, I'll stop reaching out.", 'Best,\nLies'), excerpts: ["I don't want to be the person who"] },
    { name: 'even slightly curious, either way thanks', options: en, text: mail('Hi Noor,', "If you're even a little curious, let's talk on Friday. Either way, thanks for reading.", 'Best,\nLies'), excerpts: ["If you're even a little curious, let's", 'Either way, thanks'] },
    { name: 'Dutch: begrip voor de drukte en kort houden', options: nl, text: mail('Hoi Bram,', 'Ik snap dat het druk is, dus hou ik het kort. Is werving dit kwartaal een onderwerp?', 'Groet,\nLies'), excerpts: ['Ik snap dat het druk is, ', ', dus hou ik het kort'] },
    { name: 'Dutch: niet blijven mailen', options: nl, text: mail('Hoi Bram,', 'Ik wil je niet blijven mailen. Staat de vacature nog open?', 'Groet,\nLies'), excerpts: ['Ik wil je niet blijven mailen.'] },
    { name: 'Dutch: zo nee, dan val ik je niet meer lastig', options: nl, text: mail('Hoi Bram,', 'Speelt dit bij jullie? Zo nee, geen probleem, dan val ik je niet meer lastig.', 'Groet,\nLies'), excerpts: ['Zo nee, geen probleem, ', ', dan val ik je niet meer lastig'] },
  ],
});
