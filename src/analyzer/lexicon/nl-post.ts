/**
 * Dutch engagement bait for post/engagement-bait, in the same form as en-post.ts: the examples
 * of rules.md and the forms the same device takes in Dutch LinkedIn posts.
 */
import { EMOJI, KEYWORD, OPENS } from './post-forms';

/** Case-sensitive where capitals are the tell: "Reageer met JA", "Typ 'gids' hieronder". */
export const NL_BAIT_KEYWORD: readonly string[] = [
  String.raw`${OPENS}(?:[Rr]eageer|[Cc]omment|[Tt]yp|[Tt]ik|[Ss]chrijf|[Zz]et|[Ll]aat) (?:(?:hieronder|in de comments|in de reacties) )?(?:met |een )?(?:het woord )?${KEYWORD}`,
];

/** Matched case-insensitively, through `phrasePattern`. */
export const NL_BAIT_PHRASES: readonly string[] = [
  // rules.md: "Like als je het eens bent"; the same device with other reactions.
  '(like|deel|repost|reageer)( dit( bericht)?)? als (je|u|jij) het (er )?(mee )?eens (bent|is)',
  'geef (een|dit bericht een) (like|duim|❤️)( als)?',
  `geef (dit|deze post|dit bericht) (een|a) (${EMOJI}|like|duim|duimpje|hartje)`,
  // "Zet een 📦 in de reacties en ik stuur hem je toe": an emoji as the price of the resource.
  `(zet|plaats|laat) (een|je) (${EMOJI}) (in de (reacties|comments)|hieronder)`,
  // "Klik op repost zodat dit … bereikt".
  '(klik op|druk op) (repost|delen|like)',
  'like (en|&) (deel|repost|reageer)',
  // rules.md: "Tag iemand die dit moet lezen".
  'tag (iemand|een collega|een vriend|een vriendin|\\d+ (collega\'s|vrienden|mensen)|twee|drie)',
  // "Ken je iemand die …? Tag ze.": the pronoun stands for the people just described.
  'tag (ze|hen|hem|\'m|haar|die persoon|diegene|degene|jouw \\S+)(?=\\s*[.!\\n]|\\s*$| (hieronder|in de comments|in de reacties))',
  // "Tag hieronder de Excel-koning uit jouw team": the person described, tagged from the reader's circle.
  'tag (hieronder |in de (reacties|comments) )?(de|die|dat|jouw|je|een) (\\S+ ){1,3}?(uit|in|van) (je|jouw|jullie) (team|netwerk|omgeving|bedrijf|kantoor|afdeling)',
  // Forwarding, saving and following as reach (the twins of en-post.ts).
  '(stuur|deel|forward) (ze|hen|hem|haar) dit (bericht|artikel|post)',
  '(stuur|deel) dit (bericht |artikel |post )?(door )?(naar|met) (iemand|een collega|een vriend|je team|jouw netwerk|je netwerk)',
  '(sla|bewaar) (dit|deze post|dit bericht)( op| voor later)',
  'bewaar (dit|deze post|dit bericht)(?=\\s*[.!\\n]|\\s*$)',
  'volg (me|mij) voor meer',
  // Sharing as a device for reach.
  '(♻️ ?)?(deel|repost) (dit|dit bericht|deze post)( met je netwerk| met iemand)? (als|om|zodat)',
  // Emoji replies as a device.
  // De lead magnet voor een reactie: "Reageer met je e-mailadres 👇 en ik stuur je de link".
  '(reageer met|laat|zet|deel|comment) (je|jouw|uw|een) (e-?mail|e-?mailadres|mailadres|naam|gegevens)( achter)?( hieronder| in de (comments|reacties))?\\s*(👇|⬇️)?( achter)?( en| &) (ik stuur|dan stuur ik|ik mail|dan mail ik)',
  `reageer met (een )?(${EMOJI}|emoji|duim)`,
  `laat (een|je) (${EMOJI}|emoji|duim|like) achter`,
];
