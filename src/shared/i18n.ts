/**
 * The interface language of the extension's own pages (popup, options, welcome) and of what it
 * draws in Gmail and LinkedIn. Interface strings live in `public/_locales/<lang>/messages.json`
 * and are read with `browser.i18n.getMessage`, so the browser picks the language (Dutch for a
 * Dutch browser, English otherwise — `default_locale`). Rule texts are not in `_locales`: the
 * rules carry them in both languages (`Localized`), and `localize` picks one by `uiLanguage()`.
 */
import browser from 'webextension-polyfill';
import type { Lang, Localized } from '../analyzer/types';

import english from '../../public/_locales/en/messages.json';
import dutch from '../../public/_locales/nl/messages.json';

/** The English catalogue's shape. */
type Catalogue = typeof english;

/** Every message name; a misspelt key is a compile error. */
export type MessageKey = keyof Catalogue;

/** Keys whose message has `$NAME$` placeholders need substitutions; the others take none. */
type Substitutions<K extends MessageKey> = Catalogue[K] extends { placeholders: object }
  ? [string | number, ...(string | number)[]]
  : [];

/** The catalogues bundled with the code, for when the browser's own answer is missing. */
const BUNDLED: Record<Lang, Record<MessageKey, CatalogueEntry>> = { en: english, nl: dutch };

/**
 * The message `key` in the browser's interface language, with `$1`, `$2` … filled from
 * `substitutions` in order. When the browser answers nothing (no i18n API, as in unit tests, or a
 * page that got no catalogue: Chromium has been seen to answer "" to a freshly opened extension
 * page on a loaded machine), the bundled text in the browser's interface language stands in
 * (English for any language but Dutch), never a bare key.
 */
export function msg<K extends MessageKey>(key: K, ...substitutions: Substitutions<K>): string {
  const values = substitutions.map(String);
  try {
    const text = browser.i18n.getMessage(key, values);
    if (text !== '') return text;
  } catch {
    // fall through to the bundled English text
  }
  return fromCatalogue(BUNDLED[browserLanguage()][key], values);
}

/** The browser's own interface language, without asking the catalogue (which may be missing). */
function browserLanguage(): Lang {
  try {
    return langFromLocale(browser.i18n.getUILanguage());
  } catch {
    return 'en';
  }
}

interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** A catalogue message with its named placeholders ($SCORE$ → its content "$1" → the first value). */
function fromCatalogue(entry: CatalogueEntry, values: readonly string[]): string {
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder === undefined ? whole : positional(placeholder.content);
  });
}

/** 'nl' for nl, nl-NL, nl-BE …; 'en' for everything else, English being the fallback. */
export function langFromLocale(locale: string): Lang {
  return /^nl(?:[-_]|$)/i.test(locale) ? 'nl' : 'en';
}

/**
 * The language the browser chose for the `_locales` strings. Read from the catalogue itself (its
 * `uiLanguage` message is "en" or "nl"): Chromium started with `--lang=nl` serves the Dutch
 * catalogue while getUILanguage() still says en-US, and rule texts must match the strings around them.
 */
export function uiLanguage(): Lang {
  try {
    const catalogue = browser.i18n.getMessage('uiLanguage');
    if (catalogue !== '') return langFromLocale(catalogue);
  } catch {
    // no i18n API: the same answer as msg()'s fallback
  }
  return browserLanguage();
}

/** A localized text in `lang`, or the English one when the translation is empty. */
export function localize(text: Localized, lang: Lang): string {
  return text[lang] || text.en;
}
