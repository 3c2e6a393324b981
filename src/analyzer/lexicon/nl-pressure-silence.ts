/**
 * Dutch guilt and nagging about the reader's silence for cta/pushy (rules.md trigger 3), as data;
 * split from nl-pressure.ts, which lists it with the other groups. Notation: see pressure-types.ts.
 */
import { phrase, type PressureGroup } from './pressure-types';

export const NL_SILENCE: PressureGroup = {
  // Guilt and nagging about silence: rules.md trigger 3 ("Heeft u mijn vorige mail gezien?", "Ik heb
  // nog niets van u gehoord", "Laatste poging"), with the u/je forms and synonyms of Dutch
  // break-up and reminder mail. A plain reminder ("even een reminder op mijn vorige bericht",
  // "ik kom even terug op mijn mail") is deliberately absent.
  kind: 'silence',
  phrases: [
    // Niet de stilte van een ander kanaal dat de schrijver probeerde ("Ik heb via de site een demo aangevraagd maar nog niets gehoord").
    phrase(
      '(?<!\\b(?:aangevraagd|ingevuld|aangemeld|gereserveerd|besteld|ingeschreven|ingediend)\\b(?:[^.!?\\n]|\\.(?=\\S)){0,80})(?:nog )?(?:niets|niks|geen (?:reactie|antwoord|bericht|respons|reply)) (?:meer )?(?:(?:van|op) (?:u|je|jou|jullie|uw|mijn|jouw)(?: \\p{L}+)? )?(?:(?:heb|hebben|hebt|heeft) )?(?:mogen |kunnen )?(?:gehoord|ontvangen|vernomen|gekregen|teruggehoord|teruggekregen)',
    ),
    // "Ik probeer je al weken te bereiken", "ik heb geprobeerd u te spreken": the attempts counted against the reader.
    phrase('(?:ik )?(?:probeer|probeerde|heb geprobeerd) (?:je|u|jou|jullie) (?:al )?(?:\\p{L}+ ){0,3}?(?:te bereiken|te spreken|te pakken te krijgen|te contacteren)'),
    phrase('(?:het )?(?:bleef|blijft|is) (?:het )?(?:nog )?(?:steeds )?stil(?= van| aan uw| aan jouw| aan je|[.,!]| sinds)|stil gebleven'),
    phrase('hoorde (?:ik )?(?:nog )?(?:niets|niks)'),
    // "Ik hoorde nog niet van je", "nog niks van je gehoord": de stilte bij de lezer gelegd, ook met "niet".
    phrase('(?:ik )?(?:hoorde|hoor) (?:nog )?(?:steeds )?niet(?:s)? (?:meer )?(?:terug )?van (?:je|jou|u|jullie)'),
    // Het Engelse leenwoord van bump-mail: "korte bump", "even een bump", "bumpje".
    phrase('(?<=(?:^|[.!?,\\n]\\s*|\\b(?:korte|kleine|even een|een) ))bump(?:je)?\\b(?! (?:in|tegen))'),
    // "Even een duwtje", "een porretje": de bump in eigen woorden; en de vorige mail die ondersneeuwde.
    phrase('(?<=(?:^|[.!?,\\n]\\s*|\\b(?:korte|kleine|even een|een) ))(?:duwtje|porretje|zetje)\\b(?! in de rug)'),
    phrase('mijn (?:vorige|eerdere|laatste) (?:mail|e-mail|bericht|berichtje)(?: \\S+){0,4}? (?:is |was )?(?:ondergesneeuwd|tussen (?:de rest|alle \\S+|andere \\S+) (?:is |was )?beland|kwijtgeraakt|in (?:je|uw) spam)'),
    // De stilte gelezen als een nee, en dat gezegd: "Ik snap de hint", de tegenhanger van "I'll take the hint".
    phrase('ik (?:snap|begrijp|vat|zie) de hint'),
    // "Dit is de laatste.": de laatste mail, het zelfstandig naamwoord weggelaten.
    phrase('(?:dit is|dit wordt) (?:mijn|m\'n|de|onze) laatste(?=[.!]|$)'),
    phrase('(?:je|u|jij|jullie) (?:hebt|heeft|heb|hebben) (?:nog )?(?:steeds )?(?:niet|nooit) (?:gereageerd|geantwoord|teruggeschreven|gereageerd op)'),
    phrase('(?:reageert|reageren|antwoordt|antwoorden) (?:\\S+ )?niet op mijn (?:berichten|mails|e-mails|bericht|mail)'),
    phrase('(?:bleef|bleven|is|zijn|blijft|blijven) (?:tot nu toe )?onbeantwoord'),
    phrase('of (?:je|u|jij) mijn (?:vorige |eerdere |laatste )?(?:mail|e-mail|email|bericht|berichtje) (?:\\S+ ){0,4}?(?:hebt|heeft|had|heb) (?:gezien|gelezen|ontvangen|bekeken|kunnen (?:bekijken|lezen|zien))'),
    phrase('(?:nog )?(?:één|een) laatste (?:keer|poging)'),
    // "Ik wilde nog één keer checken of …": a last attempt, the twin of "checking in one last time".
    phrase('nog (?:één|een) (?:laatste )?keer (?:\\p{L}+ )?(?:checken|navragen|opvolgen|proberen|mailen|aankloppen|polsen|informeren)'),
    // Navragen of de vorige mail is aangekomen, de tegenhanger van "Just checking you got my last email".
    phrase(
      '(?:checken|nagaan|kijken|controleren|polsen|vragen|navragen|informeren|zeker weten) of (?:je |u |jij |jullie )?mijn (?:(?:vorige|eerdere|laatste) )?(?:mail|e-mail|email|bericht|berichtje|mails|berichten)(?: \\S+){0,5}? (?:is |zijn )?(?:aangekomen|ontvangen|overgekomen|binnengekomen|beland|doorgekomen|toegekomen)',
    ),
    phrase(
      '(?:is|zijn) mijn (?:(?:vorige|eerdere|laatste) )?(?:mail|e-mail|email|bericht|berichtje|mails|berichten)(?: \\S+){0,4}? (?:aangekomen|overgekomen|binnengekomen|beland|doorgekomen)',
    ),
    phrase('(?:sluit|sluiten) (?:ik )?(?:je|uw|jouw|het) dossier|(?:je|uw|jouw) dossier (?:sluiten|afsluiten)'),
    phrase('(?:ik )?wacht nog (?:steeds |altijd )?op (?:uw|je|jouw|een) (?:reactie|antwoord|terugkoppeling)'),
    phrase(
      '(?:al )?(?:een paar|meerdere|verschillende|enkele|diverse|twee|drie|vier|\\d+) (?:keer|keren|maal) (?:\\p{L}+ ){0,2}?(?:geprobeerd|gemaild|gebeld|benaderd|gecontacteerd|geschreven|een bericht gestuurd|een mail gestuurd|een berichtje gestuurd|contact gezocht|contact opgenomen|aangeklopt|opgevolgd|nagebeld)',
    ),
    phrase('probeer (?:ik )?(?:je|u|jou|jullie) al (?:een tijdje|een tijd|een paar keer|enige tijd|weken|dagen|een week|even) te (?:bereiken|spreken|pakken te krijgen|contacteren)'),
    phrase(
      '(?:mijn|de) (?:vorige |eerdere )?(?:mail|e-mail|bericht|berichtje|berichten|mails) (?:\\S+ ){0,3}?(?:ondergesneeuwd|kwijtgeraakt|in de spam (?:beland|terechtgekomen)|over het hoofd gezien)',
    ),
    phrase('(?:heeft u|hebt u|heb je|heb jij|hebben jullie) (?:\\p{L}+ ){0,2}?mijn (?:vorige|eerdere|laatste) (?:mail|e-mail|email|bericht|berichtje|voicemail)(?: \\S+){0,6}? (?:gezien|gelezen|ontvangen|gekregen|kunnen bekijken|kunnen lezen)'),
    phrase('(?:heeft u|hebt u|heb je|heb jij) (?:mijn|de|het) (?:vorige |eerdere )?(?:mail|e-mail|email|bericht|video|filmpje)(?: \\S+){0,3}? (?:kunnen (?:bekijken|lezen|zien)|bekeken|gezien|gelezen|ontvangen|gekregen)'),
    // Wat de schrijver ongevraagd stuurde, nagevraagd met "al": "Heb je {loom_link} al kunnen bekijken?".
    phrase('(?:heeft u|hebt u|heb je|heb jij) (?:(?:mijn|de|het|dat|die) (?:\\p{L}+ )?(?:video|filmpje|opname|loom|link)|https?://\\S+) al (?:kunnen )?(?:bekijken|bekeken|zien|gezien|openen|geopend)'),
    phrase('laatste (?:poging|herinnering|reminder)', ''),
    // "Laatste opvolging hierover", "mijn laatste follow-up": de laatste stap van de reeks bij naam.
    phrase('(?:mijn |de )?laatste (?:opvolging|follow-up|followup)(?: hierover| over dit onderwerp| van (?:me|mij))?'),
    // "Hierbij nog één keer": de mail opnieuw, als laatste poging.
    phrase('(?:hierbij|bij deze|daarom|dus) (?:nog )?(?:één|een) (?:laatste )?keer'),
    // De stilte teruggelegd bij de lezer: "ik heb er niets op teruggehoord", "het is me niet gelukt je te bereiken".
    phrase('(?:er )?(?:niets|niks) (?:meer )?op (?:terug)?(?:gehoord|ontvangen|gekregen|vernomen)'),
    phrase('(?:het is|is het) (?:me|mij|ons) (?:nog )?niet gelukt (?:om )?(?:je|u|jou|jullie) te (?:bereiken|spreken|pakken te krijgen)'),
    phrase('(?:je|uw|jouw) interesse (?:\\p{L}+ )?verkeerd (?:ingeschat|begrepen)'),
    // "Laatste bericht van me", "Laatste mailtje van mij", "last ping" als leenwoord.
    phrase("(?:mijn )?laatste (?:bericht|berichtje|mail|mailtje|e-mail|ping|follow-up) (?:van (?:me|mij|ons)|van (?:mijn|m'n|onze) kant|in deze (?:serie|reeks))"),
    // "Laatste bericht, beloofd.": de laatste poging als openingswoorden van het bericht.
    phrase('(?<=(?:^|[.!?\\n]\\s*))(?:mijn )?laatste (?:bericht|berichtje|mail|mailtje)(?=[,.!:]|\\s+(?:beloofd|echt|—|-))'),
    // "Laatste van mijn kant, beloofd.": de laatste mail, het zelfstandig naamwoord weggelaten.
    phrase("(?<=(?:^|[.!?\\n]\\s*))(?:de |het |mijn |m'n )?laatste (?:van (?:mijn|m'n|onze) kant|van (?:me|mij|ons))(?=[,.!:]|\\s+(?:beloofd|echt|—|-))"),
    phrase('last ping'),
    // "Ik stuur hierover nog een laatste berichtje": de laatste poging als lijdend voorwerp, "one last note".
    phrase('nog (?:één|een) laatste (?:bericht|berichtje|mail|mailtje|e-mail|ping|herinnering|reminder)'),
    // Twijfel of de vorige mail aankwam: "geen idee of het bij jou langs is gekomen", "weet niet of mijn mail is aangekomen".
    phrase('(?:geen idee|weet (?:ik )?niet|niet zeker) of (?:het|hij|die|dit|deze|mijn (?:(?:vorige|eerdere|laatste) )?(?:mail|mailtje|e-mail|bericht|berichtje)) (?:ooit |wel )?(?:bij (?:je|jou|u|jullie) )?(?:is )?(?:langs|aan|binnen|toe|terecht|door|over) ?(?:is )?gekomen'),
    // "Is dit ondergesneeuwd?": the question form of a buried mail.
    phrase('(?:is|raakte|raakt) (?:dit|het|deze mail|dit bericht|mijn bericht|mijn mail) (?:misschien |wellicht |soms )?(?:ondergesneeuwd|kwijtgeraakt|in de spam beland)'),
    // "… om zeker te weten dat hij niet in je spam is beland": the same worry as a check.
    phrase("(?:zeker (?:te )?weten|checken|controleren) (?:dat|of) (?:hij|die|het|deze|mijn (?:vorige |eerdere )?(?:mail|e-mail|bericht|berichtje)) (?:niet )?(?:in (?:je|uw|de) (?:spam|ongewenste mail)(?:map|folder)?|ondergesneeuwd|kwijtgeraakt) (?:is )?(?:beland|terechtgekomen|geraakt)?"),
    phrase('(?:de )?laatste keer dat ik (?:je|u|jou|jullie|contact)'),
    // Met bijvoeglijk woord en spreektaal: "Dit is m'n laatste geplande mail", "de laatste automatische mail".
    phrase("(?:dit is|hierbij|dit wordt) (?:mijn|m'n|een|de|onze) laatste (?:\\p{L}+ )?(?:bericht|berichtje|mail|mailtje|e-mail|poging|herinnering|reminder)"),
    phrase('(?:even )?(?:naar boven|bovenaan) (?:in )?(?:je|uw|jouw) inbox'),
    // De vorige mail die zakt: "of mijn vorige mail nog ergens onderaan je inbox staat".
    phrase('(?:ergens )?(?:onderaan|onderin|onder in) (?:je|uw|jouw) (?:inbox|mailbox)'),
    // Het geheugen van de lezer als oorzaak: "misschien ben je het vergeten".
    phrase('(?:misschien|wellicht|mogelijk|vast) (?:ben je|bent u|ben jij|zijn jullie) (?:het |mijn (?:vorige )?(?:mail|bericht) )?vergeten|(?:je|u|jij) (?:bent|ben) (?:het|mijn (?:vorige )?(?:mail|bericht)) (?:misschien |wellicht )?vergeten'),
    phrase('zoals (?:ik )?(?:in )?mijn (?:vorige|eerdere|laatste) (?:mail|e-mail|bericht) (?:al )?(?:schreef|aangaf|vermeldde|zei|liet weten)', 'zoals ik eerder schreef'),
    // "Zoals gevraagd in mijn vorige bericht", the twin of "as requested in the previous message".
    phrase('zoals (?:gevraagd|gezegd|aangegeven|vermeld|gemeld|genoemd) in (?:mijn|het|de|ons) (?:vorige|eerdere|laatste) (?:mail|e-mail|bericht|berichtje)', 'zoals ik eerder schreef'),
    phrase('(?:heb|had) ik (?:soms )?iets (?:verkeerds )?(?:gezegd|gedaan)'),
    // Tegenhangers van de Engelse lijst ("this is my third email", "I've sent several emails", "are you ignoring me").
    phrase("dit is (?:al |inmiddels |nu al |intussen )?(?:mijn|m'n|de) (?:tweede|derde|vierde|vijfde|\\d+e) (?:mail|e-mail|bericht|berichtje|mailtje|poging|keer)"),
    phrase('(?:mijn|deze) (?:mails|berichten|mailtjes) (?:\\S+ ){0,2}?(?:in (?:je|uw) (?:spam|ongewenste mail)|ondergesneeuwd)'),
    phrase('(?:al )?(?:meerdere|een paar|verschillende|enkele|diverse|twee|drie|vier|\\d+) (?:mails|e-mails|berichten|berichtjes) (?:\\S+ ){0,3}?(?:gestuurd|verstuurd|gemaild)'),
    phrase('(?:negeer|negeert) (?:je|u|jij) (?:me|mij)'),
  ],
};
