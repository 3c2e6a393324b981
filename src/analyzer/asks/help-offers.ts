/**
 * "Questions? Call us at …", "Vragen? Bel of app ons op …": a contact line under a "Questions?"
 * label offers help with whatever the reader may still wonder about, as "Let me know if you have
 * any questions" does (rules.md: a passive closer), so it is no ask. "Meer weten? <url>" and
 * "Interested? Call me" do name a step and stay asks: only a label about questions or help ("Need
 * assistance? Email: …", "Hulp nodig?") makes the offer.
 */
import type { Draft, Lang } from '../types';

const QUESTIONS_LABEL: Record<Lang, RegExp> = {
  en: /^(?:(?:any|more|other|further|got|have)?\s*(?:questions?|queries)(?: or (?:comments|feedback|concerns))?|(?:need|want|looking for) (?:any |some |immediate |urgent |more |further )?(?:help|assistance|support))\s*\?\s*$/iu,
  nl: /^(?:(?:nog|andere|verdere|heb je|heeft u)?\s*(?:vragen|een vraag)(?: of opmerkingen)?|(?:direct |snel |meer )?(?:hulp|ondersteuning|support) nodig)\s*\?\s*$/iu,
};

const CONTACT_STEP: Record<Lang, RegExp> = {
  en: /^(?:just |simply |please |feel free to )?(?:call|ring|phone|e-?mail|mail|text|message|whatsapp|contact|reach out|reach|hit reply|reply|get in touch|drop (?:me|us) a (?:line|note)|give (?:me|us) a (?:call|ring|shout))\b/iu,
  nl: /^(?:gerust |even )?(?:bel|mail|e-mail|app|whatsapp|neem (?:gerust |vrijblijvend |gerust vrijblijvend )?contact|stuur (?:me|mij|ons) (?:gerust )?(?:een )?(?:mail|e-mail|bericht|appje|berichtje)|reageer|laat het (?:me|ons) weten)\b/iu,
};

/** Whether the ask starting in sentence `index` is a contact line under a "Questions?" label. */
export function isHelpOffer(draft: Draft, index: number, askText: string): boolean {
  const previous = draft.sentences[index - 1];
  if (!previous) return false;
  return QUESTIONS_LABEL[draft.lang].test(previous.text) && CONTACT_STEP[draft.lang].test(askText.trimStart());
}
