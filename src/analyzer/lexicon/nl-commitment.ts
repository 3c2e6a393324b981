/**
 * Dutch phrase classes for the size of the step an ask requests (cta/too-big).
 * Patterns run on the lowercased ask text.
 */
import type { CommitmentLexicon } from '../asks/size';
import { TIME_WISH } from './time-wishes';

export const NL_COMMITMENT: CommitmentLexicon = {
  // rules.md, cta/too-big: tekenen (contract, overeenkomst, offerte), akkoord geven, budget toezeggen.
  // "Intekenen"/"aantekenen" and a "tekening" are something else, hence the whole-word forms.
  decision: [
    /\b(?:onder)?teken(?:en|t|d)?\b|\b(?:onder)?getekend\b|\bzet(?:ten)? (?:je|u|uw|jouw) handtekening\b|\bhandtekening\b|\bdocusign\b/u,
    /\bmet ["'“]?akkoord\b|\bakkoord (?:geven|gaan|te geven|gegeven|op|met (?:de|het|onze|ons|mijn) (?:offerte|voorstel|contract|overeenkomst|voorwaarden))\b|\bgeef (?:\w+ ){0,3}akkoord\b|\bgaa?t (?:u|je|jij|jullie) akkoord\b|\b(?:uw|je|jouw|jullie|voor) akkoord\b|\bgoedkeuren\b|\bkeurt? (?:\w+ ){0,4}goed\b|\bgoedkeuring (?:geven|verlenen|verstrekken)\b|\b(?:uw|je|jouw|jullie) goedkeuring\b|\baccorder(?:en|t)\b|\bgroen licht (?:geven|voor)\b|\bgeef (?:je|u|jij|jullie) (?:\w+ )?groen licht\b|\bgo geven\b/u,
    /\b(?:de )?opdracht (?:geven|verstrekken|gunnen|bevestigen)\b|\bopdrachtbevestiging\b|\bgunnen\b/u,
    /\b(?:stuur|sturen|toesturen|opstellen|maak|maken) (?:\w+ ){0,3}(?:contract|overeenkomst|raamovereenkomst|samenwerkingsovereenkomst)\b|\b(?:contract|overeenkomst) (?:\w+ ){0,3}(?:sturen|toesturen|opstellen|opmaken)\b/u,
    // "dan gaan we verder met het contract", "dan zetten we de overeenkomst in gang": the deal closed on the reader's word.
    /\b(?:gaan|kunnen|gaat|zullen) (?:we|wij) (?:\w+ ){0,2}(?:verder|door|aan de slag) met (?:het|de|een|ons|onze) (?:\w+ )?(?:contract|overeenkomst|opdracht|bestelling|order)\b/u,
    /\bbudget (?:\w+ ){0,2}(?:vrijmaken|reserveren|toezeggen|vrijgeven|beschikbaar stellen|goedkeuren|vrij maken)\b|\b(?:vrijmaken|reserveren) (?:van )?(?:het |een )?budget\b/u,
  ],
  // rules.md: kopen, bestellen, betalen, een betaald abonnement. Prijzen en facturen in een vraag betekenen betalen.
  purchase: [
    /\b(?:koop|kopen|koopt|aanschaf|aanschaffen|schaf (?:\w+ ){0,3}aan|afnemen|neem (?:\w+ ){0,3}af)\b/u,
    // Winkelregels van productmail: "Haal de jouwe in huis", "Bestel de jouwe", "Huur ons in".
    /\b(?:haal|bestel|claim) (?:de jouwe|de uwe|hem|het) (?:nu |vandaag )?(?:in huis|op)?\b|\bhuur (?:ons|mij|me|ons team) in\b/u,
    /\b(?:bestel|bestellen|bestelt|bestelling|order|orderen|inkooporder|bestelnummer|po-nummer)\b|\bactiveer (?:\w+ ){0,2}(?:licenties|abonnement|account)\b|\b(?:licenties|abonnement) (?:\w+ ){0,2}activeren\b/u,
    /\bbetaal (?:\w+ ){0,2}(?:nu|direct|hier|via|online|vooraf)\b|\b(?:betaling|afrekenen|winkelmand(?:je)?)\b|\b(?:kunt|kun|wilt|wil) (?:u|je|jij) (?:\w+ ){0,4}betalen\b/u,
    /\bfactuur (?:\w+ ){0,2}(?:sturen|toesturen|mailen|opsturen)\b|\b(?:stuur|sturen) (?:\w+ ){0,3}factuur\b/u,
    /(?:(?:^|\s)(?:voor|à|a|vanaf|slechts|maar) (?:slechts |maar )?(?:€\s?\d[\d.,]*|\d[\d.,]*\s?(?:euro|eur)\b)(?![\d.,])(?!\s*(?:korting|tegoed|cashback|cadeau))|\/\s?(?:mnd|maand|jaar)\b)/u,
    /\b(?:abonnement|licentie|licenties) (?:\w+ ){0,2}(?:afsluiten|nemen|starten|activeren|aanvragen)\b|\b(?:afsluiten|neem) (?:\w+ ){0,4}abonnement\b|\bbetaald abonnement\b/u,
    /\b(?:upgrade|upgraden) (?:\w+ ){0,2}(?:nu|direct|vandaag|naar (?:het |een )?(?:betaalde|pro|premium|zakelijke|jaar))\b|\bnu upgraden\b/u,
    /\b(?:reserveer|reserveren|boek|boeken) (?:\w+ ){0,3}(?:\d+|twee|drie|vier|vijf|zes|acht|tien|twaalf) (?:plaatsen|plekken|stoelen|licenties)\b|\b(?:plaatsen|plekken|licenties) (?:\w+ ){0,4}(?:reserveren|boeken|vastleggen)\b/u,
    /\b(?:vastleggen|leg (?:\w+ ){0,3}vast) (?:\w+ ){0,2}(?:tarief|tarieven|prijs|prijzen|korting)\b|\b(?:tarief|tarieven|prijs|prijzen|korting) (?:\w+ ){0,3}vastleggen\b/u,
  ],
  // De schrijver schrijft de lezer in voor een (betaald) traject, of vraagt of de lezer klaar is om te kopen.
  enrolment: [
    /\bzal ik (?:je|jou|u|jullie|uw|je team|jouw team|jullie team|uw team) (?:\w+ ){0,3}(?:inschrijven|aanmelden|inboeken|reserveren)\b/u,
    /\bklaar om (?:\w+ ){0,2}(?:in te schrijven|te bestellen|te kopen|te starten|door te gaan)\b/u,
  ],
  // Wat een koopsignaal klein houdt: er wordt nog niets betaald of beloofd.
  free: [/\b(?:gratis|vrijblijvend\w*|kosteloos|proef\w*|probeer\w*|pilot|demo-?account)\b/u],
  // Verkoopgesprekken (rules.md: "a sales meeting, call or demo").
  meeting: [
    // With the English loans of Dutch sales mail ("een 30 min call", "een korte meeting").
    /\b(?:bellen|belletje|bel|call|calls|gesprek\w*|afspraak|kennismak\w*|kennismaking\w*|demo|presentatie|presenteren|overleg|meeting|videocall|(?:via|in|op|over|een) teams|teams-?(?:call|meeting|gesprek|sessie)|zoom|koffie|langskomen|langs komen|spreken|bespreken|doorspreken|door te (?:nemen|spreken|lopen)|doornemen|mee door|meenemen door|laten zien|rondleiding|bezichtiging|sparren|brainstorm\w*|workshop|training|\w*sessie|analyse|audit|\w*scan|bezoek|op locatie|adviesgesprek|om tafel|samen ?zitten|rondgang|kick-?off|intake)\b/u,
  ],
  // Vragen om tijd van de lezer, zodat een losse tijdsduur een afspraak is ("heeft u een uur?").
  timeRequest: [
    // The reader's time wished for ("30 minutes would help me a lot"): time-wishes.ts.
    TIME_WISH.nl,
    // "Is dat 20 minuten waard?": the reader's time, weighed.
    /\bwaard\b/u,
    /\b(?:heeft|hebt|heb) (?:u|je|jij|jullie)\b|\b(?:zullen|kunnen|zouden) we\b|\bzou (?:u|je|jij)\b|\b(?:kunt|kan|wilt|wil) (?:u|je|jij)\b/u,
    /\b(?:geef|geeft|gun|gunt) (?:\w+ )?(?:ons|mij|me)\b|\bvan (?:uw|je|jouw|jullie) (?:\w+ )?tijd\b/u,
    /\b(?:plan|boek|reserveer|inplannen|plannen|vrijmaken|vrij maken|reserveren|blokken|prikken|tijd (?:voor|om)|organiseren|opzetten|afspreken|vastleggen)\b/u,
  ],
  // Kwalificerende vragen over hoe de lezer nu werkt (praktijk van verkenningsgesprekken).
  practice: [
    /\b(?:hoe (?:doet|doen|regelt|regelen|tekent|tekenen|betaalt|betalen|bestelt|bestellen) (?:u|je|jij|jullie)|(?:doet|regelt|tekent|betaalt|bestelt|koopt) (?:u|je|jij) (?:\w+ ){0,2}(?:nu|momenteel|al|nog|meestal|altijd)|(?:doen|regelen|tekenen|betalen|bestellen|kopen) jullie (?:\w+ ){0,2}(?:nu|momenteel|al|nog|meestal|altijd)|hoeveel betaalt)\b/u,
    // Wie er bij hen beslist, inkoopt of tekent: de lezer wordt om een naam gevraagd, niet om iets toe
    // te zeggen ("Wie geeft bij jullie akkoord op nieuwe software?").
    /(?:^|[^\p{L}\s]\s*|\b(?:weten|me|mij|en|dus|vraag|benieuwd)\s+)wie\b/u,
    // Hoe hun inkoop werkt ("Hoe ziet jullie aankoopproces eruit?", "Hoe bestelt uw team nu?"), maar
    // niet hoe de lezer wil betalen of tekenen ("Hoe wilt u betalen?").
    /\b(?:wat|hoe|welke|wanneer)\b(?: \S+){0,6} \p{L}*(?:proces|procedure|werkwijze|beleid|criteria)\b/u,
    /(?:^|[^\p{L}\s]\s*)hoe (?!(?:wilt|wil|zou|zouden|zullen|kunnen we|kan ik|kunt u|kun je|kan je)\b)\p{L}+ (?:u|je|jij|jullie|uw|jouw|het|de|dat|dit|er)\b/u,
    /\bwat (?!(?:vindt|vind|denkt|denk|zegt|zeg)\b)\p{L}+ (?:u|je|jij|jullie)\b/u,
    // Of iemand anders bij hen moet beslissen ("Moet uw directeur hier akkoord op geven?").
    /^\P{L}*(?:moet|moeten|hoeft|hoeven) (?!(?:u|je|jij|jullie)\b)\p{L}+/u,
  ],
  // Geruststelling dat er niets wordt gevraagd: "u hoeft niets te tekenen", "zonder verplichting tot aankoop".
  negated:
    /\b(?:geen|zonder|niets|niks|(?<!waarom )niet|nooit|hoeft|hoef|hoeven)\b(?:\s+[^\s,;:.!?]+){0,4}?\s+(?:te\s+)?(?:tekenen|ondertekenen|getekend|kopen|gekocht|bestellen|besteld|betalen|betaald|aankoop|aan te schaffen|akkoord)\b/gu,
  // rules.md: een uitnodiging voor een evenement of webinar is hier geen afspraak.
  event: [
    // Een workshop of training is alleen een evenement als het een openbare is waar de lezer aan
    // deelneemt ("kom naar onze workshop"); "een uur voor een strategieworkshop" met hun team is een afspraak.
    /\b(?:onze|ons|kom naar|meld|aanmelden|inschrijven|bijwonen|deelnemen|doe mee|open|openbare)\b(?: \S+){0,4} \w*(?:workshop|training)\b(?!(?: \S+){0,4} (?:met|voor) (?:u|uw|je|jou|jouw|jullie)\b)/u,
    /\b\w*(?:workshop|training)\b(?:.*)\b(?:tickets?|stoelen|plaatsen|plekken|aanmelden|inschrijven|bijwonen|doe (?:\w+ ){0,3}mee)\b/u,
    /\b(?:webinar|webcast|evenement|event|congres|seminar|masterclass|livestream|livesessie|live sessie|meetup|bootcamp|cursus|opleiding|open dag|rondetafel\w*|ontbijtsessie|beurs|netwerkborrel|bijeenkomst|lancering)\b/u,
  ],
};
