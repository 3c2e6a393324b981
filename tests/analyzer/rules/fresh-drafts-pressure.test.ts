/**
 * cta/pushy on a second round of real outreach: "you must" as general advice (not pressure on the
 * reader's decision), the last mail of a sequence, attempts counted against the reader, a weak
 * time word inside a purpose clause, and capitals glued to the next sentence. Both languages.
 */
import { ruleCases } from './rule-tester';
import { en, enMessage, enPost, mail, nl, nlPost } from './drafts';

ruleCases('cta/pushy', {
  valid: [
    // Trigger 5 is pressure on the reader: "je moet" as advice with a generic "you" is not.
    { name: 'Dutch post: advice to the crowd', options: nlPost, text: 'Ja, automatiseren werkt. Ja, je moet het wel goed inrichten.\n\nWij helpen daarbij. Hoe pakken jullie dat aan?' },
    { name: 'Dutch post: advice after a condition', options: nlPost, text: 'Als je betere gesprekken wilt, moet je eerst beter luisteren. Wat werkt voor jou?' },
    { name: 'Dutch mail: "maar dan moet je" as how the market works', options: nl, text: mail('Hoi Bram,', 'Goede monteurs solliciteren niet meer. Ze zijn wel te vinden — maar dan moet je ze zelf opzoeken. Zullen we kijken hoe dat voor jullie werkt?', 'Groet,\nLies') },
    { name: 'Dutch mail: "Moet je …" as a statement with the topic dropped', options: nl, text: mail('Hoi Bram,', 'De helft van de kandidaten zoekt niet actief. Moet je persoonlijk benaderen. Zal ik laten zien hoe wij dat doen?', 'Groet,\nLies') },
    { name: 'Dutch mail: "soms moet je"', options: nl, text: mail('Hoi Bram,', 'Soms moet je een proces eerst klein testen. Is een proef van twee weken iets voor jullie?', 'Groet,\nLies') },
    { name: 'English post: advice after a condition', options: enPost, text: 'If you want honest feedback, you need to ask for it in private. How do you collect yours?' },
    { name: 'English mail: "then you need to" as a general rule', options: en, text: mail('Hi Noor,', 'Most buyers research alone, and then you need to be where they look. Worth comparing notes on that?', 'Best,\nLies') },
    // A weak time word inside a purpose clause says how, not by when.
    { name: 'Dutch: "om … direct af te ronden" after a link', options: nl, text: mail('Hoi Bram,', 'Het formulier staat nog open. Klik hier om het direct af te ronden: https://voorbeeld.nl/intake', 'Groet,\nLies') },
    { name: 'Dutch: "om meteen te zien"', options: nl, text: mail('Hoi Bram,', 'Open de demo om meteen te zien hoe het rooster werkt: https://voorbeeld.nl/demo', 'Groet,\nLies') },
    // Capitals that stand for a name, glued to the next sentence.
    { name: 'a stand-in name in capitals, twice, once glued', options: enMessage, text: 'We are a marketplace for GADGETS.We are hiring someone who knows the GADGETS trade. Would you like to hear more?' },
  ],
  invalid: [
    { name: 'Dutch: "u moet nu beslissen" stays pressure', options: nl, text: mail('Beste heer Vos,', 'U moet nu beslissen, anders is het voordeel weg. Zullen we bellen?', 'Groet,\nLies'), excerpts: ['U moet', 'nu beslissen'] },
    { name: 'Dutch post: "je moet" next to an offer', options: nlPost, text: 'Je moet dit boek kopen voordat de prijs stijgt. Bestel via https://voorbeeld.nl/boek' , excerpts: ['Je moet'] },
    { name: 'English mail: "you need to" on the reader decision', options: en, text: mail('Hi Noor,', 'You need to sign up this week. Shall I send the form?', 'Best,\nLies'), excerpts: ['You need to'] },
    // Trigger 3: the last mail of a sequence and attempts counted against the reader.
    { name: 'Dutch: the last planned mail, spoken form', options: nl, text: mail('Hoi Bram,', "Dit is m'n laatste automatische mail. Is werving nog een onderwerp?", 'Groet,\nLies'), excerpts: ["Dit is m'n laatste automatische mail"] },
    { name: 'Dutch: the last mail of the series', options: nl, text: mail('Hoi Bram,', 'Dit wordt de laatste geplande mail. Zullen we nog even bellen?', 'Groet,\nLies'), excerpts: ['Dit wordt de laatste geplande mail'] },
    { name: 'Dutch: last message from my side', options: nl, text: mail('Hoi Bram,', 'Laatste bericht van mijn kant: staat de vacature nog open?', 'Groet,\nLies'), excerpts: ['Laatste bericht van mijn kant'] },
    { name: 'Dutch: nothing heard, subordinate word order', options: nl, text: mail('Hoi Bram,', 'Omdat ik al een week niets heb vernomen, zet ik het dossier in de wacht. Laat je weten of het nog speelt?', 'Groet,\nLies'), excerpts: ['niets heb vernomen'] },
    { name: 'Dutch: trying to reach the reader for weeks', options: nl, text: mail('Hoi Bram,', 'Ik probeer je al een paar weken te bereiken. Past een kort gesprek?', 'Groet,\nLies'), excerpts: ['Ik probeer je al een paar weken te bereiken'] },
    { name: 'English: a couple times without "of"', options: en, text: mail('Hi Noor,', "I've emailed a couple times now. Is onboarding still a topic?", 'Best,\nLies'), excerpts: ["I've emailed a couple times"] },
    { name: 'English: been trying to connect about', options: en, text: mail('Hi Noor,', "I've been trying to connect about your hiring plans. Is this the wrong moment?", 'Best,\nLies'), excerpts: ["I've been trying to connect about"] },
    { name: 'English: my very last scheduled email', options: en, text: mail('Hi Noor,', 'This is my last scheduled email. Is onboarding still a topic for you?', 'Best,\nLies'), excerpts: ['This is my last scheduled email'] },
  ],
});
