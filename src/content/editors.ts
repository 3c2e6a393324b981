/**
 * The editors of the page that Pitchlint lints: found with one MutationObserver (Gmail and
 * LinkedIn are single-page apps, editors come and go), each with a stable id, its last report,
 * and a debounced lint while the user types.
 */
import type { SiteAdapter, EditorElement } from '../sites/types';
import { usableByUser } from '../sites/visibility';

export interface TrackedEditor {
  id: string;
  element: EditorElement;
  /** performance.now() of the last focus or input: the popup shows the latest editor. */
  lastActive: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export interface EditorEvents {
  added(editor: TrackedEditor): void;
  removed(editor: TrackedEditor): void;
  /** Content changed by something other than an input event (a signature inserted, a quote added). */
  mutated(editor: TrackedEditor): void;
}

/** What the one observer watches: elements coming and going, and text changing. */
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** Keeps the set of tracked editors equal to the editors on the page. */
export class EditorWatcher {
  private readonly editors = new Map<EditorElement, TrackedEditor>();
  private observer: MutationObserver | null = null;
  private scanQueued = false;
  /** Open shadow roots of the site's shadow hosts, observed like the document. */
  private readonly shadowRoots = new Set<ShadowRoot>();
  private counter = 0;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly events: EditorEvents,
  ) {}

  start(): void {
    if (this.observer !== null) return;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(document.documentElement, OBSERVED);
    this.scan();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.shadowRoots.clear();
    for (const editor of this.editors.values()) {
      clearTimeout(editor.timer);
      this.events.removed(editor);
    }
    this.editors.clear();
  }

  all(): TrackedEditor[] {
    return [...this.editors.values()];
  }

  byId(id: string): TrackedEditor | undefined {
    return this.all().find((editor) => editor.id === id);
  }

  /** The tracked editor that holds `node` (an event target), if any. */
  containing(node: Node | null): TrackedEditor | undefined {
    if (node === null) return undefined;
    for (const editor of this.editors.values()) {
      if (editor.element === node || editor.element.contains(node)) return editor;
    }
    return undefined;
  }

  private onMutations(records: MutationRecord[]): void {
    let structural = false;
    const touched = new Set<TrackedEditor>();
    for (const record of records) {
      if (isOwnNode(record.target)) continue;
      const editor = this.containing(record.target);
      if (editor !== undefined) touched.add(editor);
      else if (record.type === 'childList') structural = true;
    }
    for (const editor of touched) this.events.mutated(editor);
    if (structural) this.queueScan();
  }

  /**
   * Looks for editors again soon. Attaching a shadow root makes no mutation the observer could
   * see, so an editor in a late shadow root is found when the user focuses it.
   */
  rescanSoon(): void {
    this.queueScan();
  }

  /** Many mutations arrive at once while a page renders: one scan per frame is enough. */
  private queueScan(): void {
    if (this.scanQueued) return;
    this.scanQueued = true;
    requestAnimationFrame(() => {
      this.scanQueued = false;
      if (this.observer !== null) this.scan();
    });
  }

  /** The document and the open shadow roots of the site's shadow hosts (observed from now on). */
  private searchRoots(): ParentNode[] {
    const roots: ParentNode[] = [document];
    if (this.adapter.shadowHosts === undefined) return roots;
    for (const host of document.querySelectorAll(this.adapter.shadowHosts)) {
      const shadow = host.shadowRoot;
      if (shadow === null) continue;
      if (!this.shadowRoots.has(shadow)) {
        this.shadowRoots.add(shadow);
        this.observer?.observe(shadow, OBSERVED);
      }
      roots.push(shadow);
    }
    return roots;
  }

  private scan(): void {
    // Only editors a user can see and type in (LinkedIn keeps a hidden copy of its messaging app in a preload frame).
    const found = new Set(this.searchRoots().flatMap((root) => this.adapter.findEditors(root)).filter(usableByUser));
    for (const [element, editor] of this.editors) {
      if (!found.has(element) || !element.isConnected) {
        clearTimeout(editor.timer);
        this.editors.delete(element);
        this.events.removed(editor);
      }
    }
    for (const element of found) {
      if (this.editors.has(element)) continue;
      const editor: TrackedEditor = { id: `editor-${++this.counter}`, element, lastActive: 0, timer: undefined };
      this.editors.set(element, editor);
      this.events.added(editor);
    }
  }
}

/** Pitchlint's own element: its changes are not the page's. */
function isOwnNode(node: Node): boolean {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host.localName === 'pitchlint-root' : (node as Element).localName === 'pitchlint-root';
}
