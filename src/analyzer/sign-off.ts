/**
 * Sign-off lines, English and Dutch ("Best, Tom", "Met vriendelijke groet,"), also when a template
 * wraps them in markdown emphasis or a joined template glues them to the body's last line.
 */
import type { Line } from './lines';

/**
 * Collected from common email closings, optionally followed by a name on the same line; "--" and "—"
 * before a name is the plain-text convention. A wish may come first: "Veel succes en groet,".
 */
const SIGN_OFF =
  /^\s*(?:(?:(?:veel )?succes|fijne (?:dag|avond|week)|(?:een )?fijn weekend|goed weekend|good luck|have a (?:great|good|nice) (?:day|week|weekend))\s*(?:en|and|,)\s*)?(?:(?:best|kind|warm|warmest|many|with|all the)?\s*(?:regards|wishes|best|thanks)|best|cheers|thanks(?: again| so much| in advance)?|thank you(?: very much)?|thx|sincerely(?: yours)?|yours(?: truly| sincerely| faithfully)?|respectfully|warmly|talk soon|speak soon|take care|(?:met )?(?:vriendelijke|hartelijke|warme|zonnige|sportieve|collegiale) groet(?:en)?|groet(?:en|jes)?|(?:met )?(?:vriendelijke )?groet|mvg|m\.v\.g\.|gr\.?|hoogachtend|tot (?:snel|gauw|ziens)|spreek je (?:snel|gauw)|(?:alvast )?bedankt|dank(?:je| je| u)(?: wel)?|liefs)\s*[,.!]?/iu;
/** What may follow a sign-off on its line: a name, capitalised (case-sensitive, unlike the sign-off). */
const NAME_AFTER_SIGN_OFF = /^(?:\s*[\p{Lu}{[][\p{L}{}[\]_ .'-]{0,40})?\s*$/u;
const DASH_NAME = /^\s*(--|—|–)\s*[^\s\-—–]/;

/** A line's text without the markdown emphasis a template may wrap it in ("_Best wishes,_", "**Tom**"). */
export function plain(line: Line): string {
  return line.text.trim().replace(/^[*_]+(?=\S)|(?<=\S)[*_]+$/gu, '');
}

export function isSignOff(line: Line): boolean {
  const t = plain(line);
  if (t.length > 60) return false;
  if (DASH_NAME.test(t)) return true;
  const m = SIGN_OFF.exec(t);
  return m !== null && NAME_AFTER_SIGN_OFF.test(t.slice(m[0].length));
}

/**
 * A sign-off glued to the end of the last line, as templates joined into one line send it
 * ("… {{CALENDLY}} Groeten, {{NAAM}}", "… Worth a chat? Best, Tom"), after a sentence or a link: where it starts, if any.
 * A name or merge field must follow it, so a closing "Thanks." stays the body's own sentence.
 */
export function gluedSignOffStart(line: Line): number | undefined {
  for (const end of line.text.matchAll(/(?:[.!?)\]}]|\bhttps?:\/\/\S+|\bwww\.\S+)\s+/gu)) {
    const at = end.index + end[0].length;
    const rest = line.text.slice(at);
    const signOff = SIGN_OFF.exec(rest);
    const name = signOff ? rest.slice(signOff[0].length) : '';
    if (signOff && /\S/u.test(name) && NAME_AFTER_SIGN_OFF.test(name) && !/[.?!]\s*$/u.test(name)) return line.start + at;
  }
  return undefined;
}
