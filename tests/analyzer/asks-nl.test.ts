/**
 * Dutch ask detection (src/analyzer/asks/nl.ts) on sentences and short drafts: every Dutch
 * example of rules.md ("Asks", and the Dutch phrases of the cta rules), plus the wider phrase
 * classes the grammar is meant to cover. Each case names the asks it expects by a piece of their
 * text; a case with no asks must yield none.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyDutch } from '../../src/analyzer/asks/nl';
import { prepareDraft } from '../../src/analyzer/index';
import { corpusAvailable, corpusDir } from '../../scripts/lib/corpus';
import { DETECTORS, dutchRecords, evaluateAsks } from '../../scripts/eval-asks-nl';
import type { AskForm, Kind } from '../../src/analyzer/types';

interface Case {
  text: string;
  kind?: Kind;
  /** A piece of each expected ask's text, in order, with the form it should get. */
  asks: Array<[string, AskForm]>;
}

function detect(text: string, kind: Kind = 'email') {
  const draft = prepareDraft(text, { lang: 'nl', kind });
  return draft.sentences.flatMap((_, i) => classifyDutch(draft, i)).map((a) => ({ ...a, text: text.slice(a.start, a.end) }));
}

function check({ text, kind, asks }: Case): void {
  const found = detect(text, kind);
  expect(found.map((a) => [a.text, a.form])).toHaveLength(asks.length);
  asks.forEach(([piece, form], i) => {
    const at = text.indexOf(piece);
    expect(at, `"${piece}" is not in the case text`).toBeGreaterThanOrEqual(0);
    const ask = found[i]!;
    // The ask's span overlaps the expected words (spans in general: 'any text' below).
    expect(ask.start < at + piece.length && at < ask.end, `ask ${i} "${ask.text}" does not cover "${piece}"`).toBe(true);
    expect(ask.form, `form of "${ask.text}"`).toBe(form);
  });
}

const one = (text: string, form: AskForm, kind?: Kind): Case => ({ text, kind, asks: [[text.replace(/[.?!]+$/, ''), form]] });
const none = (text: string, kind?: Kind): Case => ({ text, kind, asks: [] });

describe('the Dutch examples of rules.md', () => {
  it.each<Case>([
    one('Zullen we volgende week een kwartier bellen?', 'question'),
    one('Wat vindt u van het idee om dit binnenkort aan uw managementteam voor te leggen?', 'question'),
    {
      text: 'Ik zocht vorige week drie uur naar één factuur.\n\nHoeveel tijd besteed jij aan het zoeken van bonnetjes?\n\n#administratie #mkb',
      kind: 'post',
      asks: [['Hoeveel tijd besteed jij', 'question']],
    },
    one('Meld u aan.', 'imperative'),
    { text: 'Herken je dit? Koop dan mijn e-boek.', kind: 'post', asks: [['Koop dan mijn e-boek', 'imperative']] },
    one('Probeer het zelf: praatmetjeboekhouding.nl', 'imperative', 'post'),
    one('Stuur me een DM.', 'imperative', 'post'),
    one('Laat even weten of dit interessant is.', 'conditional'),
    one('Lijkt me interessant om te connecten.', 'wish', 'message'),
    none('Ik hoor graag van u.'),
    none('Laat gerust weten als je vragen hebt.'),
    none('Hoe gaat het?'),
    none('Waarom is dit belangrijk?', 'post'),
    none('Heeft u mijn vorige mail gezien?'),
    none('Ik heb nog niets van u gehoord.'),
    none('Geen reactie = geen interesse.'),
  ])('$text', check);

  it('finds "Meer weten? <url>" through the link runner', () => {
    const text = 'Wij organiseren op 12 juni een ontbijtsessie over AI in de accountancy.\n\nMeer weten? https://www.voorbeeld.nl/ontbijt';
    const draft = prepareDraft(text, { lang: 'nl', kind: 'email' });
    expect(draft.asks.map((a) => text.slice(a.start, a.end))).toEqual([expect.stringContaining('https://www.voorbeeld.nl/ontbijt')]);
  });

});

describe('the Dutch phrases of the other rules of rules.md', () => {
  // Pressure, hedges and apologies are cta/pushy's and tone/timid's business; the ask inside stays an ask.
  it.each<Case>([
    { text: 'Wacht niet langer en meld je vandaag nog aan.', asks: [['meld je vandaag nog aan', 'imperative']] },
    { text: 'Laatste kans: reserveer uw plek.', asks: [['reserveer uw plek', 'imperative']] },
    one('Kunt u z.s.m. akkoord geven?', 'question'),
    one('Geeft u vandaag nog akkoord op de offerte?', 'question'),
    {
      text: 'Ik weet dat u het druk heeft, maar ik wilde even vragen of u openstaat voor een gesprek.',
      asks: [['ik wilde even vragen of u openstaat', 'question']],
    },
    none('Beperkt aantal plaatsen, dus op = op.'),
    none('Uw offerte verloopt vrijdag.'),
    none('Laatste poging.'),
    none('Sorry dat ik stoor.'),
    none('Excuses voor de onderbreking.'),
    none('Geen probleem als het niet uitkomt.'),
  ])('$text', check);
});

describe('questions to the reader', () => {
  it.each<Case>([
    one('Heeft u dinsdagmiddag tijd voor een kort gesprek?', 'question'),
    one('Staat u open voor een korte kennismaking?', 'question'),
    one('Is dit iets voor jullie?', 'question'),
    one('Klinkt dat interessant?', 'question'),
    one('Wie is bij jullie verantwoordelijk voor de inkoop?', 'question'),
    one('Kunt u mij in contact brengen met de juiste persoon?', 'question'),
    one('Zou u dit willen doorsturen naar uw collega van marketing?', 'question'),
    one('Mag ik u volgende week even bellen?', 'question'),
    one('Zal ik een voorstel op maat voor jullie maken?', 'question'),
    one('Hoe kijken jullie hier tegenaan?', 'question'),
    one('Welke dag komt u het beste uit?', 'question'),
    one('Past een afspraak op donderdagochtend?', 'question'),
    one('Lukt het om dit voor vrijdag te bekijken?', 'question'),
    one('Zin in een kop koffie volgende week?', 'question'),
    one('Tijd voor een kort belletje?', 'question'),
    one('Interesse?', 'question'),
    one('Wanneer schikt het u?', 'question'),
    one('Wanneer kunnen we een afspraak inplannen?', 'question'),
    one('Wat is een goed moment om te bellen?', 'question'),
    one('Wie kan ik hiervoor het beste benaderen?', 'question'),
    one('Ben je volgende week ook op de vakbeurs in Utrecht?', 'question'),
    one('Zou een korte demo van twintig minuten zinvol zijn?', 'question'),
    one('Akkoord?', 'question'),
    {
      text: 'Ik was benieuwd: zijn deze plannen nog actueel?',
      asks: [['zijn deze plannen nog actueel', 'question']],
    },
    {
      text: 'Als dat zo is, wilt u de offerte dan digitaal ondertekenen?',
      asks: [['wilt u de offerte dan digitaal ondertekenen', 'question']],
    },
    {
      text: 'Mag ik een telefoonnummer, of kun je dit doorsturen?',
      asks: [['Mag ik een telefoonnummer', 'question']],
    },
    one('Wat is voor jou de grootste uitdaging bij het werven van developers? 👇', 'question', 'post'),
    one('Open voor een kort gesprekje?', 'question', 'message'),
    one('Connecten?', 'question', 'message'),
    one('Mee eens?', 'question', 'post'),
    one('Thoughts?', 'question', 'post'),
    one('Wie herkent dit? 🙋', 'question', 'post'),
    one('Heeft iemand hier ervaring mee?', 'question', 'post'),
    one('Ik wilde even vragen of je de nieuwe regels al hebt gezien.', 'question'),
    one('Ik vroeg me af of een kort gesprek over uw rapportage zinvol is.', 'question'),
    {
      text: 'Wij zoeken tien ondernemers die onze planningstool willen testen.\n\nDoe je mee? Reageer hieronder.',
      kind: 'post',
      asks: [['Doe je mee', 'question'], ['Reageer hieronder', 'imperative']],
    },
    {
      text: 'Zal ik de offerte alvast klaarzetten? Dan kunt u hem morgen rustig doorlezen.',
      asks: [['Zal ik de offerte', 'question']],
    },
  ])('$text', check);
});

describe('questions that are not asks', () => {
  it.each<Case>([
    none('Het resultaat?', 'post'),
    {
      text: 'Wat kost een lege stoel per dag?\n\nVoor een tandartspraktijk al snel vierhonderd euro. Wij vullen gaten in de agenda met patiënten van de wachtlijst, automatisch en zonder extra werk voor de balie of de tandarts zelf.',
      asks: [],
    },
    { text: 'Ik zoek de juiste persoon voor onze inkoopvraag.\n\nWie gaat bij jullie organisatie over de inkoop?', asks: [['Wie gaat bij jullie', 'question']] },
    one('Wie is hiervoor de juiste persoon?', 'question'),
    none('Hoe kan ik mijn team beter motiveren?', 'post'),
    none('Wat betekent dit voor verkopers?', 'post'),
    none('Wist u dat 70% van de kopers online begint?'),
    none('Wat als je elke week vijf uur kon besparen?'),
    none('Herkent u dit?'),
    none('Kent u dat gevoel?'),
    none('Klinkt bekend?'),
    none('Hoe is het met je?'),
    none('Alles goed daar?'),
    none('Mag ik me even voorstellen?'),
    none('Nog vragen?'),
    none('Heeft u vragen over de offerte?'),
    none('Wilt u geen e-mails meer van ons ontvangen?'),
    none('Is het niet zonde om daar elke week uren aan kwijt te zijn?'),
    none('Zie het verschil?', 'post'),
    none('Tijd is geld, toch?'),
    none('Een klant vroeg me laatst: "Kan dat niet sneller?"', 'post'),
    none('Kun je je voorstellen hoeveel tijd dat kost?'),
    none('Heb je dat ook weleens?', 'post'),
    none('Wil je meer weten? Neem gerust contact met ons op.'),
    { text: 'Organiseer jij dit jaar een personeelsuitje? Begin dan met de vragen die niemand stelt.', kind: 'post', asks: [] },
    {
      text: 'Heb jij ook last van offertes die weken blijven liggen?\n\nBij een klant lag de doorlooptijd op achttien dagen. We brachten het proces terug tot twee stappen en één digitale handtekening, en nu gaat bijna alles binnen drie dagen de deur uit.\n\n#sales',
      kind: 'post',
      asks: [],
    },
    none('Geen tijd? Geen probleem.'),
    {
      text: 'Hoe zorg je dat je team gemotiveerd blijft?\n\nWij merkten dat het zelden aan het salaris ligt. Het zit in kleine dingen: duidelijke doelen, snelle feedback en een team dat elkaar helpt. Daar draait het om, elke dag opnieuw, in elk team dat we spraken dit jaar.',
      kind: 'post',
      asks: [],
    },
    {
      text: 'Wat we onze klanten vaak horen vragen:\n- Welke klanten betalen te laat?\n- Hoeveel marge maak ik per product?',
      kind: 'post',
      asks: [],
    },
  ])('$text', check);
});

describe('imperatives and invitations', () => {
  it.each<Case>([
    one('Meld je nu aan voor het webinar van 9 april.', 'imperative', 'post'),
    one('Schrijf je in voor onze nieuwsbrief.', 'imperative', 'post'),
    one('Bekijk de demo op onze website.', 'imperative'),
    one('Download de whitepaper: https://www.voorbeeld.nl/whitepaper', 'imperative'),
    one('Probeer het 14 dagen gratis.', 'imperative'),
    one('Reageer met JA als je de checklist wilt ontvangen.', 'imperative', 'post'),
    one('Plan direct een afspraak in via mijn agenda.', 'imperative'),
    // the split verb "inplannen" books whatever slot it names; passing the message on names a person
    one('Plan dan een gratis scan in via https://www.voorbeeld.nl/scan', 'imperative'),
    one('Plan hier je intake in.', 'imperative'),
    one('Deel dit met een collega.', 'imperative'),
    one('Deel deze mail met je manager.', 'imperative'),
    one('Stuur dit door naar een collega.', 'imperative'),
    // Passing the offer on, softened or not ("neem" is not "neem contact op").
    one('Neem dit mee naar je team en kijk wat zij ervan vinden.', 'imperative'),
    one('Neem dit gerust mee naar je MT.', 'imperative'),
    one('Teken pagina 3 en stuur hem terug.', 'imperative'),
    one('Zet je handtekening en stuur het terug.', 'imperative'),
    one('Prik een datum via https://www.voorbeeld.nl/agenda', 'imperative'),
    one('Leg een moment vast via https://www.voorbeeld.nl/agenda', 'imperative'),
    one('Laten we 20 minuten inplannen.', 'imperative'),
    one('Tijd donderdag voor een demo?', 'question'),
    one('Als je even 15 minuten kunt vrijmaken, laat ik het zien.', 'conditional'),
    // a condition that is itself the reader's step, then what the writer does with it
    one('Als je de plattegrond kunt sturen, kunnen we deze week offreren.', 'conditional'),
    one('Als u het voor vrijdag kunt ondertekenen houden we het slot vast.', 'conditional'),
    one('Mocht je het formulier willen invullen, dan starten we maandag.', 'conditional'),
    // a DM asking for a slot of the reader's time without a verb
    one('Donderdag 30 minuutjes voor een demo?', 'question'),
    one('Half uurtje volgende week?', 'question'),
    one('Neem contact met ons op voor een vrijblijvende offerte.', 'imperative'),
    one('Bel me op 06 12 34 56 78.', 'imperative'),
    one('Klik hier om je plek te reserveren.', 'imperative'),
    one('Laat me weten wat je ervan vindt.', 'imperative'),
    one('Meldt u zich vandaag nog aan.', 'imperative'),
    one('Deel je aanpak in de reacties.', 'imperative', 'post'),
    one('Tag iemand die dit moet lezen.', 'imperative', 'post'),
    one('Volg mij voor meer tips over LinkedIn.', 'imperative', 'post'),
    one('Lees het hele verhaal in mijn nieuwsbrief.', 'imperative', 'post'),
    one('Check regelmatig je bandenspanning.', 'imperative', 'email'),
    one('Gelieve uw inschrijving te bevestigen voor 1 juni.', 'imperative'),
    one('Graag uw reactie voor vrijdag.', 'imperative'),
    one('Kom langs op onze stand op de vakbeurs.', 'imperative'),
    { text: 'Heb je interesse, laat het me dan weten.', asks: [['Heb je interesse', 'conditional']] },
    one('Link naar het rapport in de comments 👇', 'link', 'post'),
    { text: 'Nog steeds interesse in de verbouwing?\n\n[**OFFERTE OPNIEUW BEKIJKEN**](https://voorbeeld.nl/offerte)', asks: [['Nog steeds interesse', 'question'], ['OFFERTE OPNIEUW BEKIJKEN', 'link']] },
    { text: 'Klaar voor de volgende stap?\n\nGratis proberen', kind: 'post', asks: [['Gratis proberen', 'imperative']] },
    one('De link staat in de eerste reactie.', 'link', 'post'),
    { text: 'Interesse of ken je iemand? Stuur me een DM!', kind: 'post', asks: [['Interesse of ken je iemand', 'question'], ['Stuur me een DM', 'imperative']] },
    one('Gewoon uitproberen.', 'imperative', 'post'),
    one('Aanmelden via de link in de eerste reactie 👇', 'imperative', 'post'),
    one('Laten we volgende week even bellen.', 'imperative'),
    one('Bevestig je komst voor 1 mei via https://www.voorbeeld.nl/aanmelden', 'imperative'),
    one('Log in via https://app.voorbeeld.nl en probeer de planning zelf uit.', 'imperative'),
    one('Je kunt je hier aanmelden voor de proefperiode.', 'imperative'),
    {
      text: 'Als u akkoord gaat, kunt u de offerte ondertekend retour sturen.',
      asks: [['Als u akkoord gaat', 'conditional']],
    },
    { text: 'Volgende week is er een live Q&A; aanmelden kan hier: https://www.voorbeeld.nl/live', asks: [['aanmelden kan hier', 'imperative']] },
    { text: 'Recruiters, stuur me een DM als je het sjabloon wilt.', kind: 'post', asks: [['stuur me een DM', 'imperative']] },
    { text: 'Interesse? Reply met "ja" en ik bel je.', asks: [['Interesse', 'question'], ['Reply met', 'imperative']] },
    { text: 'PS: Bekijk wat ik voor anderen deed: voorbeeld.dev/projecten', asks: [['Bekijk wat ik', 'imperative']] },
  ])('$text', check);
});

describe('imperatives that are not asks', () => {
  it.each<Case>([
    none('Neem gerust contact op.'),
    none('Neem een fles water mee naar de training.', 'post'),
    none('Plan vooruit en deel je kennis met je team.', 'post'),
    none('Als je wilt, sturen we een brochure.'),
    none('Als je kunt, is dat mooi meegenomen.'),
    none('Leg je telefoon weg en focus.', 'post'),
    none('Zet je doelen op papier.', 'post'),
    none('Bel of mail me gerust.'),
    none('Stuur me gerust een berichtje.'),
    none('Aarzel niet om contact op te nemen.'),
    none('Heeft u vragen? Neem vrijblijvend contact op!'),
    none('Nog vragen? Stel ze. Ik leg het graag uit.', 'post'),
    none('Stop met solliciteren. Start met netwerken.', 'post'),
    none('Plan vooruit!'),
    none('Direct antwoord. Geen rapporten uitdraaien. Geen Excel.', 'post'),
    none('Mail: info@voorbeeld.nl'),
    none('Laten we eerlijk zijn: niemand houdt van administratie.', 'post'),
    none('Neem contact met ons op.'),
    none('Als de offerte verloopt, kunt u altijd een nieuwe offerte aanvragen.'),
    {
      text: 'Heeft u vragen over de offerte? Ik help u graag!\n\n📞 Bel mij: 020 123 4567\n📅 Plan een belafspraak: https://cal.voorbeeld.nl/jan',
      asks: [],
    },
    none('Mis het niet!', 'post'),
    none('Probeer eens een week lang geen mail te lezen voor tien uur.', 'post'),
    none('Stel vragen, bekijk rapporten, ontdek de mogelijkheden.', 'post'),
    {
      text: 'Mijn drie tips:\n1. Deel projecten, cijfers en impact\n2. Connect met vijf mensen per dag\n3. Help anderen in de comments',
      kind: 'post',
      asks: [],
    },
  ])('$text', check);
});

describe('softened or led-in imperatives that name a concrete step', () => {
  // A softener ("gerust") or a lead-in ("En") in front of a concrete action keeps it an ask;
  // only the generic contact offers stay passive closers (see 'imperatives that are not asks').
  it.each<Case>([
    one('Stuur me gerust je huidige tarieven, dan maak ik een vergelijking.', 'imperative'),
    one('Bel me gerust op 06 12 34 56 78 om een afspraak te maken.', 'imperative'),
    one('Stuur me gerust een berichtje als je wilt sparren.', 'imperative'),
    one('Mail me gerust je plattegrond, dan reken ik het door.', 'imperative'),
    one('En volg ook onze bedrijfspagina voor tips.', 'imperative'),
    one('Volg onze bedrijfspagina voor tips.', 'imperative', 'post'),
    one('Neem een kijkje op https://www.voorbeeld.nl/demo', 'imperative'),
    one('Neem gerust een kijkje op onze website.', 'imperative'),
    none('Bel me gerust.'),
    none('Neem gerust contact op om de mogelijkheden te bespreken.'),
    none('Mail ons gerust als je vragen hebt.'),
    none('Neem eens een kijkje in je eigen inbox.', 'post'),
  ])('$text', check);
});

describe('verbless and infinitive questions propose a step', () => {
  it.each<Case>([
    one('Donderdag even bellen?', 'question'),
    one('Volgende week even sparren?', 'question'),
    one('Samen een kop koffie drinken?', 'question'),
    one('Dinsdagochtend kort afstemmen?', 'question'),
    { text: 'PS: donderdag bellen?', asks: [['donderdag bellen', 'question']] },
    one('Even bellen deze week?', 'question'),
    one('Donderdag even bellen over je offerte?', 'question'),
    one('Koffie drinken na de beurs?', 'question'),
    none('Bellen is toch veel persoonlijker?', 'post'),
    none('Waarom bellen? Omdat mail niet werkt.', 'post'),
  ])('$text', check);
});

describe('two actions joined by "en" are two asks', () => {
  it.each<Case>([
    {
      text: "Probeer het 14 dagen gratis via https://www.voorbeeld.nl en vertel het ook aan je collega's.",
      asks: [['Probeer het', 'imperative'], ['vertel het ook', 'imperative']],
    },
    {
      text: 'Plan hier een gesprek: https://cal.voorbeeld.nl/jan en download alvast onze gids via https://www.voorbeeld.nl/gids.',
      asks: [['Plan hier een gesprek', 'imperative'], ['download alvast', 'imperative']],
    },
    // Alternatives stay one ask.
    one('Bel of mail me voor een afspraak.', 'imperative'),
    one('Klik op de link en vul het formulier in.', 'imperative'),
    one('Log in via https://app.voorbeeld.nl en probeer de planning zelf uit.', 'imperative'),
  ])('$text', check);
});

describe("the writer's own promise is not an ask", () => {
  it.each<Case>([
    none('Ik zet de offerte deze week klaar en laat het dan weten.'),
    none('Ik bespreek het met mijn collega en laat je daarna weten hoe we verdergaan.'),
    none('We rekenen het door en laten je vrijdag weten wat het kost.'),
    one('Bekijk de offerte en laat me weten wat je ervan vindt.', 'imperative'),
  ])('$text', check);
});

describe('a request put as what the reader can do, after a lead-in', () => {
  it.each<Case>([
    one('Om te starten kunt u het startpakket bestellen en de eerste factuur betalen.', 'imperative'),
    one('Daarna kunt u zich via de link aanmelden.', 'imperative'),
    none('Met deze tool kunt u facturen sneller verwerken.'),
  ])('$text', check);
});

describe('attention headers are not asks', () => {
  it.each<Case>([
    { text: 'LET OP: de pilot is open. Doe je mee?', asks: [['Doe je mee', 'question']] },
    { text: 'Lees dit: we hebben nog drie plekken. Doe je mee?', asks: [['Doe je mee', 'question']] },
  ])('$text', check);
});

describe('an opening question answered by the writer is a hook', () => {
  const story =
    "De mijne begon met 'Beste heer/mevrouw' en ging daarna drie alinea's over het bedrijf zelf. Geen woord over mij. Ik heb hem nooit beantwoord.\n\nSindsdien schrijf ik elke mail alsof ik hem zelf zou ontvangen. Dat scheelt enorm in de reacties en in mijn agenda.";
  it.each<Case>([
    none(`Wat is de slechtste koude mail die jij ooit kreeg?\n\n${story}`, 'post'),
    none(`Welke openingszin werkt voor jou het best?\n\n${story}`, 'post'),
    none(`Hoeveel koude mails heb je nodig voor één afspraak?\n\nBij ons waren het er vorig jaar veertig. Nu zijn het er twaalf, omdat we elke mail korter maken en eindigen met één vraag. Dat kostte ons een half jaar oefenen.`, 'post'),
    {
      text: `${story}\n\nWat is de slechtste koude mail die jij ooit kreeg?`,
      kind: 'post',
      asks: [['Wat is de slechtste', 'question']],
    },
  ])('$text', check);
});

describe('conditional requests', () => {
  it.each<Case>([
    {
      text: 'Als je ook bouwplannen hebt, gebruik dan mijn link voor €50 korting: voorbeeld.nl/r/123',
      kind: 'message',
      asks: [['Als je ook bouwplannen hebt', 'conditional']],
    },
    {
      text: 'Mocht u nog niet klaar zijn om te beslissen, laat het me dan weten.',
      asks: [['Mocht u nog niet klaar zijn', 'conditional']],
    },
    one('Laat het me weten als je interesse hebt.', 'conditional'),
    one('Als dit relevant is, plan dan hier een moment: https://cal.voorbeeld.nl/jan', 'conditional'),
    { text: 'Heb je een vraag die je aan je boekhouding wilt stellen? Laat het weten.', kind: 'post', asks: [['Heb je een vraag', 'question'], ['Laat het weten', 'imperative']] },
    none('Mocht je later eens willen sparren, laat het weten.', 'message'),
    none('Mocht je ooit willen sparren, dan weet je me te vinden.', 'message'),
    none('Mocht u nog vragen hebben, dan hoor ik het graag.'),
    none('Heeft u vragen? Laat het me weten.'),
  ])('$text', check);
});

describe('wishes', () => {
  it.each<Case>([
    one('Leuk om te connecten!', 'wish', 'message'),
    one('Ik zou graag met u kennismaken.', 'wish'),
    one('Ik zou u graag een korte demo laten zien.', 'wish'),
    one('Het zou mooi zijn om elkaar eens te spreken.', 'wish'),
    one('Benieuwd naar jullie ervaring!', 'wish', 'message'),
    one('Ik hoor graag wat u ervan vindt.', 'wish'),
    one('Graag nodig ik u uit voor onze klantendag.', 'wish'),
    one('Ik wil graag een afspraak met u maken om uw wensen te bespreken.', 'wish'),
    none('Ik laat graag zien hoe het systeem werkt.'),
    none('Ik zou graag de eigenaar of de marketingmanager even spreken.'),
    none('Ik zou je graag willen bedanken voor het fijne gesprek.'),
    none('Ik ben benieuwd hoe het met de verbouwing gaat.'),
    one('Ik hoor graag van u of dinsdag past.', 'wish'),
    none('Ik kan u meer informatie sturen.'),
    none('Ik help je graag verder.'),
    none('Ik ben benieuwd naar je reactie.'),
    none('Ik kijk uit naar uw reactie.'),
    none('We bieden gratis demo\'s aan.'),
  ])('$text', check);
});

describe('a whole draft', () => {
  it('finds the asks of a cold email and nothing in its information', () => {
    const text = [
      'Beste mevrouw Jansen,',
      '',
      'Uw klantenservice werkt met drie losse kanalen. Klantloket brengt die samen in één overzicht, en teams van uw omvang handelen daardoor zo\'n 40% meer vragen per dag af.',
      '',
      'Wat vindt u van het idee om dit eens met uw teamleiders te bekijken? En als het u aanspreekt, zullen we volgende week twintig minuten inplannen?',
      '',
      'Met vriendelijke groet,',
      'Jeroen Smit',
    ].join('\n');
    const found = detect(text);
    expect(found.map((a) => a.form)).toEqual(['question', 'question']);
    expect(found[0]!.text).toMatch(/^Wat vindt u/);
    expect(found[1]!.text).toMatch(/zullen we volgende week twintig minuten inplannen\?$/);
  });

  it('counts the closing question of a post, not its hook', () => {
    const text = [
      'Waarom staat het ene huis drie dagen te koop en het andere drie maanden?',
      '',
      'We legden 180 verkopen naast elkaar. Twee dingen maakten het verschil: de eerste foto en de vraagprijs in de eerste week.',
      '',
      'Wat is jouw ervaring als verkoper?',
      '',
      '#makelaar #woningmarkt',
    ].join('\n');
    expect(detect(text, 'post').map((a) => a.text)).toEqual(['Wat is jouw ervaring als verkoper?']);
  });
});

describe('whole drafts: does the body ask for anything?', () => {
  // Short drafts of the kinds the extension sees, each with the verdict a careful reader gives.
  const drafts: Array<{ kind: Kind; asks: boolean; text: string }> = [
    { kind: 'email', asks: true, text: 'Beste Gert,\n\nJe vertelde op de beurs dat jullie de warmtepompen nog met de hand inregelen. Onze software doet dat automatisch.\n\nIs het een idee om dat bij een van jullie projecten te testen?\n\nGroet,\nHelga' },
    { kind: 'email', asks: false, text: 'Beste heer Bakker,\n\nWij bouwen websites voor fysiotherapeuten. In de bijlage vindt u onze brochure.\n\nMocht u in de toekomst interesse hebben, dan kunt u altijd contact met ons opnemen.\n\nMet vriendelijke groet,\nTeam WebFysio' },
    { kind: 'email', asks: false, text: 'Beste mevrouw de Vries,\n\nGraag stel ik mij even voor. Ik ben accountmanager bij SchoonPlus, een schoonmaakbedrijf voor kantoren in Den Haag.\n\nVoor vragen ben ik altijd bereikbaar.\n\nMet vriendelijke groet,\nErik' },
    { kind: 'email', asks: false, text: 'Beste Frank,\n\nOnze nieuwe lijn LED-armaturen is leverbaar. Ze verbruiken 40% minder stroom.\n\nWil je meer weten? Neem gerust contact met ons op.\n\nMet vriendelijke groet,\nRoel' },
    { kind: 'email', asks: false, text: 'Beste Ellen,\n\nNogmaals bedankt voor het prettige gesprek. Zoals afgesproken stuur ik u de presentatie en de cijfers van de pilot.\n\nIk hoor graag van u.\n\nMet vriendelijke groet,\nRick' },
    { kind: 'email', asks: false, text: 'Beste heer Koster,\n\nWist u dat een gemiddeld kantoor 30% van zijn energie verspilt? Met onze sensoren ziet u precies waar het weglekt.\n\nMet vriendelijke groet,\nEnergieWijs' },
    { kind: 'email', asks: true, text: 'Beste heer Vermeulen,\n\nIn de bijlage vindt u de offerte voor de nieuwe dakbedekking.\n\nAls u akkoord gaat, kunt u de offerte ondertekend retour sturen.\n\nMet vriendelijke groet,\nDakwerken Smit' },
    { kind: 'email', asks: true, text: 'Beste Ruud,\n\nKort vraagje: wie gaat er bij jullie over de inkoop van bedrijfskleding?\n\nWij leveren duurzame werkkleding met logo.\n\nGroet,\nNadia' },
    { kind: 'email', asks: true, text: 'Beste Jeroen,\n\nZoals beloofd stuur ik je onze case over de planning bij Transportbedrijf De Wit.\n\nKom je er binnenkort aan toe om hem te lezen? Dan plan ik graag een vervolgafspraak.\n\nGroet,\nMeike' },
    { kind: 'email', asks: false, text: 'Beste Karel,\n\nHoe zorg je ervoor dat je monteurs niet de halve dag in de auto zitten? Dat is de vraag die we bij veel installateurs horen.\n\nOnze planningssoftware rekent de kortste routes uit en houdt rekening met spoedklussen. Installateurs rijden daarmee gemiddeld 20% minder kilometers.\n\nMet vriendelijke groet,\nIngrid' },
    { kind: 'email', asks: false, text: 'Beste mevrouw Smit,\n\nSinds 1 januari gelden nieuwe regels voor energielabels. Is uw pand al label C? Zo niet, dan mag u het vanaf 2027 niet meer als kantoor gebruiken.\n\nWij verzorgen de labeling en het advies.\n\nMet vriendelijke groet,\nLabelPro' },
    { kind: 'email', asks: false, text: 'Hoi Mila,\n\nGefeliciteerd met je nieuwe baan! We hebben vorig jaar samen aan de campagne voor Fietsplan gewerkt, weet je nog? Dat was een mooi project.\n\nVeel succes in je nieuwe rol!\n\nGroet,\nJoris' },
    { kind: 'post', asks: false, text: 'Waarom ik stopte met koud bellen.\n\nIk belde vijf jaar lang elke dag veertig mensen. Nu schrijf ik elke week een post, en de mensen die reageren bellen mij.\n\nKies wat bij je past. Niet wat iedereen doet.\n\n#sales' },
    { kind: 'message', asks: true, text: 'Hoi Daan, fijn dat je wilt praten over de nieuwe ploegen. Nog een paar vragen vooraf. Hoeveel mensen zoek je per ploeg? Dan zet ik een lijst met kandidaten klaar voor donderdag, met ervaring en beschikbaarheid erbij, zodat jij kunt kiezen wie je wilt spreken.' },
    { kind: 'message', asks: true, text: 'Hoi Ralf, ik volg je posts over logistiek al een tijdje. Ik werk zelf aan routeplanning voor koeriers. Connecten?' },
    { kind: 'message', asks: false, text: 'Hoi Lotte, bedankt voor het accepteren van mijn connectieverzoek! Leuk om elkaars werk te volgen.' },
    { kind: 'post', asks: false, text: 'Hoe krijg je als starter je eerste tien klanten?\n\nNiet met advertenties. Wel met gesprekken. Ik belde in mijn eerste maand zestig oud-collega\'s en vroeg wie ze kenden. Drie werden klant, en die brachten er weer zeven mee.\n\n#starters' },
    { kind: 'post', asks: false, text: 'Wat maakt een goede sales manager?\n\nNiet de beste verkoper. Wel iemand die anderen beter maakt. Die les leerde ik in mijn eerste jaar als teamleider, en die vergeet ik nooit meer.\n\n#leiderschap' },
    { kind: 'post', asks: true, text: 'Cold calling is niet dood. Slechte cold calls wel.\n\nWie belt met een echte reden, krijgt gewoon een gesprek.\n\nMee eens?\n\n#sales' },
    { kind: 'post', asks: true, text: 'Ik help drie ondernemers per maand met hun prijsstrategie. Voor april heb ik nog één plek vrij.\n\nInteresse? Stuur me een bericht.' },
    { kind: 'post', asks: true, text: 'Drie tips voor een betere offerte:\n\n1. Begin met het probleem van de klant\n2. Geef maximaal drie opties\n3. Sluit af met een duidelijke volgende stap\n\nWelke tip zou jij toevoegen?' },
  ];
  it.each(drafts)('$kind: $text', ({ kind, asks, text }) => {
    const draft = prepareDraft(text, { lang: 'nl', kind });
    expect(draft.sentences.some((_, i) => classifyDutch(draft, i).length > 0)).toBe(asks);
  });
});

describe('any text', () => {
  // Pieces of Dutch sales text, punctuation, list markers, quotes, emoji and links, in any order.
  const piece = fc.constantFrom(
    'Zullen we', 'bellen', 'u', 'jij', 'jullie', 'Meld u aan', 'Laat', 'weten', 'of', 'als', 'Mocht',
    'gerust', 'vragen', 'Interesse', 'benieuwd naar', 'Wat als', 'dan', 'https://voorbeeld.nl/a', '[phone]',
    '?', '!', '.', ',', ':', ';', ' — ', '"', '“', '”', '\n', '\n\n', '- ', '1. ', '✅ ', '👇', '#sales', 'İ', ' ',
  );
  it('keeps every ask inside its own sentence, with a known form', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.constantFrom<Kind>('email', 'message', 'post'), (parts, kind) => {
        const text = parts.join(' ');
        const draft = prepareDraft(text, { lang: 'nl', kind });
        draft.sentences.forEach((sentence, i) => {
          for (const ask of classifyDutch(draft, i)) {
            expect(ask.start).toBeGreaterThanOrEqual(sentence.start);
            expect(ask.end).toBeLessThanOrEqual(sentence.end);
            expect(ask.end).toBeGreaterThan(ask.start);
            expect(['question', 'imperative', 'conditional', 'wish', 'link']).toContain(ask.form);
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});

// The labelled Dutch texts of the corpus (real and written): `npx tsx scripts/eval-asks-nl.ts --errors`
// lists every miss. Floors sit a little under the measured values (recall 0.98, precision 0.97,
// cta/missing F1 0.97 on both files together); raise them as detection improves.
if (!corpusAvailable()) console.warn(`corpus not found in ${corpusDir()}: Dutch ask detection on the corpus skipped (set PITCHLINT_CORPUS)`);
describe.skipIf(!corpusAvailable())('the Dutch corpus', { timeout: 60_000 }, () => {
  it('finds the labelled asks, and little else', () => {
    const records = [...dutchRecords('real.jsonl'), ...dutchRecords('dev-written.jsonl')];
    expect(records.length).toBeGreaterThan(50);
    const result = evaluateAsks(records, DETECTORS.pipeline);
    const report = result.errors.join('\n');
    expect(result.recall, report).toBeGreaterThanOrEqual(0.93);
    expect(result.precision, report).toBeGreaterThanOrEqual(0.93);
    expect(result.missing.f1 ?? 0, report).toBeGreaterThanOrEqual(0.93);
  });
});
