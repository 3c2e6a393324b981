/**
 * Wiring: site adapter → analyzer (in the background) → overlay, for one page. Follows the page's
 * events (typing, focus, clicks, the next-finding key), has each editor linted once the typing
 * pauses (./linter.ts), re-lints everything when the settings change, and answers the popup.
 */
import { score } from '../analyzer/score';
import type { Finding, Lang, Localized, Report, RuleId, Settings } from '../analyzer/types';
import { Overlay, ROOT_TAG } from '../overlay/index';
import type { RangeMaker } from '../overlay/index';
import { rangeFor } from '../sites/dom-text';
import type { DraftSource, SiteAdapter } from '../sites/types';
import type { EditorState, PageState } from '../shared/messages';
import { localize } from '../shared/i18n';
import type { AnalyzeRequest } from '../background/messages';
import { EditorWatcher } from './editors';
import type { TrackedEditor } from './editors';
import { wallClock } from './frames';
import { timed } from '../shared/profile';
import { Linter } from './linter';
import { LINT_DELAY_MS, WAKE_AFTER_MS } from './timing';

/** Alt+Shift+N: next finding (N for "next", free in Gmail's and LinkedIn's shortcut maps). */
const NEXT_FINDING_KEY = 'KeyN';

/** What the controller needs from the extension around it (storage, messaging). */
export interface ExtensionPort {
  /** False once the extension was reloaded or updated under this page: then everything stops. */
  alive(): boolean;
  /** Runs the analyzer (in the background); rejects when the extension is gone. */
  analyze(text: string, options: AnalyzeRequest['options']): Promise<AnalysisResult>;
  saveRuleOff(ruleId: RuleId): void;
  /** Whether the organisation locked a rule's level (then it cannot be turned off here). */
  ruleLocked(ruleId: RuleId): boolean;
  /** `active`: when the user last touched the draft (wall-clock ms, 0 for never): the background follows the latest frame. */
  reportScore(score: number | null, active: number): void;
  /** Starts the background and its analyzer ahead of the first lint (fire and forget). */
  wake(): void;
}

export interface AnalysisResult {
  report: Report;
  rationales: Partial<Record<RuleId, Localized>>;
  /** How long analyze() took in the background (the rest of a round trip is messaging). */
  analysisMs?: number;
}

export class Controller {
  private readonly watcher: EditorWatcher;
  private overlay: Overlay | null = null;
  private readonly linter: Linter;
  /** Findings the user chose to ignore, per editor, by rule and words (they stay ignored while the words stay). */
  private readonly ignored = new Map<string, Set<string>>();
  private running = false;
  private lastReportedScore: number | null | undefined = undefined;
  private lastReportedEditor: string | undefined = undefined;
  private readonly rationales: Partial<Record<RuleId, Localized>> = {};
  private contextTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the background last heard from this page (a lint or a wake-up), in performance.now() time. */
  private lastContact = -Infinity;

  constructor(
    private readonly adapter: SiteAdapter,
    private settings: Settings,
    private readonly uiLang: Lang,
    private readonly port: ExtensionPort,
    /** False in a frame: its <pitchlint-root> is made only once it holds an editor (one root per document that lints one). */
    private readonly rootAtStart = true,
  ) {
    this.linter = new Linter(adapter, {
      guard: () => this.guard(),
      linting: () => this.ensureOverlay(),
      running: () => this.running,
      settings: () => this.settings,
      ignoredKeys: (id) => [...(this.ignored.get(id) ?? [])],
      withoutIgnored: (id, report) => this.withoutIgnored(id, report),
      analyze: (text, options) => port.analyze(text, options),
      contacted: () => {
        this.lastContact = performance.now();
      },
      answered: (result) => Object.assign(this.rationales, result.rationales),
      draw: (editor, draft, report) => this.draw(editor, draft, report),
    });
    this.watcher = new EditorWatcher(adapter, {
      added: (editor) => this.linter.lintNow(editor),
      removed: (editor) => {
        this.linter.forget(editor.id);
        this.ignored.delete(editor.id);
        this.overlay?.hide(editor.id);
        this.reportActiveScore();
      },
      mutated: (editor) => this.onEdited(editor),
    });
  }

  get enabled(): boolean {
    return this.settings.sites[this.adapter.id];
  }

  /** Starts or stops with the site switch; re-lints every editor with the new settings. */
  applySettings(settings: Settings): void {
    this.settings = settings;
    if (!this.enabled) {
      this.stop();
      return;
    }
    if (!this.running) {
      this.start();
      return;
    }
    for (const editor of this.watcher.all()) this.linter.lintNow(editor);
  }

  start(): void {
    if (this.running || !this.enabled) return;
    this.running = true;
    if (this.rootAtStart) this.ensureOverlay();
    document.addEventListener('input', this.onInput, true);
    document.addEventListener('focusin', this.onFocus, true);
    document.addEventListener('click', this.onClick, true);
    document.addEventListener('keydown', this.onKeyDown, true);
    this.watcher.start();
  }

  /** The overlay, made (with its root) on first need. */
  private ensureOverlay(): Overlay {
    if (this.overlay !== null) return this.overlay;
    this.overlay = new Overlay({
      reread: (id) => this.reread(id),
      rationale: (ruleId) => {
        const text = this.rationales[ruleId];
        return text === undefined ? '' : localize(text, this.uiLang);
      },
      ignore: (id, finding) => this.ignore(id, finding),
      ruleOff: (ruleId) => this.port.saveRuleOff(ruleId),
      canTurnOff: (ruleId) => !this.port.ruleLocked(ruleId),
      subjectField: (id) => {
        const editor = this.watcher.byId(id);
        return editor === undefined ? null : (this.adapter.subjectField?.(editor.element) ?? null);
      },
    });
    return this.overlay;
  }

  stop(): void {
    if (!this.running) return;
    this.running = false;
    clearTimeout(this.contextTimer);
    document.removeEventListener('input', this.onInput, true);
    document.removeEventListener('focusin', this.onFocus, true);
    document.removeEventListener('click', this.onClick, true);
    document.removeEventListener('keydown', this.onKeyDown, true);
    this.watcher.stop();
    this.overlay?.destroy();
    this.overlay = null;
    this.linter.clearResults();
    this.lastReportedScore = undefined;
    this.lastReportedEditor = undefined;
    // Clears the toolbar badge (a no-op when the extension itself is gone).
    this.port.reportScore(null, 0);
  }

  /** The state the popup shows. */
  pageState(): PageState {
    const editors: EditorState[] = [];
    for (const editor of this.watcher.all()) {
      const result = this.linter.result(editor.id);
      if (result === undefined) continue;
      const { kind, thread } = result.report;
      editors.push({ id: editor.id, kind, thread, report: result.report, text: result.text, lastActive: editor.lastActive });
    }
    return { site: this.adapter.id, enabled: this.enabled, editors };
  }

  // --- events -----------------------------------------------------------------------------------

  private readonly onInput = (event: Event): void => {
    const editor = this.watcher.containing(eventTarget(event));
    if (editor !== undefined) {
      this.onEdited(editor);
      return;
    }
    // Input elsewhere can change an editor's context (Gmail's subject field): re-lint them all
    // once the typing pauses; unchanged drafts in unchanged contexts are not analysed again.
    clearTimeout(this.contextTimer);
    this.contextTimer = setTimeout(() => {
      if (!this.guard()) return;
      for (const each of this.watcher.all()) this.linter.lintNow(each);
    }, LINT_DELAY_MS);
  };

  private readonly onFocus = (event: FocusEvent): void => {
    const editor = this.watcher.containing(eventTarget(event));
    if (editor === undefined) {
      this.watcher.rescanSoon();
      return;
    }
    editor.lastActive = performance.now();
    this.wakeBackground();
    // Another frame of the tab may have had the user's attention since: tell the background this one has it now.
    this.reportActiveScore(true);
  };

  private readonly onClick = (event: MouseEvent): void => {
    const target = eventTarget(event);
    const editor = this.watcher.containing(target);
    if (editor === undefined) {
      // Clicks inside Pitchlint's own root are the card's and badge's own.
      if (!isInOwnRoot(target)) this.overlay?.dismissCard();
      return;
    }
    if (!this.guard()) return;
    // The caret lands after the click's default action: look in the next task.
    setTimeout(() => this.overlay?.activateAtCaret(editor.id), 0);
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!(event.altKey && event.shiftKey && event.code === NEXT_FINDING_KEY)) return;
    const editor = this.watcher.containing(eventTarget(event));
    if (editor === undefined || !this.guard()) return;
    event.preventDefault();
    event.stopPropagation();
    this.overlay?.next(editor.id);
  };

  private onEdited(editor: TrackedEditor): void {
    if (!this.guard()) return;
    timed('keystroke', () => {
      editor.lastActive = performance.now();
      this.wakeBackground();
      this.overlay?.edited(editor.id);
      this.linter.schedule(editor);
    });
  }

  /** Wakes the background when it may have been stopped for idleness (see WAKE_AFTER_MS). */
  private wakeBackground(): void {
    const now = performance.now();
    if (now - this.lastContact < WAKE_AFTER_MS) return;
    this.lastContact = now;
    this.port.wake();
  }

  // --- drawing ----------------------------------------------------------------------------------

  private draw(editor: TrackedEditor, draft: DraftSource, report: Report): void {
    timed('show', () =>
      this.overlay?.show({ id: editor.id, element: editor.element, text: draft.text, report, rangeFor: rangeMaker(draft) }),
    );
    this.reportActiveScore();
  }

  private withoutIgnored(editorId: string, report: Report): Report {
    const ignored = this.ignored.get(editorId);
    if (ignored === undefined || ignored.size === 0) return report;
    const findings = report.findings.filter((f) => !ignored.has(ignoreKey(f)));
    return { ...report, findings, score: score(findings) };
  }

  private ignore(editorId: string, finding: Finding): void {
    const set = this.ignored.get(editorId) ?? new Set<string>();
    set.add(ignoreKey(finding));
    this.ignored.set(editorId, set);
    const editor = this.watcher.byId(editorId);
    if (editor !== undefined) this.linter.lintNow(editor);
  }

  private reread(editorId: string): { text: string; rangeFor: RangeMaker | null } | null {
    const editor = this.watcher.byId(editorId);
    if (editor === undefined || !this.guard()) return null;
    const draft = this.adapter.read(editor.element);
    return { text: draft.text, rangeFor: rangeMaker(draft) };
  }

  /** The toolbar badge follows the editor the user touched last (the background picks the latest frame). */
  private reportActiveScore(force = false): void {
    let latest: TrackedEditor | undefined;
    for (const editor of this.watcher.all()) {
      if (latest === undefined || editor.lastActive > latest.lastActive) latest = editor;
    }
    const value = latest === undefined ? null : (this.linter.result(latest.id)?.report.score ?? null);
    if (!force && value === this.lastReportedScore && latest?.id === this.lastReportedEditor) return;
    this.lastReportedScore = value;
    this.lastReportedEditor = latest?.id;
    this.port.reportScore(value, latest === undefined ? 0 : wallClock(latest.lastActive));
  }

  /** True while the extension lives; once it is gone (reloaded, updated), stop everything quietly. */
  private guard(): boolean {
    if (this.port.alive()) return true;
    this.stop();
    return false;
  }
}

/**
 * The node an event really happened on. At the document, an event from inside a shadow root is
 * retargeted to the shadow host; the composed path still starts at the editor.
 */
function eventTarget(event: Event): Node | null {
  const first = event.composedPath()[0];
  return first instanceof Node ? first : null;
}

function isInOwnRoot(node: Node | null): boolean {
  if (node === null) return false;
  if (node instanceof Element && node.localName === ROOT_TAG) return true;
  const root = node.getRootNode();
  return root instanceof ShadowRoot && root.host.localName === ROOT_TAG;
}

function rangeMaker(draft: DraftSource): RangeMaker | null {
  return draft.type === 'rich' ? (start, end) => rangeFor(draft, start, end) : null;
}

function ignoreKey(finding: Finding): string {
  // A finding on the subject line is told apart by its words there (its excerpt in the draft is empty).
  return `${finding.ruleId}\u0000${finding.excerpt}\u0000${finding.subject?.excerpt ?? ''}`;
}
