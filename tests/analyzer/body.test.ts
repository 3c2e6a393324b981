import { describe, expect, it } from 'vitest';
import { findBody } from '../../src/analyzer/body';

/** The body as the text it covers, parts joined with a marker. */
function body(text: string): string {
  return findBody(text)
    .map((s) => text.slice(s.start, s.end))
    .join(' ¦ ');
}

describe('findBody', () => {
  it.each([
    ['greeting line and sign-off with name', 'Hi Sarah,\n\nWorth a quick chat?\n\nBest,\nTom', 'Worth a quick chat?'],
    ['Dutch greeting and sign-off', 'Beste Jan,\n\nZullen we bellen?\n\nMet vriendelijke groet,\nKees de Vries', 'Zullen we bellen?'],
    ['greeting inline before the text', 'Hoi [Naam], ik werk aan tools.\nLeuk om te connecten!', 'ik werk aan tools.\nLeuk om te connecten!'],
    ['name and dashes', '{{First_Name}} -- any thoughts on this?\n\n-- {{Your Name}}', 'any thoughts on this?'],
    ['subject header pasted on top', 'Subject: quick idea\n\nHi Ann,\n\nInterested?\n\n-- Bo', 'Interested?'],
    ['Dutch subject header', 'Onderwerp: RE: demo\n\nHoi,\n\nInteresse?\n\nGroet,\nKenny', 'Interesse?'],
    ['signature block with contact details', 'Hi,\n\nCan we talk Tuesday?\n\nThanks,\nTom Baker\nAcme Inc. | Sales\n+31 6 1234 5678\nacme.com', 'Can we talk Tuesday?'],
    ['signature block without a sign-off line', 'Hoi,\n\nSucces met je profiel!\n\nWouter Arts\nLinkedIn Expert | Recruitin\n📧 [email]', 'Succes met je profiel!'],
    ['P.S. after the sign-off stays in the body', 'Hi,\n\nWorth a chat?\n\nBest,\nBerend\n\nP.S. Here is a sample.', 'Worth a chat? ¦ P.S. Here is a sample.'],
    ['quoted reply (Gmail)', 'Sounds good, Tuesday works.\n\nOn Mon, 2 Mar 2026 at 10:00, Ann <ann@x.com> wrote:\n> Shall we talk?', 'Sounds good, Tuesday works.'],
    ['quoted reply wrapped over two lines', 'Great.\n\nOn Mon, 2 Mar 2026 at 10:00, Ann Smith <ann@example.com>\nwrote:\n> Hello', 'Great.'],
    ['Dutch quote header', 'Prima, dinsdag past.\n\nOp ma 2 mrt 2026 om 10:00 schreef Ann <ann@x.nl>:\n> Zullen we bellen?', 'Prima, dinsdag past.'],
    ['Outlook original message', 'See below.\n\n-----Original Message-----\nFrom: Ann\nSent: Monday\nPlease call me.', 'See below.'],
    ['Outlook header without the separator', 'See below.\n\nFrom: Ann Smith\nSent: Monday 2 March\nTo: Bo\nPlease call me.', 'See below.'],
    ['"> " lines in the middle', 'Yes.\n> Can you do Friday?\nFriday works.', 'Yes. ¦ Friday works.'],
    ['unsubscribe footer', 'Save 70% on rates!\n\n-----------\nTo unsubscribe, go to: http://x.example/remove', 'Save 70% on rates!'],
    ['a post keeps its first line', 'Dag 1 van mijn challenge: elke dag een post.\n\nWat vind jij?', 'Dag 1 van mijn challenge: elke dag een post.\n\nWat vind jij?'],
    ['"Thanks for …" is body, not a sign-off', 'Hi Ann,\n\nThanks for the intro.\nCan we talk?', 'Thanks for the intro.\nCan we talk?'],
  ])('%s', (_name, text, expected) => {
    expect(body(text)).toBe(expected);
  });

  it('is empty for a signature alone or blank text', () => {
    expect(body('')).toBe('');
    expect(body('   \n\n  ')).toBe('');
    expect(body('Best,\nTom Baker\nAcme | tom@acme.com')).toBe('');
    expect(body('Thanks [Naam]!\n\nJullie site ziet er goed uit')).toBe('Thanks [Naam]!\n\nJullie site ziet er goed uit');
  });

  it('keeps offsets into the original text', () => {
    const text = 'Hi Ann,\r\n\r\nWorth a chat?\r\n\r\nBest,\r\nBo';
    const [span] = findBody(text);
    expect(text.slice(span!.start, span!.end)).toBe('Worth a chat?');
  });
});

describe('sign-off detection', () => {
  it.each([
    ['Great.\n\nThanks for the intro', 'Great.\n\nThanks for the intro'],
    ['Can we talk?\n\nThanks Tom', 'Can we talk?'],
    ['Kunnen we bellen?\n\nGroetjes,\nAnna', 'Kunnen we bellen?'],
    ['Kunnen we bellen?\n\nMVG Anna', 'Kunnen we bellen?'],
    ['Worth a chat?\n\nCheers!', 'Worth a chat?'],
  ])('%j', (text, expected) => {
    expect(body(text)).toBe(expected);
  });
});

describe('closings in markdown templates', () => {
  it('a rule line before the P.S. is not a sign-off; the sign-off above it is', () => {
    const text = 'Hallo,\n\nDe offerte blijft geldig.\n\nMet vriendelijke groet,\n\n**Piet**  \nBureau X\n\n---\n\n*PS: Laat het me weten.*';
    expect(body(text)).toBe('De offerte blijft geldig. ¦ *PS: Laat het me weten.*');
  });

  it('a signature does not reach above a short line without contact details', () => {
    const text = 'Hoi,\n\nVOLGENDE STAP:\nPlan een gesprek:\nhttps://cal.example/x\n\nOf direct WhatsApp: [phone]\n\nSucces!\n\nWouter Arts\nExpert | Firma\n📧 [email]';
    expect(body(text)).toBe('VOLGENDE STAP:\nPlan een gesprek:\nhttps://cal.example/x\n\nOf direct WhatsApp: [phone]\n\nSucces!');
  });
});

describe('links at the end', () => {
  it('labelled links at the end of an email stay in the body', () => {
    const text = 'Hi,\n\nIt is a tough course.\n\nCourse: https://course.example/\nCode: https://code.example/x';
    expect(body(text)).toBe('It is a tough course.\n\nCourse: https://course.example/\nCode: https://code.example/x');
  });

  it.each([
    ['a first name alone on the last line', 'Hi Kevin,\n\nWorth a chat?\n\nRob', 'Worth a chat?'],
    ['first and last name right under the body', 'Hoi Kevin,\n\nZullen we bellen?\nRob Jansen', 'Zullen we bellen?'],
    ['a Dutch name with a surname particle', 'Hoi Kevin,\n\nZullen we bellen?\n\nRob de Vries', 'Zullen we bellen?'],
    ['a name with two particles', 'Hoi Kevin,\n\nZullen we bellen?\n\nJan van der Berg', 'Zullen we bellen?'],
    ['only surname particles may stand between capitals', 'Hi Kevin,\n\nOur rates went up.\n\nTalk to Sales', 'Our rates went up.\n\nTalk to Sales'],
    ['a short sentence is not a name', 'Hi Kevin,\n\nWe cut setup time in half.\n\nSounds good?', 'We cut setup time in half.\n\nSounds good?'],
    ['three capitalised words are not a bare name', 'Hi Kevin,\n\nWorth a chat?\n\nSee You Soon', 'Worth a chat?\n\nSee You Soon'],
    ['a name with text below it is not the last line', 'Hi,\n\nRob\nasked me to write. Worth a chat?', 'Rob\nasked me to write. Worth a chat?'],
  ])('sign-off by bare name: %s', (_name, text, expected) => {
    expect(body(text)).toBe(expected);
  });

  it('a post may end on a short capitalised line', () => {
    const text = 'Ship it before it is perfect.\n\nOnwards';
    expect(findBody(text, 'post').map((s) => text.slice(s.start, s.end))).toEqual([text]);
  });

  it('a post has no signature block', () => {
    const text = 'They are hiring a data scientist.\n\nYou could apply at https://jobs.example/1\n(via Ann B)';
    expect(findBody(text, 'post').map((s) => text.slice(s.start, s.end))).toEqual([text]);
  });

  it('contact lines with their usual labels are still a signature', () => {
    const text = 'Hi,\n\nCan we talk?\n\nTom Baker\nWeb: https://acme.example\nT: +31 6 1234 5678';
    expect(body(text)).toBe('Can we talk?');
  });
});
