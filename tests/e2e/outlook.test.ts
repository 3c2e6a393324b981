/**
 * Outlook on the web in real Chromium with the built extension, on saved DOM of each surface
 * served at Outlook's real addresses: new mail in the reading pane, the pop-out compose window and
 * inline replies (English and Dutch interfaces), two drafts at once. Badge, underlines on the
 * typed words only, signature / quote header / quoted message untouched and never linted,
 * subject rules on a new mail and not on a reply, and nothing fetched.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badges, highlightedTexts, highlights, typeInto, useBrowser, waitForBadge, waitForPitchlint } from './harness';
import { CLEAN_EMAIL, CLEAN_REPLY, CLEAN_SUBJECT, PUSHY_EMAIL, PUSHY_PHRASES } from './drafts';
import { OUTLOOK_BODY, afterDraftHtml } from './outlook-page';

const SUBJECT_EN = 'input[aria-label="Add a subject"]';

/** A Dutch reply in the writer's own words: it answers the reader, no pressure. */
const DUTCH_REPLY = ['Hoi Anna,', '', 'Hier zijn de cijfers waar je om vroeg: teams van jullie grootte besparen ongeveer vier uur per week.', 'Wat vind je ervan?', '', 'Groet,', 'Tom'].join('\n');

const browser = useBrowser();

/** Every underlined range lies in the editor's own typed part: not in the signature or anything after it, and not outside the editor. */
async function underlinesOutsideTypedText(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const body = document.querySelector(selector)!;
    const end = body.querySelector('#Signature')!;
    const bad: string[] = [];
    for (const name of ['pitchlint-error', 'pitchlint-warning', 'pitchlint-info']) {
      for (const range of CSS.highlights.get(name) ?? []) {
        const r = range as Range;
        const inBody = body.contains(r.startContainer) && body.contains(r.endContainer);
        const beforeEnd = (end.compareDocumentPosition(r.endContainer) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
        if (!inBody || !beforeEnd) bad.push(r.toString());
      }
    }
    return bad;
  }, OUTLOOK_BODY);
}

const lastLine = (line: string) => (s: { editors: { text: string }[] }) => s.editors[0]?.text.trimEnd().endsWith(line) === true;

describe('Outlook: new mail in the reading pane', () => {
  it('underlines the pushy typed words only, lowers the score; the signature is neither draft nor underlined', async () => {
    const page = await browser().openFixture('outlook-compose');
    await waitForPitchlint(page);
    await page.locator(SUBJECT_EN).fill(CLEAN_SUBJECT);
    const signature = await afterDraftHtml(page);
    await typeInto(page, OUTLOOK_BODY, PUSHY_EMAIL);
    const state = await browser().waitForState(page, lastLine('Tom'));
    expect(state.site).toBe('outlook');
    expect(state.editors).toHaveLength(1);
    const [editor] = state.editors;
    expect(editor).toMatchObject({ kind: 'email', thread: 'first' });
    expect(editor?.text.trim()).toBe(PUSHY_EMAIL);
    const badge = await waitForBadge(page, (b) => b.findings > 0);
    expect(badge.score).toBeLessThan(100);
    expect(badge.ariaLabel).toContain(String(badge.score));
    const onPhrase = (text: string): boolean => PUSHY_PHRASES.some((p) => text.includes(p) || p.includes(text));
    await expect.poll(async () => (await highlights(page))['pitchlint-warning'].filter(onPhrase).length).toBeGreaterThan(0);
    // The signature's "Reply today … expires Friday!" is pressure, but not the writer's draft.
    expect(await underlinesOutsideTypedText(page)).toEqual([]);
    expect(await afterDraftHtml(page)).toBe(signature);
    await page.close();
  });

  it('a clean draft with a clean subject: score 100, no underline; the subject rules apply to a new mail', async () => {
    const page = await browser().openFixture('outlook-compose');
    await waitForPitchlint(page);
    await typeInto(page, OUTLOOK_BODY, CLEAN_EMAIL);
    const noSubject = await browser().waitForState(page, lastLine('Tom'));
    expect(noSubject.editors[0]?.report.findings.map((f) => f.ruleId)).toContain('subject/missing');

    await page.locator(SUBJECT_EN).fill('QUICK QUESTION ABOUT YOUR HIRING!!');
    const shouting = await browser().waitForState(page, (s) => s.editors[0]?.report.findings.some((f) => f.ruleId === 'subject/shouting') === true);
    expect(shouting.editors[0]?.report.findings.map((f) => f.ruleId)).not.toContain('subject/missing');

    await page.locator(SUBJECT_EN).fill(CLEAN_SUBJECT);
    await browser().waitForState(page, (s) => s.editors[0]?.report.findings.length === 0);
    const badge = await waitForBadge(page, (b) => b.findings === 0);
    expect(badge.score).toBe(100);
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    await page.close();
  });

  it('runs on all three Outlook hosts, work (office.com, office365.com) and Outlook.com (live.com)', async () => {
    const h = browser();
    const addresses = [
      h.fixtureUrl('outlook-compose'),
      h.fixtureUrl('outlook-compose').replace('https://outlook.office.com', 'https://outlook.office365.com'),
      h.fixtureUrl('outlook-compose').replace('https://outlook.office.com/mail', 'https://outlook.live.com/mail/0'),
    ];
    expect(new Set(addresses.map((a) => new URL(a).host))).toEqual(new Set(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com']));
    for (const address of addresses) {
      const page = await h.context.newPage();
      await page.goto(address, { waitUntil: 'load' });
      await page.bringToFront();
      await waitForPitchlint(page);
      await typeInto(page, OUTLOOK_BODY, PUSHY_EMAIL);
      await waitForBadge(page, (b) => b.findings > 0);
      await page.close();
    }
  });
});

describe('Outlook: pop-out compose window', () => {
  it('a new mail at /mail/deeplink/compose: first, subject rules, badge', async () => {
    const page = await browser().openFixture('outlook-popout');
    expect(new URL(page.url()).pathname).toBe('/mail/deeplink/compose');
    await waitForPitchlint(page);
    await typeInto(page, OUTLOOK_BODY, PUSHY_EMAIL);
    const state = await browser().waitForState(page, lastLine('Tom'));
    expect(state.editors[0]).toMatchObject({ kind: 'email', thread: 'first' });
    expect(state.editors[0]?.report.findings.map((f) => f.ruleId)).toContain('subject/missing');
    await waitForBadge(page, (b) => b.findings > 0);
    expect(await underlinesOutsideTypedText(page)).toEqual([]);
    await page.close();
  });

  it('a forward on Outlook.com (Dutch interface, /mail/0/deeplink/compose): first, its own subject; the forwarded message is not linted', async () => {
    const page = await browser().openFixture('outlook-live-popout-nl');
    expect(new URL(page.url()).pathname).toBe('/mail/0/deeplink/compose');
    await waitForPitchlint(page);
    const quoted = await afterDraftHtml(page);
    await typeInto(page, OUTLOOK_BODY, DUTCH_REPLY);
    const state = await browser().waitForState(page, lastLine('Tom'));
    const [editor] = state.editors;
    expect(editor).toMatchObject({ kind: 'email', thread: 'first' });
    expect(editor?.text.trim()).toBe(DUTCH_REPLY);
    // Its subject line is the writer's: the subject rules judge it.
    expect(editor?.report.findings.map((f) => f.ruleId)).not.toContain('subject/missing');
    expect(editor?.text).not.toContain('NIETS GEHOORD');
    expect(editor?.text).not.toContain('Verzonden');
    expect(await underlinesOutsideTypedText(page)).toEqual([]);
    expect(await afterDraftHtml(page)).toBe(quoted);
    await page.locator('input[aria-label="Onderwerp toevoegen"]').fill('FW: LAATSTE KANS VOOR JULLIE BUDGET!!');
    await browser().waitForState(page, (s) => s.editors[0]?.report.findings.some((f) => f.ruleId === 'subject/shouting') === true);
    await page.close();
  });
});

describe('Outlook: inline reply under an open message', () => {
  for (const [name, reply, shouted] of [
    ['outlook-reply', CLEAN_REPLY, "HAVEN'T HEARD BACK"],
    ['outlook-live-reply-nl', DUTCH_REPLY, 'NIETS GEHOORD'],
  ] as const) {
    it(`${name}: a reply without subject rules; signature, header and quoted message untouched and not linted; the received message is not an editor`, async () => {
      const page = await browser().openFixture(name);
      await waitForPitchlint(page);
      const quoted = await afterDraftHtml(page);
      const received = await page.locator('[role="document"]').innerHTML();
      await typeInto(page, OUTLOOK_BODY, reply);
      const state = await browser().waitForState(page, lastLine('Tom'));
      expect(state.editors).toHaveLength(1);
      const [editor] = state.editors;
      expect(editor).toMatchObject({ kind: 'email', thread: 'reply' });
      expect(editor?.text.trim()).toBe(reply);
      expect(editor?.text).not.toContain(shouted);
      expect(editor?.report.findings.filter((f) => f.ruleId.startsWith('subject/'))).toEqual([]);
      await waitForBadge(page);
      expect(await badges(page)).toHaveLength(1);
      expect(await underlinesOutsideTypedText(page)).toEqual([]);
      expect(await afterDraftHtml(page)).toBe(quoted);
      expect(await page.locator('[role="document"]').innerHTML()).toBe(received);
      await page.close();
    });
  }
});

describe('Outlook: two drafts at once', () => {
  it('an inline reply and a new mail opened later are linted apart, each with its own badge, until one is closed', async () => {
    const page = await browser().openFixture('outlook-two-drafts');
    await waitForPitchlint(page);
    await typeInto(page, OUTLOOK_BODY, PUSHY_EMAIL);
    await waitForBadge(page, (b) => b.findings > 0);

    await page.locator('#new-mail').click();
    await expect.poll(async () => (await badges(page)).length, { timeout: 5_000 }).toBe(2);
    await page.locator(SUBJECT_EN).fill(CLEAN_SUBJECT);
    await page.locator(OUTLOOK_BODY).nth(1).click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type(CLEAN_EMAIL);
    const state = await browser().waitForState(page, (s) => s.editors.length === 2 && s.editors.every((e) => e.text.trimEnd().endsWith('Tom')));
    expect(state.editors.map((e) => [e.kind, e.thread])).toEqual([
      ['email', 'reply'],
      ['email', 'first'],
    ]);
    await expect.poll(async () => (await badges(page)).map((b) => b.findings > 0), { timeout: 5_000 }).toEqual([true, false]);

    await page.locator('[data-close]').click();
    await expect.poll(async () => (await badges(page)).length, { timeout: 5_000 }).toBe(1);
    await page.close();
  });
});

describe('Outlook: privacy', () => {
  it('fetches nothing: every request is a fixture page or the extension’s own file', async () => {
    const h = browser();
    const page = await h.openFixture('outlook-reply');
    await waitForPitchlint(page);
    await typeInto(page, OUTLOOK_BODY, PUSHY_EMAIL);
    await waitForBadge(page, (b) => b.findings > 0);
    const outlookRequests = h.requests.filter((r) => new URL(r.url).host.startsWith('outlook.'));
    expect(outlookRequests.length).toBeGreaterThan(0);
    expect(h.unexpectedRequests()).toEqual([]);
    await page.close();
  });
});

describe('Outlook: popup', () => {
  it('shows the Outlook tab’s draft score, and its site switch "Outlook" turns Pitchlint off and on there', async () => {
    const h = browser();
    const page = await h.openFixture('outlook-compose');
    await waitForPitchlint(page);
    await typeInto(page, OUTLOOK_BODY, PUSHY_EMAIL);
    await h.waitForState(page, lastLine('Tom'));
    const badge = await waitForBadge(page, (b) => b.findings > 0);
    const tabId = await h.tabIdOf(page);
    const popup = await h.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    await popup.locator('[data-score]').waitFor();
    expect(Number(await popup.locator('[data-score]').getAttribute('data-score'))).toBe(badge.score);
    const siteBox = popup.locator('input[data-site=outlook]');
    expect(await siteBox.isChecked()).toBe(true);
    expect(await siteBox.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '')).toMatch(/Outlook/);

    await siteBox.uncheck();
    await expect.poll(() => badges(page), { timeout: 5_000 }).toEqual([]);
    await popup.locator('[data-empty=site-off]').waitFor();
    await siteBox.check();
    await waitForBadge(page, (b) => b.findings === badge.findings);
    await popup.close();
    await page.close();
  });
});
