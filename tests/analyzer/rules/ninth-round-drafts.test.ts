/**
 * A ninth round: real outreach measured before any change, and what it taught, in our own sentences.
 * Asks not seen: the Flemish "mag je … bezorgen / doorsturen", the demo line to call ("Bel zelf onze
 * demo: 085 …"), a link announced without its address ("Here is the link …"), "let's talk" after a
 * quoted question in the same sentence. Asks invented: "feel free to reply to this email". Competing
 * asks invented: reading time read as a meeting ("should take about 15 minutes"). Shouting invented:
 * capitals in a bracketed fill-in. Pressure not seen: checking that "the report" was seen, a mail
 * that "didn't get buried", "is filling up", "I only work with 3-4 businesses per month", "I can only
 * support 20 agencies", "Last email, promised." / "Laatste bericht, beloofd.", "navragen of mijn
 * vorige mail is toegekomen", "of je mijn vorige bericht hebt kunnen bekijken". Hedges not seen:
 * "Ik wou even kort navragen", "dan is dat uiteraard ook helemaal oké".
 */
import { ruleCases } from './rule-tester';
import { en, enMessage, enPost, mail, nl, nlMessage, nlPost, nlReply } from './drafts';

ruleCases('cta/missing', {
  valid: [
    { name: 'Dutch reply: "mag je gerust wat info doorsturen"', options: nlReply, text: mail('Dag Anna,', 'Ik zie dat je nog geen zonnepanelen hebt. Een thuisbatterij is vooral interessant samen met zonnepanelen, omdat je dan je eigen stroom kunt opslaan en later gebruiken.\n\nAls je wil, mag je gerust wat info doorsturen over je dak en verbruik. Dan bekijken we welke richting het meest logisch is.', 'Kevin') },
    { name: 'Dutch: "mag je ons alsnog de gegevens bezorgen"', options: nl, text: mail('Dag Anna,', 'Als jullie dit nog verder willen bekijken, mag je ons alsnog de verbruiksgegevens bezorgen. Daarmee maken we de berekening sneller.', 'Kevin') },
    { name: 'Dutch: the demo line to call', options: nl, text: mail('Hoi Anna,', 'Een school in jullie regio heeft sinds kort een roosterassistent die de telefoon opneemt. Bij jullie kan dat binnen een week live staan.\nBel zelf onze demo: 085-XXX XX XX.', 'Jo') },
    { name: 'English message: a link announced without its address', options: enMessage, text: 'Hi Sonny, I found a new roster tool that I thought you may be interested in checking out. Here is the link …' },
    { name: 'English post: "let\'s talk" after a quoted question in the sentence', options: enPost, text: 'We now run roster audits for schools that feel stuck.\n\nIf "why does planning take so long?" sounds familiar, let\'s talk.\n\n#schools' },
  ],
  invalid: [
    { name: 'English: "feel free to reply to this email" only opens the door', options: en, text: mail('Hi Jo,', 'Thanks for the call. The summary of our roster pilot is attached.\n\nFeel free to reply to this email or call me directly at 020 123 4567.', 'Jo'), excerpts: ['Feel free to reply to this email or call me directly at 020 123 4567.'] },
  ],
});

ruleCases('cta/multiple', {
  valid: [
    { name: 'English: reading time is no meeting', options: en, text: mail('Hi Jo,', 'You can view your proposal here: https://example.com/proposal\n\nNext steps:\n1. Review the proposal (should take about 15 minutes)\n2. Let me know if you have any questions', 'Jo') },
  ],
  invalid: [],
});

ruleCases('cta/pushy', {
  valid: [
    { name: 'English: capitals inside a bracketed fill-in', options: en, text: mail('Hi [OWNER NAME],', 'I noticed a few things about your profile:\n\n• You have [X] photos while competitors average [Y]\n• [SPECIFIC ISSUE - no posts, missing hours, etc.]\n\nGoogle shows better profiles to MORE people. Want to chat for 5 minutes?', 'Jo') },
  ],
  invalid: [
    { name: 'English: checking that the report was seen', options: en, text: mail('Hi Jo,', 'Want to chat for 5 minutes this week?\n\nP.S. Just wanted to make sure you saw the report.', 'Jo'), excerpts: ['make sure you saw the report'] },
    { name: 'English: "… didn\'t get buried"', options: en, text: mail('Hi Jo,', 'Following up on my note about the rosters. Wanted to make sure it didn\'t get buried. Worth a quick look?', 'Jo'), excerpts: ['make sure it didn\'t get buried'] },
    { name: 'English: the writer\'s capacity running out', options: en, text: mail('Hi Jo,', 'Worth a brief chat?\n\nP.S. I only work with 3-4 schools per month. January is filling up.', 'Jo'), excerpts: ['I only work with 3-4 schools per month', 'is filling up'] },
    { name: 'Dutch: the writer\'s capacity running out', options: nl, text: mail('Hoi Jo,', 'Zullen we even bellen?\n\nPS Ik werk maar met 3-4 scholen per maand. Januari loopt al vol.', 'Jo'), excerpts: ['Ik werk maar met 3-4 scholen per maand', 'loopt al vol'] },
    { name: 'English post: "I can only support 20 agencies"', options: enPost, text: 'I built a planner for agencies.\n\nComment FOUNDING if you want details.\n\n(This is no fake scarcity. I literally can only support 20 agencies with onboarding right now.)', excerpts: ['I literally can only support 20 agencies'] },
    { name: 'English: "Last email, promised."', options: en, text: mail('Hi Jo,', 'Last email, promised. Would a short call still help?', 'Jo'), excerpts: ['Last email'] },
    { name: 'Dutch message: "Laatste bericht, beloofd."', options: nlMessage, text: 'Laatste bericht, beloofd.\n\nZullen we toch even bellen?', excerpts: ['Laatste bericht'] },
    { name: 'Dutch: "navragen of mijn vorige mail is toegekomen"', options: nl, text: mail('Dag Jo,', 'Ik wou navragen of mijn vorige mail goed is toegekomen. Zullen we even bellen?', 'Jo'), excerpts: ['navragen of mijn vorige mail goed is toegekomen'] },
    { name: 'Dutch: "of je mijn vorige bericht hebt kunnen bekijken"', options: nl, text: mail('Beste Jo,', 'Ik wilde checken of je mijn vorige bericht over de roosters hebt kunnen bekijken. Zal ik een demo inplannen?', 'Jo'), excerpts: ['of je mijn vorige bericht over de roosters hebt kunnen bekijken'] },
  ],
});

ruleCases('tone/timid', {
  valid: [],
  invalid: [
    { name: 'Dutch: "Ik wou even kort navragen" and "dan is dat uiteraard ook helemaal oké"', options: nl, text: mail('Dag Jo,', 'Ik wou even kort navragen hoe het staat met de berekening.\n\nHebben jullie besloten om niet verder te gaan, dan is dat uiteraard ook helemaal oké. Laat het even weten.', 'Kevin'), excerpts: ['Ik wou even kort navragen', ', dan is dat uiteraard ook helemaal oké'] },
  ],
});

ruleCases('post/engagement-bait', {
  valid: [
    { name: 'Dutch post: a quoted question inside a sentence is no hook of its own', options: nlPost, text: 'Wij doen roosteraudits voor scholen die vastlopen.\n\nKlinkt "waarom duurt plannen zo lang?" bekend? Laten we even bellen.\n\n#scholen' },
  ],
  invalid: [],
});
