/**
 * The first-run page: what Pitchlint checks and why, and a sample draft that the real analyzer
 * checks while the user edits it. The analyzer runs here in the page (it is DOM-free), with the
 * settings in force, so what the page shows is what Gmail and LinkedIn will show.
 */
import browser from 'webextension-polyfill';
import { analyze } from '../analyzer/index';
import type { Settings } from '../analyzer/types';
import { byId } from '../popup/dom';
import { defaultSettings } from '../settings/schema';
import { loadSettings, watchSettings } from '../settings/storage';
import { msg, uiLanguage } from '../shared/i18n';
import { renderFindings } from './findings';

/** Short enough to feel live, long enough not to analyze on every key of a fast typist. */
const ANALYZE_DELAY_MS = 150;

document.documentElement.lang = uiLanguage();
document.title = msg('welcomeTitle');
byId('heading').textContent = msg('welcomeHeading');
byId('intro').textContent = msg('welcomeIntro');
byId('idea-title').textContent = msg('welcomeIdeaTitle');
byId('idea').append(
  ...[msg('welcomeIdeaSilent'), msg('welcomeIdeaPushy'), msg('welcomeIdeaTiming'), msg('welcomeIdeaStep')].map((text) => {
    const item = document.createElement('li');
    item.textContent = text;
    return item;
  }),
);
byId('more').textContent = msg('welcomeIdeaMore');
byId('try-title').textContent = msg('welcomeTryTitle');
byId('try-hint').textContent = msg('welcomeTryHint');
byId('sample-label').textContent = msg('welcomeSampleLabel');
byId('findings-title').textContent = msg('welcomeFindingsTitle');

const optionsLink = byId<HTMLAnchorElement>('options-link');
optionsLink.textContent = msg('welcomeOptionsLink');
optionsLink.addEventListener('click', (event) => {
  event.preventDefault();
  void browser.runtime.openOptionsPage();
});

const sample = byId<HTMLTextAreaElement>('sample');
const score = byId('score');
const findings = byId('findings');
sample.value = msg('welcomeSample');

let settings: Settings = defaultSettings();

function check(): void {
  const report = analyze(sample.value, { kind: 'email', thread: 'first', lang: settings.language, settings });
  score.textContent = msg('welcomeScore', report.score);
  score.dataset.score = String(report.score);
  renderFindings(findings, report, sample.value, (start, end, replacement) => {
    // setRangeText keeps the rest of the draft; the caret lands after the fix, as in the editors.
    sample.setRangeText(replacement, start, end, 'end');
    sample.focus();
    check();
  });
}

let pending: ReturnType<typeof setTimeout> | undefined;
sample.addEventListener('input', () => {
  clearTimeout(pending);
  pending = setTimeout(check, ANALYZE_DELAY_MS);
});

check();
void loadSettings().then((loaded) => {
  settings = loaded;
  check();
});
watchSettings((next) => {
  settings = next;
  check();
});
