/**
 * The `template` rule set in the settings: on by default, switched off like any set, and a team
 * policy can set and lock it (ruleSets.template, rules.template/placeholder). The schema an
 * administrator reads (public/managed_schema.json) lists both.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer/index';
import { applyPolicy, isRuleLocked, isSetLocked, parsePolicy } from '../../src/settings/managed';
import { defaultSettings, validateSettings } from '../../src/settings/schema';

const DRAFT = 'Hi {{first_name}},\n\nWorth a quick chat next week?\n\nBest,\nTom';
const placeholderFindings = (settings: unknown) =>
  analyze(DRAFT, { settings }).findings.filter((f) => f.ruleId === 'template/placeholder');

describe('template rule set settings', () => {
  it('is on by default and kept from stored settings', () => {
    expect(defaultSettings().ruleSets.template).toBe(true);
    expect(validateSettings({ ruleSets: { template: false } }).ruleSets.template).toBe(false);
    expect(validateSettings({ ruleSets: { template: 'no' } }).ruleSets.template).toBe(true);
  });

  it('settings older than the set (no template key) keep it on', () => {
    const old = { ruleSets: { cta: true, tone: true, clarity: true, post: true, subject: true }, rules: {}, language: 'auto' };
    expect(validateSettings(old).ruleSets.template).toBe(true);
    expect(placeholderFindings(old)).toHaveLength(1);
  });

  it('turning the set or the rule off silences the rule', () => {
    expect(placeholderFindings({ ruleSets: { template: false } })).toEqual([]);
    expect(placeholderFindings({ rules: { 'template/placeholder': { level: 'off' } } })).toEqual([]);
    expect(placeholderFindings({ rules: { 'template/placeholder': { level: 'warning' } } })[0]?.severity).toBe('warning');
  });

  it('a team policy locks the set on against the user', () => {
    const policy = parsePolicy({ ruleSets: { template: true }, locked: ['ruleSets.template'] });
    expect(isSetLocked(policy.locks, 'template')).toBe(true);
    const user = validateSettings({ ruleSets: { template: false } });
    const applied = applyPolicy(user, policy);
    expect(applied.ruleSets.template).toBe(true);
    expect(placeholderFindings(applied)).toHaveLength(1);
  });

  it('a team policy sets and locks the rule level', () => {
    const policy = parsePolicy({ rules: { 'template/placeholder': 'warning' }, locked: ['rules.template/placeholder'] });
    expect(isRuleLocked(policy.locks, 'template/placeholder')).toBe(true);
    expect(applyPolicy(undefined, policy).rules['template/placeholder']).toEqual({ level: 'warning' });
  });

  it('the managed schema lists the set and the rule', () => {
    const schema = JSON.parse(readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8'));
    expect(schema.properties.ruleSets.properties.template).toEqual({ type: 'boolean' });
    expect(schema.properties.rules.properties['template/placeholder'].enum).toEqual(['off', 'error', 'warning', 'info']);
  });
});
