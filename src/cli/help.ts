/** The --help text. Kept next to the option parser's names so the two stay in step. */
import { RULE_IDS, RULE_SET_IDS } from '../analyzer/types';

export function helpText(): string {
  return `Usage: pitchlint [options] [file ...]

Lints sales emails and LinkedIn drafts: the call to action, tone, clarity, posts, subject lines.
Reads standard input when no file or "-" is given.

Draft options:
  --kind email|message|post|comment   what the draft is (default: email)
  --thread first|reply                 new outreach or an answer to the reader (default: first)
  --lang auto|en|nl                    language of the draft (default: auto)
  --subject TEXT                       the email's subject line
  --max-length N                       the host editor's character limit

Rules:
  --disable RULE_OR_SET                switch a rule or a rule set off (repeatable)
  --enable RULE_OR_SET                 switch a rule or a rule set on (repeatable; wins over --disable)
  rule sets: ${RULE_SET_IDS.join(', ')}
  rules:     ${RULE_IDS.join(', ')}

Input and output:
  --input text|jsonl                   text: each file is one draft (default); jsonl: one draft per line,
                                       {"id", "text", "kind"?, "thread"?, "lang"?, "subject"?, "maxLength"?}
  -f, --format text|json|jsonl         output format (default: text)
  --max-warnings N                     exit 1 when there are more than N warnings in all
  -h, --help                           show this help
  -v, --version                        show the version

Exit status: 0 no errors (and warnings within --max-warnings), 1 otherwise, 2 bad usage or unreadable input.

Examples:
  pitchlint draft.txt
  pitchlint --kind post --lang nl --format json post.txt
  echo "Sign today or lose the discount!!" | pitchlint --max-warnings 0
  pitchlint --input jsonl --format jsonl drafts.jsonl > reports.jsonl
`;
}
