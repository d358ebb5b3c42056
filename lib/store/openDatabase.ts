import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, type LogEvent } from 'kysely';
import { signallingOutboxCommits } from '../events/outboxSignal';
import { createPostgresPool } from './postgresPool';
import { withPreparedStatements } from './preparedStatements';
import { traceSqliteStatement } from './statementSpans';
import { withStatementCache } from './statementCache';
import { walSync } from './walSync';

/** One SQL statement as the store sent it. */
export interface RecordedStatement {
  sql: string;
  parameters: readonly unknown[];
}

/**
 * Counts the SQL statements a store runs, so that tests and the benchmark can show batching at work; while
 * `recording` is on it also keeps them, so that a test can ask the database how it would run each one.
 */
export class StatementCounter {
  count = 0;
  recording = false;
  recorded: RecordedStatement[] = [];
  reset(): void {
    this.count = 0;
    this.recorded = [];
  }
}

/** A store's database connection, whichever engine is behind it. */
export interface StoreDatabase<Tables> {
  db: Kysely<Tables>;
  dialect: 'sqlite' | 'postgres';
  statements: StatementCounter;
  /**
   * Resolves once what this connection has committed is on disk, off the event loop (see walSync.ts): for a
   * SQLite file opened with `synchronous = NORMAL` whose writer acknowledges only durable commits. Already true
   * of PostgreSQL's commits and meaningless for an in-memory database: there it resolves at once.
   */
  syncCommitted(): Promise<void>;
  close(): Promise<void>;
}

/** Options for opening a store's database. */
export interface OpenDatabaseOptions {
  /**
   * SQLite's synchronous setting. NORMAL (the default) survives a crash of the process, which is what a
   * restart of a subgraph is; FULL also survives a power cut at the cost of an fsync per commit.
   */
  sqliteSynchronous?: 'NORMAL' | 'FULL';
  /** How long a statement waits for a lock before failing with SQLITE_BUSY, in ms (default 2000, inside the gateway's subgraph timeout). */
  busyTimeoutMs?: number;
  /** The most PostgreSQL connections at once (default 10); a background worker's own connection needs few. */
  postgresPoolSize?: number;
}

/**
 * Opens a store's database: a PostgreSQL server when `location` is a postgres:// URL, otherwise an embedded
 * SQLite file at that path (created, with its folder, when missing), or ":memory:".
 */
export function openDatabase<Tables>(
  location: string,
  options: OpenDatabaseOptions = {},
): StoreDatabase<Tables> {
  const statements = new StatementCounter();
  const engine = /^postgres(ql)?:\/\//.test(location) ? 'postgres' : 'sqlite';
  const log = (event: LogEvent): void => {
    if (event.level !== 'query') return;
    statements.count += 1;
    if (statements.recording)
      statements.recorded.push({ sql: event.query.sql, parameters: event.query.parameters });
    // PostgreSQL's statements are traced by the pg instrumentation; SQLite's, which has none, here.
    if (engine === 'sqlite') traceSqliteStatement(event.query.sql, event.queryDurationMillis);
  };
  // Columns are snake_case in the database and camelCase in code, so rows map onto GraphQL fields directly. Each
  // dialect signals the commits that record events, which wake this process's relays (events/outboxSignal.ts).
  const plugins = [new CamelCasePlugin()];
  if (engine === 'postgres') {
    const pool = createPostgresPool(location, options.postgresPoolSize);
    const db = new Kysely<Tables>({
      dialect: signallingOutboxCommits(new PostgresDialect({ pool: withPreparedStatements(pool) })),
      log,
      plugins,
    });
    return {
      db,
      dialect: 'postgres',
      statements,
      syncCommitted: () => Promise.resolve(),
      close: () => db.destroy(),
    };
  }
  if (location !== ':memory:') mkdirSync(dirname(location), { recursive: true });
  const sqlite = new SQLite(location);
  // WAL lets readers carry on while a booking or transfer commits; the busy timeout turns a lock held too long
  // into a clear error instead of a hang.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${options.sqliteSynchronous ?? 'NORMAL'}`);
  sqlite.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 2000}`);
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Tables>({
    dialect: signallingOutboxCommits(new SqliteDialect({ database: withStatementCache(sqlite) })),
    log,
    plugins,
  });
  const wal = location === ':memory:' ? null : walSync(location);
  return {
    db,
    dialect: 'sqlite',
    statements,
    syncCommitted: () => wal?.syncCommitted() ?? Promise.resolve(),
    close: async () => {
      await wal?.close();
      await db.destroy();
    },
  };
}
