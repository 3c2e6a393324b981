/**
 * The eighteenth round's asks, in our own sentences and in both languages: what the writer needs
 * from the reader said as a statement ("All I'd need from you is …", "If you'd like to go ahead, I
 * just need:", "Het enige wat ik nog van je nodig heb is …", "hadden we graag nog volgende info
 * ontvangen:"); "What would be most helpful?" after options; "Let me know if that works and I will
 * send you an invite to sync on ways to help you" (the writer's part after "and I" is no help
 * offer); a markdown link whose text points at it with an arrow; "Als timing beter is …, laat gerust
 * weten" (a decision named, not questions); a contact step to a named person "if you qualify and
 * are interested" in a post; an imperative after "While you're here,".
 */
import { ruleCases } from './rule-tester';
import { en, enPost, mail, nl, nlPost } from './drafts';

ruleCases('cta/missing', {
  valid: [
    { name: 'English message: "All I\'d need from you is a signature"', options: { lang: 'en', kind: 'message' }, text: 'Congrats on the new studio. We run managed Wi-Fi for shared offices. All I\'d need from you is a signature on our standard agreement, whenever suits.' },
    { name: 'English mail: "If you\'d like to go ahead, I just need:" and a list', options: en, text: mail('Hi Sam,', 'Great talking with you yesterday. If you\'d like to go ahead, I just need:\n1. The shoot dates\n2. A deposit\n\nAnd we can start next week.', 'Best,\nPiet') },
    { name: 'Dutch mail: "Het enige wat ik nog van je nodig heb is …"', options: nl, text: mail('Hoi Sam,', 'Fijn gesprek gisteren. De planning staat klaar en het enige wat ik nog van je nodig heb is de datum van de eerste opname.', 'Groet,\nPiet') },
    { name: 'Dutch mail: "hadden we graag nog volgende info ontvangen:" and a list', options: nl, text: mail('Dag Sam,', 'Bedankt voor de aanvraag! Om een correcte offerte te maken, hadden we graag nog volgende info ontvangen:\n\n- De locatie van het optreden\n- De gewenste speelduur\n\nAlvast bedankt!', 'Groeten,\nPiet') },
    { name: 'English mail: "What would be most helpful?" after the options offered', options: en, text: mail('Hi Sam,', 'Following up on last week\'s demo. I can share a case study from a clinic like yours, the integration notes for your CRM, or an ROI model.\n\nWhat would be most helpful?', 'Best,\nPiet') },
    { name: 'English reply: "Let me know if that works and I will send you an invite to sync on ways to help you"', options: { lang: 'en', thread: 'reply' }, text: 'Hey Steve, attached is the case study on cost per booked call. We use interest targeting and research-led copy, which is what sets our numbers apart for SaaS teams like yours. My colleague has time on Monday afternoon. Let me know if that works and I will send you an invite to sync on ways to help you.' },
    { name: 'English mail: a markdown link whose text points at it with an arrow', options: en, text: mail('Hi Sam,', 'We build screening tools for recruiting agencies.\n\n**[If it is worth a quick chat → 20 minutes here](https://calendly.com/piet/20min)**', 'Piet') },
    { name: 'Dutch mail: "Als timing beter is binnen twee maanden, laat gerust weten"', options: nl, text: mail('Hoi Sam,', 'Ik sluit dit even af zodat ik je inbox niet blijf vullen. Als de timing binnen twee maanden beter is, laat gerust weten.', 'Groet,\nPiet') },
    { name: 'English post: "Reach out to Deep if you qualify and are interested"', options: enPost, text: 'Another job alert. My former colleague Deep is hiring a head of data at a news publisher. I have no affiliation with this. Reach out to Deep if you qualify and are interested.\n\n#hiring' },
  ],
  invalid: [
    { name: 'Dutch mail: "Als je vragen hebt, laat het gerust weten" only offers help', options: nl, text: mail('Hoi Sam,', 'We bouwen planners voor scholen. Als je vragen hebt, laat het gerust weten.', 'Groet,\nPiet'), excerpts: ['Als je vragen hebt, laat het gerust weten.'] },
    { name: 'English post: a job shared with no step asked', options: enPost, text: 'Another job alert. My former colleague Deep is hiring a head of data at a news publisher. I have no affiliation with this, I just like helping people find good roles.\n\n#hiring', excerpts: ['I have no affiliation with this, I just like helping people find good roles.'] },
  ],
});

ruleCases('cta/multiple', {
  valid: [
    { name: 'Dutch post: one step, offered in a markdown option in the reader\'s voice', options: nlPost, text: 'Onze nieuwe planner is live.\n\n[Ja, ik wil de planner proberen](https://example.com/probeer)' },
  ],
  invalid: [
    { name: 'English mail: "While you\'re here, give our page a follow" beside a call', options: en, text: mail('Hi Olivia,', 'Our route planner cut fuel costs by 12% for a grocer your size. Worth 15 minutes next week to check the numbers for your fleet? And while you\'re here, give our LinkedIn page a follow, we post a route tip every Tuesday.', 'Best,\nRaj'), excerpts: ["give our LinkedIn page a follow, we post a route tip every Tuesday."] },
  ],
});

ruleCases('cta/multiple', {
  valid: [
    { name: 'English message: a topic word ("invoice matching") is no purchase beside the call', options: { lang: 'en', kind: 'message' }, text: 'Hi Arjun, I saw the new plant. Could a look at how we automate invoice matching be worth ten minutes in January? Would a short call after the holidays make sense?' },
    { name: 'English message: "If neither works, who …?" is the fallback of the choice before', options: { lang: 'en', kind: 'message' }, text: 'Hi Olivia, we have flexible office space two streets from your team. Coffee at your office or a quick call, whichever is easier? If neither works, who looks after workplace on your side?' },
    { name: 'Dutch message: "Als geen van beide past, wie …?" is the fallback of the choice before', options: { lang: 'nl', kind: 'message' }, text: 'Hoi Olivia, we hebben flexibele kantoorruimte twee straten van jullie team. Koffie op jullie kantoor of een kort belletje, wat is handiger? Als geen van beide past, wie gaat bij jullie over huisvesting?' },
  ],
  invalid: [],
});

ruleCases('cta/too-big', {
  valid: [
    { name: 'Dutch message: langskomen for a quarter of an hour is small', options: { lang: 'nl', kind: 'message' }, text: 'Wij maken calculatiesoftware voor grondwerkers. Zal ik een kwartiertje langskomen om het te laten zien?' },
  ],
  invalid: [
    { name: 'English message: "Could I come by your office for an hour" on a first touch', options: { lang: 'en', kind: 'message' }, text: 'We build estimating software for groundworks contractors. Could I come by your Leeds office for an hour and run your estimators through it?', excerpts: ['Could I come by your Leeds office for an hour and run your estimators through it?'] },
  ],
});

ruleCases('cta/missing', {
  valid: [
    { name: 'Dutch mail: "… direct beschikbaar op <site>" offers the link', options: nl, text: mail('Beste Sam,', 'Laatste bericht. Bijgevoegd: de checklist voor de nieuwe regels. Geen registratie nodig,\ndirect beschikbaar op example.com/checklist (deel 2).', 'Groet,\nPiet') },
    { name: 'English mail: "It is available now at <link>" offers the link', options: en, text: mail('Hi Sam,', 'We wrote a checklist for the new rules. It is available now at https://example.com/checklist and free to use.', 'Best,\nPiet') },
    { name: 'Dutch message: "Stuur je het rooster door, dan plan ik …" asks as a condition', options: { lang: 'nl', kind: 'message' }, text: 'Wij plannen roosters voor scholen. Stuur je het rooster van deze maand door, dan plan ik de eerste week voor je in.' },
  ],
  invalid: [],
});

ruleCases('cta/too-big', {
  valid: [],
  invalid: [
    { name: 'Dutch message: "Geef je groen licht, dan zet ik de licenties klaar" on a first touch', options: { lang: 'nl', kind: 'message' }, text: 'Ik zag je post over het nieuwe salesteam. Wij hebben een pakket met licenties en coaching. Geef je groen licht, dan zet ik de licenties voor het hele team klaar.', excerpts: ['Geef je groen licht, dan zet ik de licenties voor het hele team klaar.'] },
  ],
});
