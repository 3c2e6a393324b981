/**
 * Every rule is registered, belongs to exactly one set, is documented in both interface
 * languages, has its own case table, and appears in the README's rules table. A rule that
 * misses any of these is not finished, whatever its code does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/analyzer/registry';
import { RULE_SETS, rulesInSet, ruleSetOf } from '../../src/analyzer/rule-sets';
import { RULE_IDS, RULE_SET_IDS } from '../../src/analyzer/types';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LANGS = ['en', 'nl'] as const;

describe.each(RULE_IDS.map((id) => [id]))('rule %s', (id) => {
  const rule = RULES[id];
  const [set, name] = id.split('/') as [string, string];

  it('is registered under its own id', () => {
    expect(rule, `no registry entry for ${id}`).toBeDefined();
    expect(rule.meta.id).toBe(id);
    expect(typeof rule.check).toBe('function');
  });

  it('belongs to exactly one known rule set, the one its id names', () => {
    expect(RULE_SET_IDS).toContain(rule.meta.set);
    expect(rule.meta.set).toBe(set);
    expect(ruleSetOf(id)).toBe(set);
    const memberships = RULE_SET_IDS.filter((s) => rulesInSet(s).includes(id));
    expect(memberships).toEqual([set]);
  });

  it('has a default severity', () => {
    expect(['error', 'warning', 'info']).toContain(rule.meta.severity);
  });

  it.each(LANGS.map((lang) => [lang]))('is described and explained in %s', (lang) => {
    expect(rule.meta.description[lang].trim(), `${id}: description.${lang}`).not.toBe('');
    expect(rule.meta.rationale[lang].trim(), `${id}: rationale.${lang}`).not.toBe('');
  });

  it('has a case-table test file', () => {
    const file = join(REPO_ROOT, 'tests', 'analyzer', 'rules', `${set}-${name}.test.ts`);
    expect(existsSync(file), `missing tests/analyzer/rules/${set}-${name}.test.ts`).toBe(true);
  });

  it('is listed in the README rules table', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`\`${id}\``);
  });
});

describe('registry and rule sets', () => {
  it('registers no rule that is not in RULE_IDS', () => {
    expect(Object.keys(RULES).sort()).toEqual([...RULE_IDS].sort());
  });

  it('describes every rule set in both languages, and every set has rules', () => {
    for (const setId of RULE_SET_IDS) {
      const meta = RULE_SETS[setId];
      expect(meta.id).toBe(setId);
      for (const lang of LANGS) {
        expect(meta.title[lang].trim()).not.toBe('');
        expect(meta.description[lang].trim()).not.toBe('');
      }
      expect(rulesInSet(setId).length).toBeGreaterThan(0);
    }
  });
});
