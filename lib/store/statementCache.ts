import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

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
  const statements = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string) {
      const cached = statements.get(sql);
      if (cached !== undefined) {
        if (cached.busy) return database.prepare(sql);
        // Moved to the end of the map: the map's order is the order of last use.
        statements.delete(sql);
        statements.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > capacity) {
        const oldest = statements.keys().next();
        if (!oldest.done) statements.delete(oldest.value);
      }
      return statement;
    },
    close() {
      statements.clear();
      database.close();
    },
  };
}
