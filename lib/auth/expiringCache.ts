/**
 * A bounded map whose entries each carry their own expiry: a hit refreshes an entry's recency, and once full
 * the least recently used entry makes room. Expired entries are never returned; they are dropped when met.
 */
export class ExpiringCache<V> {
  // A Map iterates in insertion order, so re-inserting on every hit keeps the least recently used first.
  private readonly entries = new Map<string, { value: V; expiresAtMs: number }>();

  constructor(private readonly maxEntries: number) {}

  /** The value stored under key, unless it has expired by nowMs. */
  get(key: string, nowMs: number): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    if (nowMs >= entry.expiresAtMs) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Stores value under key until expiresAtMs; a value that would already have expired is not stored. */
  set(key: string, value: V, expiresAtMs: number, nowMs: number): void {
    if (expiresAtMs <= nowMs) return;
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { value, expiresAtMs });
  }

  /** Forgets key. */
  delete(key: string): void {
    this.entries.delete(key);
  }

  /** How many entries are held, expired ones included until they are met. */
  get size(): number {
    return this.entries.size;
  }
}
