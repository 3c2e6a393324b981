/**
 * The language of drafts (auto / English / Dutch) and the sites where Pitchlint checks drafts.
 * What the organisation locked is shown disabled, with a note that says who set it.
 */
import type { LangOption, Settings, SiteId } from '../analyzer/types';
import { isSiteLocked } from '../settings/managed';
import type { Locks } from '../settings/managed';
import { h, showLock } from '../popup/dom';
import type { OptionsStrings } from './strings';

const LANGUAGE_OPTIONS: LangOption[] = ['auto', 'en', 'nl'];
const SITES: SiteId[] = ['gmail', 'linkedin', 'outlook'];

export interface GeneralHandlers {
  onLanguage(language: LangOption): void;
  onSite(site: SiteId, enabled: boolean): void;
}

export interface GeneralForm {
  element: HTMLElement;
  update(settings: Settings, locks: Locks): void;
}

export function createGeneralForm(t: OptionsStrings, handlers: GeneralHandlers): GeneralForm {
  const radios = LANGUAGE_OPTIONS.map((language) => {
    const radio = h('input', { type: 'radio', name: 'language', id: `language-${language}`, value: language, 'data-language': language });
    radio.addEventListener('change', () => {
      if (radio.checked) handlers.onLanguage(language);
    });
    return radio;
  });
  const languageNote = h('p', { class: 'locked', id: 'language-locked', 'data-locked': 'language', hidden: true }, [t.lockedNote]);
  const sites = SITES.map((site) => {
    const box = h('input', { type: 'checkbox', role: 'switch', id: `site-${site}`, 'data-site': site });
    box.addEventListener('change', () => handlers.onSite(site, box.checked));
    const note = h('span', { class: 'locked', id: `site-${site}-locked`, 'data-locked': `sites.${site}`, hidden: true }, [t.lockedNote]);
    return { site, box, note };
  });

  const element = h('section', { class: 'card general' }, [
    h('fieldset', {}, [
      h('legend', {}, [t.languageTitle]),
      ...radios.map((radio, i) =>
        h('div', { class: 'row' }, [radio, h('label', { for: radio.id }, [t.language[LANGUAGE_OPTIONS[i] ?? 'auto']])]),
      ),
      languageNote,
    ]),
    h('fieldset', {}, [
      h('legend', {}, [t.sitesTitle]),
      ...sites.map(({ site, box, note }) => h('div', { class: 'row' }, [box, h('label', { for: box.id }, [t.sites[site]]), note])),
    ]),
  ]);

  return {
    element,
    update(settings, locks) {
      radios.forEach((radio) => {
        radio.checked = radio.value === settings.language;
        showLock(radio, languageNote, locks.language);
      });
      for (const { site, box, note } of sites) {
        box.checked = settings.sites[site];
        showLock(box, note, isSiteLocked(locks, site));
      }
    },
  };
}
