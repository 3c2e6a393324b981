/**
 * The eighteenth round's pressure, hedges and bait, in our own sentences and in both languages: an
 * offer held only so long ("I can only hold it until Wednesday", "the early-bird price goes up
 * after Friday", "daarna gaat de prijs omhoog"), the deadline with what happens otherwise ("anders
 * kan ik u niet meer inplannen"), "can't afford" said of the reader's organisation, the count of
 * messages sent ("This is the fourth time I've written to you"), mail said to land in the junk
 * folder, "Als ik niets terughoor, ga ik ervan uit"; a Dutch elision ("'s ochtends") opens no
 * quotation that would hide what follows; the reader's inbox pictured as overrun and an apology
 * for mailing "hier zomaar over" as hedges and apologies; "hit repost", "give this a 👍", an emoji
 * as the price of a resource and "tag 'm" as bait.
 */
import { ruleCases } from './rule-tester';
import { en, enMessage, enPost, mail, nl, nlMessage, nlPost } from './drafts';

ruleCases('cta/pushy', {
  valid: [
    { name: 'English reply: "whether now is the right time" asks, it does not press', options: { lang: 'en', thread: 'reply' }, text: mail('Hi Sam,', 'The numbers hold even at half the impact. The question is whether now is the right time to scale. Want to walk through a model for your team?', 'Best,\nPiet') },
    { name: 'English mail: a rate held for a stated term with no decision asked is not this', options: en, text: mail('Hi Dana,', 'Our freight rates are reviewed every quarter. Could you tell me roughly how many loads a week you expect?', 'Thanks,\nRay') },
  ],
  invalid: [
    { name: 'English mail: "I can only hold it until Wednesday noon"', options: en, text: mail('Hi Dana,', 'I put together a rate about 8% under the spot average. I can only hold it until Wednesday noon. Could you tell me how many loads a week you expect?', 'Thanks,\nRay'), excerpts: ['can only hold it until'] },
    { name: 'English comment: "the early-bird price goes up after Friday"', options: { lang: 'en', kind: 'comment' }, text: 'Great thread. We run a workshop on this next month, DM me if you want a seat. The early-bird price goes up after Friday.', excerpts: ['The early-bird price goes up after'] },
    { name: 'Dutch message: "daarna gaat de prijs omhoog"', options: nlMessage, text: 'We geven volgende maand een workshop hierover. Stuur me een DM als je erbij wilt zijn, na vrijdag gaat de prijs omhoog.', excerpts: ['na vrijdag gaat de prijs omhoog'] },
    { name: 'Dutch mail: "anders kan ik u niet meer inplannen", after "\'s ochtends"', options: nl, text: mail('Beste Anna,', "We starten een pilot zodat de assistentes 's ochtends minder telefoontjes hebben. Doet u mee? Graag uiterlijk woensdag uw antwoord, anders kan ik u niet meer inplannen.", 'Groet,\nPiet'), excerpts: ['uiterlijk woensdag uw antwoord', 'anders kan ik u niet meer inplannen'] },
    { name: 'English message: "your school can\'t afford another year of …"', options: enMessage, text: 'Our reading programme closed the phonics gap in 14 schools. Honestly, your school can\'t afford another year of falling scores. Worth a 15-minute look?', excerpts: ["your school can't afford another"] },
    { name: 'English mail: "This is the fourth time I\'ve written" and the junk folder', options: en, text: mail('Hi Karen,', 'This is the fourth time I\'ve written to you about the portfolio, and I suspect my emails are going straight to your junk folder. Is outside management something you are weighing this year?', 'Cheers,\nMike'), excerpts: ["This is the fourth time I've written", 'my emails are going straight to your junk'] },
    { name: 'Dutch message: "Als ik niets terughoor, ga ik ervan uit …"', options: nlMessage, text: 'Vorige maand stuurde ik je een voorstel voor de koppeling. Is dat nog iets voor jullie? Als ik niets terughoor, ga ik ervan uit dat het geen prioriteit heeft.', excerpts: ['Als ik niets terughoor, ga ik ervan uit dat het geen prioriteit heeft'] },
  ],
});

ruleCases('tone/timid', {
  valid: [
    { name: 'English mail: the writer\'s own full inbox is no hedge on the ask', options: en, text: mail('Hi Arjun,', 'My calendar is open in January. Would a short call after the holidays make sense?', 'Best,\nPiet') },
  ],
  invalid: [
    { name: 'English message: "I know your inbox must be a zoo, but" and "I was wondering if maybe"', options: enMessage, text: 'Hi Arjun, I saw the new plant. I know your inbox must be a zoo this close to year-end, but I was wondering if maybe ten minutes in January could work?', excerpts: ['I know your inbox must be a zoo', 'I was wondering if maybe '] },
    { name: 'Dutch mail: "Excuses dat ik u hier zomaar over mail"', options: nl, text: mail('Beste meneer Hendriks,', 'Wij maken een leesapp voor groep 4 tot en met 6. Excuses dat ik u hier zomaar over mail. Mag ik u een proefaccount voor één klas sturen?', 'Groet,\nFleur'), excerpts: ['Excuses dat ik u hier zomaar over mail.'] },
  ],
});

ruleCases('post/engagement-bait', {
  valid: [
    { name: 'English post: asking for the reader\'s own method', options: enPost, text: 'Month-end close still runs on one spreadsheet at most firms.\n\nHow does your team close the month?' },
  ],
  invalid: [
    { name: 'English post: "hit repost so this reaches …"', options: enPost, text: 'A student finally got fractions when we used pizza boxes.\n\nIf you agree, hit repost so this reaches one more headteacher.', excerpts: ['If you agree, hit repost so this reaches one more headteacher.'] },
    { name: 'English post: "Give this a 👍 if …"', options: enPost, text: 'Month-end close still runs on one spreadsheet with 40 tabs.\n\nGive this a 👍 if your CFO still signs off on that spreadsheet.', excerpts: ['Give this a 👍 if your CFO still signs off on that spreadsheet.'] },
    { name: 'Dutch post: "Zet een 📦 in de reacties en ik stuur hem je toe"', options: nlPost, text: 'Ons draaiboek voor 1.200 kerstpakketten staat op papier.\n\nWil je \'m hebben? Zet een 📦 in de reacties en ik stuur hem je toe.', excerpts: ['Zet een 📦 in de reacties en ik stuur hem je toe.'] },
    { name: 'Dutch post: "Tag \'m hieronder"', options: nlPost, text: 'Een magazijn zonder looproutes is als een supermarkt zonder gangpaden.\n\nKen jij een magazijnmanager die hiermee worstelt? Tag \'m hieronder 👇', excerpts: ["Tag 'm hieronder 👇"] },
  ],
});
