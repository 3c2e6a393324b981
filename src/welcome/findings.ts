/**
 * The findings of the sample draft as a plain list: severity, message, the words concerned,
 * and the suggestions; a suggestion with a literal replacement is a button that applies it.
 */
import type { Report } from '../analyzer/types';
import { h, replaceChildren } from '../popup/dom';
import { msg } from '../shared/i18n';

export type ApplyFix = (start: number, end: number, replacement: string) => void;

export function renderFindings(list: HTMLElement, report: Report, text: string, apply: ApplyFix): void {
  const severity = { error: msg('severityError'), warning: msg('severityWarning'), info: msg('severityInfo') };
  if (report.findings.length === 0) {
    replaceChildren(list, [h('li', { class: 'all-clear' }, [msg('welcomeNoFindings')])]);
    return;
  }
  replaceChildren(
    list,
    report.findings.map((finding) => {
      const excerpt = text.slice(finding.start, finding.end).replace(/\s+/g, ' ').trim();
      const suggestions = finding.suggestions.map((suggestion) => {
        const { replacement } = suggestion;
        if (replacement === undefined) return h('li', {}, [suggestion.text]);
        const button = h('button', { type: 'button', 'data-fix': '' }, [suggestion.text]);
        button.addEventListener('click', () => apply(finding.start, finding.end, replacement));
        return h('li', {}, [button]);
      });
      return h('li', { class: 'finding', 'data-rule-id': finding.ruleId, 'data-severity': finding.severity }, [
        h('p', { class: 'finding-head' }, [
          h('span', { class: `severity severity-${finding.severity}` }, [severity[finding.severity]]),
          ' ',
          h('code', {}, [finding.ruleId]),
        ]),
        h('p', { class: 'message' }, [finding.message]),
        excerpt !== '' && h('p', { class: 'excerpt' }, [h('q', {}, [excerpt])]),
        suggestions.length > 0 &&
          h('div', { class: 'suggestions' }, [h('span', { class: 'suggestions-label' }, [msg('welcomeSuggestions')]), h('ul', {}, suggestions)]),
      ]);
    }),
  );
}
