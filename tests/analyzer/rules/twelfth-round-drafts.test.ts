/**
 * A twelfth round: real outreach measured before any change, and what it taught, in our own
 * sentences. Competing asks invented: a one-word interest label before the step ("Interesse? Meld je
 * aan via …"), the way out of the same decision ("If, however, you are no longer looking, let me
 * know"). Asks invented: a post's closing cheer ("Let's do this."). Asks not seen: the reader's step
 * as a favour ("I'd be honored if you'd consider …"). Pressure not seen: "I won't follow up again",
 * "First 20 advisors get …" / "De eerste 20 adviseurs krijgen …", "Heb je {loom_link} al kunnen
 * bekijken?". Hedges not seen: the follow-up made small ("Even een kort opvolgberichtje", "Graag volg
 * ik even op"), the reader's silence excused, "Anders helemaal geen probleem", "I just thought you'd".
 */
import { ruleCases } from './rule-tester';
import { en, enMessage, enPost, mail, nl, nlPost } from './drafts';

ruleCases('cta/multiple', {
  valid: [
    { name: 'Dutch post: "Interesse?" leads in to the step', options: nlPost, text: 'Nieuwe klus voor een monteur in Breda: drie maanden, vier dagen per week.\n\nInteresse? Meld je aan via voorbeeld.nl\n\n#vacature' },
    { name: 'English post: "Interested?" leads in to the step', options: enPost, text: 'New contract for a planner in Leeds: three months, four days a week.\n\nInterested? Sign up here: https://example.com/planner\n\n#jobs' },
    { name: 'English: the way out of the same decision, after "If, however,"', options: en, text: mail('Hi Sam,', 'A new roster option came in that may fit your school. Would you like me to send it over?\n\nIf, however, you are no longer looking, please let me know so that I can update my list.', 'Jo') },
    { name: 'Dutch: the way out of the same decision, "als je niet meer op zoek bent"', options: nl, text: mail('Hoi Sam,', 'Er kwam een nieuwe roosteroptie binnen die bij jullie school kan passen. Zal ik hem sturen?\n\nAls je niet meer op zoek bent, laat het me dan weten, dan pas ik mijn lijst aan.', 'Jo') },
  ],
  invalid: [],
});

ruleCases('cta/missing', {
  valid: [
    { name: 'Dutch: a real step after "als ik ergens mee kan helpen"', options: nl, text: mail('Beste Sam,', 'Hierbij de offerte voor de roosters, zoals besproken.\n\nLaat het gerust weten als ik je ergens mee kan helpen of als je de offerte verder wilt bespreken.', 'Jo') },
    { name: 'Dutch: "van harte welkom om … te komen kijken"', options: nl, text: mail('Beste Sam,', 'De nieuwe planner staat klaar in onze showroom in Breda. Je bent van harte welkom om hem te komen bekijken of een proefrit te maken.', 'Jo') },
    { name: 'English: "you\'re welcome to come and see it"', options: en, text: mail('Hi Sam,', 'The new planner is set up in our showroom in Leeds. You\'re more than welcome to come and try it this week.', 'Jo') },
    { name: 'English message: the reader\'s step as a favour', options: enMessage, text: 'Hi Sam, we worked together on the roster project last spring. I\'d be honored if you\'d consider writing me a short recommendation. Thanks for considering it!' },
  ],
  invalid: [
    { name: 'English post: a closing cheer asks nothing', options: enPost, text: '12 hours until we go live.\n\nNervous and excited. The team has been heads-down for months.\n\nLet\'s do this. 🔥', excerpts: ['Let\'s do this.'] },
  ],
});

ruleCases('cta/pushy', {
  valid: [],
  invalid: [
    { name: 'English: "I won\'t follow up again"', options: en, text: mail('Hi Sam,', 'I came across a roster guide that fits your school.\n\nI know you\'re busy, so I won\'t follow up again unless you\'d like to talk it through.', 'Jo'), excerpts: ['I won\'t follow up again'] },
    { name: 'English: "First 20 advisors get …"', options: enMessage, text: 'Great! Sign up here: example.com/advisors\n\nFirst 20 advisors get priority placement.', excerpts: ['First 20 advisors get'] },
    { name: 'Dutch: "De eerste 20 adviseurs krijgen …"', options: nl, text: mail('Hoi Sam,', 'Meld je aan via voorbeeld.nl/adviseurs. De eerste 20 adviseurs krijgen voorrang.', 'Jo'), excerpts: ['De eerste 20 adviseurs krijgen'] },
    { name: 'Dutch: "Heb je {loom_link} al kunnen bekijken?"', options: nl, text: mail('Hoi Sam,', 'Ik stuurde je vorige week een korte video over de roosters.\n\nHeb je {loom_link} al kunnen bekijken? Zullen we daarna even sparren?', 'Jo'), excerpts: ['Heb je {loom_link} al kunnen bekijken'] },
  ],
});

ruleCases('tone/timid', {
  valid: [],
  invalid: [
    { name: 'Dutch: "Even een kort opvolgberichtje" and "Ik snap dat het druk is"', options: nl, text: 'Even een kort opvolgberichtje. Ik snap dat het druk is.\n\nHeb je deze week een kwartiertje?', excerpts: ['Even een kort opvolgberichtje.', 'Ik snap dat het druk is.'] },
    { name: 'Dutch: "Graag volg ik even op" and a full agenda', options: nl, text: 'Graag volg ik even op. Ik begrijp dat de agenda\'s vol zijn.\n\nZou u deze week tijd hebben voor een kort gesprek?', excerpts: ['Graag volg ik even op.', 'Ik begrijp dat de agenda\'s vol zijn.'] },
    { name: 'Dutch: "wilde ik graag kort op terugkomen" and "Komt dat niet uit, dan hoor ik het ook"', options: nl, text: mail('Beste Sam,', 'Ik stuurde je laatst een kaart. Daar wilde ik graag kort op terugkomen.\n\nZullen we een keer een kwartier bellen? Komt dat niet uit, dan hoor ik het ook.', 'Jo'), excerpts: ['Daar wilde ik graag kort op terugkomen.', 'Komt dat niet uit, dan hoor ik het ook.'] },
    { name: 'Dutch: the reader\'s silence excused and "Anders helemaal geen probleem"', options: nl, text: mail('Hoi Sam,', 'Misschien kwam mijn mail op een druk moment binnen. Heb je 15 minuten voor een gesprek?\n\nAnders helemaal geen probleem.', 'Jo'), excerpts: ['Misschien kwam mijn mail op een druk moment binnen.', 'Anders helemaal geen probleem.'] },
    { name: 'English: "I just thought you\'d …" and "If this isn\'t relevant"', options: en, text: mail('Hi Sam,', 'I built you a quick demo of your roster. I just thought you\'d want to see it: https://example.com/demo\n\nIf this isn\'t relevant, tell me what would help instead.', 'Jo'), excerpts: ['I just thought you\'d', 'If this isn\'t relevant, tell'] },
  ],
});
