/**
 * `--format sarif`: one SARIF 2.1.0 log for all drafts, for code-scanning tools (GitHub code
 * scanning, Azure DevOps, SARIF viewers). One run; the driver lists every rule that reported
 * something, with its description and rationale from the rule's metadata (in English, the
 * language of code-scanning dashboards; each result's message is in the draft's language).
 *
 * Regions are 1-based. Columns count UTF-16 code units, SARIF's default `columnKind`, which is
 * exactly what the analyzer's offsets (JavaScript string indices) count; the run states it anyway.
 * endColumn is the column just after the span (SARIF's end is exclusive too). A record of an
 * `--input jsonl` batch has no lines of its own in the file: its results point at the record's
 * line of the batch file and name its id as a logical location.
 */
import { relative, resolve, sep } from 'node:path';
import { RULES } from '../analyzer/registry';
import type { Finding, RuleId, Severity } from '../analyzer/types';
import { RULE_IDS } from '../analyzer/types';
import { positionFinder } from './format-text';
import { STDIN_NAME, type Job } from './inputs';
import type { Result } from './results';

/** The URI of the OASIS SARIF 2.1.0 schema, as logs name it in "$schema". */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function formatSarif(results: readonly Result[], toolVersion: string, cwd: string): string {
  const reported = new Set(results.flatMap((r) => r.report.findings.map((f) => f.ruleId)));
  const ruleIds = RULE_IDS.filter((id) => reported.has(id));
  const ruleIndex = new Map<RuleId, number>(ruleIds.map((id, index) => [id, index]));
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'pitchlint', version: toolVersion, rules: ruleIds.map(ruleDescriptor) } },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap(({ job, report }) => {
          const where = locator(job, cwd);
          return report.findings.map((finding) => ({
            ruleId: finding.ruleId,
            ruleIndex: ruleIndex.get(finding.ruleId)!,
            level: LEVEL[finding.severity],
            message: { text: finding.message },
            locations: [where(finding)],
          }));
        }),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function ruleDescriptor(id: RuleId) {
  const { meta } = RULES[id];
  return {
    id,
    shortDescription: { text: meta.description.en },
    fullDescription: { text: `${meta.description.en} ${meta.rationale.en}` },
    help: { text: meta.rationale.en },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { ruleSet: meta.set },
  };
}

/** Builds each finding's location in the job's file. */
function locator(job: Job, cwd: string): (finding: Finding) => object {
  const artifactLocation = { uri: artifactUri(job.source, cwd) };
  if (job.line !== undefined) {
    const record = { physicalLocation: { artifactLocation, region: { startLine: job.line } }, logicalLocations: [{ name: String(job.id) }] };
    return () => record;
  }
  const position = positionFinder(job.text);
  return (finding) => {
    const start = position(finding.start);
    const end = position(finding.end);
    const region: Record<string, unknown> = { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
    if (finding.excerpt !== '') region.snippet = { text: finding.excerpt };
    return { physicalLocation: { artifactLocation, region } };
  };
}

/**
 * The file as a relative URI reference (each path segment percent-encoded, "/" between them),
 * relative to the working folder, where CI runs the command: code scanning resolves it against
 * the repository's root. Standard input has no path: it keeps the name the text output uses.
 */
export function artifactUri(source: string, cwd: string): string {
  if (source === '-') return encodeURIComponent(STDIN_NAME);
  const path = relative(cwd, resolve(cwd, source));
  return path.split(sep).map(encodeURIComponent).join('/');
}
