/**
 * The interface catalogues in public/_locales: English and Dutch hold the same messages with the
 * same placeholders, and every message the code asks for (msg('…') in src, __MSG_…__ in the
 * manifest and pages) exists in both. The browser returns '' for a missing message, so without
 * this check a gap would only show as an empty label in one language.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const LOCALES = ['en', 'nl'] as const;

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

function catalogue(lang: string): Record<string, Message> {
  return JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, Message>;
}

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, ext);
    return ext.test(name) ? [path] : [];
  });
}

/** Message names the code uses: msg('name', …) or getMessage('name') in TypeScript, __MSG_name__ in the manifest and HTML. */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of filesUnder(join(ROOT, 'src'), /\.ts$/)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\b(?:msg|getMessage)\(\s*['"]([A-Za-z0-9_@]+)['"]/g)) used.set(match[1]!, file);
  }
  for (const file of [join(ROOT, 'manifest.json'), ...filesUnder(join(ROOT, 'src'), /\.html$/)]) {
    for (const match of readFileSync(file, 'utf8').matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) used.set(match[1]!, file);
  }
  return used;
}

/** `$NAME$` references in a message, lower-cased as the browser matches them. */
function referencedPlaceholders(text: string): string[] {
  return [...text.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
}

describe('_locales catalogues', () => {
  const en = catalogue('en');
  const nl = catalogue('nl');

  it('hold the same message names in English and Dutch', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  it('give every message the same placeholders in both languages, each one declared and used', () => {
    for (const [key, english] of Object.entries(en)) {
      const dutch = nl[key]!;
      const declared = Object.keys(english.placeholders ?? {}).map((name) => name.toLowerCase()).sort();
      expect(Object.keys(dutch.placeholders ?? {}).map((name) => name.toLowerCase()).sort(), key).toEqual(declared);
      for (const name of declared) {
        expect(dutch.placeholders![name]!.content, `${key}.${name}`).toBe(english.placeholders![name]!.content);
      }
      expect(referencedPlaceholders(english.message), `${key} (en)`).toEqual(declared);
      expect(referencedPlaceholders(dutch.message), `${key} (nl)`).toEqual(declared);
    }
  });

  it('have a non-empty message and a description for translators everywhere', () => {
    for (const lang of LOCALES) {
      for (const [key, entry] of Object.entries(catalogue(lang))) {
        expect(entry.message.trim(), `${lang}: ${key}`).not.toBe('');
        expect(entry.description?.trim() ?? '', `${lang}: ${key}`).not.toBe('');
      }
    }
  });

  it('use names the browser accepts, unique without regard to case', () => {
    const names = Object.keys(en);
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_]+$/);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('contain every message the code and the manifest ask for', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(50);
    for (const [key, file] of used) {
      for (const lang of LOCALES) expect(catalogue(lang)[key], `${key} (used in ${file}) missing in ${lang}`).toBeDefined();
    }
  });

  it('hold no message that nothing uses', () => {
    const used = usedKeys();
    const unused = Object.keys(en).filter((key) => !used.has(key));
    expect(unused).toEqual([]);
  });

  it('name the extension and describe it through the catalogue in the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
  });
});
