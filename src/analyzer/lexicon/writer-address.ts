/**
 * The writer telling the reader where to find them ("dan weet je me te vinden", "you know where to
 * find me"): the passive closer of rules.md, not a step. Kept once here because three readers need
 * it: the Dutch ask classifier, the link labels (an address, as in a signature) and cta/missing's
 * doubt about a closing sentence.
 */
export const WRITER_ADDRESS = {
  nl: '(?:weet|weten) (?:je|u|jij|jullie) (?:me|mij|ons) (?:te vinden|te bereiken)',
  en: 'you know where to (?:find|reach) (?:me|us)',
} as const;
