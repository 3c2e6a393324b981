import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyzer/index';
import { findingsOf, ruleCases } from './rule-tester';
import { nl } from './drafts';

const email = (body: string) => `Hi Grace,\n\n${body}\n\nBest,\nOwen`;
const mail = (body: string) => `Hoi Sanne,\n\n${body}\n\nGroet,\nMark`;

ruleCases('template/placeholder', {
  valid: [
    // Look-alikes, English.
    { name: 'a markdown link', text: email('The guide is [here](https://example.com/guide). Worth a look this week?') },
    { name: 'a markdown link whose label names a field', text: email('Read about [Company](https://example.com) and tell me what you think?') },
    { name: 'a reference-style link', text: email('See the [pricing page][1] for details. Shall I send a quote?\n\n[1]: https://example.com/pricing') },
    { name: 'footnote marks', text: email('Teams cut onboarding by 40% [1] and churn by a third [2]. Want the study?') },
    { name: 'a bracketed price', text: email('The starter plan [$49/month] covers five seats. Want me to set one up?') },
    { name: 'a bracketed price in euros', text: email('Het pakket [€ 1.200 per jaar] dekt alles. Zullen we bellen?'), options: nl },
    { name: 'a bracketed sic', text: email('Your post said "we was growing" [sic], which made me smile. Open to a call?') },
    { name: 'an image note of a plain-text mail', text: email('[image: Company logo]\nWe help clinics fill their diaries. Worth a chat?') },
    { name: 'ticked and open checkboxes', text: email('Pick one:\n- [ ] Yes, call me\n- [x] Not now\n[X] Send me the deck') },
    { name: 'a bold button label in brackets', text: email('[**VIEW THE PROPOSAL**]\nLet me know what you think?') },
    { name: 'HTML tags pasted in', text: email('We help teams grow.<br>Worth a call next week?<b></b>') },
    { name: 'an e-mail address in angle brackets', text: email('Write to Ann <ann@example.com> for the deck. Shall I intro you?') },
    { name: 'a quote header with an address', text: 'Thanks Ann, Tuesday works.\n\nOn Mon, 2 Mar 2026 at 10:02, Ann Lee <ann@example.com> wrote:\n> Hi {{first_name}}, can we talk?' },
    { name: 'a quoted line of an earlier message', text: 'Sounds good, see you then.\n\n> Hi [Name], shall we meet on [date]?' },
    { name: 'a percentage and a discount', text: email('We cut costs by 20% and churn by 15%. Worth a look?') },
    { name: 'a rule line of underscores', text: `${email('Worth a chat next week?')}\n\n__________\nAcme BV, Utrecht` },
    { name: 'snake_case in a word', text: email('Set max_retries in the config file. Want a walkthrough?') },
    { name: 'JSON in braces', text: email('The API returns {"status": "ok"} on success. Want the docs?') },
    { name: 'a heart', text: email('Loved your talk <3 Coffee next week?') },
    { name: 'a placeholder in template mode', text: email('Saw {{company}} is hiring. Worth a chat, {{first_name}}?'), options: { template: true } },
    { name: 'a redaction note', text: email('A client of ours [name removed] cut churn by a third. Worth a call?') },
    { name: 'a sound effect in brackets', text: email('Then the printer went [whirr, clunk, beep] again. Want a quieter one?') },
    { name: 'a year citation', text: email('As the survey found [Gartner 2025], buyers read reviews first. Want the summary?') },
    // Look-alikes, Dutch.
    { name: 'een markdown-link', text: mail('De brochure staat [hier](https://voorbeeld.nl). Zullen we bellen?'), options: nl },
    { name: 'voetnoten', text: mail('Klanten besparen 30% [1] op hun energierekening [2]. Zin in een gesprek?'), options: nl },
    { name: 'een notitie tussen haken', text: mail('Je schreef "wij hebt" [sic], leuk. Even bellen?'), options: nl },
    { name: 'een vinkje in een lijstje', text: mail('Kies:\n- [ ] Bel me\n- [x] Nu niet'), options: nl },
    { name: 'een sjabloon in sjabloonmodus', text: mail('Ik zag dat [bedrijf] groeit. Zullen we op [datum] bellen?'), options: { lang: 'nl', template: true } },
  ],
  invalid: [
    // Every syntax, English.
    { name: 'double braces in the greeting', text: 'Hi {{first_name}},\n\nWorth a quick chat next week?\n\nBest,\nOwen', excerpts: ['{{first_name}}'] },
    { name: 'double braces with spaces', text: email('How is {{ company }} handling renewals? Worth a call?'), excerpts: ['{{ company }}'] },
    { name: 'double braces with a function call', text: 'Hi {{ ucfirst($username) }},\n\nWorth a call?\n\nBest,\nOwen', excerpts: ['{{ ucfirst($username) }}'] },
    { name: 'template logic tags', text: email('{{#if trial}}Your trial ends soon.{{/if}} Want a hand?'), excerpts: ['{{#if trial}}', '{{/if}}'] },
    { name: 'single braces', text: email('How does {firstName} feel about the new plan? Worth a call?'), excerpts: ['{firstName}'] },
    { name: 'Salesforce braces', text: 'Hi {!Contact.FirstName},\n\nWorth a call?\n\nBest,\nOwen', excerpts: ['{!Contact.FirstName}'] },
    { name: 'square brackets', text: '[Name],\n\nI saw [Company] is growing. Can we talk on [day]?\n\nBest,\n[Your Name]', excerpts: ['[Name]', '[Company]', '[day]', '[Your Name]'] },
    { name: 'a bracketed X', text: email('We saved a team like yours [X] hours a week. Want to see how?'), excerpts: ['[X]'] },
    { name: 'angle brackets', text: 'Hello <first name>,\n\nCan I send <company> a short demo?\n\nBest,\nOwen', excerpts: ['<first name>', '<company>'] },
    { name: 'percent fields', text: 'Hi %FIRSTNAME%,\n\nIs %COMPANY% still hiring?\n\nBest,\nOwen', excerpts: ['%FIRSTNAME%', '%COMPANY%'] },
    { name: 'Mailchimp merge tags', text: 'Hi *|FNAME|*,\n\nWorth a call?\n\nBest,\nOwen', excerpts: ['*|FNAME|*'] },
    { name: 'hash braces', text: email('Thanks for the chat, #{name}. Shall I send the deck?'), excerpts: ['#{name}'] },
    { name: 'dollar braces', text: email('Congrats on the ${event} news! Worth a call?'), excerpts: ['${event}'] },
    { name: 'a blank', text: email('Can we meet on ______ at ____? Let me know.'), excerpts: ['______', '____'] },
    { name: 'a field in the signature', text: 'Hi Grace,\n\nWorth a call?\n\nBest,\n{{sender_name}}\n{{sender_title}} | {{company_phone}}', excerpts: ['{{sender_name}}', '{{sender_title}}', '{{company_phone}}'] },
    { name: 'a field split by a hard wrap', text: email('We help teams with {{specific\nfunction}}. Worth a call?'), excerpts: ['{{specific\nfunction}}'] },
    { name: 'a field in a post', text: 'Big news from {{company}}! We just launched. What do you think?', options: { kind: 'post' }, excerpts: ['{{company}}'] },
    { name: 'a field in a LinkedIn message', text: 'Hi [First Name], loved your post on hiring. Open to connect?', options: { kind: 'message' }, excerpts: ['[First Name]'] },
    { name: 'numbered slots', text: email('What we found:\n- [Finding 1]\n- [Solution #2]\n\nWorth a call?'), excerpts: ['[Finding 1]', '[Solution #2]'] },
    { name: 'an instruction to the writer', text: email('[Short intro + why you are writing]\n\nWorth a call?'), excerpts: ['[Short intro + why you are writing]'] },
    // Every syntax, Dutch.
    { name: 'dubbele accolades in de aanhef', text: 'Hoi {{voornaam}},\n\nZullen we volgende week bellen?\n\nGroet,\nMark', options: nl, excerpts: ['{{voornaam}}'] },
    { name: 'enkele accolades', text: mail('Hoe gaat het bij {bedrijfsnaam} met de groei? Zullen we bellen?'), options: nl, excerpts: ['{bedrijfsnaam}'] },
    { name: 'vierkante haken', text: 'Beste [naam],\n\nKunnen we op [datum] bellen? Binnen [X maanden] zie je resultaat.\n\nGroet,\nMark', options: nl, excerpts: ['[naam]', '[datum]', '[X maanden]'] },
    { name: 'punthaken', text: mail('Mag ik <bedrijf> een korte demo sturen?'), options: nl, excerpts: ['<bedrijf>'] },
    { name: 'procentvelden', text: 'Beste %VOORNAAM%,\n\nZullen we bellen?\n\nGroet,\nMark', options: nl, excerpts: ['%VOORNAAM%'] },
    { name: 'Mailchimp-velden', text: 'Hoi *|FNAME|*,\n\nZin in een gesprek?\n\nGroet,\nMark', options: nl, excerpts: ['*|FNAME|*'] },
    { name: 'hekje-accolades', text: mail('Dank voor het gesprek, #{naam}. Zal ik de offerte sturen?'), options: nl, excerpts: ['#{naam}'] },
    { name: 'een invulstreep', text: mail('Datum: ________\nHandtekening: ________'), options: nl, excerpts: ['________', '________'] },
    { name: 'een schrijfinstructie met een getal', text: mail('Ik zag je vacature. [1 zin over de rol]\n\nZullen we bellen?'), options: nl, excerpts: ['[1 zin over de rol]'] },
    { name: 'een veld in de handtekening', text: 'Hoi Sanne,\n\nZullen we bellen?\n\nGroet,\n[Jouw naam]\n[Functie] | [Telefoon]', options: nl, excerpts: ['[Jouw naam]', '[Functie]', '[Telefoon]'] },
  ],
});

describe('template/placeholder: spans, subject and fix', () => {
  it('gives the exact span of every placeholder', () => {
    const text = 'Hi {{first_name}},\n\nIs [Company] free on ______?\n\nBest,\n%SENDER%';
    const found = findingsOf('template/placeholder', text);
    const at = (field: string) => [text.indexOf(field), text.indexOf(field) + field.length];
    expect(found.map((f) => [f.start, f.end])).toEqual([at('{{first_name}}'), at('[Company]'), at('______'), at('%SENDER%')]);
    expect(at('[Company]')).toEqual([23, 32]);
  });

  it('flags a placeholder in the subject with its span there, like the subject rules', () => {
    const found = findingsOf('template/placeholder', email('Worth a chat?'), { subject: 'Idea for {{company}}' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ start: 0, end: 0, excerpt: '', subject: { start: 9, end: 20, excerpt: '{{company}}' } });
  });

  it('a subject in Dutch', () => {
    const found = findingsOf('template/placeholder', mail('Zullen we bellen?'), { lang: 'nl', subject: 'Vraag over [bedrijf]' });
    expect(found.map((f) => f.subject?.excerpt)).toEqual(['[bedrijf]']);
    expect(found[0]!.message).toMatch(/onderwerp/);
  });

  it('the fix selects the placeholder (no replacement text, so the user types over it)', () => {
    const [finding] = findingsOf('template/placeholder', email('Worth a chat, {{first_name}}?'));
    expect(finding!.suggestions).toHaveLength(1);
    expect(finding!.suggestions[0]!.replacement).toBeUndefined();
  });

  it('is an error of the template set, and off when the set is off', () => {
    const text = email('Worth a chat, {{first_name}}?');
    const [finding] = findingsOf('template/placeholder', text);
    expect(finding).toMatchObject({ ruleSet: 'template', severity: 'error' });
    const off = analyze(text, { settings: { ruleSets: { template: false } } });
    expect(off.findings.filter((f) => f.ruleId === 'template/placeholder')).toEqual([]);
  });

  it('is silent in template mode, in the subject too', () => {
    const report = analyze(email('Worth a chat, {{first_name}}?'), { template: true, subject: 'For {{company}}' });
    expect(report.findings.filter((f) => f.ruleId === 'template/placeholder')).toEqual([]);
  });
});

describe('template/placeholder on a huge mail-merge export', () => {
  it('stops at 200 findings, each still exact', () => {
    const text = 'Hi [Name], can {{company}} talk? '.repeat(2000);
    const found = findingsOf('template/placeholder', text);
    expect(found).toHaveLength(200);
    for (const f of found) expect(f.excerpt).toBe(text.slice(f.start, f.end));
  });
});
