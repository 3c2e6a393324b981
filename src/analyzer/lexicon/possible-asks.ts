/**
 * Sentence shapes that may be an ask the classifier could not read (asks/possible-ask.ts), per
 * language, as data. Broad on purpose: they only keep cta/missing quiet (issue #9: when the reading
 * of a closing sentence is uncertain, "no clear next step" is the worst thing to say), they never
 * make an ask. Matching ignores case; ' stands for either apostrophe.
 */
import type { Lang } from '../types';
import { WRITER_ADDRESS } from './writer-address';

export interface PossibleAskLexicon {
  /** Passive closers and pleasantries rules.md says are no ask; cut out before the rest is read. */
  passive: string[];
  /** The reader named, which makes a closing question one put to them. */
  reader: string[];
  /** A closing question about the reader's interest or view, with or without "you" ("Worth a look?"). */
  interest: string[];
  /** A clause opening with a verb of the reader's step ("Bel zelf onze demo", "See who …"). */
  imperative: string[];
  /** A wish or a polite request anywhere in the clause ("I want your take", "Zou je kort kunnen …"). */
  request: string[];
}

export const POSSIBLE_ASKS: Record<Lang, PossibleAskLexicon> = {
  en: {
    passive: [
      'let (?:me|us) know if you (?:have|need|want) (?:any |more |further |other )?(?:questions?|help|info)',
      'look(?:ing)? forward', 'feel free to (?:reach out|contact|get in touch|ask)', "don't hesitate",
      'if you have (?:any )?questions', 'hope (?:you|this|that|all)', 'how are you', 'hear (?:back )?from you', 'hear back',
      'have a (?:great|good|nice|lovely)', 'see you', '(?:any |more |other |further )?questions\\?',
      '(?:need|want) (?:any |immediate |more )?(?:help|assistance|support)\\?',
      // a question the writer puts to themselves, or announces: "I asked myself: …", "The question is: …"
      'ask(?:ed)? myself', 'the question is',
      // the writer introducing others to each other: "I'd love to connect Maria with those folks"
      "(?:i'd|i would) (?:love|like) to (?:connect|introduce) (?!you\\b|with\\b|us\\b|here\\b)\\S+ (?:with|to)\\b[^.?!]*",
      // the bare "let me know" under a help offer, the writer's details given: "Please let me know, my contact information is below"
      "(?:please )?let (?:me|us) know,? (?:my|our) (?:contact (?:info(?:rmation)?|details)|details|number) (?:is|are) (?:below|above|in my signature)",
      // keeping in touch names no step of the reader's: "I'd love to stay in touch for when you're ready"
      "(?:(?:i'd|i would) (?:love|like) to )?(?:stay|keep) in touch(?: for (?:when|if) you(?:'re| are) ready| down the (?:road|line))?",
      // the writer's address given, link and all: "you know where to find me: <site>"
      `${WRITER_ADDRESS.en}[^?!]*`,
      // help offered for whatever the reader may need: "Please call or e-mail if there's anything I can do"
      "(?:please )?(?:call|ring|e-?mail|contact|reach out|get in touch)[^.?!]*\\bif (?:there(?:'s| is) any ?thing|you (?:have|need|want))[^.?!]*",
    ],
    reader: ['you', 'your', "you're", 'yours'],
    interest: ['interested', 'worth', 'open', 'thoughts', 'keen', 'fancy', 'sounds? good', 'makes? sense', 'up for'],
    imperative: [
      'see (?:who|what|which|whether|how|if|the|our|it|for)', 'check', 'visit', 'call', 'ring', 'reply', 'respond', 'book', 'grab', 'join',
      'click', 'tap', 'download', 'watch', 'sign', 'register', 'send', 'drop', 'message', 'dm', 'text', 'e-?mail', 'contact',
      'schedule', 'comment', 'share', 'tag', 'apply', 'claim', 'head (?:over|to)', 'pick', 'subscribe', 'hit', 'shoot',
      'ping', 'forward', 'introduce', 'point', 'fill', 'request', 'order', 'swing by', 'stop by',
      // "let's" for a step, not for the story ("Let's dive in", "let's keep making …")
      "let's (?!keep|continue|make|not|hope|be|face|dive|break|unpack|look|get into|stop|remember|change|normali[sz]e|celebrate|rethink|admit|agree|talk about|do this|do it|go\\b)", 'let us',
    ],
    request: [
      // the writer's own news or offer ("I'd like to inform you", "I'd love to share …") names no step of the reader's
      "(?:i'd|i would) (?:love|like)(?! to (?:inform|update|let you know|tell|thank|share|introduce myself))",
      "i'd be (?:happy|glad|keen|interested) to (?!help|answer|share)",
      // the reader's step as a favour: "I'd be honored if you'd consider …", "I'd appreciate you highlighting …"
      "(?:i'd|i would) be (?:honou?red|grateful|thrilled) if you", "you(?:'re| are) (?:more than |always |very )?welcome to (?:come|visit|stop by|drop by|try|book|join|see)", "(?:i'd|i would) (?:really )?appreciate (?:it if )?you",
      'would love to (?!hear back|hear from)', '(?:keen|eager|curious|interested) to (?:hear|know|learn|get|see|chat|connect|talk)',
      'love to (?:know|get|see|chat|connect|talk|show)', 'could you', 'would you(?! believe)', 'can you', 'will you',
      'please (?!keep|remember|note|know|bear|be aware|find|see attached)\\p{L}+', 'pls', 'plz', 'would it be',
      'is there (?:a|any) (?:chance|time|way)', 'any chance', 'do you (?:have|want|fancy)',
      'are you (?:open|free|around|available|interested|up)', 'shall we',
      '(?:want|value|welcome|appreciate) your (?:take|thoughts|view|opinion|feedback|input)',
      // hoping for the reader's step: "I was hoping you could …"
      "(?:i was|i'm|i am) (?:just |really )?hoping (?:i|you|we) (?:could|might|can|would)",
    ],
  },
  nl: {
    passive: [
      'als je (?:nog )?vragen hebt', 'bij vragen', '(?:heb je|heeft u|nog) (?:alvast |nog )?vragen', 'vragen\\?',
      'hoor(?:en)? (?:graag )?van (?:je|u|jullie)', 'ik hoor graag van', 'hoe gaat het', 'fijne (?:dag|week|avond)',
      'tot (?:snel|ziens)', 'succes', 'vraag ik (?:me|mezelf|mijzelf)',
      `${WRITER_ADDRESS.nl}[^?!]*`,
      // help offered for later: "dan kunt u altijd contact opnemen", "je kunt gerust bellen"
      '(?:kun(?:t)?|kan) (?:je|u|jij) (?:altijd|gerust|ook altijd|natuurlijk|uiteraard|vanzelfsprekend|ook) (?:contact|bellen|mailen|terecht|bij)[^.?!]*',
      // the writer's door held open: "Stuur gerust een berichtje, ook als …", "Bel me gerust" (not "Stuur ze gerust …")
      '(?:stuur|mail|app|bel|neem) (?:me |mij |ons )?(?:gerust|vrijblijvend)\\b[^.?!]*',
    ],
    reader: ['je', 'jij', 'jou', 'jouw', 'u', 'uw', 'jullie'],
    interest: ['interesse', 'interessant', 'zin', 'benieuwd', 'tijd', 'open voor', 'goed idee', 'past dat', 'lijkt (?:je|jou|u) dat'],
    imperative: [
      'neem (?:\\p{L}+ )?contact', 'bel', 'stuur', 'mail', 'e-mail', 'app', 'plan', 'bekijk', 'klik', 'meld', 'download',
      'probeer', 'reageer', 'boek', 'reserveer', 'schrijf (?:je|u) in', 'volg', 'deel', 'tag', 'bestel', 'vul',
      'registreer', 'bezoek', 'ping', 'laten we', 'zullen we',
    ].map((verb) => `${verb}(?! (?:ik|we|wij)\\b)`), // "dan stuur ik u graag …" is the writer's offer, verb first
    request: [
      // the writer's own wish ("Ik zou graag …", "zouden we graag"), not a third party's ("Piet zou graag …")
      '(?:ik|we|wij) (?:zou|zouden|wil|willen|wilde|wou) (?:het |je |u |jullie )?graag (?!\\p{L}+ (?:helpen|verder)|informeren|laten weten|vertellen|bedanken|meedelen|melden)',
      '(?:zou|zouden|wil|willen|wilde|wou) (?:ik|we|wij) (?:je |u |jullie )?graag (?!\\p{L}+ (?:helpen|verder)|informeren|laten weten|vertellen|bedanken|meedelen|melden)', 'lijkt (?:me|mij|ons) (?:leuk|interessant|goed|fijn|mooi|zinvol)',
      // a modal before its subject asks ("Zou je kort kunnen …", "…, kun je …"); "Ik wil je niet …" does not
      '(?:^|[,:;] |\\b(?:dan|of|en|mocht|als) )(?:zou(?:den)?|kun(?:t|nen)?|kan|wil(?:t)?) (?:je|jij|u|jullie)', 'mag ik', 'mag je',
      // "graag" with the step's participle: "Graag de offerte getekend retour", "graag even bevestigen"
      'graag (?:\\p{L}+ )?(?:ge|be|ver|ont|her|terug)\\p{L}+(?<!helpen|verder)',
      'laat (?:het |maar |gerust |even )?(?:me |mij |ons )?(?:even |gerust |maar )?weten (?:of|wat|wanneer|welke|hoe)',
      'ik hoopte (?:eigenlijk )?(?:dat )?(?:ik|je|jij|u|we) ',
      // an open invitation to come and act: "Je bent van harte welkom om … een proefrit te maken"
      '(?:van harte |altijd )?welkom om', 'zin (?:in|om)', 'zullen we', 'laten we', 'kennis (?:te )?maken', 'te connecten', 'verbinding (?:te )?maken',
    ],
  },
};
