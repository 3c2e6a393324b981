/**
 * The sixteenth round, measured after the fourteenth and fifteenth rounds' fixes, and what it
 * taught, in our own sentences and in both languages: the reader's view hoped for ("I was hoping
 * for your insight", "Ik hoopte op jouw inzicht"), valued with a word before it ("I'd value your
 * operational take"), a name asked for ("grateful for a pointer", "een verwijzing waarderen"), a
 * question named before it is put ("One question I had was if …?", "One question decides it: does
 * …?", "Eén vraag die ik had: claimt …?"), a link closing the message after a dash; the silence of
 * another channel is no pressure on the reader ("I requested a demo through the site but haven't
 * heard back"); a sign-off in markdown emphasis ("_Best wishes,_") is no sentence of the body; a
 * trial capped at a count of takers is scarcity; "just thought it might be relevant", "daarna val ik
 * je niet meer lastig" and "Komt het nu niet uit, helemaal goed" are hedges. From the fifteenth
 * round: a hope naming the reader's step ("I hope you accept this invitation", "Ik hoop dat je mijn
 * uitnodiging accepteert"), "see you there" after the page it points at, and a condition run on past
 * a bracketed aside ("If you are a developer with AI (agents, tooling) experience then write on …").
 * A bare "Interesse?" / "Interested?" after a proposal is its yes, not a second step.
 */
import { ruleCases } from './rule-tester';
import { en, enMessage, mail, nl, nlMessage } from './drafts';

const enIntro = 'I am building a giving platform for weddings and parties, and we are looking at your foundation to pay out the gifts.';
const nlIntro = 'Ik bouw een platform voor giften bij bruiloften en feesten, en we kijken naar jullie stichting als uitbetaler.';

ruleCases('cta/missing', {
  valid: [
    { name: 'English message: "I was hoping for your insight as to whether …"', options: enMessage, text: `${enIntro} I was hoping for your insight on whether we would fit. Thanks, Piet` },
    { name: 'Dutch message: "Ik hoopte op jouw inzicht of …"', options: nlMessage, text: `${nlIntro} Ik hoopte op jouw inzicht of we een goede match zijn.` },
    { name: 'English message: "I\'d value your operational take on …"', options: enMessage, text: `${enIntro} I'd value your operational take on whether we are a fit.` },
    { name: 'English message: "One question I had was if …?" and "grateful for a pointer"', options: enMessage, text: `${enIntro} One question I had was if the foundation claims tax relief on the gifts and passes it on?\n\nIf somebody else is better placed for this, I'd be grateful for a pointer.` },
    { name: 'Dutch message: "Eén vraag die ik had: claimt …?"', options: nlMessage, text: `${nlIntro} Eén vraag die ik had: claimt de stichting de giftenaftrek?` },
    { name: 'Dutch message: "Ik zou een verwijzing naar de juiste persoon waarderen."', options: nlMessage, text: `${nlIntro} Ik zou een verwijzing naar de juiste persoon waarderen.` },
    { name: 'English message: "One question decides it: does …?" then an offer', options: enMessage, text: `${enIntro} One question decides it: does the foundation claim the relief and pass it through? Happy to take a short call whenever suits.` },
    { name: 'English message: a link closing the message after a dash', options: enMessage, text: 'I wished to invite you to join our pool of experts. It is a platform where small firms consult experts on short projects - https://example.com/join' },
    { name: 'English mail in markdown emphasis: the sign-off is no sentence', options: en, text: '_Hi Sam,_\n\n_Thanks for the call today. Shall we walk through the proposal on Thursday?_\n\n_Best wishes,_\n\n_Piet_' },
    { name: 'English message: "I hope you accept this invitation …"', options: enMessage, text: 'I run operations at a young startup and am growing my circle of developers in Utrecht. I hope you accept my invitation to connect.' },
    { name: 'Dutch message: "Ik hoop dat je mijn uitnodiging accepteert."', options: nlMessage, text: 'Ik ben de operationeel manager van een nieuwe startup en breid mijn netwerk van ontwikkelaars in Utrecht uit. Ik hoop dat je mijn uitnodiging accepteert.' },
    { name: 'English message: "see you there" after the page it points at', options: enMessage, text: 'I run operations at a young startup for developers in Utrecht. The preregistration page is live on our site as well, see you there.' },
    { name: 'English mail: a condition run on past a bracketed aside, then "write on <address>"', options: en, text: mail('Hi Sam,', 'We are hiring. If you are a developer with AI (agents, tooling) experience then write on anna@example.com.', 'Best,\nPiet') },
  ],
  invalid: [
    { name: 'English mail: a bare "Please let me know" under a help offer, the details below', options: en, text: mail('Hi Nick,', "It's been a while; I wanted to check whether there are any questions.\n\nPlease let me know, my contact details are below.", 'Best regards,\nPiet\n\nSolutions manager'), excerpts: ['Please let me know, my contact details are below.'] },
    { name: 'Dutch mail: "Speelt het later wel? Dan ben ik bereikbaar op …" offers help', options: nl, text: mail('Hoi Sam,', 'We plannen roosters voor scholen. Speelt het later wel? Dan ben ik bereikbaar op 020 123 4567.', 'Groet,\nPiet'), excerpts: ['Dan ben ik bereikbaar op 020 123 4567.'] },
    { name: 'English mail: "I hope you enjoy it" names no step', options: en, text: mail('Hi Sam,', 'We wrote a guide on rosters and I hope you enjoy it.', 'Best,\nPiet'), excerpts: ['We wrote a guide on rosters and I hope you enjoy it.'] },
    { name: 'English mail: a question put to nobody after "question" in a story', options: en, text: mail('Hi Sam,', 'We plan rosters for schools. The question we kept hearing from heads was simple, and it shaped the product.', 'Best,\nPiet'), excerpts: ['The question we kept hearing from heads was simple, and it shaped the product.'] },
  ],
});

ruleCases('cta/multiple', {
  valid: [
    { name: 'Dutch mail: a bare "Interesse?" after the proposal is its yes', options: nl, text: mail('Hoi Sam,', 'Een voorstel: stuur me de roosters van één locatie van vorige maand, dan krijg je de planning gratis terug. Zo zie je meteen of het werkt.\n\nInteresse?', 'Groet,\nPiet') },
    { name: 'English mail: a bare "Interested?" after the proposal is its yes', options: en, text: mail('Hi Sam,', "A proposal: send me last month's rosters for one site and get the plan back free. You'll see straight away whether it works.\n\nInterested?", 'Best,\nPiet') },
  ],
  invalid: [
    { name: 'English mail: a guide and then a call, asked as interest, still compete', options: en, text: mail('Hi Sam,', 'Download the roster guide: https://example.com/guide\n\nInterested in a 15-minute call next week?', 'Best,\nPiet'), excerpts: ['Interested in a 15-minute call next week?'] },
    { name: 'English message: connecting and preregistering compete', options: enMessage, text: 'I hope you accept my invitation to connect. I run operations at a young startup for developers in Utrecht. The preregistration page is live on our site as well, see you there.', excerpts: ['The preregistration page is live on our site as well, see you there.'] },
  ],
});

ruleCases('cta/pushy', {
  valid: [
    { name: 'English message: the silence of another channel the writer tried', options: enMessage, text: `${enIntro} I requested a demo through example.com but haven't heard back yet. Does the foundation pass the relief on?` },
    { name: 'Dutch message: the silence of another channel the writer tried', options: nlMessage, text: `${nlIntro} Ik heb via example.com een demo aangevraagd maar nog niets gehoord. Geeft de stichting de aftrek door?` },
    { name: 'English mail: a count of teams in the past is no cap', options: en, text: mail('Hi Sam,', 'We let 3 teams try our planner last spring and they kept it. Worth a chat?', 'Best,\nPiet') },
  ],
  invalid: [
    { name: 'English mail: a trial capped at two takers', options: en, text: mail('Hi Sam,', "I'm looking to let 2 coaches test drive the planner this month. Want in?", 'Best,\nPiet'), excerpts: ['looking to let 2 coaches test drive'] },
    { name: 'Dutch mail: a trial capped at two takers', options: nl, text: mail('Hoi Sam,', 'Ik laat 2 coaches de planner deze maand gratis testen. Zin om mee te doen?', 'Groet,\nPiet'), excerpts: ['laat 2 coaches de planner deze maand gratis testen'] },
  ],
});

ruleCases('tone/timid', {
  valid: [],
  invalid: [
    { name: 'English mail: "If not, no worries - just thought it might be relevant"', options: en, text: mail('Hi Sam,', 'Worth a 15-minute chat next week?\n\nIf not, no worries. I just thought it might help your team.', 'Best,\nPiet'), excerpts: ['If not, no worries.', 'I just thought it might'] },
    { name: 'Dutch mail: "daarna val ik je niet meer lastig" and "Komt het nu niet uit, helemaal goed."', options: nl, text: mail('Hoi Sam,', 'Dit is mijn laatste mailtje, daarna val ik je niet meer lastig. Past het nu niet, helemaal goed. Zullen we volgende week even bellen?', 'Groet,\nPiet'), excerpts: [', daarna val ik je niet meer lastig', 'Past het nu niet, helemaal goed.'] },
  ],
});
