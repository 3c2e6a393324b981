/**
 * cta/too-big on a second round of real outreach: a meeting of 30 minutes or more asked for with
 * Dutch imperatives ("Plan 30 minuten"), English loans ("een 30 min call"), and a meeting sized in
 * one sentence of the body and booked in another ("Tijdsduur: 45 minuten" … "Plan hier: <link>").
 */
import { ruleCases } from './rule-tester';
import { en, mail, nl } from './drafts';

const NL_INFO = 'Wij bouwen wervingscampagnes voor technische bedrijven, van vacaturetekst tot advertentie.';
const EN_INFO = 'We build hiring campaigns for engineering firms, from the job ad to the landing page.';

ruleCases('cta/too-big', {
  valid: [
    { name: 'Dutch: a quarter of an hour is no heavy meeting', options: nl, text: mail('Hoi Bram,', `${NL_INFO} Plan gerust een kwartiertje: https://calendly.com/lies/kort`, 'Groet,\nLies') },
    { name: 'Dutch: the intake inside a described process, booking left for later', options: nl, text: mail('Hoi Bram,', `${NL_INFO}\n\nWeek 1: intakegesprek van 30 minuten. Week 2: campagne live.\n\nAls de timing ooit verandert: https://calendly.com/lies/intake`, 'Groet,\nLies') },
    { name: 'English: the ask names its own short length', options: en, text: mail('Hi Noor,', `${EN_INFO} Our full audit is a 60-minute session.\n\nWorth a 10-minute call first to see if it fits?`, 'Best,\nLies') },
    { name: 'English: a long webinar is an event, not a meeting', options: en, text: mail('Hi Noor,', `${EN_INFO} Our 45-minute webinar on hiring runs next month. Book your seat here: https://calendly.com/lies/webinar`, 'Best,\nLies') },
  ],
  invalid: [
    { name: 'Dutch: "Plan 30 minuten" with a link', options: nl, text: mail('Hoi Bram,', `${NL_INFO} Plan 30 minuten en we rekenen het samen door: https://calendly.com/lies/30`, 'Groet,\nLies'), excerpts: ['Plan 30 minuten en we rekenen het samen door: https://calendly.com/lies/30'] },
    { name: 'Dutch: "boek een half uur"', options: nl, text: mail('Hoi Bram,', `${NL_INFO} Boek een half uur in mijn agenda: https://calendly.com/lies`, 'Groet,\nLies'), excerpts: ['Boek een half uur in mijn agenda: https://calendly.com/lies'] },
    { name: 'Dutch: a 30 min call described, booked by link', options: nl, text: mail('Hoi Bram,', `${NL_INFO}\n\nHoe het werkt: een call van 30 min met mij, daarna een rapport.\n\nPlan hier: https://calendly.com/lies/apk`, 'Groet,\nLies'), excerpts: ['Plan hier: https://calendly.com/lies/apk'] },
    { name: 'Dutch: presentation sized in the next sentence', options: nl, text: mail('Geachte heer Vos,', `${NL_INFO}\n\nWij nodigen u graag uit voor een presentatie op uw kantoor. Tijdsduur: 45 minuten. Past volgende week? Kies een moment via https://calendly.com/lies`, 'Met vriendelijke groet,\nLies'), excerpts: ['Wij nodigen u graag uit voor een presentatie op uw kantoor.', 'Past volgende week?', 'Kies een moment via https://calendly.com/lies'] },
    { name: 'English: thirty minutes of your time, then a booking link', options: en, text: mail('Hi Noor,', `${EN_INFO}\n\nAll we need is a quiet room and 30 minutes of your time.\n\nPick a slot here: https://calendly.com/lies/demo`, 'Best,\nLies'), excerpts: ['Pick a slot here: https://calendly.com/lies/demo'] },
  ],
});
