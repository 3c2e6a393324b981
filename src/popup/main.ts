/**
 * The popup: wiring only. Reads the tab's state from its content script, the settings from
 * storage, and keeps both fresh while open (drafts change while a popup opened in a tab is
 * watched; a rule-set switch makes the content script re-lint, so the state is asked again).
 */
import browser from 'webextension-polyfill';
import { loadSettingsState, saveSettings, watchSettingsState } from '../settings/storage';
import { uiLanguage } from '../shared/i18n';
import { createControls } from './controls';
import { byId, h, replaceChildren } from './dom';
import { countBySet, renderBreakdown, renderFindings, renderScore } from './render-report';
import { ShownSettings } from './shown-settings';
import { popupStrings } from './strings';
import { loadTabView, targetTabId } from './tab-state';
import type { TabView } from './tab-state';

/** Often enough to follow typing in a watched tab, rarely enough to cost nothing. */
const REFRESH_MS = 1000;
/** After a settings change, the content script re-lints (debounced); ask again once it has. */
const AFTER_SETTINGS_MS = 300;

const lang = uiLanguage();
const t = popupStrings();
document.documentElement.lang = lang;
document.title = t.pageTitle;

const draftHost = byId('draft');
const status = byId('status');
const optionsLink = byId<HTMLAnchorElement>('options-link');

optionsLink.textContent = t.optionsLink;
optionsLink.addEventListener('click', (event) => {
  event.preventDefault();
  void browser.runtime.openOptionsPage();
});

function failedSave(): void {
  status.textContent = t.saveFailed;
  render();
}

const shown = new ShownSettings(saveSettings);

const controls = createControls(t, lang, {
  onRuleSet: (set, enabled) => void shown.choose({ ruleSets: { [set]: enabled } }).catch(failedSave),
  onSite: (site, enabled) => void shown.choose({ sites: { [site]: enabled } }).catch(failedSave),
});
const controlsHost = byId('controls');

const EMPTY_TEXT: Record<Exclude<TabView['kind'], 'draft'>, string> = {
  unsupported: t.emptyUnsupported,
  'needs-reload': t.emptyReload,
  'site-off': t.emptySiteOff,
  'no-draft': t.emptyNoDraft,
};

function renderDraft(view: TabView): void {
  if (view.kind !== 'draft') {
    replaceChildren(draftHost, [h('p', { class: 'empty', 'data-empty': view.kind }, [EMPTY_TEXT[view.kind]])]);
    return;
  }
  // Keep "how the score was made" open across refreshes if the user opened it.
  const breakdownOpen = draftHost.querySelector('details.breakdown')?.hasAttribute('open') ?? false;
  const breakdown = renderBreakdown(view.editor, t);
  breakdown.open = breakdownOpen;
  replaceChildren(draftHost, [renderScore(view.editor, t), breakdown, renderFindings(view.editor, t, lang)]);
}

let view: TabView | undefined;
let renderedKey = '';

function render(): void {
  const settings = shown.current;
  if (view === undefined || settings === undefined) return;
  const key = JSON.stringify(view);
  if (key !== renderedKey) {
    renderedKey = key;
    renderDraft(view);
  }
  const site = view.kind === 'unsupported' ? undefined : view.site;
  const counts = view.kind === 'draft' ? countBySet(view.editor.report.findings) : undefined;
  controls.update(settings.settings, settings.locks, counts, site);
  // Shown once they hold the stored values, so no switch is ever clicked in a wrong state.
  if (controlsHost.childElementCount === 0) controlsHost.append(controls.element);
}

async function start(): Promise<void> {
  replaceChildren(draftHost, [h('p', { class: 'empty', 'data-empty': 'loading' }, [t.loading])]);
  const tabId = await targetTabId(location.search).catch(() => undefined);
  let inFlight = false;
  const refresh = async (): Promise<void> => {
    if (inFlight) return;
    inFlight = true;
    try {
      view = await loadTabView(tabId);
      render();
    } finally {
      inFlight = false;
    }
  };
  watchSettingsState((next) => {
    shown.receive(next);
    status.textContent = '';
    render();
    setTimeout(() => void refresh(), AFTER_SETTINGS_MS);
  });
  const stored = await loadSettingsState();
  // A change reported while loading is newer than what was loaded.
  if (!shown.known) shown.receive(stored);
  await refresh();
  setInterval(() => void refresh(), REFRESH_MS);
}

void start();
