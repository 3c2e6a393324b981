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
  --subject TEXT                       the draft's subject line
  --max-length N                       the host editor's character limit
  --subject-max-length N               the subject field's own character limit (an InMail's)
  --template                           template mode: the draft is a template with placeholders

Rules:
  --disable RULE_OR_SET                switch a rule or a rule set off (repeatable)
  --enable RULE_OR_SET                 switch a rule or a rule set on (repeatable; wins over --disable)
  rule sets: ${RULE_SET_IDS.join(', ')}
  rules:     ${RULE_IDS.join(', ')}

Input and output:
  --input text|jsonl                   text: each file is one draft (default); jsonl: one draft per line,
                                       {"id", "text", "kind"?, "thread"?, "lang"?, "subject"?, "maxLength"?,
                                        "subjectMaxLength"?, "template"?}
  -f, --format text|json|jsonl|sarif   output format (default: text); sarif: one SARIF 2.1.0 log for
                                       code scanning
  --max-warnings N                     exit 1 when there are more than N warnings in all

Config (pitchlint.config.json, the nearest from each file's folder upwards; flags win over it):
  -c, --config PATH                    use this config file for every file instead
  --no-config                          use no config file
  --print-config FILE                  print the settings that apply to FILE, as JSON, and lint nothing
  fields: ruleSets, rules, language, kind, thread, template, maxLength,
          overrides: [{ "files": [glob, ...], ...the same fields }] (globs relative to the config's folder)

Other:
  -h, --help                           show this help
  -v, --version                        show the version

Exit status: 0 no errors (and warnings within --max-warnings), 1 otherwise, 2 bad usage, unreadable input
or a config that cannot be read or is invalid.

Examples:
  pitchlint draft.txt
  pitchlint --kind post --lang nl --format json post.txt
  echo "Sign today or lose the discount!!" | pitchlint --max-warnings 0
  pitchlint --input jsonl --format jsonl drafts.jsonl > reports.jsonl
  pitchlint --format sarif templates/*.txt > pitchlint.sarif
  pitchlint --print-config templates/invites/intro.txt
`;
}
