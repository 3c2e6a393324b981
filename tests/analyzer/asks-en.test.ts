/**
 * English ask detection (rules.md, "Asks"): every example rules.md names, then cases of the
 * same classes in other words. Drafts go through the real pipeline (prepareDraft), so body
 * detection and segmentation are those the rules see.
 */
import { describe, expect, it } from 'vitest';
import { findPhrase, matchAt, phrases } from '../../src/analyzer/asks/phrases';
import { prepareDraft } from '../../src/analyzer/index';
import { clearParseCache, tagsOf, tokensIn } from '../../src/analyzer/nlp';
import type { AskForm, Kind } from '../../src/analyzer/types';

interface Case {
  text: string;
  /** A piece of each expected ask, in order; each must lie inside one detected ask. */
  asks: string[];
  forms?: AskForm[];
  kind?: Kind;
}

function asksOf(text: string, kind: Kind = 'email') {
  const draft = prepareDraft(text, { lang: 'en', kind });
  // As written: an ask holding a placeholder ("[phone]") is read with its value but shown as typed.
  return draft.asks.map((a) => {
    const span = draft.toSource(a);
    return { ...a, text: draft.source.slice(span.start, span.end) };
  });
}

function check({ text, asks, forms, kind }: Case): void {
  const found = asksOf(text, kind);
  expect(found.map((a) => a.text)).toHaveLength(asks.length);
  asks.forEach((piece, i) => expect(found[i]!.text).toContain(piece));
  if (forms) expect(found.map((a) => a.form)).toEqual(forms);
}

const ask = (text: string, form?: AskForm, kind?: Kind): Case => ({ text, asks: [text.trim()], forms: form ? [form] : undefined, kind });
const none = (text: string, kind?: Kind): Case => ({ text, asks: [], kind });

describe('asks named in rules.md', () => {
  const cases: Case[] = [
    ask('Would a 15-minute call next week make sense?', 'question'),
    ask('Worth a chat?', 'question'),
    ask('Are you open to a short intro call?', 'question'),
    ask('What do you think of this idea?', 'question'),
    ask('Who handles onboarding on your team?', 'question'),
    ask("Reply 'yes' and I'll send it.", 'imperative'),
    ask('Book a slot here: https://cal.example.com/tom', 'imperative'),
    ask('Download the guide.', 'imperative'),
    ask('Try it free at example.com', 'imperative'),
    ask("Let's set up a call.", 'imperative'),
    ask("If this is relevant, reply and I'll send the deck.", 'conditional'),
    ask('Let me know if this is worth exploring.', 'conditional'),
    ask("I'd love to connect.", 'wish'),
    ask('Would love to show you a 10-minute demo.', 'wish'),
    ask('Sign up here: https://example.com/signup', 'imperative'),
    ask('Podcast: https://example.com/episode-12', 'link'),
  ];
  it.each(cases)('$text', check);

  it('a bare link alone on the last line of the body', () => {
    check({
      text: 'We cut onboarding from eight days to two.\n\nThe whole story is in the case study.\n\nhttps://example.com/case-study',
      asks: ['https://example.com/case-study'],
      forms: ['link'],
    });
  });
});

describe('not asks, as rules.md names them', () => {
  const cases: Case[] = [
    none('Let me know if you have any questions.'),
    none('Looking forward to hearing from you.'),
    none('Feel free to reach out.'),
    none("Don't hesitate to contact me."),
    none('How are you?'),
    none('Hope you had a great weekend.'),
    none('Ever wondered why churn spikes in March?'),
    none('The result?'),
    none('We offer free demos.'),
    none('Happy to jump on a call if useful.'),
    none('I can send more info.'),
    none('A recent study (https://example.org/report) found that 41% of local searches now end without a click.'),
  ];
  it.each(cases)('$text', check);

  it('a link in the signature', () => {
    check(none('Hi Sam,\n\nWe moved our office to Leeds last month.\n\nBest,\nTom Baker\nAcme Ltd\nwww.acme-example.com'));
  });
});

describe('the same classes in other words', () => {
  const asks: Case[] = [
    ask('Could you forward this to whoever runs procurement?', 'question'),
    ask('Shall I send over the pricing sheet?', 'question'),
    ask('Do you have 20 minutes on Thursday?', 'question'),
    ask('Interested?', 'question'),
    ask('Open to a quick chat next week?', 'question'),
    ask('Any thoughts?', 'question'),
    ask('How does Tuesday at 3pm sound?', 'question'),
    ask('Fancy a coffee next week?', 'question'),
    ask('Is this a priority for your team this quarter?', 'question'),
    ask('Would it make sense for me to send a one-page summary -- just so you have it?', 'question'),
    ask('Please approve the attached quote.', 'imperative'),
    ask('Just hit reply with a time that suits you.', 'imperative'),
    // verbs of a step outside the everyday call-to-action set, with or without a lead word
    ask('Just sign page 3 and send it back.', 'imperative'),
    ask('Sign at the bottom of page 2.', 'imperative'),
    ask("Then let's get 15 minutes on the calendar.", 'imperative'),
    ask("Let's get 20 minutes booked next week.", 'imperative'),
    // a condition that is itself the reader's step, then what the writer does with it
    ask('If you can sign it by Friday we can still hold the slot.', 'conditional'),
    ask('If you can send me the floor plan, we can quote this week.', 'conditional'),
    ask('If you could reply by Monday, we will ship on Tuesday.', 'conditional'),
    ask('Initial each page and send it back.', 'imperative'),
    ask('Countersign the order form and we start Monday.', 'imperative'),
    ask('Return the signed copy by Friday.', 'imperative'),
    ask('Pencil in 20 minutes next week.', 'imperative'),
    ask('Block out 20 minutes on Thursday for a walkthrough.', 'imperative'),
    ask('Pass this on to your CFO.', 'imperative'),
    ask('Get back to me by Friday.', 'imperative'),
    ask("Let's lock a time for Thursday.", 'imperative'),
    ask('If you can get me the numbers by Friday, we can run the model.', 'conditional'),
    ask('If you can spare 15 minutes, we can walk through it.', 'conditional'),
    ask('10 min this week?', 'question'),
    // who owns a topic at the reader's company, with the team or company between "who" and the verb
    ask('Who on your team looks after vendor onboarding?', 'question'),
    ask('Who at Acme handles supplier security reviews?', 'question'),
    // a DM asking for the reader's time without a verb
    ask('got 30 mins thursday for a walkthrough?', 'question'),
    ask('Got a minute this week for a quick look?', 'question'),
    ask('Have 10 minutes Friday?', 'question'),
    ask("If you're the right person, grab a slot on my calendar.", 'conditional'),
    ask("I'd really appreciate your feedback on the draft.", 'wish'),
    ask('It would be great to find a time to compare notes.', 'wish'),
    ask('A quick reply would help me plan the next steps.', 'wish'),
    ask('Wondering if this is worth a conversation.', 'question'),
    ask('You can register at https://example.com/webinar', 'imperative'),
    ask('Tell me in the comments.', 'imperative', 'post'),
    ask('Drop a comment with your biggest hiring challenge.', 'imperative', 'post'),
    ask('If you would like more traffic call me on the number below.', 'conditional'),
    ask('Let me know when you are free to continue the conversation.', 'imperative'),
    ask("Let's find 15 minutes next week to see if it fits.", 'imperative'),
    ask("I'd suggest a short call so I can answer your team's questions directly.", 'wish'),
    ask('Would Tuesday or Wednesday be better for a quick intro?', 'question'),
    // Any imperative whose second step comes back to the writer; passing the offer on.
    ask('Run the numbers and tell me what you see.', 'imperative'),
    ask('Put it next to your current setup and let me know how it compares.', 'imperative'),
    ask('Take this to your team and see what they think.', 'imperative'),
    // A finite verb in a clause of its own does not make the head a subject ("Call volume dropped").
    ask('Sign page 2 where I marked it.', 'imperative'),
    // A choice of dates opening a reply is a decision, not a hook, however much follows.
    {
      text: 'Which date works better for your team offsite, 12 or 19 June?\n\nBoth are still open at Hollin Barn. The main barn seats 60 for talks, there are three breakout rooms with screens, and the kitchen can do a long-table lunch for everyone.',
      asks: ['Which date works better for your team offsite, 12 or 19 June?'],
      forms: ['question'],
    },
    // A question spliced on after a comma; a lead-in before the comma is not a clause of its own.
    { text: "I've got a checklist that covers exactly what they look for, want me to send it over?", asks: ['want me to send it over?'], forms: ['question'] },
    { text: 'We cut month-end by three days at Bramble, would you be open to a short call?', asks: ['would you be open to a short call?'], forms: ['question'] },
    { text: 'So, can we grab 15 minutes this week?', asks: ['So, can we grab 15 minutes this week?'], forms: ['question'] },
    // A request spliced on with a comma and a softener.
    { text: "I've attached the agreement, just sign page 3 and send it back.", asks: ['just sign page 3 and send it back.'], forms: ['imperative'] },
    ask("If you haven't tried it yet, now's a great time: https://example.com", 'link', 'post'),
    ask('Know anyone who might be interested?', 'question'),
    ask('Join us next Thursday in Utrecht!', 'imperative', 'post'),
    ask('Call toll free [phone] now!', 'imperative'),
    ask('Hope we can connect!', 'wish', 'message'),
    ask('Drop your thoughts below 👇', 'imperative', 'post'),
    ask('Follow for more tips on pricing.', 'imperative', 'post'),
    ask("Type 'guide' below and I'll send it to you.", 'imperative', 'post'),
    ask('Like if you agree.', 'imperative', 'post'),
    ask('If anyone has tried this with waste heat, I would love to hear how it went.', 'wish', 'post'),
    ask('Did you see the same effect when your crews ran the talks?', 'question', 'comment'),
    ask("I'm reaching out to ask whether you handle vendor onboarding.", 'question'),
    ask('Curious to hear your take.', 'question', 'post'),
    {
      text: 'To receive your free report, send an email to [email] with REPORT in the subject line.',
      asks: ['send an email to [email] with REPORT in the subject line.'],
      forms: ['imperative'],
    },
  ];
  it.each(asks)('ask: $text', check);

  const nonAsks: Case[] = [
    none('Sound familiar?'),
    none('Did you know that 93% of buyers read reviews first?'),
    none('What if you could close the books in two days?'),
    none('Cash handling is annoying, right?'),
    none('Take breaks, breathe, and remember that this does not define you.', 'post'),
    none("Let's stop pretending cold calls are dead.", 'post'),
    none('Please note that our office is closed on Friday.'),
    none('If you ever need anything, just reach out.'),
    none("I'll be in London next week if that helps."),
    none("No rush at all if things are hectic, but I'd love to hear back whenever you find a moment!"),
    none('Feel free to call me anytime.'),
    none('Our platform integrates with Salesforce and HubSpot.'),
    none('How was your trip to Berlin?'),
    none('Did you see my last email?'),
    none("I'll close the file, but feel free to reach out whenever this becomes a priority."),
    none('If the timing is ever right, I am at the usual address.'),
    none('Email marketing works, and so does a good subject line.'),
    none('To unsubscribe, click here: https://example.com/unsubscribe'),
    none('A customer asked me: "Can you make this faster?" So we rebuilt the importer.', 'post'),
    none('Let me know if anything is unclear.'),
    none('Please find attached the brochure and our price list.'),
    none('Give me a shout if you have any questions.'),
    none('We built it in minutes, and 300 warehouses use it (see our customer list at example.com/customers).'),
    none('Do you want to know the secret of great teams?', 'post'),
    none('Call volume dropped by a third after the change.'),
    none('Call volume dropped where we added the bot.'),
    // The condition runs on through its list: still "if you have any questions".
    none('If you have any questions, comments, or need help signing up, please contact us by replying to this email.'),
    none('Build trust first and tell stories later.', 'post'),
    none('Type of business matters less than the timing.'),
    none('Hope to see you there!'),
    none("I'll give you a call on Tuesday."),
    none('Allow me to introduce myself.'),
    none('Imagine cutting your month-end close in half.'),
    none("If you can't make it, no worries."),
    none('If you can spare the budget, the pilot pays for itself.'),
    none('Sign-ups doubled after the launch.'),
    none('Return rates fell by a third.'),
    none('Block out the noise and return the favour when you can.', 'post'),
    none('If you can find the time, the course is worth it.', 'post'),
    none('Apply for jobs that excite you. Reach out to recruiters directly. Ask for feedback when you get rejected.', 'post'),
  ];
  it.each(nonAsks)('not an ask: $text', check);
});

describe('questions about the reader depend on where they stand', () => {
  const question = 'How is your team handling supplier invoices today?';
  const pitch =
    'Most wholesalers your size still key in over a thousand invoices a month by hand. Our tool reads each invoice, matches it to the order and posts it to your ledger.';

  it('closing the message, the question waits for an answer', () => {
    check({ text: `${pitch}\n\n${question}`, asks: [question], forms: ['question'] });
  });

  it('opening a pitch the writer then delivers, it is a hook', () => {
    check(none(`${question} ${pitch}`));
  });

  it('a post that ends on a question opens the floor, hashtags aside', () => {
    const post = 'Everyone says cold calling is dead.\n\nOur reps booked 40 meetings last month from the phone alone.';
    check({ text: `${post}\n\nIs cold calling really dead?\n\n#sales #b2b`, asks: ['Is cold calling really dead?'], kind: 'post' });
    check(none(`${post}\n\nIsn't that what matters?`, 'post'));
    check(none(`${post}\n\nIs cold calling really dead? Not for us. We keep dialling, every day, all year.`, 'post'));
  });
});

describe('softened or led-in requests that name a step', () => {
  it.each([
    ask('Follow our page for tips.', 'imperative'),
    ask('And follow our page for tips.', 'imperative'),
    ask('Follow my newsletter for the weekly numbers.', 'imperative'),
    ask('Feel free to grab a slot here: https://cal.example.com/tom', 'imperative'),
    ask('Have a look at our pricing page: https://example.com/pricing', 'imperative'),
    ask('Feel free to call me to set up a time.', 'imperative'),
    ask("Feel free to send me your current rates and I'll run a comparison.", 'imperative'),
    none('Feel free to reach out.'),
    none('Feel free to reach out to discuss.'),
    none('Feel free to call me if you have any questions.'),
    none('Have a look at your own pipeline first.', 'post'),
  ])('$text', check);
});

describe('verbless questions propose a step', () => {
  it.each([
    ask('Thursday call?', 'question'),
    ask('Quick demo next week?', 'question'),
    ask('Coffee next week?', 'question'),
    ask('Short call on Friday morning?', 'question'),
    ask('Want early access?', 'question'),
    ask('Want one?', 'question'),
    { text: 'P.S. Thursday call?', asks: ['Thursday call?'] },
    none('Why a call? Because email alone rarely closes a deal. We learned that the hard way over two years of outbound.', 'post'),
  ])('$text', check);
});

describe('two requests joined by "and" are two asks', () => {
  it.each<Case>([
    {
      text: 'Book a call with me here: https://cal.example.com/tom and download our donor guide at https://example.org/guide.',
      asks: ['Book a call with me here', 'download our donor guide'],
    },
    { text: 'Try it free for 14 days at https://example.io — and tell your ops team about it.', asks: ['Try it free', 'tell your ops team'] },
    { text: 'Register for the webinar and follow our page for the recording.', asks: ['Register for the webinar', 'follow our page'] },
    // One action said twice, alternatives, and a request carried out by the next verb stay one ask.
    ask('Call or email me this week.', 'imperative'),
    ask('Come and see our stand at the fair.', 'imperative'),
    ask('Read the attached summary and let me know what you think.'),
    ask('Log in at https://app.example.com and try the planner yourself.'),
    ask('Click the link and fill in the form.'),
    ask("Reply 'yes' and I'll send it.", 'imperative'),
  ])('$text', check);
});

describe('attention headers are not asks', () => {
  it.each<Case>([
    { text: 'PLEASE READ: our pilot is open. Want to join?', asks: ['Want to join?'], kind: 'post' },
    { text: 'Please note: the offer ends on Friday. Shall I hold a slot for you?', asks: ['Shall I hold a slot'] },
    ask('Please read: https://example.com/brief', 'imperative'),
  ])('$text', check);
});

describe('an opening question the writer answers is a hook', () => {
  const story =
    "Mine opened with 'Dear sir or madam' and then spent three paragraphs on the company itself. Not a word about me. I never replied.\n\nSince then I write every email as if I were the one receiving it. It makes a huge difference in replies.";
  it.each<Case>([
    none(`What is the worst cold email you ever got?\n\n${story}`, 'post'),
    none(`What's your biggest cold email mistake?\n\n${story}`, 'post'),
    { text: `${story}\n\nWhat is the worst cold email you ever got?`, asks: ['What is the worst cold email'], kind: 'post' },
  ])('$text', check);
});

describe('lists give steps and tips', () => {
  it('an imperative in a numbered list is a tip, not an ask', () => {
    check(none('Three lessons from ten years in sales:\n\n1. Listen more than you talk.\n2. Ask for the next step.\n3. Follow up, politely.\n\nSimple, not easy.', 'post'));
  });

  it('a list item that offers a link with a request verb still asks', () => {
    check({
      text: 'A few ways to dig in:\n\n- Download the full report: https://example.com/report\n- Generate your own chart https://example.com/tool\n\nThe full study covers 1,400 shoppers in six countries.',
      asks: ['Download the full report'],
      kind: 'post',
    });
  });
});

describe('several asks and their spans', () => {
  it('finds each ask of a draft in reading order, with sentence and word index', () => {
    const text =
      'Hi Rachel,\n\nWould you be open to a 15-minute call next week?\n\nWe help finance teams close faster.\n\nIn the meantime, download our benchmark here: https://example.com/benchmark\n\nBest,\nDaniel';
    const draft = prepareDraft(text, { lang: 'en' });
    const spans = draft.asks.map((a) => text.slice(a.start, a.end));
    expect(spans).toEqual([
      'Would you be open to a 15-minute call next week?',
      'download our benchmark here: https://example.com/benchmark',
    ]);
    for (const a of draft.asks) {
      expect(draft.sentences[a.sentence]!.start).toBeLessThanOrEqual(a.start);
      expect(draft.sentences[a.sentence]!.end).toBeGreaterThanOrEqual(a.end);
      expect(draft.words[a.wordIndex]!.start).toBeGreaterThanOrEqual(a.start);
    }
    expect(draft.asks[0]!.wordIndex).toBeLessThan(draft.asks[1]!.wordIndex);
  });

  it('adjacent asking clauses of one sentence are one ask', () => {
    check({
      text: "Finance leads, I'd love your input: drop a comment with the hours your team spends matching invoices.",
      asks: ['drop a comment'],
      kind: 'post',
    });
  });

  it('a passive closer next to a real ask keeps only the ask', () => {
    check({
      text: 'We cut review time by 40%. Book a demo here: https://example.com/demo. Let me know if you have any questions.',
      asks: ['Book a demo here'],
    });
  });
});

describe('the phrase language of the lexicons', () => {
  const words = 'i would really love to grab 15 minutes'.split(' ');

  it('matches alternatives, optional slots, wildcards and numbers', () => {
    expect(matchAt(phrases(['i|we would really? love to']), words, 0)).toBe(5);
    expect(matchAt(phrases(['i|we would love to']), words, 0)).toBe(0);
    expect(matchAt(phrases(['grab # minutes']), words, 5)).toBe(3);
    expect(matchAt(phrases(['love * grab']), words, 3)).toBe(3);
  });

  it('takes the longest match and finds a phrase anywhere', () => {
    expect(matchAt(phrases(['i would', 'i would really love']), words, 0)).toBe(4);
    expect(findPhrase(phrases(['grab #']), words)).toEqual({ at: 5, end: 7 });
    expect(findPhrase(phrases(['coffee']), words)).toBeUndefined();
  });
});

describe('tokens and tags (nlp.ts)', () => {
  it('expands contractions and keeps offsets into the text', () => {
    const text = "I'd love it. Let's talk, don't you think? Gong's team won't sign-up.";
    const tokens = tokensIn(text, { start: 0, end: text.length });
    expect(tokens.map((t) => t.word)).toEqual([
      'i', 'would', 'love', 'it', 'let', 'us', 'talk', 'do', 'not', 'you', 'think', 'gong', 'team', 'will', 'not', 'sign', 'up',
    ]);
    for (const t of tokens) if (t.text !== '') expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps links and e-mail addresses whole', () => {
    const text = 'Book here: https://cal.example.com/tom?x=1 or mail tom@example.com.';
    const words = tokensIn(text, { start: 0, end: text.length }).map((t) => t.text);
    expect(words).toContain('https://cal.example.com/tom?x=1');
    expect(words).toContain('tom@example.com');
  });

  it('tags a sentence in context, on demand', () => {
    clearParseCache();
    const text = 'Call volume dropped. Call me tomorrow.';
    const first = { start: 0, end: 20 };
    const second = { start: 21, end: text.length };
    const [call1] = tokensIn(text, first);
    const [call2] = tokensIn(text, second);
    expect(tagsOf(text, first, call1!).has('Noun')).toBe(true);
    expect(tagsOf(text, second, call2!).has('Verb')).toBe(true);
  });
});
