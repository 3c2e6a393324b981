/**
 * What the writer needs from the reader, said as a statement: "All I'd need from you is a
 * signature", "If you'd like to go ahead, I just need:" and a list, "I only need you to confirm the
 * date", "Het enige wat ik nog van je nodig heb is je akkoord", "We hebben alleen nog je
 * handtekening nodig", the Flemish "hadden we graag nog volgende info ontvangen:". The reader is asked to give it, as rules.md's "Graag de offerte getekend
 * retour" asks without an imperative. Kept apart because both languages' classifiers read it.
 */
export const NEEDS_FROM_READER = {
  en: /\b(?:all (?:i|we)(?:'d| would)? (?:need|ask) from you (?:is|are)|all (?:i|we)(?:'d| would) (?:need|ask) (?:is|are)|the only thing (?:i|we)(?:'d| would)? need from you is|(?:i|we)(?:'d| would)? (?:just |only )?need (?:you to|from you)\b)|\b(?:i|we)(?:'d| would)? (?:just |only )need(?: from you)?\s*:?\s*$/iu,
  nl: /\b(?:(?:het )?enige wat (?:ik|we|wij) (?:nog )?(?:van (?:je|u|jou|jullie) )?nodig (?:heb|hebben) is|(?:ik|we|wij) (?:heb|hebben) (?:alleen|enkel) (?:nog )?(?:\S+ ){1,6}?(?:van (?:je|u|jou|jullie) )?nodig\b|(?:ik|we|wij) (?:heb|hebben) (?:alleen |enkel )?(?:nog )?(?:van (?:je|u|jou|jullie) )?nodig\s*:|(?:hadden|hebben|zouden|willen) (?:we|wij|ik) (?:graag|heel graag) (?:nog )?(?:\S+ ){0,4}?(?:ontvangen|krijgen|vernemen)\b)/iu,
} as const;

/**
 * A Dutch condition put as a question-shaped verb first, the writer's part after it: "Geef je groen
 * licht, dan zet ik de licenties klaar", "Stuur je het rooster door, dan plan ik de eerste week in".
 * It asks the reader to take that step, as rules.md's conditional request "If this is relevant,
 * reply and I'll send the deck" does.
 */
export const INVERTED_CONDITION_REQUEST =
  /^\W*(?:geef|stuur|teken|bevestig|mail|kies|plan|boek|laat|zeg|deel|vul) (?:je|u|jij|jullie) [^,.;?!]{2,80}, (?:dan )?(?:zet|stuur|plan|regel|maak|bel|start|ga|kan|zal|zorg|boek|breng|kom|neem|lever) (?:ik|we|wij)\b/iu;
