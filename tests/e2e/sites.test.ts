/**
 * The site adapters on the fixture pages' DOM, in Chromium without the extension: the adapter
 * code is bundled and run in the page, so these tests see exactly what the content script sees.
 * Covers editor discovery, kind/thread/subject/limit, quote and signature left out, and the map
 * from draft offsets back to the DOM (every span's range holds exactly the span's text).
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import type { Rollup } from 'vite';
import { launchBrowser } from './harness';
import type { Harness } from './harness';

let h: Harness;
let bundle = '';

beforeAll(async () => {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      lib: { entry: fileURLToPath(new URL('./sites-entry.ts', import.meta.url)), formats: ['iife'], name: 'PitchlintSites' },
    },
  })) as Rollup.RollupOutput[];
  bundle = output[0]!.output[0].code;
  h = await launchBrowser({ extension: false });
});
afterAll(async () => {
  await h?.close();
});

/** Opens a fixture and injects the adapters (page.evaluate is not subject to the page's CSP). */
async function open(name: string, hash?: string): Promise<Page> {
  const page = await h.openFixture(name, hash === undefined ? {} : { hash });
  await page.evaluate(`${bundle}\nwindow.PitchlintSites = PitchlintSites;`);
  return page;
}

type Sites = typeof import('./sites-entry');
declare global {
  interface Window {
    PitchlintSites: Sites;
  }
}

/** Each editor's context and text, as the adapter reads them. */
async function described(page: Page, site: 'gmail' | 'linkedin' | 'outlook') {
  return page.evaluate((which) => {
    const adapter = window.PitchlintSites[which];
    return adapter.findEditors(document).map((editor) => ({ ...adapter.describe(editor), text: adapter.read(editor).text }));
  }, site);
}

/**
 * For every pair of word boundaries in the first editor's draft, the DOM range built for that
 * span must hold exactly the span's text (line breaks the reader added at block edges aside).
 */
async function mismatchedSpans(page: Page, site: 'gmail' | 'linkedin' | 'outlook'): Promise<string[]> {
  return page.evaluate((which) => {
    const { rangeFor } = window.PitchlintSites;
    const adapter = window.PitchlintSites[which];
    const editor = adapter.findEditors(document)[0]!;
    const draft = adapter.read(editor);
    if (draft.type !== 'rich') return ['not a rich editor'];
    const bounds = [0];
    for (const match of draft.text.matchAll(/\s+/g)) bounds.push(match.index, match.index + match[0].length);
    bounds.push(draft.text.length);
    const squash = (s: string): string => s.replace(/\s+/g, '');
    const bad: string[] = [];
    for (const start of bounds) {
      for (const end of bounds) {
        if (end <= start) continue;
        const expected = draft.text.slice(start, end);
        const range = rangeFor(draft, start, end);
        const got = range?.toString() ?? '';
        if (squash(got) !== squash(expected) || (expected.trim() !== '' && range === null)) {
          bad.push(`[${start},${end}) ${JSON.stringify(expected)} → ${JSON.stringify(got)}`);
        }
      }
    }
    return bad;
  }, site);
}

describe('Gmail adapter', () => {
  it('new compose: email, first, the subject field; the signature is not draft text', async () => {
    const page = await open('gmail-compose');
    await page.locator('input[name="subjectbox"]').fill('Idea for Acme');
    expect(await described(page, 'gmail')).toEqual([{ kind: 'email', thread: 'first', subject: 'Idea for Acme', text: '\n\n\n' }]);
    await page.close();
  });

  it('inline reply: thread reply, no subject, neither quote nor signature in the text', async () => {
    const page = await open('gmail-reply');
    const [editor] = await described(page, 'gmail');
    expect(editor).toMatchObject({ kind: 'email', thread: 'reply' });
    expect(editor?.subject).toBeUndefined();
    expect(editor?.text.trim()).toBe('');
    await page.close();
  });

  it('full-screen compose: the same email, first, with its subject', async () => {
    const page = await open('gmail-fullscreen');
    await page.locator('input[name="subjectbox"]').fill('Idea for Acme');
    expect(await described(page, 'gmail')).toEqual([{ kind: 'email', thread: 'first', subject: 'Idea for Acme', text: '\n\n\n' }]);
    await page.close();
  });

  it('popped-out reply: thread reply, no subject, neither quote nor signature in the text', async () => {
    const page = await open('gmail-popout-reply');
    const [editor] = await described(page, 'gmail');
    expect(editor).toMatchObject({ kind: 'email', thread: 'reply' });
    expect(editor?.subject).toBeUndefined();
    expect(editor?.text.trim()).toBe('');
    await page.close();
  });

  it('reads lines, formatting and non-breaking spaces as the user sees them, and maps every span back', async () => {
    const page = await open('gmail-compose');
    await page.locator('[g_editable="true"]').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Hi Sarah,\n\nWe help  teams ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('cut follow-up time');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' in half.\nWorth a chat?');
    const [editor] = await described(page, 'gmail');
    // Chromium types the double space as "space + nbsp": the draft reads both as spaces.
    expect(editor?.text.trimEnd()).toBe('Hi Sarah,\n\nWe help  teams cut follow-up time in half.\nWorth a chat?');
    expect(await mismatchedSpans(page, 'gmail')).toEqual([]);
    await page.close();
  });

  it('finds a compose window added later, and every editor of two drafts', async () => {
    const page = await open('gmail-two-drafts');
    expect(await described(page, 'gmail')).toHaveLength(1);
    await page.locator('#compose-button').click();
    const both = await described(page, 'gmail');
    expect(both.map((e) => [e.kind, e.thread, e.subject])).toEqual([
      ['email', 'first', 'Idea for Acme onboarding'],
      ['email', 'first', ''],
    ]);
    await page.close();
  });
});

describe('LinkedIn adapter', () => {
  it('messaging: first without the other side, reply with it', async () => {
    const page = await open('linkedin-messaging');
    expect((await described(page, 'linkedin')).map((e) => [e.kind, e.thread])).toEqual([
      ['message', 'first'],
      ['message', 'reply'],
    ]);
    await page.close();
  });

  it('a message editor whose classes are hashed is still found, through its form and role', async () => {
    const page = await open('linkedin-messaging');
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('.msg-form__contenteditable')) el.className = 'x7f3a9 t-14';
    });
    expect((await described(page, 'linkedin')).map((e) => [e.kind, e.thread])).toEqual([
      ['message', 'first'],
      ['message', 'reply'],
    ]);
    await page.close();
  });

  it('post composer (Quill): post with the 3,000 limit; spans map back through Quill’s markup', async () => {
    const page = await open('linkedin-post');
    await page.locator('.ql-editor').click();
    await page.keyboard.type('Most cold emails ask too much.\n\nWhat is the smallest ask that ever worked for you?');
    const [editor] = await described(page, 'linkedin');
    expect(editor).toEqual({
      kind: 'post',
      thread: 'first',
      maxLength: 3000,
      text: 'Most cold emails ask too much.\n\nWhat is the smallest ask that ever worked for you?',
    });
    expect(await mismatchedSpans(page, 'linkedin')).toEqual([]);
    await page.close();
  });

  it('comment box: comment with the 1,250 limit', async () => {
    const page = await open('linkedin-comment');
    expect((await described(page, 'linkedin')).map((e) => [e.kind, e.thread, e.maxLength])).toEqual([['comment', 'first', 1250]]);
    await page.close();
  });

  it('invitation note: a message limited to the textarea’s 300 characters, read from its value', async () => {
    const page = await open('linkedin-invite');
    await page.locator('textarea[name="message"]').fill('Hi Sarah, great talk at the meetup.');
    expect(await described(page, 'linkedin')).toEqual([
      { kind: 'message', thread: 'first', maxLength: 300, text: 'Hi Sarah, great talk at the meetup.' },
    ]);
    await page.close();
  });
});

describe('Outlook adapter', () => {
  // The compose body (the received message holds a contenteditable textbox of its own).
  const BODY = '[id^="editorParent_"] > [aria-multiline="true"]';

  it('new mail in the reading pane: email, first, the subject line; the signature is not draft text', async () => {
    const page = await open('outlook-compose');
    await page.locator('input[aria-label="Add a subject"]').fill('Idea for Acme');
    expect(await described(page, 'outlook')).toEqual([{ kind: 'email', thread: 'first', subject: 'Idea for Acme', text: '\n' }]);
    await page.close();
  });

  it('pop-out new mail: the same email, first, with its subject', async () => {
    const page = await open('outlook-popout');
    expect(await described(page, 'outlook')).toEqual([{ kind: 'email', thread: 'first', subject: '', text: '\n' }]);
    await page.close();
  });

  it('inline reply (English and Dutch): reply, no subject; neither signature, marker, header nor quote in the text; the received message is no editor', async () => {
    for (const name of ['outlook-reply', 'outlook-live-reply-nl']) {
      const page = await open(name);
      // The received message holds a contenteditable textbox of its own: never found.
      expect(await described(page, 'outlook')).toEqual([{ kind: 'email', thread: 'reply', text: '\n' }]);
      await page.close();
    }
  });

  it('pop-out forward (Dutch): a first email with the subject the writer sets; the forwarded message is not draft text', async () => {
    const page = await open('outlook-live-popout-nl');
    expect(await described(page, 'outlook')).toEqual([{ kind: 'email', thread: 'first', subject: 'FW: Q3-planning', text: '\n' }]);
    await page.close();
  });

  it('reads what is typed above the signature, and maps every span back', async () => {
    const page = await open('outlook-reply');
    await page.locator(BODY).first().click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Hi Anna,\n\nHere are  the ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('numbers');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' you asked for.');
    const [editor] = await described(page, 'outlook');
    expect(editor?.text.trimEnd()).toBe('Hi Anna,\n\nHere are  the numbers you asked for.');
    expect(await mismatchedSpans(page, 'outlook')).toEqual([]);
    await page.close();
  });

  it('two drafts at once: the inline reply and a new mail opened later, each with its own context', async () => {
    const page = await open('outlook-two-drafts');
    expect((await described(page, 'outlook')).map((e) => e.thread)).toEqual(['reply']);
    await page.locator('#new-mail').click();
    await page.locator('input[aria-label="Add a subject"]').fill('Idea for Acme');
    expect(await described(page, 'outlook')).toEqual([
      { kind: 'email', thread: 'reply', text: '\n' },
      { kind: 'email', thread: 'first', subject: 'Idea for Acme', text: '\n' },
    ]);
    await page.close();
  });
});

describe('Gmail adapter: 2026 structures', () => {
  it('Settings: the signature editor is no draft; a compose window opened from Settings is', async () => {
    const page = await open('gmail-settings-signature', '#settings/general');
    const found = await page.evaluate(() => window.PitchlintSites.gmail.findEditors(document).map((e) => e.getAttribute('aria-label')));
    expect(found).toEqual(['Message Body']);
    await page.close();
  });

  it('an inline forward in a conversation: first, the forwarded message left out', async () => {
    const page = await open('gmail-forward');
    const [editor] = await described(page, 'gmail');
    expect(editor).toMatchObject({ kind: 'email', thread: 'first' });
    expect(editor?.text.trim()).toBe('');
    await page.close();
  });

  it('a reply (an "On …, X wrote:" quote) stays a reply', async () => {
    const page = await open('gmail-reply');
    expect((await described(page, 'gmail'))[0]?.thread).toBe('reply');
    await page.close();
  });
});

describe('LinkedIn adapter: 2026 structures', () => {
  it('TipTap comment box (data-view-name="comment-box", no form): comment with the 1,250 limit', async () => {
    const page = await open('linkedin-comment-tiptap');
    await page.waitForSelector('div.tiptap.ProseMirror[role="textbox"]');
    await page.locator('div.tiptap.ProseMirror').click();
    await page.keyboard.type('Smallest ask that worked for us: a two-line reply.');
    expect(await described(page, 'linkedin')).toEqual([
      { kind: 'comment', thread: 'first', maxLength: 1250, text: 'Smallest ask that worked for us: a two-line reply.' },
    ]);
    expect(await mismatchedSpans(page, 'linkedin')).toEqual([]);
    await page.close();
  });

  it('Sales Navigator inbox: a 1,900-character message, a reply when the lead wrote', async () => {
    const page = await open('linkedin-sales-inbox');
    expect((await described(page, 'linkedin')).map((e) => [e.kind, e.thread, e.maxLength])).toEqual([['message', 'reply', 1900]]);
    await page.close();
  });

  it('Sales Navigator lead page: a first message, 1,900 characters, with the InMail subject and its limit', async () => {
    const page = await open('linkedin-sales-lead');
    await page.locator('input[name="subject"]').fill('Onboarding at Northwind');
    expect(await described(page, 'linkedin')).toEqual([
      { kind: 'message', thread: 'first', maxLength: 1900, subject: 'Onboarding at Northwind', subjectMaxLength: 80, text: '' },
    ]);
    // The field's own maxlength wins over the known limit; the subject field is where its findings are drawn.
    const own = await page.evaluate(() => {
      const adapter = window.PitchlintSites.linkedin;
      document.querySelector('input[name="subject"]')!.setAttribute('maxlength', '120');
      const [editor] = adapter.findEditors(document);
      return [adapter.describe(editor!).subjectMaxLength, adapter.subjectField?.(editor!)?.name];
    });
    expect(own).toEqual([120, 'subject']);
    await page.close();
  });

  it('Sales Navigator inbox: a reply has no subject field, so no subject goes with it', async () => {
    const page = await open('linkedin-sales-inbox');
    const found = await page.evaluate(() => {
      const adapter = window.PitchlintSites.linkedin;
      const [editor] = adapter.findEditors(document);
      return [Object.keys(adapter.describe(editor!)).sort(), adapter.subjectField?.(editor!) ?? null];
    });
    expect(found).toEqual([['kind', 'maxLength', 'thread'], null]);
    await page.close();
  });

  it('invitation note in the #interop-outlet shadow root: the textarea’s own maxlength (200)', async () => {
    const page = await open('linkedin-invite-interop');
    await page.locator('#add-note').click();
    const found = await page.evaluate(() => {
      const adapter = window.PitchlintSites.linkedin;
      const shadow = document.querySelector('#interop-outlet')!.shadowRoot!;
      return adapter.findEditors(shadow).map((editor) => adapter.describe(editor));
    });
    expect(found).toEqual([{ kind: 'message', thread: 'first', maxLength: 200 }]);
    await page.close();
  });

  it('messaging iframe: the /preload/ document’s bubble is a reply; only the shown copy is usable', async () => {
    const page = await open('linkedin-feed-messaging-frame');
    const frames = await page.evaluate(() => {
      const { linkedin, usableByUser } = window.PitchlintSites;
      return [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-testid="interop-iframe"]')].map((frame) => {
        const doc = frame.contentDocument!;
        return linkedin.findEditors(doc).map((editor) => ({ ...linkedin.describe(editor), usable: usableByUser(editor), src: frame.getAttribute('src') }));
      });
    });
    expect(frames).toEqual([
      [{ kind: 'message', thread: 'reply', usable: true, src: '/preload/messaging/?conversation=2-abc' }],
      [{ kind: 'message', thread: 'reply', usable: false, src: '/preload/messaging/?prefetch=true' }],
    ]);
    // In the page itself: its comment box is usable; one hidden behind aria-hidden or inert is not.
    const inPage = await page.evaluate(() => {
      const { usableByUser } = window.PitchlintSites;
      const editor = document.querySelector('[data-test-comment-box] [contenteditable]')!;
      const shown = usableByUser(editor);
      editor.closest('.feed-card')!.setAttribute('inert', '');
      const inert = usableByUser(editor);
      return { shown, inert };
    });
    expect(inPage).toEqual({ shown: true, inert: false });
    await page.close();
  });
});
