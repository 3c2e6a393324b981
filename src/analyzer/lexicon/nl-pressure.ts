/**
 * Dutch pressure phrases for cta/pushy, as data. Notation: see pressure-types.ts (a space is any
 * whitespace, ' is either apostrophe, matching ignores case).
 *
 * Groups follow the numbered triggers of cta/pushy in rules.md; each group says where its phrases
 * come from. Forms for both "u" and "je/jij" are spelled out, as are the usual spellings
 * ("z.s.m.", "zsm", "op = op", "op=op").
 */
import { phrase, onReader, silence, type PressureLexicon } from './pressure-types';
import { NL_SILENCE } from './nl-pressure-silence';

const WEEKDAY = '(?:maan|dins|woens|donder|vrij|zater|zon)dag';
const PERIOD = '(?:dag|week|maand|middag)';
const MONTH = '(?:jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\\p{L}*\\.?';
/** When a deadline falls: a weekday, a date, the end of a period. */
/** Hoeveel er mee mogen: "vijf", "12", "een handvol". */
const HOW_MANY = '(?:\\d+|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|vijftien|twintig|een paar|enkele|een handvol)';
/** Wie of wat het plafond telt (plekken, of de bedrijven die ze innemen). */
const TAKERS =
  '(?:plekken|plaatsen|stoelen|winkels|retailers|bedrijven|klanten|teams|partners|deelnemers|organisaties|merken|kantoren|praktijken|bureaus|mensen)';
const WHEN = `(?:vandaag|morgen|vanavond|${WEEKDAY}|\\d{1,2} ${MONTH}|eind(?:e)? ${MONTH}|het weekend|(?:het )?eind(?:e)? van (?:de|deze) ${PERIOD})`;

export const NL_PRESSURE: PressureLexicon = {
  groups: [
    {
      // Urgency that needs no verb: rules.md trigger 1 ("vandaag nog", "z.s.m.", "wacht niet langer")
      // and the stock phrases of Dutch hard-sell mail ("handel nu", "de tijd dringt").
      kind: 'urgency',
      phrases: [
        // A decision tied to this week: "Als je hem deze week tekent, houd ik het tarief vast".
        phrase('(?:deze week|vóór het weekend|voor het weekend|deze maand) (?:nog )?(?:tekent|ondertekent|goedkeurt|akkoord geeft|bestelt|betaalt|beslist)'),
        onReader('z\\.\\s?s\\.\\s?m\\.?|zsm', 'wanneer het uitkomt'),
        onReader('zo (?:snel|spoedig) mogelijk', 'wanneer het uitkomt'),
        onReader('per omgaande', 'wanneer het uitkomt'),
        onReader('(?:vandaag|vanmiddag|vanavond) nog|nog (?:vandaag|vanmiddag|vanavond)'),
        phrase('(?<!(?:ik|we|wij)\\s+)wacht (?:dus )?niet (?:langer|te lang|meer)', ''),
        phrase('wacht niet(?= tot| met| af)'),
        phrase('niet (?:langer|te lang) (?:wachten|twijfelen)', ''),
        phrase('(?:kom|ga|kom nu|ga nu) (?:nu |direct |meteen )?in actie|nu in actie', ''),
        phrase('handel (?:nu|snel|direct|meteen|vandaag)', ''),
        phrase('(?:de )?tijd dringt|de klok tikt|haast je|haast u', ''),
        phrase('voor(?:dat)? het te laat is', ''),
        phrase('(?:dit|het) (?:kan|mag) niet (?:langer )?wachten'),
        phrase('dringend|met spoed|spoedeisend'),
        // Tegenhangers van de Engelse lijst ("without delay", "immediate action").
        phrase('zonder (?:verder )?uitstel', ''),
        phrase('(?:directe|onmiddellijke|dringende) (?:actie|reactie|beslissing)'),
        // A deadline on the reader's answer: "Graag uw reactie vóór vrijdag", "uiterlijk maandag je akkoord".
        phrase(`(?:uw|je|jouw) (?:akkoord|antwoord|reactie|beslissing|handtekening|bevestiging|goedkeuring) (?:\\S+ ){0,2}?(?:uiterlijk|vóór|voor) ${WHEN}`),
        phrase(`(?:uiterlijk|vóór) ${WHEN} (?:\\S+ ){0,2}?(?:uw|je|jouw) (?:akkoord|antwoord|reactie|beslissing|handtekening|bevestiging|goedkeuring)`),
        phrase('(?:dit|het) vraagt (?:om )?(?:uw|je|jouw) (?:directe |onmiddellijke |dringende )?(?:aandacht|actie|reactie)'),
        // English loans of Dutch sales mail ("Laat het me asap weten", "Act now!").
        onReader('asap|a\\.s\\.a\\.p\\.?', 'wanneer het uitkomt'),
        phrase('act (?:now|fast)|(?:don\'t|do not) wait', ''),
      ],
    },
    {
      // Scarcity and expiry: rules.md trigger 2 ("laatste kans", "op = op", "beperkt aantal plaatsen",
      // "uw offerte verloopt"), widened with the validity and countdown wording of Dutch quotes and
      // campaign mail ("geldig t/m", "daarna gelden weer de normale prijzen").
      kind: 'scarcity',
      phrases: [
        // An offer kept for whoever acts in time: "de eerste maand gratis voor bedrijven die zich deze week aanmelden".
        phrase('(?:die|wie) (?:zich )?(?:deze week|deze maand|vandaag|vanavond|(?:voor|vóór|uiterlijk) \\S+) (?:aanmeldt|aanmelden|inschrijft|inschrijven|boekt|boeken|bestelt|bestellen|tekent|tekenen|instapt|instappen)'),
        phrase('laatste (?:kans|mogelijkheid)', ''),
        phrase('nu of nooit', ''),
        // English loans: "Last call!", "Limited time offer", "Don't miss out".
        phrase('last (?:chance|call)|now or never|limited time(?: only| offer)?', ''),
        phrase("(?:don't|do not) miss (?:out|this|it)", ''),
        phrase('op\\s*=\\s*op|op is op|vol\\s*=\\s*vol|vol is vol', ''),
        phrase('beperkt aantal (?:plaatsen|plekken|stuks|exemplaren|deelnemers|tickets|kaarten)'),
        // De uiterste datum voor het antwoord met wat er anders gebeurt: "anders kan ik u niet meer inplannen".
        phrase('anders kan ik (?:u|je|jullie) niet meer (?:inplannen|meenemen|inroosteren|plaatsen|helpen)'),
        // Het aanbod maar zo lang vastgehouden: "ik kan de plek maar tot woensdag vasthouden", "daarna gaat de prijs omhoog".
        phrase('(?:kan|houd|hou) (?:ik )?(?:het|hem|die|deze \\S+|de \\S+|uw \\S+|je \\S+) (?:maar|alleen|slechts) (?:tot|t/m) \\S+ (?:vasthouden|vrijhouden|aanhouden|reserveren)'),
        phrase('(?:daarna|daarna gaat|na \\S+ gaat|vanaf \\S+ gaat) (?:de prijs|het tarief|die prijs) (?:omhoog|weer omhoog)|(?:de prijs|het tarief) gaat (?:daarna|na \\S+|vanaf \\S+) (?:weer )?omhoog'),
        // Exclusiviteit als schaarste: "per regio werken we maar met één installateur", "één klant per stad".
        phrase('(?:maar|slechts|alleen|enkel) (?:met )?(?:één|een|1) (?:\\p{L}+ )?per (?:regio|stad|gemeente|provincie|branche|sector|markt|niche)'),
        phrase('per (?:regio|stad|gemeente|provincie|branche|sector) (?:\\p{L}+ ){0,3}?(?:maar|slechts|alleen|enkel) (?:met )?(?:één|1)\\b'),
        // Een proef voor een geteld aantal: "Ik laat 2 coaches het gratis testen", "we geven drie teams vroege toegang".
        phrase(`(?:laat|laten|geef|geven|bied|bieden) (?:slechts |maar |nu )?${HOW_MANY} (?:\\S+ ){1,5}?(?:gratis |vrijblijvend )?(?:testen|uitproberen|proberen|proefdraaien|vroege toegang|gratis toegang)`),
        // Plekken opengezet voor wie er snel bij is: "Ik heb een paar bètaplekken vrijgemaakt", "vijf pilotplaatsen".
        phrase(`${HOW_MANY} (?:bèta|beta|pilot|founding|early[- ]access|lancerings|introductie)-?(?:plekken|plaatsen|plekjes)`),
        phrase(
          '(?:plaatsen|plekken|aantal plaatsen|capaciteit|voorraad|beschikbaarheid|aanbod|oplage) (?:is|zijn) (?:zeer |erg |strikt )?beperkt',
          '',
        ),
        phrase('beperkte (?:oplage|voorraad|beschikbaarheid|tijd|plaatsen|capaciteit)|(?:voor )?korte tijd'),
        phrase(
          '(?:nog )?(?:maar|slechts|nog) (?:\\d+|een paar|enkele|één|twee|drie|vier|vijf|tien) (?:\\p{L}+ )?(?:plekken|plaatsen|stoelen|tickets|stuks|exemplaren)(?: (?:over|beschikbaar|vrij))?',
        ),
        phrase('(?:nog maar|slechts|maar) (?:plek|plaats|ruimte) voor (?:\\d+|één|twee|drie|vier|een paar|enkele)'),
        phrase(`(?:kunnen|mogen) (?:er )?(?:nog )?(?:maar|slechts|hooguit|maximaal) ${HOW_MANY} (?:nieuwe )?${TAKERS} (?:\\S+ ){0,2}?(?:meedoen|deelnemen|mee doen|aansluiten|instappen)`),
        // Een plafond op wie mee mag, de tegenhanger van "limited to five retailers": "Deelname is beperkt
        // tot vijf winkels", "we nemen deze ronde maar drie nieuwe klanten aan".
        phrase(`(?<=(?:is|zijn|blijft|blijven) (?:strikt |bewust )?)beperkt tot (?:maar |slechts )?${HOW_MANY}(?: \\S+)?? ${TAKERS}`),
        phrase(`(?:we|wij|ik) (?:nemen|neem|laten|laat|accepteren|accepteer|selecteren|selecteer) (?:\\S+ ){0,3}?(?:maar|slechts|alleen|hooguit|maximaal) ${HOW_MANY}(?: \\S+)?? ${TAKERS}`),
        phrase(`(?:maar|slechts|alleen|hooguit|maximaal) ${HOW_MANY} (?:nieuwe )?${TAKERS} (?:kunnen|mogen) (?:\\S+ ){0,2}?(?:meedoen|deelnemen|mee doen|aansluiten|instappen)`),
        phrase('(?:vandaag|morgen|dit) is de laatste dag|laatste dag (?:om|dat)'),
        phrase('nog (?:\\d+|twee|drie|vier|vijf) (?:dagen|uur) (?:geldig|te gaan|om (?:in te schrijven|te reageren|te profiteren|aan te melden))'),
        phrase('zolang de voorraad strekt|wees er (?:dus )?snel bij|wees snel|snel zijn is de boodschap|wie het eerst komt,? het eerst maalt'),
        phrase('(?:bijna|vrijwel|zo goed als) (?:vol|uitverkocht|volgeboekt)|snel uitverkocht|(?:loopt|lopen) snel vol'),
        phrase('(?:nog )?(?:maar|slechts) (?:een paar|enkele|\\d+|één|twee|drie|vier|vijf) (?:dagen|uur|uren)'),
        phrase(
          `(?:actie|aanbod|\\p{L}*(?:prijs|tarief|korting|aanbieding)) (?:\\S+ ){0,3}?(?:geldt|loopt|is geldig) (?:nog )?(?:maar )?(?:tot(?: en met)?|t/m|alleen)(?: \\d{1,2} ${MONTH}| (?:deze|dit|volgende|eind|einde) \\p{L}+| [^\\s.,;:!?]+)?`,
        ),
        phrase('(?:alleen|slechts|enkel) (?:vandaag|vanavond|deze week|dit weekend|nog vandaag|t/m \\S+|tot \\S+)'),
        phrase(
          `(?:verloopt|vervalt|loopt af|eindigt|stopt|sluit)(?: al)? (?:op |deze |volgende |aanstaande |in |per )?(?:vandaag|vanavond|morgen|binnenkort|snel|week|${WEEKDAY}|\\d{1,2} ${MONTH}|eind(?:e)? ${MONTH}|over \\d+ \\S+|aan het eind(?:e)? van de ${PERIOD}|eind(?:e)? van de ${PERIOD})`,
        ),
        // Het scheidbare werkwoord met de datum ertussen: "Onze actie loopt vrijdag af".
        phrase(`(?:loopt|lopen|verloopt) (?:al )?(?:op |deze |volgende |aanstaande |over |per )?(?:vandaag|vanavond|morgen|binnenkort|${WEEKDAY}|\\d{1,2} ${MONTH}|eind(?:e)? ${MONTH}|(?:deze|volgende) (?:week|maand)|eind(?:e)? van de ${PERIOD}|over \\d+ \\S+) af`),
        // "Van de 5 plekken zijn er nog 2 beschikbaar": what is left, counted.
        phrase(`(?:zijn|is) er (?:nu )?(?:nog )?(?:maar |slechts )?${HOW_MANY} (?:\\p{L}*(?:plekken|plaatsen|stoelen|tickets|kaarten|plekjes) )?(?:beschikbaar|over|vrij)`),
        // Samenstellingen tellen mee: "introductieprijs", "vroegboekkorting", "lanceringsaanbieding".
        phrase('(?:offerte|actie|aanbod|kortingscode|voorstel|\\p{L}*(?:prijs|tarief|korting|aanbieding)) (?:\\S+ ){0,3}?(?:verloopt|vervalt|loopt af)'),
        phrase('geldig (?:tot en met|tot|t/m|t\\.m\\.|tm)'),
        phrase('(?:\\S+ )?dagen geldig'),
        phrase(
          '(?:daarna|hierna|vanaf \\S+|na (?:deze|dit|vandaag|morgen|\\S+dag|\\d{1,2} \\p{L}+)(?: \\p{L}+)?) (?:gelden|geldt|betaal je|betaalt u|betaalt|gaat|is het|gaan we|stappen we|schakelen we) (?:weer )?(?:over )?(?:naar |op )?(?:de )?(?:normale|volle|reguliere|oude|gewone|standaard) (?:prijs|prijzen|tarief|tarieven|pricing|price)',
        ),
        phrase('(?:prijs|prijzen|tarief|tarieven) (?:gaan|gaat|stijgen|stijgt)(?: \\S+){0,2}? omhoog|(?:prijzen|tarieven) stijgen'),
        // Wie de grens ook telt: "De eerste 20 adviseurs krijgen voorrang".
        phrase('(?:de )?eerste \\d+ \\p{L}+(?:en|s|ers) (?:krijgen|ontvangen|betalen|besparen)'),
        phrase('(?:kans|aanbieding|actie|aanbod|korting) (?:\\S+ ){0,2}?komt niet (?:meer |snel )?terug'),
        phrase('voor de eerste \\d+ (?:klanten|bestellers|aanmeldingen|deelnemers|inschrijvingen|bedrijven|kopers)'),
        phrase('tijdelijke (?:actie|aanbieding|korting|actieprijs)'),
        // Tegenhangers van de Engelse lijst ("flash sale", "won't last long", "selling fast").
        phrase('flitsactie|flitsverkoop|flash sale|\\d+[- ]uurs(?:actie|deal|aanbieding)'),
        phrase('(?:plekken|plaatsen|tickets|kaarten|stuks|exemplaren|voorraad|licenties) (?:\\S+ )?(?:zijn|is|raken|raakt|gaan|gaat) (?:zo|snel|gauw|hard) (?:weg|op|uitverkocht)'),
        phrase('laatste (?:plekken|plaatsen|kaarten|tickets|exemplaren|stuks)'),
        phrase(`(?:korting|actie|aanbieding|actieprijs|aanbod) (?:is |loopt )?(?:nog )?(?:geldig )?(?:tot en met|t/m|tot) ${WHEN}`),
        phrase('(?:je|u|jij|jullie) (?:hebt|heeft|hebben) nog (?:maar |slechts )?(?:\\d+|een paar|enkele|twee|drie|vier|vijf) (?:dagen|uur|uren)'),
        phrase('wees er (?:op tijd|vroeg) bij'),
        // "Januari loopt al vol", "ik werk maar met 3-4 bedrijven per maand".
        phrase('(?:loopt|lopen|raakt|raken) (?:al |snel )?vol'),
        phrase(`(?:ik|we|wij) (?:werk|werken|neem|nemen) (?:maar|slechts|alleen) (?:met )?(?:\\d+(?:[-–]\\d+)?|${HOW_MANY}) (?:nieuwe )?(?:klanten|bedrijven|opdrachten|scholen|bureaus|praktijken)(?: aan)? per (?:maand|kwartaal|week|jaar)`),
        // Wat er over is, geteld: "nog plek voor 3", "ruimte voor nog twee bedrijven".
        phrase(`(?:nog )?(?:plek|plaats|ruimte) voor (?:nog )?(?:maar )?${HOW_MANY}(?: \\p{L}+)?(?=[.,;!?]|$| (?:deelnemers|bedrijven|klanten|teams|scholen|bureaus|mensen|plekken|extra))`),
      ],
    },
    NL_SILENCE,
    {
      // Ultimatums: rules.md trigger 4 ("Geen reactie = geen interesse"), and the assume-no variants of
      // Dutch break-up mail ("dan ga ik ervan uit dat …", "dan sluit ik uw dossier").
      kind: 'ultimatum',
      phrases: [
        phrase('geen (?:reactie|antwoord|respons|bericht)\\s*(?:=|is|betekent)\\s*(?:ook )?(?:geen interesse|een nee|nee|een antwoord)'),
        // Break-up mail closing the thread on the reader: "Als het niet interessant is, sluit ik het hierbij af".
        phrase('(?:dan )?sluit ik (?:het|dit|de conversatie|ons contact|het contact)(?: hierbij| bij deze)?(?: netjes| voorlopig)? af'),
        // De stilte voor de lezer uitgelegd ("Geen reactie betekent meestal 'geen tijd'") en het dossier erop gesloten.
        phrase('geen (?:reactie|antwoord|respons) (?:betekent|is) (?:meestal|vaak|doorgaans|meestentijds)'),
        phrase("ik (?:archiveer|sluit) (?:'m|hem|het|dit|je dossier|het dossier|dit gesprek)(?=[.!,]|$| (?:hierbij|dan|nu|maar))"),
        phrase('(?:stilte|geen nieuws) (?:=|is|betekent) (?:geen interesse|een nee|nee)|stilte is ook een antwoord'),
        phrase(
          '(?:als|indien) ik (?:\\p{L}+ ){0,3}?(?:niets|niks|geen (?:reactie|antwoord)) (?:\\p{L}+ ){0,3}?(?:hoor|terughoor|terug hoor|ontvang|krijg|verneem)[^.!?;\\n]{0,50}?(?:ga ik ervan uit|neem ik aan|beschouw ik|sluit ik|concludeer ik|ga ik uit van)[^.!?;\\n]*?(?=[.!?;\\n]|$)',
        ),
        phrase('(?:dan )?(?:ga ik ervan uit|neem ik aan|concludeer ik) dat (?:u|je|jij|jullie) (?:geen|niet)'),
        // De belofte van stilte van break-up mail, de tegenhanger van "I won't contact you again".
        // Aan de stilte van de lezer gebonden drukt ze in elk bericht: "Als ik niets hoor, laat ik je met rust".
        phrase(
          '(?:als|indien|wanneer) ik (?:\\p{L}+ ){0,3}?(?:niets|niks|geen (?:reactie|antwoord)) (?:\\p{L}+ ){0,3}?(?:hoor|ontvang|krijg|verneem),? (?:dan )?(?:laat ik (?:je|u|jou|jullie) (?:verder )?met rust|(?:zal|ga) ik (?:je|u|jou|jullie) niet meer (?:lastigvallen|lastig vallen|mailen|benaderen))',
        ),
        silence('(?:daarna|hierna|dan|vanaf nu) laat ik (?:je|u|jou|jullie) (?:verder |voortaan )?met rust'),
        // Het onderwerp laten vallen als het stil blijft: "… en dan laat ik het rusten", "dan laat ik het hierbij".
        silence('(?:daarna|hierna|dan|en dan) laat ik het (?:verder )?(?:rusten|hierbij|daarbij|erbij)'),
        silence('(?:ik )?(?:zal|ga|wil) (?:je|u|jou|jullie) (?:daarna |hierna |verder |voortaan )?niet meer (?:lastigvallen|lastig vallen|mailen|benaderen|contacteren|storen)'),
        phrase('(?:ik|wij|we) (?:ga|gaan) ervan uit dat (?:u|je|jij|jullie|het|dit) (?:\\S+ )?(?:geen|niet)|(?:ik|wij|we) (?:neem|nemen) aan dat (?:u|je|jij|jullie|het|dit) (?:\\S+ )?(?:geen|niet)'),
      ],
    },
    {
      // Pressure wording: rules.md trigger 5 ("u moet", "mis het niet"), with "je/jij/jullie" forms and
      // the no-regret lines of Dutch hard-sell copy. "Wat u moet weten" and "of ik je moet …" are not
      // pressure on the reader and are kept out.
      kind: 'wording',
      phrases: [
        phrase('(?<!(?:ik|wij|we|wat|alles|of|als|hoe|waarom)\\s+)u moet(?! weten| doen als)', 'u kunt'),
        phrase('(?<!(?:ik|wij|we|wat|alles|of|als|hoe|waarom)\\s+)je moet(?! weten| doen als)', 'je kunt'),
        phrase('(?<!(?:ik|wij|we|wat|alles|of|als|hoe|waarom)\\s+)jij moet(?! weten| doen als)', 'jij kunt'),
        phrase('(?<!(?:ik|wij|we|wat|alles|of|als|hoe|waarom)\\s+)jullie moeten(?! weten)', 'jullie kunnen'),
        phrase('(?<!(?:wat|hoe|waarom|wanneer|waar|welke)\\s+)moet u(?= (?!\\p{L}+ weten)\\p{L})', 'kunt u'),
        phrase('(?<!(?:wat|hoe|waarom|wanneer|waar|welke)\\s+)moet je(?= (?!\\p{L}+ weten)\\p{L})', 'kun je'),
        phrase('(?<!(?:wat|hoe|waarom|wanneer|waar|welke)\\s+)moet jij(?= (?!\\p{L}+ weten)\\p{L})', 'kun jij'),
        phrase('mis (?:het|dit|deze kans|deze gelegenheid|hem|hen|ze) niet', ''),
        phrase('niet (?:te )?missen', ''),
        phrase('(?:mag|moet|wil|kunt|kan) (?:je|u|jij) niet missen|niet (?:mag|mogen|moet) missen'),
        phrase('(?:dit|deze kans) wil (?:je|u) niet missen', ''),
        phrase('laat (?:deze kans|dit|het) niet (?:aan (?:je|u) )?voorbij ?gaan', ''),
        phrase('(?:kunt|kan|kunnen) (?:het )?(?:je|zich|u|jezelf|zichzelf) (?:echt )?niet (?:veroorloven|permitteren)'),
        // Van de organisatie van de lezer gezegd: "jullie school kan zich geen tweede jaar … veroorloven".
        phrase('(?:kan|kunnen) (?:zich|het zich) (?:echt )?geen (?:\\p{L}+ ){1,3}?(?:meer )?(?:veroorloven|permitteren)'),
        phrase('(?:je|u) (?:zult|zal|gaat) (?:er )?geen spijt (?:van )?(?:krijgen|hebben)', ''),
        phrase('waar wacht (?:je|u|jij|jullie) (?:nog )?op', ''),
        phrase('grijp (?:je|uw|jouw|deze|die) kans', ''),
        // Tegenhangers van de Engelse lijst ("you'll regret it", "you owe it to yourself", "you'd be crazy not to").
        phrase('(?:je|u) (?:zult|zal|gaat) (?:er )?spijt (?:van )?krijgen|(?:krijg|krijgt) (?:je|u) (?:er )?spijt van'),
        phrase('(?:dat )?(?:ben je|bent u) (?:het )?aan (?:jezelf|uzelf) verplicht'),
        phrase('(?:je bent|u bent) (?:gek|dwaas|mal) als (?:je|u) (?:dit|het|deze kans) (?:laat liggen|niet)'),
        phrase('actie vereist|reactie vereist'),
      ],
    },
  ],
  deadlines: {
    // The reader's own step: verbs of replying, deciding and buying (imperative, infinitive and "-t u"
    // forms only, so descriptions such as "boekt hem direct in" stay out), from rules.md's examples
    // and the imperatives of Dutch campaign mail ("Vraag nu een offerte aan", "Meld je nu aan").
    verbs:
      'reageer|reageert|reageren|antwoord|beantwoord|beantwoorden|weten|beslis|beslist|beslissen|akkoord|teken|tekent|tekenen|onderteken|ondertekent|ondertekenen|bestel|bestelt|bestellen|koop|koopt|kopen|betaal|betaalt|betalen|boek|boeken|reserveer|reserveert|reserveren|meld|aanmelden|inschrijven|schrijf|vraag|aanvragen|claim|claimen|profiteer|profiteert|profiteren|bel|klik|start|starten|bevestig|bevestigen|grijp|stuur|regel',
    decisionVerbs:
      'reageer|reageert|reageren|antwoord|beantwoord|beantwoorden|weten|beslis|beslist|beslissen|akkoord|teken|tekent|tekenen|onderteken|ondertekent|ondertekenen|bestel|bestelt|bestellen|koop|koopt|kopen|betaal|betaalt|betalen|bevestig|bevestigen|meld|aanmelden|inschrijven',
    markers: '(?:vandaag|vanavond|vanmiddag)(?: nog)?|onmiddellijk|per direct|binnen \\d+ uur',
    dateMarkers: `(?:vóór|voor|uiterlijk) ${WHEN}|uiterlijk \\d+ \\p{L}+`,
    weakMarkers: 'nu(?! al| nog niet| niet)|direct|meteen|snel',
    purposeOpeners: ['om'],
    markerFirst: true,
    imperativeLead: ['dus', 'dan', 'en', 'of', 'graag', 'even', 'gewoon', 'alsjeblieft', 'alstublieft', 'nu'],
    secondPerson: ['u', 'je', 'jij', 'jullie', 'uw', 'jouw'],
    possessives: ['uw', 'jouw'],
    requestLeads: ['kunt', 'kun', 'kan', 'kunnen', 'wilt', 'wil', 'willen', 'zou', 'zouden', 'zal', 'zult', 'zullen', 'mag', 'mogen', 'graag', 'moet', 'moeten', 'dient', 'dienen'],
    clauseOpeners: ['als', 'zodra', 'wanneer', 'dan', 'en', 'maar', 'voordat', 'tot', 'mits', 'indien', 'zodat'],
    // Voorwaarden die een verkoopmail aan de stap van de lezer stelt ("Als u vóór vrijdag kunt tekenen, …").
    conditionOpeners: [['als'], ['indien'], ['mits'], ['zolang']],
    objectMarkers: ['zoals', 'dan', 'als', 'voor', 'met', 'aan', 'naar', 'van', 'bij', 'over'],
    writerNeeds: ['nodig', 'wil', 'wilde', 'willen', 'graag', 'verwacht', 'hoop', 'moet', 'raad', 'adviseer', 'vraag', 'verzoek'],
    firstPerson: ['ik', 'wij', 'we'],
  },
  relief: {
    // Geruststelling die de frase omkeert: "geen haast", "je hoeft niet vandaag nog te beslissen",
    // "dit is niet dringend".
    negation:
      "\\bgeen (?:haast|druk|verplichting|spoed|deadline|noodzaak)\\b|\\b(?:hoeft|hoef|hoeven|hoefde|hoefden)\\b(?:\\s+\\S+){0,5}?\\s+(?:niet|geen)\\b|\\bniet (?:nodig|noodzakelijk|dringend|verplicht)\\b|\\b(?:geen|niet|nooit|zonder)\\s*$",
    // Aanbod waarin de schrijver handelt: "Graag stuur ik u de offerte per omgaande", "Ik stuur het je graag zsm".
    writerOffer:
      "^\\W*(?:(?:en|dus|maar|ook)\\s+)?graag\\s+\\S+\\s+(?:ik|wij|we)\\b|^\\W*(?:(?:en|dus|maar|ook)\\s+)?(?:ik|wij|we)\\s+(?:stuur|sturen|mail|mailen|bel|bellen|lever|leveren|regel|regelen|maak|maken|zorg|zorgen|kom|komen|help|helpen|zet|zetten)\\b",
    // Vragen naar de huidige werkwijze ("Hoe bestelt uw team vandaag voorraad?").
    practiceQuestion:
      "^\\W*(?:(?:en|dus|ook)\\W+)?(?:(?!(?:kunt|kun|kan|wilt|wil|zou|zult|zal|mag|gaat|ga)\\b)\\S+ (?:u|je|jij|jullie)(?: \\S+)? (?:nu nog|nog steeds|nog altijd|meestal|momenteel|altijd|vaak|normaal gesproken|doorgaans|gewoonlijk)\\b|(?:hoe|wat|wie|welke|waar|wanneer)\\b(?!\\s+(?:wilt|wil|kunt|kun|kan|zou|zouden|zullen|moet|moeten)\\b))",
    // Derden als onderwerp: de klanten of het team van de lezer, het team van de schrijver, andere bedrijven.
    otherSubject: "^\\W*(?:(?:en|dus|maar|ook)\\s+)?(?:uw|jouw|ons|onze|hun|zijn|haar|de meeste|veel|sommige|alle|andere|klanten|winkels)\\s+\\S+|^\\W*jullie\\s+(?!(?:kunnen|kunt|moeten|willen|zullen|gaan|hoeven|mogen)\\b)\\S+",
    duty: "\\b(?:moet|moeten|dient|dienen|hoort|horen|zou moeten)\\b",
    // Klantverhalen in verkoopmails: wat een klant moest doen, of de schrijver vertelde.
    narration:
      "\\b(?:moest|moesten|wilde|wilden|besloot|besloten|probeerde|probeerden|kon|konden|vertelde|vertelden|zei|zeiden|vroeg (?:me|mij|ons|hen)|vroegen (?:me|mij|ons)|vorig(?:e)? (?:jaar|maand|week|kwartaal)|(?:jaar|jaren|maanden|weken) geleden|een klant van ons)\\b",
    // Wachten als gewoonte waar loopbaan- en vakposts voor waarschuwen ("wacht niet op je manager").
    habitUrgency: '^(?:wacht|wachten) (?:dus )?niet\\b|^niet (?:langer |te lang )?wachten\\b|^stop met wachten\\b',
    // De woorden van een aanbod of aankoop, uit promotieposts en verkoopmails.
    offerContext:
      '\\b(?:koop|kopen|bestel|bestellen|bestelling|inschrijv\\w*|schrijf (?:je|u|jij) (?:\\w+ ){0,2}in|aanmeld\\w*|meld (?:je|u|jij) (?:\\w+ ){0,2}aan|boek|boeken|reserveer\\w*|plek(?:ken)?|plaatsen|tickets?|prijs|prijzen|tarief|aanbod|aanbieding|actie|korting|\\w*korting|vroegboek\\w*|proefperiode|demo|offerte|contract|winkelmandje)\\b',
    // Algemeen advies met "je" als "men": de gevolgzin van een voorwaarde ("als je andere resultaten
    // wilt, moet je …"), "dan/soms/vaak moet je …", of een "wie …, moet …"-zin. Geen druk op een besluit.
    adviceLead:
      "\\b(?:als|wanneer|wie|zodra|om)\\b[^.!?;:\\n]*,\\s*(?:dan\\s+)?$|(?:^|[,—–-])\\W*(?:(?:en|maar|dus|ja|nee|want|of)\\W+)*(?:dan|soms|vaak|altijd|eerst|daarom|daarvoor|daarna|natuurlijk|uiteraard|wel)\\s+$",
    // "Moet je direct benaderen." / "Moet je ook doen.": een zin die met "moet je" opent en geen vraag is.
    adviceOpening: '^moet (?:je|u|jij)\\b',
  },
};
