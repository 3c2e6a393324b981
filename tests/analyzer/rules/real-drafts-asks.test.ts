/**
 * Asks as real outreach writes them (issue: judgement on real drafts), per class, English and
 * Dutch: each class is an ask cta/missing must not report as "no clear next step", next to near
 * misses that still ask nothing. Through the real pipeline (rule-tester.ts).
 */
import { ruleCases } from './rule-tester';
import { en, enMessage, mail, nl, nlMessage } from './drafts';

ruleCases('cta/missing', {
  valid: [
    // A wish or invitation naming the reader's step.
    { name: 'a hope that names the step', options: en, text: mail('Hi Rosa,', 'We map delivery routes for bakeries. I hope you will consider joining the pilot.', 'Best,\nGreg') },
    { name: 'a hope with "consider" + -ing', options: en, text: mail('Hi Rosa,', 'Our route planner cut fuel costs by a fifth for two bakeries. I hope you’ll consider trying it.', 'Best,\nGreg') },
    { name: 'an invitation to take a look', options: en, text: mail('Hi Rosa,', 'We published a short study on delivery windows. I invite you to take a look at it.', 'Best,\nGreg') },
    // Verbless closing questions.
    { name: 'verbless "Still relevant?"', options: en, text: mail('Hi Omar,', 'Last spring we spoke about your warehouse scanners. We have since added offline mode. Still relevant?', 'Greg') },
    { name: 'verbless "Makes sense?"', options: enMessage, text: 'Saw your post on churn. We help SaaS teams flag at-risk accounts a month earlier. Makes sense?' },
    { name: 'how the idea landed', options: en, text: mail('Hi Omar,', 'I sent over the two-page plan for your depot last week. Did the plan resonate at all?', 'Greg') },
    { name: 'Dutch verbless "Nog relevant?"', options: nl, text: mail('Hoi Sanne,', 'Vorig jaar spraken we over je voorraadbeheer. Inmiddels werkt de app ook offline. Nog relevant?', 'Groet,\nBart') },
    { name: 'Dutch verbless "Zin?"', options: nlMessage, text: 'Mooi artikel over jullie groei. Wij helpen webshops met retouren sneller verwerken. Zin?' },
    { name: 'Dutch "Iets voor jullie?"', options: nl, text: mail('Hoi Sanne,', 'We bouwen planningssoftware voor kinderopvang. Iets voor jullie?', 'Groet,\nBart') },
    // Requests without an imperative.
    { name: 'Dutch "graag" + what to send back', options: nl, text: mail('Beste Karin,', 'Bijgaand het contract voor de pilot. Graag het formulier ingevuld retour, dan plannen we de start.', 'Groet,\nBart') },
    { name: 'Dutch "graag je reactie"', options: nl, text: mail('Beste Karin,', 'In de bijlage vind je twee varianten van het dashboard. Graag je reactie voor het eind van de week.', 'Groet,\nBart') },
    // Arrows and colons pointing at the step.
    { name: 'arrow to an e-mail address', options: en, text: mail('Hi Omar,', 'We audit cookie banners for free this month. Send your domain → audit@example.com', 'Greg') },
    { name: 'Dutch arrow to an e-mail address', options: nl, text: mail('Hoi Sanne,', 'We controleren deze maand gratis je cookiebanner. Stuur je domein → check@voorbeeld.nl', 'Bart') },
    { name: 'Dutch infinitive label with an arrow', options: nl, text: mail('Hoi Sanne,', 'Op 12 juni geven we een workshop over offertes.\n\nInschrijven → https://voorbeeld.nl/workshop', 'Bart') },
    // Numbered steps for the reader.
    { name: 'numbered steps under a lead-in', options: en, text: mail('Hi Omar,', 'The contract is attached. To get going:\n1. Read the terms\n2. Initial page two\n3. Mail the copy back to me', 'Greg') },
    { name: 'Dutch bulleted steps under a lead-in', options: nl, text: mail('Hoi Sanne,', 'Het voorstel staat klaar. Om te beginnen:\n- Lees de voorwaarden\n- Zet je paraaf op pagina twee\n- Mail het terug naar mij', 'Bart') },
    // A softened request that names what to send.
    { name: 'Dutch "stuur gerust de … door"', options: nl, text: mail('Hoi Sanne,', 'Ik maak de planning deze week af. Stuur gerust de roosters door, dan verwerk ik ze erin.', 'Bart') },
    // A link alone on its line in a letter that asks nothing else, with a line under it.
    { name: 'a link on its own line, a closing remark below', options: nl, text: mail('Beste Karin,', 'Van de pilot zijn nog een paar plekken vrij.\n\nhttps://voorbeeld.nl/pilot\n\nDaarna starten we met de reguliere versie.', 'Groet,\nBart') },
    // An imperative pointing at a place, for more information.
    { name: 'contact … or visit <url> for more information', options: en, text: mail('Hello,', 'We host small business sites from six euros a month. Contact our team for more information or visit https://hosting.example.com', 'Regards') },
  ],
  invalid: [
    { name: 'a hope for the reader’s wellbeing is no ask', options: en, text: mail('Hi Rosa,', 'I hope you are well. We map delivery routes for bakeries.', 'Best,\nGreg'), excerpts: ['We map delivery routes for bakeries.'] },
    { name: '"Relevant?" answered by the writer opens a pitch', options: en, text: mail('Hi Omar,', 'Relevant? Absolutely. Fleets lose two days a month to manual reports, and our dashboard gives those days back to the team.', 'Greg'), excerpts: ['Fleets lose two days a month to manual reports, and our dashboard gives those days back to the team.'] },
    { name: 'Dutch "graag" as the writer’s offer', options: nl, text: mail('Hoi Sanne,', 'Graag stuur ik je meer informatie over onze planningssoftware.', 'Bart'), excerpts: ['Graag stuur ik je meer informatie over onze planningssoftware.'] },
    { name: 'a tips list in a letter without a lead-in colon', options: en, text: mail('Hi Omar,', 'What worked for our clients\n- Keep the agenda short\n- Share the numbers first\n\nWe wrote this up in a guide.', 'Greg'), excerpts: ['We wrote this up in a guide.'] },
  ],
});
