import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';
import { LRUCache } from 'lru-cache';

/** How many prepared statements a connection keeps by default: every statement the stores run, with room over. */
export const DEFAULT_STATEMENT_CACHE_SIZE = 500;

/**
 * A better-sqlite3 connection whose prepare() is memoised by SQL text, for Kysely's SqliteDialect, which
 * prepares every query afresh: parsing and planning the SQL again costs more than running most of the stores'
 * statements. The cache is bounded (least recently used statements are dropped first).
 *
 * A statement is reusable once a call to it returns (better-sqlite3 resets it after all(), get() and run()), and
 * Kysely changes no state on it (no raw(), pluck() or expand()). The one exception is a statement still being
 * iterated (Kysely's stream()): while it is busy, a statement of its own is prepared for the other caller. SQLite
 * prepares a statement again by itself when the schema changes under it.
 */
export function withStatementCache(
  database: SQLite.Database,
  capacity = DEFAULT_STATEMENT_CACHE_SIZE,
): SqliteDatabase {
  const statements = new LRUCache<string, SQLite.Statement>({ max: capacity });
  return {
    prepare(sql: string) {
      const cached = statements.get(sql);
      if (cached !== undefined) return cached.busy ? database.prepare(sql) : cached;
      const statement = database.prepare(sql);
      statements.set(sql, statement);
      return statement;
    },
    close() {
      statements.clear();
      database.close();
    },
  };
}
