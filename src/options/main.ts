/**
 * The options page: wiring only. Every control writes through saveSettings (merge + validate);
 * the page itself redraws from watchSettings, so a change made in the popup or another
 * window shows here too, and what is shown is always what is stored.
 */
import { hasLocks } from '../settings/managed';
import { loadSettingsState, resetSettings, saveSettings, watchSettingsState } from '../settings/storage';
import type { SettingsState } from '../settings/storage';
import { uiLanguage } from '../shared/i18n';
import { byId, h } from '../popup/dom';
import { createGeneralForm } from './general-form';
import { createRuleSetsForm } from './rule-sets-form';
import { optionsStrings } from './strings';

const lang = uiLanguage();
const t = optionsStrings();
document.documentElement.lang = lang;
document.title = t.pageTitle;

const status = byId('status');
let clearStatus: ReturnType<typeof setTimeout> | undefined;

function announce(text: string): void {
  status.textContent = text;
  clearTimeout(clearStatus);
  clearStatus = setTimeout(() => (status.textContent = ''), 2500);
}

function save(write: Promise<void>): void {
  write.then(
    () => announce(t.saved),
    () => announce(t.saveFailed),
  );
}

const general = createGeneralForm(t, {
  onLanguage: (language) => save(saveSettings({ language })),
  onSite: (site, enabled) => save(saveSettings({ sites: { [site]: enabled } })),
});
const ruleSets = createRuleSetsForm(t, lang, {
  onRuleSet: (set, enabled) => save(saveSettings({ ruleSets: { [set]: enabled } })),
  onRuleLevel: (id, level) => save(saveSettings({ rules: { [id]: level === undefined ? undefined : { level } } })),
});
const reset = h('button', { type: 'button', class: 'reset' }, [t.reset]);
reset.addEventListener('click', () => save(resetSettings()));

byId('heading').textContent = t.heading;
byId('intro').textContent = t.intro;
const managedIntro = byId('managed');
managedIntro.textContent = t.managedIntro;

let changedWhileLoading = false;

const forms = byId('forms');

function show({ settings, locks }: SettingsState): void {
  // The controls appear with their values: never a moment of unchecked boxes that the user could click.
  if (forms.childElementCount === 0) forms.append(general.element, ruleSets.element, h('div', { class: 'actions' }, [reset]));
  managedIntro.hidden = !hasLocks(locks);
  general.update(settings, locks);
  ruleSets.update(settings, locks);
}

watchSettingsState((state) => {
  changedWhileLoading = true;
  show(state);
});
void loadSettingsState().then((state) => {
  // A change reported while loading is newer than what was loaded.
  if (!changedWhileLoading) show(state);
});
