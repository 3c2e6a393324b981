/**
 * What a template or an export carries around the words: markdown emphasis (read as the words the
 * reader sees), "for example" abbreviations before a capital (no sentence end), and a name with its
 * role under it (a signature, in a post too). Each kept an ask from being seen, so cta/missing fired
 * under it; a bold button label keeps its marks.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyzer/index';
import { ruleCases } from './rule-tester';
import { en, enPost, mail, nl } from './drafts';

ruleCases('cta/missing', {
  valid: [
    { name: 'Dutch: a question with bold and code inside', options: nl, text: mail('Hoi Anna,', 'Wij maken slaapverhalen voor jonge kinderen.\n\nMag ik een **proefcode** voor jullie klanten aanmaken (bijv. `ACME-PROEF`) die je kunt delen?\n\nLijkt me leuk om de ouders zo te verrassen.', 'Groet,\nMichel') },
    { name: 'English: a question with bold words', options: en, text: mail('Hi Sam,', 'We cut onboarding time for support teams.\n\nWould a **15-minute** walkthrough next week be useful?', 'Best,\nMia') },
    { name: 'Dutch: "bijv." before a name does not end the question', options: nl, text: mail('Hoi Bram,', 'Wij koppelen je agenda aan je CRM.\n\nZullen we het eens proberen met een tool die je al gebruikt (bijv. Pipedrive of HubSpot)?', 'Groet,\nSem') },
    { name: 'a post signed with a name and a role', options: enPost, text: 'I started writing down what our team learned about foundations.\n\nWhat about you? Ever had a clarity problem that was really a team problem?\n\nNoor Bakker\nFounder, Steady Systems' },
    { name: 'an email signed with a name and a role', options: en, text: mail('Hi Sam,', 'We help finance teams close the month in two days.\n\nWorth a 15-minute call next week?', 'Noor Bakker\nHead of Sales at Steady') },
    { name: 'a post closing on the reader\'s own experience', options: enPost, text: 'We shipped fast for two years and paid for it in rework.\n\nHave you ever had a speed problem that was really a clarity problem?' },
  ],
  invalid: [
    { name: 'an experience question that opens a story is a hook', options: enPost, text: 'Ever had a speed problem that was really a clarity problem?\n\nWe had one for two years. We shipped fast and paid for it in rework, sprint after sprint, until we wrote down what we were building on.', excerpts: ['We shipped fast and paid for it in rework, sprint after sprint, until we wrote down what we were building on.'] },
    { name: 'bold words do not make an ask', options: en, text: mail('Hi Sam,', 'Our new release is **twice as fast** and ships with **offline mode**. Teams like yours moved to it last month.', 'Best,\nMia'), excerpts: ['Teams like yours moved to it last month.'] },
  ],
});

describe('markdown emphasis', () => {
  it('keeps offsets on the text as written', () => {
    const text = mail('Hi Sam,', 'This is your **last chance**: the offer **expires Friday**.', 'Best,\nMia');
    const report = analyze(text, en);
    for (const f of report.findings) expect(f.excerpt).toBe(text.slice(f.start, f.end));
    expect(report.findings.some((f) => f.ruleId === 'cta/pushy')).toBe(true);
  });

  it('leaves a bold button label as written (a button, not shouting)', () => {
    const text = mail('Beste Piet,', 'De nieuwe offerte staat klaar.\n\n[**JA, NEEM CONTACT MET MIJ OP**](https://voorbeeld.nl/ja)', 'Groet,\nSem');
    expect(analyze(text, nl).findings.filter((f) => f.ruleId === 'cta/pushy')).toEqual([]);
  });
});
