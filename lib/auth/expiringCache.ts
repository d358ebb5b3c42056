import { LRUCache } from 'lru-cache';

/**
 * A bounded map whose entries each carry their own expiry: a hit refreshes an entry's recency, and once full
 * the least recently used entry makes room. Expired entries are never returned; they are dropped when met.
 * Expiry is checked against the caller's clock (nowMs), not lru-cache's own, so that tests can move time.
 */
export class ExpiringCache<V> {
  private readonly entries: LRUCache<string, { value: V; expiresAtMs: number }>;

  constructor(maxEntries: number) {
    this.entries = new LRUCache({ max: maxEntries });
  }

  /** The value stored under key, unless it has expired by nowMs. */
  get(key: string, nowMs: number): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (nowMs >= entry.expiresAtMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Stores value under key until expiresAtMs; a value that would already have expired is not stored. */
  set(key: string, value: V, expiresAtMs: number, nowMs: number): void {
    if (expiresAtMs <= nowMs) return;
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
