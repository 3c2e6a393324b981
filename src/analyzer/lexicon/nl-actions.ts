/**
 * Dutch cues for what an ask asks the reader to do (see asks/action.ts). Ordered like the English
 * list: the first class that matches names the ask. Patterns run on the lowercased ask text with
 * links removed; `linkCues` only count when the ask carries a link ("Podcast: <url>").
 */
import type { ActionLexicon } from '../asks/action';

export const NL_ACTIONS: ActionLexicon = {
  classes: [
    // rules.md, cta/too-big en cta/multiple: de beslissende stappen.
    { key: 'sign', cues: [/\b(?:onder)?teken(?:en|t)?\b|\bhandtekening\b|\bdocusign\b/u] },
    { key: 'approve', cues: [/\bmet ["'“]?akkoord\b|\bakkoord (?:geven|gaan|te geven|gegeven|op|met (?:de|het|onze|ons|mijn) (?:offerte|voorstel|contract|overeenkomst|voorwaarden))\b|\bgeef (?:\w+ ){0,3}akkoord\b|\bgaa?t (?:u|je|jij|jullie) akkoord\b|\b(?:uw|je|jouw|jullie|voor) akkoord\b|\bgoedkeuren\b|\bkeurt? (?:\w+ ){0,4}goed\b|\bgoedkeuring (?:geven|verlenen|verstrekken)\b|\b(?:uw|je|jouw|jullie) goedkeuring\b|\baccorder(?:en|t)\b|\bgroen licht (?:geven|voor)\b|\bgeef (?:je|u|jij|jullie) (?:\w+ )?groen licht\b|\bopdracht (?:geven|verstrekken)\b/u] },
    {
      key: 'buy',
      cues: [
        /\b(?:koop|kopen|koopt|aanschaffen|schaf (?:\w+ ){0,3}aan|bestel|bestellen|bestelt|bestelling|afrekenen|factuur|nu upgraden|upgrade nu)\b/u,
        /\b(?:code|kortingscode)\b.*\bkorting\b|\d+\s?% korting\b/u,
      ],
    },
    // Een offerte aanvragen: één stap, hoe ook verwoord.
    { key: 'quote', cues: [/\bofferte (?:\w+ ){0,2}(?:aanvragen|aan te vragen|opvragen)\b|\bvraag (?:\w+ ){0,4}offerte (?:\w+ ){0,4}aan\b|\bofferte aan\b/u] },
    // Aanmelden voor evenementen, cursussen, lijsten (verkooppraktijk: "reserveer je plek").
    {
      key: 'signup',
      cues: [
        // "Wil je erbij zijn?", "Ben je erbij?", "Kom je ook?": meedoen zonder voorwerp is het aangeboden evenement.
        /\b(?:erbij(?: zijn)?|er ook bij(?: zijn)?|meedoen|mee doen|deelnemen|aansluiten|kom (?:je|jij|u|jullie) (?:ook|er ook bij)|komt u (?:ook|er ook bij))\s*[?.!]*\s*$/u,
        /\b(?:aanmelden|aanmelding|meld (?:je|u|jullie) (?:\w+ ){0,6}aan|inschrijven|inschrijving|schrijf (?:je|u|jullie) (?:\w+ ){0,6}in|deelnemen|doe (?:\w+ ){0,3}mee|bijwonen|bij te wonen|reserveer (?:je|uw|een) (?:plek|plaats)|wachtlijst|webinar|masterclass|livesessie|live sessie|bootcamp|rondetafel\w*|evenement|congres|seminar|meetup|bijeenkomst|netwerkborrel|open dag|livestream|aanschuiven|aan te schuiven)\b|\bworkshop\b(?!(?: \S+){0,4} (?:met|voor) (?:u|uw|je|jou|jouw|jullie)\b)/u,
      ],
    },
    { key: 'download', cues: [/\b(?:download\w*|vraag (?:\w+ ){0,4}(?:gids|checklist|whitepaper|rapport|e-?book|e-?boek|sjabloon) (?:\w+ ){0,2}aan|ontvang (?:de|het|onze|ons|je|jouw) (?:gratis )?(?:gids|checklist|whitepaper|rapport|e-?book|e-?boek|sjabloon))\b/u] },
    { key: 'watch', cues: [/\b(?:bekijk|bekijken|kijk|kijken) (?:\w+ ){0,4}(?:video|opname|webinar|aflevering|film|sessie)\w*\b|\b(?:video|opname|film)\w* (?:\w+ ){0,3}(?:bekijken|kijken|bekeken)\b/u], linkCues: [/\b(?:video|opname|film|youtube)\w*\b/u] },
    { key: 'listen', cues: [/\b(?:luister|luisteren|beluister|beluisteren)\b/u], linkCues: [/\b(?:podcast|aflevering)\w*\b/u] },
    { key: 'read', cues: [/^(?:lees|lezen)\b|\blees (?:het|de|ons|mijn|meer|hier|dit|verder|hoe)\b/u], linkCues: [/\b(?:artikel|blog|blogpost|case|verhaal)\w*\b/u] },
    // Calling the writer's demo line tries the product ("Heeft u de demo gebeld?", "Bel zelf onze demo"), it books no meeting.
    { key: 'try', cues: [/\b(?:probeer|proberen|uitproberen|uit te proberen|proefperiode|proefaccount|test (?:\w+ ){0,3}zelf|gratis account)\b|\b(?:bel|belt|bellen|gebeld) (?:\w+ ){0,2}(?:de|onze|mijn) (?:\w+ )?(?:demo|proeflijn|testlijn|receptionist|assistent)\b|\b(?:de|onze) (?:demo|proeflijn|testlijn|receptionist|assistent)\w* (?:\w+ ){0,2}(?:gebeld|bellen|bellen?)\b/u] },
    { key: 'follow', cues: [/\bvolg (?:\w+ ){0,2}(?:ons|me|mij|onze|mijn)\b|\babonneer\w*\b|\bnieuwsbrief\b/u] },
    { key: 'support', cues: [/\b(?:stem|stemmen|upvote|repost|deel (?:dit|deze) (?:bericht|post)|tag (?:iemand|een|je|\d+|twee|drie)|like als|liken|geef (?:\w+ ){0,2}een like|steun (?:ons|me|mij))\b/u] },
    // Een collega erbij halen (verkooppraktijk: "wie gaat er bij jullie over …?").
    {
      key: 'refer',
      cues: [
        /\b(?:doorsturen|doorzetten|stuur (?:\w+ ){0,4}door|juiste persoon|aangewezen persoon|juiste contactpersoon|wie (?:gaat|is verantwoordelijk|beslist|beheert|regelt)|in (?:de )?cc|deel (?:dit|het) (?:\w+ ){0,2}met (?:je|uw|jullie|de|een)|(?:dit|het) (?:\w+ ){0,2}delen met (?:je|uw|jullie|de|een)|cc zetten|voorstellen aan|in contact (?:brengen|komen) met|eigenaar of manager)\b/u,
        // De post doorgeven: "Tag ze", "Tag iemand die dit moet lezen", "Stuur ze dit bericht".
        /\btag (?:ze|hen|hem|haar|iemand|een (?:collega|vriend|vriendin)|\d+|je|jouw)\b|\bstuur (?:ze|hen|hem|haar) dit\b/u,
        // Passing the word on to colleagues: "vertel het ook aan je collega's", "laat je team het weten".
        /\bvertel (?:\w+ ){0,3}(?:aan|tegen) (?:je|uw|jullie|de)\b|\blaat (?:je|uw|jullie) (?:\w+ ){0,2}(?:team|collega'?s|manager|baas) (?:\w+ ){0,3}weten\b/u,
      ],
    },
    // De lezer neemt contact op via een kanaal ("bel of mail me" is één vraag).
    {
      key: 'contact',
      cues: [
        /^(?:e-?mail|mail|telefoon|tel|bel|whatsapp)\s*:|\b(?:dm|stuur (?:me|mij|ons) een (?:dm|bericht|berichtje|mail|mailtje|appje)|stuur (?:\w+ ){0,2}(?:een )?(?:appje|whatsapp(?:je)?|sms(?:je)?|berichtje) naar|bel (?:me|mij|ons)|mail (?:me|mij|ons)|app (?:me|mij|ons)|neem (?:\w+ ){0,3}contact (?:\w+ ){0,3}op|bereik (?:me|mij|ons))\b/u,
      ],
    },
    // De lezer stuurt materiaal ("kun je me de zendingsaantallen sturen?").
    // Iets bevestigen (een planning, een datum, een opdracht): één stap, hoe vaak ook gevraagd.
    // "Link in eerste comment": a place to go, not a reply to write.
    { key: 'visit', cues: [/\b(?:link|links|linkje)\b[^.!?\n]{0,25}\b(?:comment|comments|reactie|reacties)\b/u] },
    { key: 'confirm', cues: [/\b(?:bevestig|bevestigt|bevestigen|bevestiging)\b/u] },
    { key: 'send', cues: [/\b(?:kun|kunt|wil|wilt|zou) (?:je|u|jij) (?:me|mij|ons) (?:\w+ ){0,8}(?:sturen|toesturen|mailen|doorgeven|bezorgen|delen)\b|\bstuur (?:me|mij|ons)\b(?! (?:\w+ ){0,2}(?:dm|bericht|berichtje|mailtje|appje|reactie|mail)\b)|\bvul (?:\w+ ){0,4}in\b|\binvullen\b|\bbezorg(?:en)?\b|\b(?:stuur|mail|upload|deel) (?:\w+ ){0,2}?(?:je|jouw|uw|een) (?:actuele |recente )?(?:cv|portfolio|deck|bestanden|documenten)\b/u] },
    // Een gesprek: bellen, afspreken, een demo, een moment in de agenda (rules.md-voorbeelden).
    {
      key: 'meeting',
      cues: [
        /\b(?:bellen|belletje|bel|gesprek\w*|afspraak|afspreken|kennismak\w*|demo|demonstratie\w*|presentatie\w*|overleg|meeting|videocall|teams|zoom|koffie|langskomen|langs komen|spreken|bespreken|doornemen|door te nemen|laten zien|sparren|brainstorm\w*|workshop|uurtje|agenda|datum (?:prikken|plannen)|bezoek (?:aan|bij) (?:u|jou|jullie)|kennis (?:te )?maken|langs (?:te )?komen|tijdslot|beschikbaar(?! (?:op|via)\b)|plan (?:\w+ ){0,3}(?:moment|tijdstip|call|gesprek\w*|afspraak)|plan (?:direct |meteen |nu |zelf |hier |even )*in|(?:in ?plannen)|calendly|moment (?:dat|die) (?:jou|je|u|jullie) (?:uitkomt|past)|kwartier\w*|(?:\d+|paar) minuten|minuutjes|past (?:het|dinsdag|maandag|woensdag|donderdag|vrijdag))\b/u,
        /\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|volgende week|deze week|morgen)\b/u,
      ],
    },
    { key: 'connect', cues: [/\b(?:connect\w*|verbinden|linken|verbinding (?:te )?maken)\b|\b(?:deel|onderdeel) (?:uit )?(?:te )?(?:maken |zijn )?van mijn (?:\w+ )?netwerk\b|\b(?:mijn|de|deze) (?:uitnodiging|connectieverzoek\w*) (?:\w+ )?(?:accepteren|aanvaarden|aannemen|accepteert)\b/u] },
    // De lezer antwoordt: een mening, interesse, ja/nee, een reactie (rules.md: "Wat vindt u van …").
    {
      key: 'reply',
      cues: [
        /\b(?:laat (?:\w+ ){0,3}weten|laten weten|reageer|reageren|reactie|reacties|antwoord\w*|beantwoord\w*|wat vind(?:t|en)? (?:je|u|jij|jullie)|mening|ervaring|deel (?:je|jouw|uw)|interesse|interessant|zinvol|openstaan|sta (?:je|u) open|zal ik|wil (?:je|u) dat ik|mag ik|ja|reply|comment\w*|(?:ik )?(?:wilde|wil) (?:\w+ ){0,2}vragen|benieuwd (?:of|hoe|wat|naar)|kunnen (?:bekijken|lezen|doornemen)|hoor (?:ik|we|wij) (?:het|dat|dit|graag)|(?:ik|we|wij) (?:hoor|horen) (?:het )?graag|toelichten|toelicht|uitleggen|vertellen (?:wat|hoe|welke|waarom)|woord(?:je)? (?:terug|volstaat))\b/u,
      ],
    },
    // Een plek om heen te gaan ("Meer weten? <url>", "kijk op onze site").
    { key: 'visit', cues: [/\b(?:bezoek|kijk (?:\w+ ){0,3}(?:op|bij)|ga naar|neem een kijkje|bekijk|bekijken|meer (?:info|informatie|weten)|lees meer|ontdek|link|linkje)\b/u] },
  ],
  // Openers die een vraag afhankelijk maken van de vorige (rules.md: "Als het past, zullen we …?"):
  // een voorwaarde die terugwijst ("als dat zo is", "zo ja", "als het je aanspreekt", "zo niet").
  // "Als dat makkelijker is, …" biedt juist een alternatief, dat concurreert als elke andere vraag.
  // Wie het getoonde mooi vindt ("Als je het ontwerp mooi vindt, …") en de uitweg uit dezelfde beslissing
  // ("Past het nu even niet? Laat het me weten") wijzen ook terug.
  followUp:
    /^(?:(?:en|dus|dan|maar|of)[\s,:]+)?(?:zo ja|zo niet|indien ja|indien niet|(?:als|mocht|indien|wanneer)\s+(?!(?:dat|dit|het) (?:\w+ )?(?:makkelijker|handiger|sneller|prettiger|beter)\b)(?:dat|dit|het|het idee|ja|niet|zo|je dat|u dat|jullie dat|(?:je|u|jij|jullie) (?:het|dat|dit) (?:ziet|ziet zitten|interessant|eens|goed)|(?:je|u|jij|jullie) (?:het|de|dit|dat) (?:\p{L}+ )?(?:mooi|leuk|goed|interessant) (?:vindt|vind|vinden))\b|(?:past|schikt|lukt) het (?:\p{L}+ ){0,2}?niet\b|(?:als|mocht|indien) (?:geen van (?:beide|deze|die|de twee)|(?:dat|het) allebei niet) (?:past|uitkomt|werkt|schikt|lukt)\b|(?:als|indien|mocht) (?:het|je|jouw|uw) antwoord (?:nee|ja|negatief|positief)\b|(?:als|zodra|wanneer) (?:je|u|jij|jullie) (?:\p{L}+ ){0,3}?(?:scoort|hebt gescoord|heeft gescoord|hebt ingevuld|heeft ingevuld|klaar bent|hebt gedaan|hebt geprobeerd)\b|(?:nu )?(?:even )?niet het (?:juiste|goede) moment\b|geen (?:interesse|tijd)\b|(?:als|mocht|indien) (?:je|u|jij|jullie) (?:\p{L}+ )?(?:niet (?:meer|langer) op zoek|geen interesse (?:meer )?(?:hebt|heeft|hebben))\b)/u,
  // Hoe de lezer de vorige vraag beantwoordt (praktijk koude mail: "Antwoord met JA").
  thenStep: /^(?:\p{L}+)(?: (?:je|u|jij|jullie|het|ons|me|mij|even))? dan\b/u,
  // Een interesselabel voor de stap ("Interesse? Meld je aan via …") is de aanloop naar die stap.
  curiosityLead: /^(?:nog )?(?:interesse|geïnteresseerd|benieuwd|nieuwsgierig|zin|meer weten|meer info)\s*\?\s*$|^(?:(?:en|dus)\s+)?(?:wil|wilt) (?:je|u|jij|jullie) (?:graag )?(?:weten|zien|ontdekken|uitzoeken|horen|checken) (?:waar|wat|hoe|of|hoeveel|welke|wanneer|waarom)\b[^?]*\?\s*$|^(?:benieuwd|nieuwsgierig) (?:waar|wat|hoe|of|hoeveel|welke|naar)\b[^?]*\?\s*$|^(?:(?:en|dus)\s+)?(?:ben (?:je|jij|u) |zijn jullie |is (?:je|jouw|uw) (?:team|bedrijf) )?klaar (?:om|voor)\b[^?]*\?\s*$/u,
  answerChannel: /^(?:(?:gewoon|of|en)[\s,]+)?(?:antwoord|beantwoord|reageer|mail (?:me )?terug|stuur (?:\w+ ){0,3}terug|in de (?:comments?|reacties?))\b/u,
  // Labels die alleen om aandacht vragen ("LET OP: de pilot is open."), geen verzoek om iets te lezen.
  attention: /^\W*(?:let op|graag lezen|lees (?:dit|eerst|even|goed)|nb|n\.b\.|belangrijk|attentie)\s*(?:[:!\-–—]|$)/u,
};
