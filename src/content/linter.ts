/**
 * The lint of one editor at a time: when to start it after a keystroke, sending the draft to the
 * analyzer, skipping an unchanged draft, retrying a lost answer, and drawing a late answer on
 * the draft as it is by then (findings the typing meanwhile touched are dropped, the rest moved
 * with the text). The controller owns the page's events and the overlay; this module owns the
 * lints and their results.
 */
import { score } from '../analyzer/score';
import type { Report, Settings } from '../analyzer/types';
import { spanRemapper } from '../overlay/spans';
import type { AnalyzeRequest } from '../background/messages';
import type { DraftSource, SiteAdapter } from '../sites/types';
import { since, timed } from '../shared/profile';
import { textBeforeCaret } from './caret';
import type { AnalysisResult } from './controller';
import type { TrackedEditor } from './editors';
import { LINT_RETRIES, LINT_RETRY_MS, lintDelay } from './timing';

export interface EditorResult {
  text: string;
  report: Report;
  /** The context and settings the report was made with, to skip re-linting an unchanged draft. */
  key: string;
}

/** What the linter needs from the controller around it. */
export interface LintHost {
  /** False once the extension is gone (then the controller stops everything). */
  guard(): boolean;
  /** A lint starts: the overlay (and its root) must exist from now on. */
  linting(): void;
  running(): boolean;
  settings(): Settings;
  /** Findings the user ignored in this editor (their keys, part of a result's key). */
  ignoredKeys(editorId: string): string[];
  /** The report without the findings the user ignored. */
  withoutIgnored(editorId: string, report: Report): Report;
  analyze(text: string, options: AnalyzeRequest['options']): Promise<AnalysisResult>;
  /** A lint was sent: the background heard from this page. */
  contacted(): void;
  /** An answer came (its rationales, for the card). */
  answered(result: AnalysisResult): void;
  draw(editor: TrackedEditor, draft: DraftSource, report: Report): void;
}

export class Linter {
  private readonly results = new Map<string, EditorResult>();
  /** Per editor, the number of the latest lint started: an answer to an older one is not drawn as is. */
  private readonly lintSerial = new Map<string, number>();
  /** Per editor, how many lints in a row the background failed to answer (see LINT_RETRIES). */
  private readonly failedLints = new Map<string, number>();

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly host: LintHost,
  ) {}

  result(editorId: string): EditorResult | undefined {
    return this.results.get(editorId);
  }

  forget(editorId: string): void {
    this.results.delete(editorId);
    this.lintSerial.delete(editorId);
    this.failedLints.delete(editorId);
  }

  clearResults(): void {
    this.results.clear();
  }

  /** After a keystroke: lint once the typing pauses (see lintDelay: shorter once a sentence ended). */
  schedule(editor: TrackedEditor): void {
    clearTimeout(editor.timer);
    editor.timer = setTimeout(() => this.lintNow(editor), lintDelay(textBeforeCaret(editor.element)));
  }

  lintNow(editor: TrackedEditor): void {
    clearTimeout(editor.timer);
    editor.timer = undefined;
    if (!this.host.guard() || !this.host.running() || !editor.element.isConnected) return;
    this.host.linting();
    const settings = this.host.settings();
    const draft = timed('read', () => this.adapter.read(editor.element));
    const context = this.adapter.describe(editor.element);
    const key = JSON.stringify([context, settings, this.host.ignoredKeys(editor.id)]);
    const previous = this.results.get(editor.id);
    if (previous !== undefined && previous.text === draft.text && previous.key === key) {
      this.host.draw(editor, draft, previous.report);
      return;
    }
    const serial = (this.lintSerial.get(editor.id) ?? 0) + 1;
    this.lintSerial.set(editor.id, serial);
    const options = { ...context, lang: settings.language, settings };
    this.host.contacted();
    const sentAt = performance.now();
    this.host.analyze(draft.text, options).then(
      (result) => {
        since('round-trip', sentAt, result.analysisMs);
        if (!this.host.running() || this.lintSerial.get(editor.id) !== serial) return;
        this.failedLints.delete(editor.id);
        this.host.answered(result);
        const report = this.host.withoutIgnored(editor.id, result.report);
        this.results.set(editor.id, { text: draft.text, report, key });
        this.drawLatest(editor, draft.text, report);
      },
      () => {
        // The extension was reloaded or removed: go quiet. Otherwise the background lost this one
        // answer (stopped or started meanwhile): lint again, unless newer typing already did.
        if (!this.host.guard() || this.lintSerial.get(editor.id) !== serial) return;
        const failed = (this.failedLints.get(editor.id) ?? 0) + 1;
        this.failedLints.set(editor.id, failed);
        if (failed > LINT_RETRIES) return;
        clearTimeout(editor.timer);
        editor.timer = setTimeout(() => this.lintNow(editor), LINT_RETRY_MS * 2 ** (failed - 1));
      },
    );
  }

  /**
   * Draws a report made from `text` on the editor as it is now. When the user typed on while the
   * analysis ran, findings the typing touched are dropped and the rest moved with the text; the
   * lint already scheduled by that typing brings the full picture.
   */
  private drawLatest(editor: TrackedEditor, text: string, report: Report): void {
    if (!editor.element.isConnected) return;
    const now = timed('reread', () => this.adapter.read(editor.element));
    if (now.text === text) {
      this.host.draw(editor, now, report);
      return;
    }
    const remap = spanRemapper(text, now.text);
    const findings = report.findings.flatMap((finding) => {
      const span = remap(finding);
      return span === null ? [] : [{ ...finding, ...span }];
    });
    this.host.draw(editor, now, { ...report, findings, score: score(findings) });
  }
}
