/** Reading an Outlook fixture page from the Outlook e2e tests. */
import type { Page } from 'playwright-core';

/** The compose body (a received message may hold a contenteditable textbox of its own). */
export const OUTLOOK_BODY = '[id^="editorParent_"] > [aria-multiline="true"]';

/** The HTML of the first body from its signature on: the signature, quote marker, header and quoted message. */
export async function afterDraftHtml(page: Page, body = OUTLOOK_BODY): Promise<string> {
  return page.locator(body).first().evaluate((editor) => {
    let html = '';
    for (let node = editor.querySelector('#Signature'); node !== null; node = node.nextElementSibling) html += node.outerHTML;
    return html;
  });
}
