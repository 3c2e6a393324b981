/**
 * cta/multiple and the body on layouts of real drafts (issue: judgement on real drafts): a
 * signature line of "|"-separated fields is never the body, so its links are no competing ask; a
 * markdown booking link under a call proposal carries out that proposal; the steps of one
 * numbered list are one ask. English and Dutch.
 */
import { describe, expect, it } from 'vitest';
import { findBody } from '../../../src/analyzer/body';
import { ruleCases } from './rule-tester';
import { en, nl } from './drafts';

ruleCases('cta/multiple', {
  valid: [
    { name: 'a "|" signature line with a link', options: nl, text: 'Hoi Mark,\n\nZullen we volgende week even bellen over je vacatures?\n\nGroeten,\nLotte\n\nContact: [email] | Nog een vacature? [werving.nl](https://werving.nl)' },
    { name: 'an English "|" signature line with a site', options: en, text: 'Hi Mark,\n\nWould a short call next week help?\n\nBest,\nLotte Smit | Account lead | Hireway | hireway.com | [phone]' },
    { name: 'Dutch markdown booking link under a call proposal', options: nl, text: 'Hoi Mark,\n\nZullen we even bellen?\n\n[Kies een moment dat jou uitkomt](https://calendly.com/lotte/kwartier)\n\nGroeten,\nLotte' },
    { name: 'numbered steps are one ask', options: en, text: 'Hi Mark,\n\nThe order form is attached. To get started:\n1. Check the quantities\n2. Sign page one\n3. Send it back to me\n\nBest,\nLotte' },
  ],
  invalid: [
    { name: '"once you send over …" is a second step beside the link to view', options: { lang: 'en', thread: 'reply' }, text: 'Hi Mark,\n\nThe first draft of the dashboard is ready. You can view it here: https://hireway.com/draft\n\nOnce you send over the brand colours, I can add them before Friday.\n\nBest,\nLotte', excerpts: ['Once you send over the brand colours, I can add them before Friday.'] },
    { name: 'a second, different ask above the signature still competes', options: nl, text: 'Hoi Mark,\n\nZullen we even bellen?\n\nDownload ook onze whitepaper: https://werving.nl/whitepaper\n\nGroeten,\nLotte\n\nContact: [email] | werving.nl', excerpts: ['Download ook onze whitepaper: https://werving.nl/whitepaper'] },
  ],
});

/** The body as the text it covers, parts joined with a marker. */
function body(text: string): string {
  return findBody(text).map((s) => text.slice(s.start, s.end)).join(' ¦ ');
}

describe('signature lines of "|"-separated fields', () => {
  it.each([
    ['name | role | company, then phone | site', 'Hi Ann,\n\nWorth a call?\n\nPiet Smit | Sales lead | Acme BV\n[phone] | acme.nl', 'Worth a call?'],
    ['fields in another order, after a sign-off', 'Hoi Ann,\n\nZullen we bellen?\n\nGroet,\nPiet\n\nacme.nl | Verkoop | Piet Smit | [phone]', 'Zullen we bellen?'],
    ['a long field line with a question in it', 'Hoi Ann,\n\nZullen we bellen?\n\nGroeten,\nPiet\n\nContact: [email] | Nieuwe vacature? [acme.nl](https://acme.nl)', 'Zullen we bellen?'],
  ])('%s', (_name, text, expected) => {
    expect(body(text)).toBe(expected);
  });

  it('a sentence with a "|" in the body stays in the body', () => {
    const text = 'Hi Ann,\n\nWe compared two plans: basic | pro, and the pro plan paid for itself within a quarter for every team we asked.\n\nWorth a call?\n\nBest,\nPiet';
    expect(body(text)).toContain('We compared two plans');
  });
});
