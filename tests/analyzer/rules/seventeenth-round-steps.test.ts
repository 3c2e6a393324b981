/**
 * The seventeenth round on steps, in our own sentences and in both languages. Options labelled as
 * the answers to a question just asked ("Ja, graag → <link>", "Liever niet → <link>") are one answer.
 * A follow-up under a condition on the ask before takes its step on, so a later ask for that step
 * is no rival ("See the mock-up: <link>. If you like it and want to talk it through, … Worth a quick
 * chat?"). A question that only asks whether the reader is ready ("Are you ready to …? Join …") leads
 * to its step. "Or" joins two different steps when one is a call and the other a page, a trial or a
 * download or following a page ("Doe de quickscan: <link>. Of liever 15 minuten sparren?"). Sending a CV or a resume is
 * a step of its own beside a call. "Comment your email below and I'll send it" is bait in a post.
 */
import { ruleCases } from './rule-tester';
import { en, enMessage, enPost, mail, nl, nlMessage, nlPost } from './drafts';

ruleCases('cta/multiple', {
  valid: [
    { name: 'Dutch mail: yes and no options under the question are one answer', options: nl, text: mail('Hoi Sam,', 'Je krijgt onze weekmail al een tijd, maar we zien je niet bij de bestellingen. Wil je hem blijven krijgen?\n\n- Ja, graag → bestel gewoon deze week:\n  {{bestel_link}}\n- Liever niet meer → {{voorkeur_link}}', 'Groet,\nPiet') },
    { name: 'English mail: yes and no options under the question are one answer', options: en, text: mail('Hi Sam,', 'You have had our weekly list for a while. Would you like to keep getting it?\n\n- Yes please → just reply with yes:\n  {{reply_link}}\n- Not any more → {{preferences_link}}', 'Best,\nPiet') },
    { name: 'English mail: a mock-up, a condition on it, then the chat that condition opened', options: en, text: mail('Hi Sam,', 'I built a new booking page for your studio as a mock-up: https://example.com/mockup\n\nIf you like it and want to talk about taking it live, I charge a flat fee.\n\nWorth a quick chat?', 'Best,\nPiet') },
    { name: 'English post: "Are you ready to …?" leads to the webinar it invites to', options: enPost, text: 'Are you ready to put AI agents to work in 2025? Join our webinar on 25 February!\n\nThree founders share what worked.\n\nRegistration link in the comments.' },
    { name: 'Dutch post: "Ben jij klaar om …?" leads to the webinar it invites to', options: nlPost, text: 'Ben jij klaar om AI echt in te zetten in 2025? Schrijf je in voor ons webinar van 25 februari!\n\nDrie oprichters vertellen wat werkte.\n\nDe aanmeldlink staat in de reacties.' },
    { name: 'English reply: "Let me know what works best" picks among the options above', options: { lang: 'en', thread: 'reply' }, text: mail('Hi Sam,', 'Great question. Here is an overview that shows what we do:\n\n• How it works: https://example.com/overview\n• A case study from a clinic like yours\n\nWould any of these help? I can also hop on a short call to walk through your case.\n\nLet me know what works best.', 'Best,\nPiet') },
    { name: 'Dutch reply: "Laat maar weten wat het beste past" picks among the options above', options: { lang: 'nl', thread: 'reply' }, text: mail('Hoi Sam,', 'Goede vraag. Hier is een overzicht van wat we doen:\n\n• Zo werkt het: https://example.com/overzicht\n• Een case van een praktijk zoals de jouwe\n\nHelpt een van deze? Ik kan ook kort bellen om jullie situatie door te nemen.\n\nLaat maar weten wat het beste past.', 'Groet,\nPiet') },
    { name: 'Dutch post: more info behind a link, or a question by DM, is one step', options: nlPost, text: 'Onze training begint in april.\n\nMeer info → https://example.com/training\n\nOf stuur me een DM met je vraag.' },
  ],
  invalid: [
    { name: 'Dutch mail: a quick scan, "of liever" a call, are two steps', options: nl, text: mail('Beste Sam,', 'Met een korte scan ziet u waar uw beveiliging tekortschiet. Doe de gratis quickscan: https://example.com/scan\n\nOf liever 15 minuten telefonisch sparren?', 'Groet,\nPiet'), excerpts: ['liever 15 minuten telefonisch sparren?'] },
    { name: 'English mail: a trial, "or rather" a call, are two steps', options: en, text: mail('Hi Sam,', 'A short scan shows where your security falls short. Try the free scan here: https://example.com/scan\n\nOr would you rather hop on a 15-minute call?', 'Best,\nPiet'), excerpts: ['Or would you rather hop on a 15-minute call?'] },
    { name: 'English message: a call and a resume sent in are two steps', options: enMessage, text: 'We are hiring backend developers in Utrecht. Please share your number and let me know a good time to call you. Also, drop in your resume at anna@example.com', excerpts: ['Also, drop in your resume at anna@example.com'] },
    { name: 'English post: following the page, "or" a demo, are two steps', options: enPost, text: 'We post a routing tip every week.\n\nFollow our page so you don\'t miss one.\n\nOr book a demo: https://example.com/demo', excerpts: ['Or book a demo: https://example.com/demo'] },
    { name: 'Dutch post: de pagina volgen, "of" een demo, zijn twee stappen', options: nlPost, text: 'Wij delen elke week een routetip.\n\nVolg onze pagina voor meer tips.\n\nOf boek een demo: https://example.com/demo', excerpts: ['boek een demo: https://example.com/demo'] },
    { name: 'Dutch message: a call and a CV sent in are two steps', options: nlMessage, text: 'We zoeken backend developers in Utrecht. Laat me weten wanneer ik je kan bellen. Stuur ook je cv naar anna@example.com.', excerpts: ['Stuur ook je cv naar anna@example.com.'] },
  ],
});

ruleCases('post/engagement-bait', {
  valid: [
    { name: 'English post: asking for the reader\'s own list is a real question', options: enPost, text: 'I kept a list of every data role I applied to last year.\n\nWhich job boards worked best for you?' },
  ],
  invalid: [
    { name: 'English post: "comment your email 👇 and I\'ll send you the link"', options: enPost, text: 'I compiled 300 open data roles for students.\n\nIf you want the list, comment your email👇 and I\'ll send you the link :)', excerpts: ["If you want the list, comment your email👇 and I'll send you the link :)"] },
    { name: 'Dutch post: "reageer met je e-mailadres hieronder 👇 en ik stuur …"', options: nlPost, text: 'Ik heb 300 vacatures voor data-starters verzameld.\n\nReageer met je e-mailadres hieronder 👇 en ik stuur je de lijst.', excerpts: ['Reageer met je e-mailadres hieronder 👇 en ik stuur je de lijst.'] },
  ],
});
