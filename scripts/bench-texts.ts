/**
 * Drafts for the benchmark, written for it: a first-touch sales email of about 120 words and a
 * LinkedIn post of about 1,000 words. Every paragraph holds a number, so the benchmark can make
 * a fresh variant of the text for each run (see bench.ts) and no parse cache can hide the cost.
 */

export const SALES_EMAIL = `Hi Priya,

I saw that Northwind opened 3 new warehouses this year. Congratulations on the growth!

Teams at that stage often find that stock counts drift between sites, and the monthly reconciliation eats 2 or 3 days of the finance team's time.

Stockline connects to the scanners you already use and keeps one live count for every site, updated every 5 minutes, without new hardware or a long project. Harbour Supplies, a distributor of about 200 people, cut its month-end close from 4 days to 1 within the first quarter.

Would it be worth a 15-minute call next Tuesday or Thursday to see whether the same could work for Northwind?

Best regards,
Daniel Brooks
Account Executive, Stockline
+44 20 7946 0958`;

export const LONG_POST = `In 2019 I lost the biggest deal of my career. It took me 3 years to understand why.

We had spent 9 months on it. Six meetings, two site visits, a pilot that went well by every measure we had agreed on. The champion loved us. The IT team had signed off. The proposal sat at 480,000 euros a year, and I had already told my manager it would close before the end of the quarter.

Then the buyer went quiet. Not a no. Not a yes. Nothing, for 5 weeks.

So I did what I had been taught to do. I followed up. Then I followed up on the follow-up. I sent a note about a discount that would expire on Friday. I asked whether they had seen my last 2 emails. I told them, politely but clearly, that we needed a signature by the 30th to hold the implementation slot.

You can guess how that went. The deal slipped into the next quarter, then into the one after that, and 14 months later they signed with a competitor who had been in the process for less than 10 weeks.

For 2 years I told myself the story that makes us all feel better. They went for the cheaper option. The competitor had a better integration. The timing was wrong. Some of that was even true.

But in 2022 I had coffee with the champion from that deal, who by then had moved to another company, and she told me what had really happened. Her CFO had never heard of us until week 31. Nobody had asked her to bring the idea to him early, and she had not known how to. By the time the proposal landed on his desk it was a 480,000-euro decision from a vendor he had never met, with a deadline attached that he had not agreed to. He did what 9 out of 10 finance leaders do with a surprise like that: he put it at the bottom of the pile.

The silence I had read as hesitation was a person trying to build a case inside her company without any help from us. And every one of the 11 pushy emails I sent made that harder, because she had to forward it.

That conversation changed how I sell. Here are 5 things I have done differently since, and what they did to my numbers.

1. I ask for the next small step, not the final one. In a first email I no longer ask for a demo of an hour. I ask what the reader thinks of the idea, or whether a 15-minute call makes sense. The first question is often simply: does this match what you see on your side? My reply rate on first emails went from about 4 percent to 11 percent over 18 months.

2. I ask near the end, once. An email that opens with "Can we get 30 minutes on your calendar?" asks before the reader knows why. An email that ends with one clear question gives them the reason first. When I counted my own emails from 2020, more than half asked for something in the first 2 lines, and a third asked for 2 or 3 different things at once.

3. I help the champion sell internally. When someone shows interest, my next question is about the 2 or 3 people who will need to agree, and what each of them will worry about. Then I write the short note they can forward, in their words rather than mine. Deals where I did this closed in about 70 days on average, against 120 for the rest.

4. I removed every artificial deadline from my templates. No more "offer expires Friday", no more "last chance", no more "I haven't heard back". If there is a real deadline, such as a price change on 1 January, I say so once, plainly, with the date and the reason. Nobody has ever complained that I was too calm.

5. I let silence mean what it usually means: the reader is busy. My follow-up now adds something useful, like a 1-page summary for their finance team or a case from a company of their size, and asks one simple question. After 3 of those without an answer I stop, and I say that I will stop. More people reply to that last note than to any of the others.

None of this is new. Good salespeople have always worked this way, and most of us were taught it at some point and then forgot it under the pressure of a quarter. What surprised me was how much of the pushiness had crept into my writing without my noticing. I would never have told a buyer to their face that they needed to sign by Friday. In an email, at 7 in the evening, after 5 weeks of silence, I did it without thinking twice.

So now I read every first email before I send it and ask 4 questions. Is there exactly one ask? Is it near the end? Is it a step this reader can take today without asking anyone else? And would I say this sentence out loud, across a table, to the person reading it?

If the answer to any of those is no, I rewrite it. It takes about 2 minutes. It has made me more money than any closing technique I was ever taught.

The deal I lost in 2019 would still have been hard. The CFO would still have needed convincing and the competitor would still have been cheaper. But I would have found out about the CFO in month 2 instead of month 9, and I would not have spent 5 weeks making a difficult situation worse.

I am curious how this matches your own experience. When a deal goes quiet after a strong start, what do you do in the first 2 weeks: wait, follow up, or go looking for the person who has not been in the room yet?

#sales #b2b #selling #leadership`;

/** About 200,000 characters: the email's body paragraphs over and over, the way a pasted report would be. */
export function hugeDraft(targetLength = 200_000): string {
  const paragraphs = SALES_EMAIL.split('\n\n').slice(1, -1);
  const parts: string[] = ['Hi Priya,'];
  let length = parts[0]!.length;
  for (let i = 0; length < targetLength; i++) {
    const paragraph = paragraphs[i % paragraphs.length]!.replace(/\d+/, (n) => String(Number(n) + i));
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  return parts.join('\n\n').slice(0, targetLength);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
