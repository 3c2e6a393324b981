/**
 * A small least-recently-used cache in two generations: entries go into the current Map; when it
 * holds `capacity` of them it becomes the previous one and a fresh Map starts. A hit in the current
 * generation is one Map lookup (a keystroke hits hundreds of entries, and moving each to the end
 * of a single Map, by a delete and a set, cost more than the lookups); a hit in the previous one
 * moves the entry forward. So the entries used since the last turnover always stay, and at most
 * twice `capacity` are kept. The analyzer's caches of work per sentence, paragraph and word use
 * it, each keyed by every input of the work it keeps.
 */
export class Lru<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const hit = this.current.get(key);
    if (hit !== undefined) return hit;
    const old = this.previous.get(key);
    if (old !== undefined) {
      this.previous.delete(key);
      this.set(key, old);
    }
    return old;
  }

  set(key: string, value: V): void {
    this.current.set(key, value);
    if (this.current.size >= this.capacity) {
      this.previous = this.current;
      this.current = new Map();
    }
  }

  clear(): void {
    this.current.clear();
    this.previous.clear();
  }
}
