/**
 * What Outlook on the web's compose surfaces look like, by role and id rather than by its hashed
 * class names (which change with every release). The same structure holds on
 * outlook.office.com, outlook.office365.com and outlook.live.com, in every interface language.
 */

/**
 * The message body: a contenteditable textbox marked multi-line. Its aria-label is localised and
 * changes ("Message body", "Message body, press Alt+F10 to exit", Dutch "Berichttekst"), so it is
 * not used. The To and Cc fields are contenteditable textboxes too, but never multi-line.
 */
export const BODY_SELECTOR = 'div[contenteditable="true"][role="textbox"][aria-multiline="true"]';

/**
 * A received message as the reading pane shows it: a read-only document whose HTML Outlook wraps
 * in div.rps_… and whose ids and classes it prefixes with x_. A mail's own HTML may carry
 * contenteditable attributes; nothing under these is ever an editor to lint.
 */
export const RECEIVED_MESSAGE_SELECTOR = '[role="document"], [class^="rps_"], [class*=" rps_"]';

/**
 * Where the writer's draft ends, in the order Outlook writes a reply or forward into the body: the
 * signature (div#Signature; x_Signature when it came in with a quoted message), the
 * append-on-send marker, the rule above the quoted header and the From / Sent / To / Subject
 * header (div#divRplyFwdMsg). The earlier message follows the header. All of it is left out.
 */
export const DRAFT_END_SELECTOR = [
  '[id="Signature"]',
  '[id="x_Signature"]',
  '[id="appendonsend"]',
  'hr:has(+ [id="divRplyFwdMsg"])',
  '[id="divRplyFwdMsg"]',
].join(',');

/** The header Outlook puts above the message a reply or forward quotes. */
export const QUOTE_HEADER_SELECTOR = '[id="divRplyFwdMsg"], [id="appendonsend"]';

/** An open conversation: its received messages and the inline reply under them. */
export const CONVERSATION_SELECTOR = '[data-convid]';

/** The reading pane: new mail and inline replies open in it. */
export const READING_PANE_SELECTOR = '#ReadingPaneContainerId';

/**
 * The subject line: an input labelled (localised) "Add a subject" / "Subject" / Dutch
 * "Onderwerp toevoegen", with an id subjectLine<N> in the builds that set one.
 */
export const SUBJECT_INPUT_SELECTOR = 'input[id^="subjectLine"], input[aria-label], input[placeholder]';
export const SUBJECT_LABEL = /subject|onderwerp/i;

/** Reply and forward prefixes Outlook and its users write in English and Dutch subjects. */
export const REPLY_SUBJECT = /^\s*(re|antw|aw|sv)\s*:/i;
export const FORWARD_SUBJECT = /^\s*(fw|fwd|doorst|wg)\s*:/i;
