/**
 * A third round of real outreach, read before any change: connection notes that drop their
 * subject ("Wanted to connect …", "Zou graag connecten", "Graag verbinden!"), a one-word closing
 * question of recognition ("Herkenbaar?", "Intrigued?"), spintax and HTML of templates pasted from
 * a sequencer, "Are there concerns I should address?" with an aside after it, "kijk dan op
 * site.nl" without a scheme, a link with a second channel ("<link> of bel <nummer>"), a softened
 * Dutch request that names the half hour it offers; and for pressure, the reader's silence named,
 * "see if you received my last email", attempts counted in Dutch, "Geen reactie is ook een
 * antwoord", a break-up mail closing the thread, and a reply option in quotes that is no deadline.
 * Our own sentences throughout, one per class and language.
 */
import { ruleCases } from './rule-tester';
import { en, enMessage as enNote, enPost, enReply, mail, nl, nlMessage as nlNote, nlPost, nlReply } from './drafts';

ruleCases('cta/missing', {
  valid: [
    { name: 'English note: "Wanted to connect" without its subject', options: enNote, text: 'Your talk on route planning changed how I think about depots. Wanted to connect with people who care about this.' },
    { name: 'English note: "would value the connection"', options: enNote, text: 'Saw that your team opened a second site — building in the same field and would value the connection.' },
    { name: 'English note: "would appreciate the connection"', options: enNote, text: 'I am mapping how finance teams close their books. Your view seems relevant — would appreciate the connection.' },
    { name: 'Dutch note: "Zou graag connecten"', options: nlNote, text: 'Hoi Sanne, ik bouw planningssoftware voor kinderopvang. Zou graag connecten en ervaringen delen.' },
    { name: 'Dutch note: "Graag verbinden!"', options: nlNote, text: 'Hoi Sanne, ik werk aan slimme verlichting voor scholen en ben benieuwd hoe jullie dat regelen. Graag verbinden!' },
    { name: 'Dutch note: "kom graag in contact met"', options: nlNote, text: 'Hoi Sanne, we werken allebei met HR-cijfers. Ik bouw dashboards voor zorginstellingen en kom graag in contact met mensen die dat ook doen.' },
    { name: 'English note: "Intrigued?" at the close', options: enNote, text: 'Glad we are connected, Sam! We run short workshops on negotiation for support teams. Intrigued?' },
    { name: 'Dutch note: "Herkenbaar?" before an offer of the writer', options: nlNote, text: 'Sanne, groeiende installateurs lopen vaak vast op hun planning. Herkenbaar? Ik laat graag zien hoe wij dat aanpakken.' },
    { name: 'Dutch mail: "Herkenbaar?" as the only question', options: nl, text: mail('Sanne,', 'Bouwbedrijven met meer dan vijftig monteurs verliezen vaak uren aan het rooster.\n\nWij lossen dat op met één gedeelde planning.\n\nHerkenbaar?', 'Groet,\nLies') },
    { name: 'English template: spintax read as its first variation', options: en, text: mail('Hi {{first_name}},', 'Most teams we meet {lose|waste|burn} a day a week on manual reports.\n\n{Open to seeing|Interested in seeing} what that could look like for {{company}}?', 'Best,\nLies') },
    { name: 'English: "Would that make a difference for …?" weighs the idea', options: en, text: mail('Hi Noor,', 'We book twenty qualified meetings a month for teams like yours.\n\nWould that make a difference for your quarter?', 'Best,\nLies') },
    { name: 'English template kept as HTML', options: en, text: '<p>Hi {{first_name}},</p>\n<p>We cut reporting time in half for teams like yours.</p>\n<p>Would a short call next week make sense?</p>\n<p>Best,<br>Lies</p>' },
    { name: 'English reply: "are there concerns I should address?" with an aside after it', options: enReply, text: mail('Hi Noor,', 'Great to hear the pilot went well. I can send a one-page summary or a recorded walkthrough for your board.\n\nAre there specific concerns I should cover in it? (e.g. security, pricing, rollout)', 'Best,\nLies') },
    { name: 'Dutch: "kijk dan op" an address without scheme', options: nl, text: mail('Hoi Bram,', 'Dit is mijn laatste bericht over de roosters.\n\nMocht het later toch spelen, kijk dan op planwijs.nl.', 'Groet,\nLies') },
    { name: 'Dutch reply: a link with a second channel', options: nlReply, text: mail('Hoi Bram,', 'Dank voor je vraag over de prijzen. Hieronder het overzicht: opstart € 400, daarna € 80 per maand, support inbegrepen, geen verborgen kosten en een opzegtermijn van een maand.\n\nVolgende stap: een demo.\n\n[Demo link] of bel [telefoon]', 'Groet,\nLies') },
    { name: 'Dutch post: "Stuur me gerust een bericht" naming the half hour offered', options: nlPost, text: 'Drie jaar lang plakten we cijfers over uit Excel. Nu niet meer.\n\nStuur me gerust een bericht, dan denk ik graag een half uur vrijblijvend mee.' },
  ],
  invalid: [
    // Not every "want to" is the writer's wish: the reader's wish stays an offer of availability.
    { name: 'English: "if you ever want to chat, you know where to find me" is passive', options: en, text: mail('Hi Noor,', 'Thanks again for the intro last week. If you ever want to chat about hiring, you know where to find me.', 'Best,\nLies'), excerpts: ['If you ever want to chat about hiring, you know where to find me.'] },
  ],
});

ruleCases('cta/pushy', {
  valid: [
    { name: 'English: a reply option in quotes is no deadline', options: en, text: mail('Hi Noor,', 'If the timing is off, just reply "not now" and I will check back in the spring.', 'Best,\nLies') },
    { name: 'English: demo links of different merge fields are different asks', options: enReply, text: mail('Hi Noor,', 'Here are the three demos:\n- {{demo_1_name}}: {{demo_1_url}}\n- {{demo_2_name}}: {{demo_2_url}}\n- {{demo_3_name}}: {{demo_3_url}}\n\nWhich one fits your team best?', 'Best,\nLies') },
  ],
  invalid: [
    { name: 'English: naming the reader\'s silence', options: en, text: mail('Sam,', 'How should I read your silence: busy, or not interested? If busy, when is a good moment?', 'Best,\nLies'), excerpts: ['read your silence'] },
    { name: 'English: "to see if you received my last email"', options: en, text: mail('Hi Sam,', 'Following up to see if you received my last email? Would a short call help?', 'Best,\nLies'), excerpts: ['if you received my last email'] },
    { name: 'Dutch: attempts counted, "een paar keer contact gezocht"', options: nl, text: mail('Bram,', 'Ik heb al een paar keer contact gezocht. Speelt het nog?', 'Groet,\nLies'), excerpts: ['al een paar keer contact gezocht'] },
    { name: 'Dutch: "Geen reactie is ook een antwoord"', options: nl, text: mail('Bram,', 'Geen reactie is ook een antwoord. Zullen we het toch even kort bespreken?', 'Groet,\nLies'), excerpts: ['Geen reactie is ook een antwoord'] },
    { name: 'Dutch: one more check and the thread closed on the reader', options: nl, text: mail('Goedemiddag,', 'Ik wil nog één keer navragen of jullie het voorstel willen zien.\n\nAls het niet speelt, sluit ik het hierbij af.', 'Groet,\nLies'), excerpts: ['nog één keer navragen', 'sluit ik het hierbij af'] },
  ],
});

ruleCases('tone/timid', {
  valid: [
    { name: 'English: one softener after a clear ask', options: en, text: mail('Hi Noor,', 'Could we book twenty minutes on Thursday to go through the pilot? No worries if not.', 'Best,\nLies') },
  ],
  invalid: [
    { name: 'English: "I get it - you\'re busy" and "no hard feelings"', options: en, text: mail('Hi Sam,', 'I get it - you\'re busy. Should I check back in the autumn, or close the file? No hard feelings either way.', 'Best,\nLies'), excerpts: ["I get it - you're busy.", 'No hard feelings'] },
    { name: 'English: a shot in the dark, then checking to see if', options: en, text: mail('Hi Sam,', 'I know this is a shot in the dark, but I was checking to see if you are open to a ten-minute call next week?', 'Best,\nLies'), excerpts: ['I know this is a shot in the dark, but ', 'I was checking to see if '] },
    { name: 'Dutch: "Ik begrijp dat het druk kan zijn, dus wilde ik even opvolgen"', options: nl, text: mail('Beste Sanne,', 'Ik begrijp dat het druk kan zijn, dus wilde ik kort even opvolgen. Wanneer komt het u uit om het concept te bekijken?', 'Groet,\nLies'), excerpts: ['Ik begrijp dat het druk kan zijn, ', ', dus wilde ik kort even opvolgen'] },
    { name: 'Dutch: one more check, then letting the reader off', options: nl, text: mail('Goedemiddag,', 'Ik wilde nog één keer checken of jullie het voorstel willen zien. Als het niet interessant is, hoor ik het graag.', 'Groet,\nLies'), excerpts: ['Ik wilde nog één keer checken', 'Als het niet interessant is'] },
  ],
});

ruleCases('cta/multiple', {
  valid: [
    { name: 'English: a demo call and its booking link are one step', options: en, text: mail('Hi Noor,', 'Would a 20-minute demo call next week work? Book it here: https://calendly.com/lies/demo', 'Best,\nLies') },
  ],
  invalid: [
    // A demo behind a link is watched on one's own; a call is a meeting: two different steps.
    { name: 'English: a demo to watch and a call', options: en, text: mail('Hi Noor,', 'The recorded demo is here: https://example.org/demo\n\nWorth 15 minutes to talk it through?', 'Best,\nLies'), excerpts: ['Worth 15 minutes to talk it through?'] },
    { name: 'Dutch: een demo om te bekijken en een gesprek', options: nl, text: mail('Hoi Bram,', 'De rondleiding staat hier: https://voorbeeld.nl/rondleiding\n\nZullen we volgende week een kwartier bellen?', 'Groet,\nLies'), excerpts: ['Zullen we volgende week een kwartier bellen?'] },
    // Styled Unicode letters are read as the letters they show, so the ask in them counts.
    { name: 'English post: a question in LinkedIn "bold" letters', options: enPost, text: 'We rebuilt our site for both people and AI agents.\n\nWill that become the standard, do you think?\n\n👇 𝗪𝗮𝗻𝘁 𝘁𝗼 𝗵𝗮𝘃𝗲 𝗮 𝗹𝗼𝗼𝗸 𝗮𝘁 𝘁𝗵𝗲 𝗻𝗲𝘄 𝘀𝗶𝘁𝗲? 𝗗𝗼𝘄𝗻𝗹𝗼𝗮𝗱 𝘁𝗵𝗲 𝗴𝘂𝗶𝗱𝗲: https://example.org/guide', excerpts: ['𝗗𝗼𝘄𝗻𝗹𝗼𝗮𝗱 𝘁𝗵𝗲 𝗴𝘂𝗶𝗱𝗲: https://example.org/guide'] },
  ],
});
