/**
 * cta/pushy case tables (rules.md): every trigger, and every near-miss rules.md names —
 * neutral scheduling, plain follow-ups, headings in capitals, post style, acronyms, the same ask
 * only twice. Each invalid case lists the pressuring phrases it must report, in text order.
 */
import { describe, expect, it } from 'vitest';
import { EN_PRESSURE } from '../../../src/analyzer/lexicon/en-pressure';
import { NL_PRESSURE } from '../../../src/analyzer/lexicon/nl-pressure';
import { findingsOf, ruleCases } from './rule-tester';
import { en, enMessage, enPost, mail, nl, nlMessage, nlPost } from './drafts';

ruleCases('cta/pushy', {
  valid: [
    {
      name: 'twee verschillende links na een algemene "bekijk de website" zijn niet drie keer dezelfde vraag',
      text: 'Hoi Sanne,\n\nBenieuwd wat het oplevert? Bekijk de website/prijzen en start de proef als het past:\n[Bekijk de website of start direct](https://demo.voorbeeld.nl)\n\nOf kijk even op de prijslijst: https://voorbeeld.nl/prijzen\n\nGroet,\nMark',
      options: { lang: 'nl' },
    },
    // English
    { name: 'neutral scheduling: a day and time', options: en, text: mail('Hi Elena,', 'We helped two finance teams close their books in four days. Does Tuesday at 10 work for a 15-minute call?', 'Thanks,\nNate') },
    { name: 'neutral scheduling: this week or next', options: en, text: mail('Hi Sam,', 'Would a short call this week or next suit you to compare notes on onboarding?', 'Best,\nLiam') },
    { name: 'plain follow-up', options: en, text: mail('Hi Priya,', 'Following up on my note from Tuesday: is reducing onboarding paperwork still on your list this quarter?', 'Best,\nOwen') },
    { name: 'plain follow-up on the last email', options: en, text: mail('Hi Jo,', 'Just wanted to follow up on my last email about your Google reviews. Still interested in the free trial?', 'Best,\nBen') },
    { name: 'headings in capitals', options: en, text: mail('Hi team,', 'AGENDA\n\nWe review the pilot figures and the rollout plan.\n\nNEXT STEPS\n\nShall we pick a date for the rollout review?', 'Best,\nMia') },
    { name: 'acronyms and tokens with digits', options: en, text: mail('Hi Raj,', 'Our CRM sync lifted ROI for two B2B SaaS teams, cut CAC by a third and fed every KPI into the CEO dashboard via the API. Worth a 15-minute call in Q3?', 'Best,\nAnn') },
    { name: 'one capitalised word is not shouting', options: en, text: mail('Hi Dana,', 'Want the one-page summary of the Fernhill case? Reply YES and I will send it over.', 'Cheers,\nTom') },
    { name: 'two exclamation sentences are not shouting', options: en, text: mail('Hi Kate,', 'Congratulations on the new role! The launch looked great! Would you be open to a short chat about your hiring plans?', 'Best,\nRob') },
    { name: 'a story about past pressure is not pressure', options: enPost, text: 'Years ago I lost a big deal. I sent a note about a discount that would expire on Friday, and the buyer went quiet.\n\nWhat is the worst follow-up you ever sent?' },
    { name: 'a post may use capitals and exclamations', options: enPost, text: 'BIG NEWS! We just hit 1,000 customers!! Thank you all! What should we build next?\n\n#Startup' },
    { name: 'the same ask only twice', options: en, text: mail('Hi Brandon,', 'Can we grab 15 minutes this week to talk about your expense reporting?\n\nYour team is growing fast, and most companies at your stage still chase receipts by email.\n\nSo, can we grab 15 minutes this week?', 'Thanks,\nAaron') },
    { name: "the writer's own step today", options: en, text: mail('Hi Sarah,', 'Thanks for the call. I will send the revised deck today, and we can go through it whenever suits you.', 'Best,\nTom') },
    { name: '"you" as the object of the writer\'s offer', options: en, text: mail('Hi Sam,', "Happy to get you set up today if you're keen. Want a short walkthrough first?", 'Best,\nTom') },
    { name: 'what the reader can do is a benefit, not a deadline', options: en, text: mail('Hi Sam,', 'Setup takes an afternoon, and you can start immediately with your own data. Want a walkthrough?', 'Best,\nTom') },
    { name: '"everything you need to" and "do you need to"', options: en, text: mail('Hi Chris,', 'Everything you need to know is in the attached one-pager. Do you need to hire more SDRs this year?', 'Best,\nMaya') },
    { name: 'passive closer', options: en, text: mail('Dear Mr Ashworth,', 'We set up compliant bookkeeping software for landlords and send you clean figures every quarter.\n\nLet me know if you have any questions.', 'Kind regards,\nRebecca') },
    { name: 'quoted words are not the writer nagging', options: en, text: mail('Hi Lee,', 'Most follow-ups just say "bumping this" and get ignored. We write ones that add something new. Worth a look at three examples?', 'Best,\nKim') },
    { name: 'single-quoted words are reported, not meant', options: enPost, text: "Most follow-ups start with 'just bumping this' and end in the bin. What do you write instead?" },
    { name: 'a meeting before a date is scheduling', options: en, text: mail('Hi Tom,', 'Can your IT lead join a short call with our engineer before the end of the month?', 'Best,\nAisha') },
    { name: "the writer's own ASAP", options: en, text: mail('Hi Tom,', "Thanks for the details. I'll send the revised quote ASAP. Does Thursday still work for the walkthrough?", 'Best,\nAnna') },
    { name: 'a keyword to reply in capitals next to a label in capitals', options: en, text: mail('Hi Jo,', 'STARTER ($14.50/mo): 100 responses a month.\n\nReply YES for a free 14-day trial.', 'Best,\nBerend') },
    { name: '"if now is not the right time"', options: en, text: mail('Hi Alex,', 'Totally understand if now is not the right time. Would a one-page summary help for later?', 'Best,\nSam') },
    // Dutch
    { name: 'neutrale planning: dag en tijd', options: nl, text: mail('Beste heer Peters,', 'Past dinsdag om 10.00 uur voor een kwartier bellen over uw BTW-aangifte?', 'Met vriendelijke groet,\nFleur') },
    { name: 'neutrale planning: deze of volgende week', options: nl, text: mail('Hoi Marco,', 'Zullen we deze week of volgende week een kwartier bellen over jullie declaratieproces?', 'Groet,\nStefan') },
    { name: 'gewone follow-up', options: nl, text: mail('Beste mevrouw Yilmaz,', 'Ik kom even terug op mijn mail van vorige week: is het digitaliseren van uw onboarding nog een onderwerp?', 'Met vriendelijke groet,\nThijs') },
    { name: 'gewone reminder', options: nl, text: mail('Hoi,', 'Even een reminder op mijn vorige bericht. Interesse in een gesprek van tien minuten?', 'Groet,\nBart') },
    { name: 'kopjes in hoofdletters', options: nl, text: mail('Hoi Sanne,', 'AGENDA\n\nWe bespreken de cijfers van de pilot.\n\nVOLGENDE STAPPEN\n\nZullen we een datum prikken voor de evaluatie?', 'Groet,\nMeike') },
    { name: 'afkortingen', options: nl, text: mail('Beste heer Visser,', 'Wij automatiseren de BTW-aangifte voor ZZP en MKB: inschrijving bij de KVK, uw BV en de ROI staan in één overzicht. Zullen we een kwartier bellen?', 'Met vriendelijke groet,\nSanne') },
    { name: 'een post mag hoofdletters en uitroeptekens gebruiken', options: nlPost, text: 'GROOT NIEUWS! We hebben onze 1000e klant!! Dank jullie wel! Wat moeten we hierna bouwen?\n\n#Startup' },
    { name: 'dezelfde vraag maar twee keer', options: nl, text: mail('Hoi Marco,', 'Zullen we deze week een kwartier bellen over jullie declaratieproces?\n\nJullie team groeit hard.\n\nDus: zullen we deze week een kwartier bellen?', 'Groet,\nStefan') },
    { name: 'de schrijver stuurt het vandaag nog', options: nl, text: mail('Hoi Tom,', 'Bedankt! Ik stuur je de offerte vandaag nog toe. Past donderdag nog voor de demo?', 'Groet,\nAnna') },
    { name: 'de schrijver werkt vandaag iets bij', options: nl, text: mail('Hoi Emma,', 'Dank voor je snelle reactie! Ik heb de prijslijst vandaag bijgewerkt; je vindt hem in de bijlage.', 'Groet,\nBram') },
    { name: '"nu" als "op dit moment"', options: nl, text: mail('Beste Peter,', 'Een stand van zes bij drie meter kost bij ons minder dan de huur die u nu elk jaar betaalt. Wat vindt u van het idee om hem eens te zien?', 'Met vriendelijke groet,\nSaskia') },
    { name: '"wat u moet weten" en "of ik je moet"', options: nl, text: mail('Hoi Daan,', 'In de bijlage staat wat u moet weten over de nieuwe regels. Laat me weten of ik je moet bellen.', 'Groet,\nSem') },
    { name: 'passieve afsluiter', options: nl, text: mail('Geachte heer Smeets,', 'Wij beheren en verhuren bedrijfsunits voor particuliere beleggers.\n\nIk hoor graag van u.', 'Met vriendelijke groet,\nRob') },
    { name: 'geen interesse? geen ultimatum', options: nl, text: mail('Hoi,', 'Interesse? Reply met "ja" en ik bel je.\nGeen interesse? Reply met "nee" en ik laat je met rust.', 'Groet,\nBart') },
    { name: 'beschrijving met "direct"', options: nl, text: mail('Hoi team,', 'Klanten kiezen zelf afmetingen en zien direct de prijs van hun dakkapel. Mag ik een korte demo laten zien?', 'Groet,\nKenny') },
    { name: 'geldig zolang, geen vervaldatum', options: nl, text: mail('Beste mevrouw Kok,', 'Onze berekeningen zijn geldig zolang de bouwvergunning geldig is. Zal ik de berekening voor u inplannen?', 'Met vriendelijke groet,\nSaskia') },
    { name: 'aanhalingstekens: verslag, geen druk', options: nl, text: mail('Hoi Lotte,', 'Veel verkopers sturen mails met "laatste poging" in de onderwerpregel. Zullen we bespreken wat wel werkt?', 'Groet,\nNoor') },
    // No pressure on the reader's decision: a negation, the writer's own action, a question about their process.
    { name: 'no need to act now', options: en, text: mail('Hi Lena,', "Most stores see results within a week, so there's no need to act now. Would a short call next month suit you?", 'Best,\nTom') },
    { name: "you don't have to decide today", options: en, text: mail('Hi Lena,', "You don't have to decide today. Is this worth a look for your spring range?", 'Best,\nTom') },
    { name: 'no rush to reply today', options: en, text: mail('Hi Lena,', "There's no rush to reply today. Would the figures help your planning?", 'Best,\nTom') },
    { name: 'the writer sends as soon as possible', options: en, text: mail('Hi Lena,', 'Happy to send the deck over as soon as possible. Would that help your team?', 'Best,\nTom') },
    { name: 'how the team orders stock today', options: en, text: mail('Hi Lena,', 'How does your team order stock today?', 'Best,\nTom') },
    { name: 'how they book freight today', options: en, text: mail('Hi Lena,', 'How do you book freight today, by phone or online?', 'Best,\nTom') },
    { name: 'je hoeft niet vandaag nog te beslissen', options: nl, text: mail('Hoi Lena,', 'De meeste winkels zien binnen een week resultaat, dus je hoeft niet vandaag nog te beslissen. Zullen we volgende maand even bellen?', 'Groet,\nTom') },
    { name: 'geen haast, niet direct reageren', options: nl, text: mail('Hoi Lena,', 'Geen haast: je hoeft niet direct te reageren. Zullen we na de zomer even bellen?', 'Groet,\nTom') },
    { name: 'de schrijver stuurt per omgaande', options: nl, text: mail('Beste mevrouw Smit,', 'Graag stuur ik u de offerte per omgaande toe. Zal ik dat doen?', 'Met vriendelijke groet,\nTom') },
    { name: 'hoe jullie vandaag nog bestellen', options: nl, text: mail('Hoi Lena,', 'Hoe bestellen jullie vandaag nog voorraad, per mail of via een portaal?', 'Groet,\nTom') },
    { name: 'the reader’s customers order today', options: en, text: mail('Hi Lena,', 'Your customers can order online today and collect tomorrow. Would a short call help?', 'Best,\nTom') },
    { name: 'retailers like you sign up right away', options: en, text: mail('Hi Lena,', 'Retailers like you usually sign up right away after the demo. Would a short call help?', 'Best,\nTom') },
    { name: 'do you still order by phone today', options: en, text: mail('Hi Lena,', 'Do you still order stock by phone today?', 'Best,\nTom') },
    { name: 'uw klanten bestellen vandaag nog', options: nl, text: mail('Hoi Lena,', 'Uw klanten kunnen vandaag nog online bestellen en morgen ophalen. Zullen we bellen?', 'Groet,\nTom') },
    { name: 'ons team bevestigt vandaag nog', options: nl, text: mail('Hoi Lena,', 'Ons team bevestigt vandaag nog je tijdslot. Zullen we bellen?', 'Groet,\nTom') },
    { name: 'bestellen jullie nu nog per telefoon', options: nl, text: mail('Hoi Lena,', 'Bestellen jullie nu nog voorraad via de telefoon?', 'Groet,\nTom') },
    { name: 'the writer guarantees a prompt response', options: en, text: mail('Hi Lena,', 'We guarantee a prompt response to every support ticket. Shall we talk?', 'Best,\nTom') },
    { name: 'a client story: they had to act fast', options: en, text: mail('Hi Lena,', 'Last year a client told me they had to act fast when a supplier went bust. Shall we talk?', 'Best,\nTom') },
    { name: 'wij garanderen een directe reactie', options: nl, text: mail('Hoi Lena,', 'Wij garanderen een directe reactie op elke melding. Zullen we bellen?', 'Groet,\nTom') },
    { name: 'the setup will be quick', options: en, text: mail('Hi Lena,', 'The setup will be quick, and the first month is on us. Shall we talk?', 'Best,\nTom') },
    { name: 'de pijn is zo weg', options: nl, text: mail('Hoi Lena,', 'Met de nieuwe planning is die piekdrukte zo weg. Zullen we bellen?', 'Groet,\nTom') },
    { name: 'a heading line in capitals', options: en, text: mail('Hi Lena,', 'PLEASE READ\n\nOur pilot is open to five stores. Want to join?', 'Best,\nTom') },
    // Capitals that name something: a name that recurs, that the text also writes in normal case, or that sits in a list of names.
    { name: 'a product name in capitals, twice', options: en, text: mail('Hi Lena,', 'Most teams on HUBSPOT lose deals in the handover. We sync HUBSPOT with your billing tool. Worth a look?', 'Best,\nTom') },
    { name: 'a name in capitals, also written in normal case', options: en, text: mail('Hi Lena,', 'We moved the Zendesk tickets of two retailers into one inbox. ZENDESK users save an hour a day. Worth a look?', 'Best,\nTom') },
    { name: 'capitals in a list of product names', options: en, text: mail('Hi Lena,', 'We connect to SALESFORCE, Pipedrive and MONDAY in one afternoon. Want to see how?', 'Best,\nTom') },
    { name: 'AFAS twee keer in een antwoord', options: nl, text: mail('Hoi Lena,', 'Dank voor je reactie. Wij koppelen direct met AFAS, dus de uren komen vanzelf in AFAS terecht. Zullen we volgende week bellen?', 'Groet,\nTom') },
    { name: 'een naam in hoofdletters en in gewone spelling', options: nl, text: mail('Hoi Lena,', 'Onze koppeling met Exact draait bij veertig klanten. EXACT stuurt de facturen dan zelf door. Zullen we bellen?', 'Groet,\nTom') },
    { name: 'a list of names all in capitals', options: en, text: mail('Hi Lena,', 'We work with SAGE and XERO users across the UK. Would a short call help?', 'Best,\nTom') },
    { name: 'hoofdletters in een rij pakketten', options: nl, text: mail('Hoi Lena,', 'We koppelen met TWINFIELD, Exact of NMBRS zonder extra werk. Zal ik laten zien hoe?', 'Groet,\nTom') },
    // Advice to a crowd about the reader's own habits is not pressure on a decision.
    { name: "don't wait for your manager, in a post", options: enPost, text: 'Three habits of reps who hit quota:\n\n1. Track your own numbers weekly, don\'t wait for your manager.\n2. Write down every objection.\n\nWhat would you add?' },
    { name: "don't wait until the review, in a post", options: enPost, text: "Ask for feedback after every call. Don't wait until your annual review to find out what went wrong.\n\nHow do you collect feedback?" },
    { name: 'stop waiting for permission, in a post', options: enPost, text: 'Want to get better at discovery? Record your calls and listen back. Do not wait for a training budget.' },
    { name: 'wacht niet op je manager, in een post', options: nlPost, text: 'Drie gewoontes van verkopers die hun target halen:\n\n1. Houd je eigen cijfers wekelijks bij, wacht niet op je manager.\n2. Schrijf elk bezwaar op.\n\nWat zou jij toevoegen?' },
    { name: 'ASAP in a story about a client, in a post', options: enPost, text: 'Two years ago a client asked us to rebuild their whole reporting stack ASAP.\n\nWe shipped 34 dashboards. They used two.\n\nWhat is the one number your team would never give up?' },
    { name: 'ASAP for the writer’s own step, carried on after a comma', options: en, text: mail('Hi Jo,', "Thanks for the redlines. I'll review the contract on Monday, and send it back ASAP.", 'Best,\nMo') },
    { name: 'asap voor de eigen stap van de schrijver', options: nl, text: mail('Hoi Sanne,', 'Ik stuur de offerte asap door. Zullen we daarna een kwartier bellen?', 'Groet,\nTom') },
    { name: 'wacht niet tot je beoordeling, in een post', options: nlPost, text: 'Vraag na elk gesprek om feedback. Wacht niet tot je jaargesprek om te horen wat er beter kan.\n\nHoe verzamel jij feedback?' },
  ],
  invalid: [
    // After the writer's own clause, a comma and the reader's step
    { name: 'vandaag nog na een komma, in een reactie', options: { lang: 'nl', kind: 'comment' }, text: 'Sterk punt over opvolging. Wij hebben hier een tool voor gebouwd, stuur me vandaag nog een DM voor een gratis proefaccount.', excerpts: ['vandaag nog'] },
    { name: 'ASAP after a comma, in a comment', options: { lang: 'en', kind: 'comment' }, text: 'Great point on follow-up. We built a tool for exactly this, reply ASAP for a free account.', excerpts: ['ASAP'] },
    // Dutch drafts with the English loans of Dutch sales mail
    { name: 'asap van de lezer', options: nl, text: mail('Hoi Sanne,', 'Laat het me asap weten, dan plan ik de installatie in.', 'Groet,\nTom'), excerpts: ['asap'] },
    { name: 'last call', options: nl, text: mail('Hoi Sanne,', 'Last call: het pakket staat klaar. Zal ik het voor je reserveren?', 'Groet,\nTom'), excerpts: ['Last call'] },
    { name: "don't miss out", options: nl, text: mail('Hoi Sanne,', "Don't miss out: de workshop over klantverloop. Zal ik een plek voor je reserveren?", 'Groet,\nTom'), excerpts: ["Don't miss out"] },
    // English — 1. urgency or a deadline on the reader's decision
    { name: 'ASAP', options: en, text: mail('Hi Mark,', 'Could you send me the signed order form ASAP?', 'Thanks,\nJo'), excerpts: ['ASAP'] },
    { name: 'reply today', options: en, text: mail('Hi Mark,', 'Please reply today so I can hold the slot for your team.', 'Thanks,\nJo'), excerpts: ['reply today'] },
    { name: 'sign by Friday', options: en, text: mail('Hi Kevin,', 'Can you sign the agreement by Friday?', 'Best,\nAlex'), excerpts: ['sign the agreement by Friday'] },
    { name: 'claim right away, on the nearest verb', options: en, text: mail('Hi Jo,', 'Click the link and claim your seat right away.', 'Best,\nMo'), excerpts: ['claim your seat right away'] },
    { name: "don't wait", options: en, text: mail('Hi Jo,', "Rates are low. Don't wait for them to go up again.", 'Best,\nMo'), excerpts: ["Don't wait"] },
    { name: 'call now, bulk-mail style', options: en, text: 'Dear Friend,\n\nOur cartridges cost 80% less. Call now and get a free sample pack.\n\nhttp://example.com/ink', excerpts: ['Call now'] },
    // 2. scarcity or expiry
    { name: 'only N seats left', options: en, text: mail('Hi Jo,', 'Only 5 seats left for the March cohort. Want one?', 'Best,\nMo'), excerpts: ['Only 5 seats left'] },
    { name: 'discount expires on a weekday', options: en, text: mail('Hi Ben,', 'Here is the revised quote. The 15% launch discount expires on Friday.', 'Thanks,\nChloe'), excerpts: ['expires on Friday'] },
    { name: 'last chance as a sentence of its own', options: en, text: mail('Hi Jo,', 'Last chance! The early-bird rate for the summit is still open. Shall I book you in?', 'Best,\nMo'), excerpts: ['Last chance!'] },
    // 3. guilt or nagging about silence
    { name: "haven't heard back (curly apostrophe)", options: en, text: mail('Hi Dana,', 'I’ve tried to reach you three times about the unit on Elm Street and I haven’t heard back.', 'Regards,\nBrian'), excerpts: ['I’ve tried to reach you three times', 'haven’t heard back'] },
    { name: 'did you see my last email', options: en, text: mail('Hi Jess,', 'Did you see my last email about the compostable mailers?', 'Thanks,\nNina'), excerpts: ['Did you see my last email'] },
    { name: 'bumping to the top of your inbox, as per my last email', options: en, text: mail('Hi Mike,', 'Just bumping this to the top of your inbox. As per my last email, your reps still log calls by hand.', 'Best,\nJason'), excerpts: ['Just bumping this to the top of your inbox', 'As per my last email'] },
    { name: 'break-up mail: could not connect, assumes no priority', options: en, text: mail('Hi Jordan,', 'I have not been able to connect, so I will close the loop for now. I assume coaching visibility is not a current priority.', 'Best,\nErnesto'), excerpts: ['have not been able to connect', 'I assume coaching visibility is not a current priority'] },
    // 4. ultimatum
    { name: "if I don't hear back I'll assume", options: en, text: mail('Hi Tom,', "If I don't hear back by Friday, I'll assume you're not interested and close the file.", 'Best,\nLaura'), excerpts: ["If I don't hear back by Friday, I'll assume you're not interested and close the file"] },
    // 5. pressure wording
    { name: 'you need to / you can\'t afford to miss', options: en, text: mail('Hi Raj,', "You need to see this before your board meeting. You can't afford to miss it.", 'Best,\nAnn'), excerpts: ['You need to', "You can't afford to miss"] },
    { name: "don't miss out, in a post too", options: enPost, text: 'Our spring bootcamp starts in May. Only 3 spots left, so don\'t miss out!\n\nSign up: https://example.com/bootcamp', excerpts: ['Only 3 spots left', "don't miss out"] },
    // 6. shouting in an email or message
    { name: 'two shouted words', options: en, text: mail('Hey Jordan,', 'This is a HUGE chance to get a FREE audit of your store. Want one?', 'Talk soon,\nRyan'), excerpts: ['HUGE', 'FREE'] },
    { name: 'a run of exclamation marks', options: enMessage, text: mail('Hi Sam,', 'We would love to have you at the meetup!! Can you make it on Thursday?', 'Best,\nLee'), excerpts: ['!!'] },
    { name: 'three sentences ending in "!"', options: en, text: mail('Hi Kim,', 'Great news! Our planner is live! Try it this week!', 'Best,\nLee'), excerpts: ['news!', 'live!', 'week!'] },
    // 7. nagging repetition
    { name: 'the same ask three times', options: enMessage, text: mail('Hi Brandon,', 'Can we grab 15 minutes this week to talk about your expense reporting?\n\nMost companies at your stage still chase receipts by email.\n\nCan we grab 15 minutes this week? I can walk you through it.\n\nSo, can we grab 15 minutes this week?', 'Thanks,\nAaron'), excerpts: ['So, can we grab 15 minutes this week?'] },
    // Dutch — 1. tijdsdruk
    { name: 'z.s.m.', options: nl, text: mail('Beste Ahmed,', 'Kun je z.s.m. laten weten of je interesse hebt in een proefperiode?', 'Groet,\nKevin'), excerpts: ['z.s.m.'] },
    { name: 'vandaag nog akkoord', options: nl, text: mail('Hoi Kees,', 'Geef je vandaag nog akkoord op de offerte?', 'Groeten,\nRick'), excerpts: ['vandaag nog akkoord'] },
    { name: 'vóór vrijdag ondertekenen', options: nl, text: mail('Beste mevrouw Bakker,', 'Wilt u de overeenkomst vóór vrijdag ondertekenen?', 'Met vriendelijke groet,\nJeroen'), excerpts: ['vóór vrijdag ondertekenen'] },
    { name: 'wacht niet langer', options: nl, text: mail('Beste heer Jansen,', 'Wacht niet langer. Plan vandaag uw adviesgesprek in via de link.', 'Met vriendelijke groet,\nPieter'), excerpts: ['Wacht niet langer.'] },
    { name: 'graag uw reactie vóór vrijdag', options: nl, text: mail('Beste heer Jansen,', 'Graag uw reactie vóór vrijdag, dan kan ik de prijs vasthouden.', 'Met vriendelijke groet,\nAnna'), excerpts: ['uw reactie vóór vrijdag'] },
    { name: 'bestel nu', options: nl, text: mail('Hoi Lisa,', 'Bestel nu en profiteer van de introductieprijs.', 'Groet,\nMark'), excerpts: ['Bestel nu'] },
    // 2. schaarste of vervaldatum
    { name: 'laatste kans en een einddatum', options: nl, text: mail('Hoi Lisa,', 'Laatste kans: de vroegboekprijs stopt vrijdag.', 'Groet,\nMark'), excerpts: ['Laatste kans', 'stopt vrijdag'] },
    { name: 'nog maar N plekken', options: nl, text: mail('Hoi Bas,', 'Er zijn nog maar 4 plekken beschikbaar voor de workshop. Doe je mee?', 'Groet,\nIris'), excerpts: ['nog maar 4 plekken beschikbaar'] },
    { name: 'uw offerte verloopt', options: nl, text: mail('Beste mevrouw Schouten,', 'Hierbij de aangepaste offerte. Uw offerte verloopt morgen.', 'Met vriendelijke groet,\nTim'), excerpts: ['offerte verloopt morgen'] },
    // 3. zeuren over stilte
    { name: 'nog niets gehoord', options: nl, text: mail('Hoi Martijn,', 'Ik heb nog niets van je gehoord over het voorstel.', 'Groet,\nYvonne'), excerpts: ['nog niets van je gehoord'] },
    { name: 'nog geen reactie ontvangen, al drie keer gemaild', options: nl, text: mail('Beste heer De Wit,', 'Ik heb u al drie keer gemaild en nog geen reactie ontvangen.', 'Met vriendelijke groet,\nMonique'), excerpts: ['al drie keer gemaild', 'nog geen reactie ontvangen'] },
    { name: 'heeft u mijn vorige mail gezien', options: nl, text: mail('Beste mevrouw Kok,', 'Heeft u mijn vorige mail over de verzendzakken gezien?', 'Met vriendelijke groet,\nSaskia'), excerpts: ['Heeft u mijn vorige mail over de verzendzakken gezien'] },
    // 4. ultimatum
    { name: 'geen reactie = geen interesse', options: nl, text: mail('Hoi,', 'Dit is mijn laatste bericht. Geen reactie = geen interesse.', 'Bart'), excerpts: ['Dit is mijn laatste bericht', 'Geen reactie = geen interesse'] },
    { name: 'als ik niets hoor, ga ik ervan uit', options: nl, text: mail('Beste heer Koster,', 'Als ik niets van u hoor, ga ik ervan uit dat u geen interesse heeft.', 'Met vriendelijke groet,\nEsra'), excerpts: ['Als ik niets van u hoor, ga ik ervan uit dat u geen interesse heeft'] },
    // 5. drukzetten
    { name: 'u moet / mis het niet', options: nl, text: mail('Beste heer Vos,', 'U moet dit echt zien. Mis het niet!', 'Met vriendelijke groet,\nLotte'), excerpts: ['U moet', 'Mis het niet!'] },
    // 6. schreeuwen
    { name: 'twee woorden in hoofdletters', options: nl, text: mail('Hoi Daan,', 'Zal ik een GRATIS check doen? Jullie site is ECHT traag op mobiel.', 'Groet,\nSem'), excerpts: ['GRATIS', 'ECHT'] },
    { name: 'uitroeptekens op een rij', options: nlMessage, text: mail('Hoi Sam,', 'Dit wil je zien!!! Heb je donderdag tijd?', 'Groet,\nLee'), excerpts: ['!!!'] },
    // 7. steeds dezelfde vraag
    { name: 'drie keer dezelfde vraag', options: nlMessage, text: mail('Hoi Marco,', 'Zullen we deze week een kwartier bellen over jullie declaratieproces?\n\nJullie team groeit hard.\n\nZullen we deze week een kwartier bellen? Dan laat ik het zien.\n\nDus: zullen we deze week een kwartier bellen?', 'Groet,\nStefan'), excerpts: ['zullen we deze week een kwartier bellen?'] },
    // Scarcity, expiry and nagging in the wording of the other language's list.
    { name: 'capped at five retailers', options: en, text: mail('Hi Lena,', 'Spots for the pilot are limited to five retailers. Want one of them?', 'Best,\nTom'), excerpts: ['limited to five retailers'] },
    { name: 'only taking three new clients', options: en, text: mail('Hi Lena,', "We're only taking on three new clients this quarter. Would a short call next week help?", 'Best,\nTom'), excerpts: ["We're only taking on three new clients"] },
    { name: 'price expires at the end of a month', options: en, text: mail('Hi Lena,', 'The introductory price expires at the end of June, so would a short call this week help?', 'Best,\nTom'), excerpts: ['expires at the end of June'] },
    { name: 'checking my previous email arrived', options: en, text: mail('Hi Lena,', 'Just checking whether my previous email arrived. Would a short call help?', 'Best,\nTom'), excerpts: ['checking whether my previous email arrived'] },
    { name: 'did my last email make it', options: en, text: mail('Hi Lena,', 'Did my last email make it to your inbox? Would a short call help?', 'Best,\nTom'), excerpts: ['Did my last email make it'] },
    { name: 'beperkt tot vijf winkels', options: nl, text: mail('Hoi Lena,', 'Deelname aan de pilot is beperkt tot vijf winkels. Doe je mee?', 'Groet,\nTom'), excerpts: ['beperkt tot vijf winkels'] },
    { name: 'maar drie nieuwe klanten', options: nl, text: mail('Hoi Lena,', 'We nemen dit kwartaal maar drie nieuwe klanten aan. Zullen we even bellen?', 'Groet,\nTom'), excerpts: ['We nemen dit kwartaal maar drie nieuwe klanten'] },
    { name: 'introductieprijs loopt af op een datum', options: nl, text: mail('Hoi Lena,', 'De introductieprijs loopt af op 30 juni, dus zullen we deze week even bellen?', 'Groet,\nTom'), excerpts: ['introductieprijs loopt af op 30 juni'] },
    { name: 'even checken of mijn vorige mail is aangekomen', options: nl, text: mail('Hoi Lena,', 'Even checken of mijn vorige mail is aangekomen. Zullen we even bellen?', 'Groet,\nTom'), excerpts: ['checken of mijn vorige mail is aangekomen'] },
    { name: 'is mijn vorige mail aangekomen', options: nl, text: mail('Hoi Lena,', 'Is mijn vorige mail wel aangekomen? Zullen we anders even bellen?', 'Groet,\nTom'), excerpts: ['Is mijn vorige mail wel aangekomen'] },
    { name: 'the reader takes over after the writer', options: en, text: mail('Hi Lena,', "I'll send the contract over if you reply ASAP.", 'Best,\nTom'), excerpts: ['ASAP'] },
    { name: 'de lezer neemt het over', options: nl, text: mail('Hoi Lena,', 'Ik stuur de offerte als u zo snel mogelijk reageert.', 'Groet,\nTom'), excerpts: ['zo snel mogelijk'] },
    { name: 'how about you reply today', options: en, text: mail('Hi Lena,', 'How about you reply today?', 'Best,\nTom'), excerpts: ['reply today'] },
    { name: 'your team should reply today', options: en, text: mail('Hi Lena,', 'Your team should reply today.', 'Best,\nTom'), excerpts: ['reply today'] },
    { name: 'kunt u vandaag nog tekenen', options: nl, text: mail('Hoi Lena,', 'Kunt u vandaag nog tekenen?', 'Groet,\nTom'), excerpts: ['vandaag nog tekenen'] },
    { name: 'only has room for four', options: en, text: mail('Hi Lena,', 'Our pilot only has room for four more retailers. Want in?', 'Best,\nTom'), excerpts: ['only has room for four more'] },
    { name: "make sure my email didn't get lost", options: en, text: mail('Hi Lena,', "Just wanted to make sure my email didn't get lost. Thoughts?", 'Best,\nTom'), excerpts: ["make sure my email didn't get lost"] },
    { name: 'an offer, but then a deadline on the reader', options: en, text: mail('Hi Lena,', 'Happy to help, but you need to decide by Friday. Shall I hold the slot?', 'Best,\nTom'), excerpts: ['you need to', 'decide by Friday'] },
    { name: 'er kunnen maar vier winkels meedoen', options: nl, text: mail('Hoi Lena,', 'Er kunnen maar vier winkels meedoen. Interesse?', 'Groet,\nTom'), excerpts: ['kunnen maar vier winkels meedoen'] },
    { name: 'korting geldt tot een datum', options: nl, text: mail('Hoi Lena,', 'De korting geldt tot 30 juni, dus zullen we deze week even bellen?', 'Groet,\nTom'), excerpts: ['korting geldt tot 30 juni'] },
    // Twins across the two lists: each of these was only caught in the other language.
    { name: "this can't wait", options: en, text: mail('Hi Lena,', "This can't wait, so shall we talk this week?", 'Best,\nTom'), excerpts: ["This can't wait"] },
    { name: 'a temporary discount', options: en, text: mail('Hi Lena,', 'A temporary discount applies to the first order. Shall we talk?', 'Best,\nTom'), excerpts: ['temporary discount'] },
    { name: 'already my third email', options: en, text: mail('Hi Lena,', 'This is already my third email. Shall we talk?', 'Best,\nTom'), excerpts: ['This is already my third email'] },
    { name: 'flitsactie', options: nl, text: mail('Hoi Lena,', 'Flitsactie op alle licenties deze week. Zullen we bellen?', 'Groet,\nTom'), excerpts: ['Flitsactie'] },
    { name: 'de plekken zijn zo weg', options: nl, text: mail('Hoi Lena,', 'De plekken zijn zo weg. Zullen we bellen?', 'Groet,\nTom'), excerpts: ['plekken zijn zo weg'] },
    { name: 'al meerdere mails gestuurd', options: nl, text: mail('Hoi Lena,', 'Ik heb je al meerdere mails gestuurd. Zullen we bellen?', 'Groet,\nTom'), excerpts: ['al meerdere mails gestuurd'] },
    { name: 'je zult er spijt van krijgen', options: nl, text: mail('Hoi Lena,', 'Je zult er spijt van krijgen. Zullen we bellen?', 'Groet,\nTom'), excerpts: ['Je zult er spijt van krijgen'] },
    // A label in capitals that orders the reader, inside a sentence line, is shouting (a line of its own is a heading).
    { name: 'PLEASE READ: inside a sentence line', options: en, text: mail('Hi Lena,', 'PLEASE READ: our pilot is open to five stores. Want to join?', 'Best,\nTom'), excerpts: ['PLEASE READ'] },
    { name: 'GRAAG LEZEN: in een zinsregel', options: nl, text: mail('Hoi Lena,', 'GRAAG LEZEN: onze pilot staat open voor vijf winkels. Doe je mee?', 'Groet,\nTom'), excerpts: ['GRAAG LEZEN'] },
    // Real shouting stays shouting, even when it repeats.
    { name: 'BUY NOW twice', options: en, text: mail('Hi Lena,', 'The kit is back in stock, so BUY NOW. Seriously, BUY NOW.', 'Best,\nTom'), excerpts: ['BUY NOW', 'BUY NOW'] },
    { name: 'LAST CHANCE and ACT NOW', options: en, text: mail('Hi Lena,', 'This is your LAST CHANCE to join the pilot. ACT NOW and reply to this email.', 'Best,\nTom'), excerpts: ['LAST CHANCE', 'ACT NOW'] },
    { name: 'a shouted word repeated, not a name', options: en, text: mail('Hi Lena,', 'You get a FREE audit and a FREE report on your store. Want one?', 'Best,\nTom'), excerpts: ['FREE', 'FREE'] },
    { name: 'a list of shouted words is still shouting', options: en, text: mail('Hi Lena,', 'Our setup is FAST, EASY and SAFE. Want a look?', 'Best,\nTom'), excerpts: ['FAST', 'EASY', 'SAFE'] },
    { name: 'NU BESTELLEN twee keer', options: nl, text: mail('Hoi Lena,', 'De prijs stijgt volgende maand, dus NU BESTELLEN. Echt, NU BESTELLEN.', 'Groet,\nTom'), excerpts: ['NU BESTELLEN', 'NU BESTELLEN'] },
    { name: 'a shouted word next to a name in capitals', options: en, text: mail('Hi Lena,', 'Teams on HUBSPOT close faster with our sync. HUBSPOT users get it FREE this month, so do NOT miss it.', 'Best,\nTom'), excerpts: ['FREE', 'do NOT miss it'] },
    // An email pushing the reader's buying decision: "don't wait" is still pressure there.
    { name: "don't wait to sign up, in an email", options: en, text: mail('Hi Jo,', "Our spring price ends soon. Don't wait, book your demo and lock in the rate.", 'Best,\nMo'), excerpts: ['ends soon', "Don't wait"] },
    { name: 'wacht niet langer met bestellen, in een mail', options: nl, text: mail('Hoi Jo,', 'De voorjaarsprijs loopt bijna af. Wacht niet langer met bestellen, dan houdt u de korting.', 'Groet,\nMo'), excerpts: ['Wacht niet langer'] },
    { name: "don't wait to buy, in a post", options: enPost, text: "Our course opens for enrolment today. Don't wait, grab your seat while the early price lasts.\n\nhttps://example.com/course", excerpts: ["Don't wait"] },
    { name: 'wacht niet met inschrijven, in een post', options: nlPost, text: 'De inschrijving voor onze training is open. Wacht niet met inschrijven, de vroegboekkorting geldt maar kort.', excerpts: ['Wacht niet'] },
    // A deadline on the reader's decision inside a condition is urgency, whatever ask detection makes of it.
    { name: 'if you can sign it by Friday', options: en, text: mail('Hi Kevin,', 'If you can sign it by Friday, we can still hold the slot.', 'Best,\nAlex'), excerpts: ['sign it by Friday'] },
    { name: 'if you could approve the quote today', options: en, text: mail('Hi Kevin,', 'If you could approve the quote today we can start on Monday.', 'Best,\nAlex'), excerpts: ['approve the quote today'] },
    { name: 'as long as you order before Friday', options: en, text: mail('Hi Kevin,', 'As long as you order before Friday, the old price still applies.', 'Best,\nAlex'), excerpts: ['order before Friday'] },
    { name: 'als u vóór vrijdag kunt tekenen', options: nl, text: mail('Beste Kevin,', 'Als u vóór vrijdag kunt tekenen, houden we de plek vast.', 'Groet,\nAlex'), excerpts: ['vóór vrijdag kunt tekenen'] },
    { name: 'als je vandaag nog akkoord geeft', options: nl, text: mail('Hoi Kevin,', 'Als je vandaag nog akkoord geeft, kunnen we maandag starten.', 'Groet,\nAlex'), excerpts: ['vandaag nog akkoord'] },
    { name: 'indien u deze week bestelt', options: nl, text: mail('Beste Kevin,', 'Indien u voor vrijdag bestelt, geldt de oude prijs nog.', 'Groet,\nAlex'), excerpts: ['voor vrijdag bestelt'] },
  ],
});

describe('cta/pushy suggestions', () => {
  it('offers a calmer wording for ASAP', () => {
    const [finding] = findingsOf('cta/pushy', mail('Hi Mark,', 'Could you send me the signed order form ASAP?', 'Thanks,\nJo'), en);
    expect(finding?.suggestions[0]?.replacement).toBe('when it suits you');
  });

  it('drops the deadline from "reply today"', () => {
    const [finding] = findingsOf('cta/pushy', mail('Hi Mark,', 'Please reply today so I can hold the slot.', 'Thanks,\nJo'), en);
    expect(finding?.suggestions[0]?.replacement).toBe('reply');
  });

  it('deletes "Last chance!" only because it stands as a sentence of its own', () => {
    const own = findingsOf('cta/pushy', mail('Hi Jo,', 'Last chance! Shall I book you in?', 'Best,\nMo'), en);
    expect(own[0]?.suggestions[0]?.replacement).toBe('');
    const inside = findingsOf('cta/pushy', mail('Hi Jo,', 'This is your last chance to join the summit. Shall I book you in?', 'Best,\nMo'), en);
    expect(inside.map((f) => f.excerpt)).toEqual(['last chance']);
    expect(inside[0]?.suggestions.every((s) => s.replacement === undefined)).toBe(true);
  });

  it('speaks the language of the draft', () => {
    const [finding] = findingsOf('cta/pushy', mail('Hoi Kees,', 'Geef je vandaag nog akkoord op de offerte?', 'Groeten,\nRick'), nl);
    expect(finding?.message).toMatch(/Tijdsdruk/);
    expect(finding?.suggestions[0]?.replacement).toBe('akkoord');
  });

  it('lowers shouted words as the fix', () => {
    const found = findingsOf('cta/pushy', mail('Hey Jordan,', 'This is a HUGE chance to get a FREE audit.', 'Ryan'), en);
    expect(found.map((f) => f.suggestions[0]?.replacement)).toEqual(['huge', 'free']);
  });
});

describe('pressure lexicons', () => {
  for (const [lang, lexicon] of [['en', EN_PRESSURE], ['nl', NL_PRESSURE]] as const) {
    const patterns = [
      ...lexicon.groups.flatMap((group) => group.phrases.map((p) => p.pattern)),
      lexicon.deadlines.verbs,
      lexicon.deadlines.decisionVerbs,
      lexicon.deadlines.markers,
      lexicon.deadlines.dateMarkers,
      lexicon.deadlines.weakMarkers,
    ];
    it(`${lang}: every pattern compiles, never matches empty text and has no stray edge space`, () => {
      for (const pattern of patterns) {
        const re = new RegExp(`^(?:${pattern})$`, 'iu');
        expect(re.test(''), pattern).toBe(false);
        expect(pattern, pattern).toBe(pattern.trim());
      }
    });
  }
});
