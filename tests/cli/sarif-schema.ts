/**
 * Checks a SARIF log against the SARIF 2.1.0 JSON schema (schemas/README.md says where the file
 * comes from). The schema is draft-04, hence Ajv's draft-04 class; ajv-formats checks "uri",
 * "uri-reference" and "date-time". unicodeRegExp off: one of the schema's patterns (the language
 * tag) has a stray "]" that a Unicode-mode RegExp rejects, and the schema's authors wrote it for
 * plain ECMAScript regular expressions.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const SCHEMA = join(dirname(fileURLToPath(import.meta.url)), 'schemas', 'sarif-2.1.0-rtm.5.json');

const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);

/** The schema's complaints about `log`, one per line; empty when it is valid. */
export function sarifSchemaErrors(log: unknown): string {
  if (validate(log)) return '';
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('\n');
}
