import { describe, expect, it } from 'vitest';
import { rulesInSet } from '../../src/analyzer/rule-sets';
import { defaultSettings } from '../../src/settings/schema';
import { buildSettings } from '../../src/cli/settings';
import { UsageError } from '../../src/cli/errors';
import { lineColumn } from '../../src/cli/format-text';

describe('--disable / --enable → settings', () => {
  it('leaves the defaults when nothing is given', () => {
    expect(buildSettings([], [])).toEqual(defaultSettings());
  });

  it('switches a whole set off, or one rule', () => {
    const sets = buildSettings(['cta', 'post'], []);
    expect(sets.ruleSets).toMatchObject({ cta: false, post: false, tone: true });
    expect(buildSettings(['cta/pushy'], []).rules).toEqual({ 'cta/pushy': { level: 'off' } });
  });

  it('lets an enabled rule win over its disabled set, keeping the rest of the set off', () => {
    const settings = buildSettings(['cta'], ['cta/missing', 'cta/multiple']);
    expect(settings.ruleSets.cta).toBe(true);
    const off = rulesInSet('cta').filter((id) => settings.rules[id]?.level === 'off');
    expect(off.sort()).toEqual(['cta/pushy', 'cta/too-big', 'cta/too-early']);
  });

  it('lets an enabled set undo disabled rules in it', () => {
    expect(buildSettings(['tone/timid'], ['tone'])).toEqual(defaultSettings());
  });

  it('rejects unknown ids', () => {
    expect(() => buildSettings(['cta/nagging'], [])).toThrow(UsageError);
    expect(() => buildSettings([], ['grammar'])).toThrow(UsageError);
  });
});

describe('line:column of an offset', () => {
  const text = 'first line\nsecond line\n\nfourth';
  it.each([
    [0, '1:1'],
    [6, '1:7'],
    [11, '2:1'],
    [18, '2:8'],
    [23, '3:1'],
    [text.length, '4:7'],
  ])('offset %i is %s', (offset, expected) => {
    expect(lineColumn(text, offset)).toBe(expected);
  });
});
