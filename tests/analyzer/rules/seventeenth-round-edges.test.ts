/**
 * Written edge cases of the seventeenth round, in our own sentences and in both languages: an apology
 * for landing in the inbox or for joining a thread ("Apologies for landing in your inbox out of
 * nowhere", "Sorry dat ik me hier even in meng"); the busy excuse with words between ("ik weet dat je
 * het in december waarschijnlijk druk hebt"); exclusivity as scarcity ("one installer per region",
 * "per regio maar één installateur"), a price held for a decision in time, seats left with a word
 * between, silence read as a no, "mijn derde berichtje" with "inmiddels"; what the step would do for
 * the writer ("It would really help me if you could …", "Het zou me enorm helpen als u …") and
 * following each other asked as a wish; "you can drop it to every 5 minutes" describes a setting; a
 * person from the reader's team to tag is bait. Four or five capitals that are no word ("LRQA", "DEKRA")
 * are an acronym or a name, not shouting.
 */
import { ruleCases } from './rule-tester';
import { en, enMessage, enPost, mail, nl, nlMessage, nlPost } from './drafts';

ruleCases('tone/timid', {
  valid: [
    { name: 'English mail: sorry for something else is no apology for writing', options: en, text: mail('Hi Sam,', 'Sorry to hear the launch slipped. Shall we move our call to next Tuesday?', 'Best,\nPiet') },
  ],
  invalid: [
    { name: 'English mail: "Apologies for landing in your inbox out of nowhere"', options: en, text: mail('Hi Sam,', 'Apologies for landing in your inbox out of nowhere. We build repair dashboards for housing groups. Worth a quick chat?', 'Best,\nPiet'), excerpts: ['Apologies for landing in your inbox out of nowhere.'] },
    { name: 'English message: "Sorry to chime in"', options: enMessage, text: 'Sorry to chime in here, but we see the opposite on building sites. How do your crews log their hours?', excerpts: ['Sorry to chime in'] },
    { name: 'Dutch message: "Sorry dat ik me hier even in meng"', options: nlMessage, text: 'Sorry dat ik me hier even in meng, maar wij zien op de bouw juist het omgekeerde. Hoe laten jullie de uitvoerders hun uren invullen?', excerpts: ['Sorry dat ik me hier even in meng, maar'] },
    { name: 'Dutch message: the busy excuse with words between, and "geen enkel probleem als het nu niet uitkomt"', options: nlMessage, text: 'Hoi Laura, ik weet dat je het in december waarschijnlijk erg druk hebt, maar sta je open voor een korte kennismaking? Geen enkel probleem als het nu niet uitkomt hoor!', excerpts: ['ik weet dat je het in december waarschijnlijk erg druk hebt, maar sta', 'Geen enkel probleem als het nu niet uitkomt'] },
  ],
});

ruleCases('cta/pushy', {
  valid: [
    { name: 'Dutch mail: acronyms and names of four or five capitals are no shouting', options: nl, text: mail('Beste Sam,', 'LRQA keurde onze aanpak goed en DEKRA doet de jaarlijkse controle. Zullen we volgende week bellen?', 'Groet,\nPiet') },
    { name: 'English mail: acronyms of four capitals are no shouting', options: en, text: mail('Hi Sam,', 'Our tool files every FIFO claim, and each CCMA case gets a summary. Worth a chat next week?', 'Best,\nPiet') },
    { name: 'English mail: one contact per region named as a service, not a limit', options: en, text: mail('Hi Sam,', 'You get one account manager per region, who knows the local suppliers. Shall we talk on Thursday?', 'Best,\nPiet') },
  ],
  invalid: [
    { name: 'English message: "we only work with one installer per region"', options: enMessage, text: 'We run social media for installers and only work with one installer per region. Keen to see whether that could be you?', excerpts: ['only work with one installer per region'] },
    { name: 'Dutch message: "per regio werken we maar met één installateur"', options: nlMessage, text: 'Wij doen de social media voor installateurs. Per regio werken we maar met één installateur. Zin om te kijken of jullie dat kunnen zijn?', excerpts: ['Per regio werken we maar met één'] },
    { name: 'English mail: "this rate only stands if we have your go-ahead before the 15th"', options: { lang: 'en', thread: 'reply' }, text: mail('Hi Mark,', 'For 40 seats it comes to 1,120 a month. This rate only stands if we have your go-ahead before the 15th. Shall I send the order form?', 'Best,\nLaura'), excerpts: ['This rate only stands if'] },
    { name: 'English message: "If this one goes unanswered too, I\'ll read that as a no"', options: enMessage, text: 'One more note on payroll. If this one goes unanswered too, I\'ll read that as a no. Is a short call in January worth it?', excerpts: ['If this one goes unanswered', "I'll read that as a no"] },
    { name: 'English comment: "3 beta seats left"', options: { lang: 'en', kind: 'comment' }, text: 'We built exactly this for agencies. There are 3 beta seats left before we close the cohort, so DM me if you want one.', excerpts: ['3 beta seats left'] },
    { name: 'Dutch message: "dit is inmiddels mijn derde berichtje"', options: nlMessage, text: 'Hoi Dennis, dit is inmiddels mijn derde berichtje over de verzuimmodule. Heb je deze week 10 minuten?', excerpts: ['dit is inmiddels mijn derde berichtje'] },
  ],
});

ruleCases('cta/missing', {
  valid: [
    { name: 'English message: "It would really help me if you could tell me who …"', options: enMessage, text: 'We help fleets move to electric vans. It would really help me if you could tell me who decides on the fleet.' },
    { name: 'Dutch mail: "Het zou me enorm helpen als u me de naam kunt doorgeven"', options: nl, text: mail('Beste Anna,', 'Wij helpen wagenparken elektrisch rijden. Het zou me enorm helpen als u me de naam kunt doorgeven van degene die over het wagenpark beslist.', 'Groet,\nPiet') },
    { name: 'English message: "It would be great to follow each other here"', options: enMessage, text: 'Nice piece on circular buying. I advise councils on the same topic. It would be great to follow each other here.' },
    { name: 'Dutch message: "Zou fijn zijn om elkaar hier te volgen"', options: nlMessage, text: 'Mooi stuk over circulair inkopen. Ik adviseer zelf gemeenten. Zou fijn zijn om elkaar hier te volgen en ervaringen uit te wisselen.' },
  ],
  invalid: [
    { name: 'English reply: "you can drop it to every 5 minutes" describes a setting, and "Shout if …" only offers help', options: { lang: 'en', kind: 'message', thread: 'reply' }, text: 'Good question! The sync runs every 15 minutes by default, and you can drop it to every 5 minutes on the Pro plan. Deleted records stay in a bin for 30 days, so nothing is lost by mistake. Custom fields map by name. Shout if anything else comes up.', excerpts: ['Shout if anything else comes up.'] },
  ],
});

ruleCases('post/engagement-bait', {
  valid: [
    { name: 'Dutch post: a real question about the reader\'s team', options: nlPost, text: 'Wij namen afscheid van de Excel met 40 tabbladen.\n\nHoe houdt jouw team de cijfers bij?' },
  ],
  invalid: [
    { name: 'English post: "Tag the spreadsheet king on your team"', options: enPost, text: 'Know that colleague with the 40-tab spreadsheet?\n\nWe said goodbye to ours.\n\nTag the spreadsheet king on your team 👇', excerpts: ['Tag the spreadsheet king on your team 👇'] },
    { name: 'Dutch post: "Tag hieronder de Excel-koning uit jouw team"', options: nlPost, text: 'Ken je die collega met de Excel van 40 tabbladen?\n\nWij namen er afscheid van.\n\nTag hieronder de Excel-koning uit jouw team 👇', excerpts: ['Tag hieronder de Excel-koning uit jouw team 👇'] },
  ],
});
