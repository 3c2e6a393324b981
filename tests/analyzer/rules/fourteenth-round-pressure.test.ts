/**
 * The fourteenth round's pressure, per rules.md's categories, each in both languages and in our
 * own sentences: the silence read as a refusal ("I'll take the hint") or explained for the reader
 * ("No reply usually means 'no time'", "Geen reactie betekent meestal …"), the thread closed on it
 * ("I'll go ahead and close your file", "Ik archiveer 'm"), the bump in other words ("Even een
 * duwtje", the earlier mail "tussen de rest beland"), the last mail with its noun left out ("Dit is
 * de laatste."), places opened to the quick ("I've opened a few beta spots") and "you need to" with
 * a word between ("You now need to move forward").
 */
import { ruleCases } from './rule-tester';
import { en, mail, nl } from './drafts';

const enMail = (body: string) => mail('Hi Sam,', `${body}\n\nWorth a quick chat?`, 'Best,\nPiet');
const nlMail = (body: string) => mail('Hoi Sam,', `${body}\n\nZullen we even bellen?`, 'Groet,\nPiet');

ruleCases('cta/pushy', {
  valid: [
    { name: 'English mail: a plain follow-up', options: en, text: enMail('Following up on my note from Tuesday about your rosters.') },
    { name: 'English mail: "a few spots" in a room, no offer capped', options: en, text: enMail('We looked at a few spots in your building where the signal drops.') },
    { name: 'Dutch mail: "een zetje in de rug" for the reader\'s team', options: nl, text: nlMail('Onze planner geeft teams een zetje in de rug bij het roosteren.') },
    { name: 'Dutch mail: the reader\'s own archive named', options: nl, text: nlMail('Ik zag dat jullie het archief van de school hebben gedigitaliseerd.') },
  ],
  invalid: [
    { name: 'English mail: "I\'ll take the hint"', options: en, text: enMail("I'll take the hint — the timing might not be right."), excerpts: ["I'll take the hint"] },
    { name: 'English mail: "No reply usually means …"', options: en, text: enMail('No reply usually means "no time", not "no interest".'), excerpts: ['No reply usually means'] },
    { name: 'English mail: "I\'ll go ahead and close your file"', options: en, text: enMail("I'll go ahead and close your file for now."), excerpts: ["I'll go ahead and close your file"] },
    { name: 'English mail: "I\'ve opened a few beta spots"', options: en, text: enMail("I've opened a few beta spots for the planner."), excerpts: ['opened a few beta spots'] },
    { name: 'English mail: "You now need to move forward"', options: en, text: enMail('Your rosters are due next month. You now need to move forward.'), excerpts: ['You now need to'] },
    { name: 'Dutch mail: "Even een duwtje" and the earlier mail "tussen de rest beland"', options: nl, text: nlMail('Even een duwtje: misschien is mijn vorige mail tussen de rest beland.'), excerpts: ['duwtje', 'is mijn vorige mail tussen de rest beland'] },
    { name: 'Dutch mail: "Dit is de laatste."', options: nl, text: nlMail('Ik blijf je niet lastigvallen met mail. Dit is de laatste.'), excerpts: ['Dit is de laatste'] },
    { name: 'Dutch mail: "Geen reactie betekent meestal …" and "Ik archiveer \'m"', options: nl, text: nlMail('Geen reactie betekent meestal "geen tijd", niet "geen interesse". Ik archiveer \'m.'), excerpts: ['Geen reactie betekent meestal', "Ik archiveer 'm"] },
    { name: 'Dutch mail: "Ik snap de hint"', options: nl, text: nlMail('Ik snap de hint, de timing is misschien niet goed.'), excerpts: ['Ik snap de hint'] },
    { name: 'Dutch mail: "een paar bètaplekken"', options: nl, text: nlMail('Ik heb een paar bètaplekken vrijgemaakt voor de planner.'), excerpts: ['een paar bètaplekken'] },
    { name: 'English mail: "This will be my last."', options: en, text: enMail("I won't keep writing. This will be my last."), excerpts: ['This will be my last'] },
  ],
});
