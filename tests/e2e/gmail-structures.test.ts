/**
 * Gmail structures beyond the compose window, in real Chromium with the built extension:
 * Settings → Signature (a g_editable textbox too: never linted, while a compose window opened
 * from Settings still is) and an inline forward (a first message to a new reader, not a reply).
 */
import { describe, expect, it } from 'vitest';
import { badges, highlightedTexts, typeInto, useBrowser, waitForBadge, waitForPitchlint } from './harness';
import { PUSHY_EMAIL, PUSHY_PHRASES } from './drafts';

const browser = useBrowser();

describe('Gmail', () => {
  it('never lints the signature editor in Settings; the compose window beside it is linted', async () => {
    const page = await browser().openFixture('gmail-settings-signature', { hash: '#settings/general' });
    await waitForPitchlint(page);
    await typeInto(page, '[aria-label="Signature"]', 'Reply today, this is your last chance!! ', { at: 'end' });
    await typeInto(page, '[aria-label="Message Body"]', PUSHY_EMAIL);
    const state = await browser().waitForState(page, (s) => s.editors[0]?.text.trimEnd().endsWith('Tom') === true);
    expect(state.editors).toHaveLength(1);
    expect(state.editors[0]?.text).not.toContain('Head of Sales');
    await waitForBadge(page, (b) => b.findings > 0);
    expect(await badges(page)).toHaveLength(1);
    const underlined = await highlightedTexts(page);
    expect(underlined.some((t) => PUSHY_PHRASES.includes(t))).toBe(true);
    // Nothing drawn over the signature's own pressure.
    const signatureText = await page.locator('[aria-label="Signature"]').innerText();
    expect(underlined.filter((t) => !PUSHY_EMAIL.includes(t) && signatureText.includes(t))).toEqual([]);
    await page.close();
  });

  it('reads an inline forward in a conversation as a first message, without the forwarded text', async () => {
    const page = await browser().openFixture('gmail-forward');
    await waitForPitchlint(page);
    await typeInto(page, '[g_editable="true"]', 'Hi Sam, Anna asked about onboarding time: could you send her the numbers?');
    const state = await browser().waitForState(page, (s) => s.editors[0]?.text.includes('numbers?') === true);
    expect(state.editors.map((e) => [e.kind, e.thread])).toEqual([['email', 'first']]);
    expect(state.editors[0]?.text).not.toMatch(/Forwarded message|last chance/);
    await page.close();
  });
});
