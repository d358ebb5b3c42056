import { type CreateTableBuilder, type Kysely, sql } from 'kysely';

/** What a table rebuild needs to know: the table, its new shape, what to copy, and what to make after. */
export interface SqliteTableRebuild {
  /** The table rebuilt. */
  table: string;
  /** The new table's columns and constraints, on a builder for the table that will take its name. */
  shape: (builder: CreateTableBuilder<string, never>) => CreateTableBuilder<string, never>;
  /** The columns copied across, in the old table (and kept in the new one). */
  columns: readonly string[];
  /** Runs first in the transaction, and may refuse the rebuild by throwing (nothing is changed then). */
  before?: () => Promise<void>;
  /** Recreates the table's indexes once the new table has its name (the old ones went with the old table). */
  indexes: () => Promise<void>;
}

/**
 * Changes a SQLite table in a way ALTER TABLE cannot (add or drop NOT NULL), the way SQLite documents ("making
 * other kinds of table schema changes"): foreign keys off, then in one transaction create the new table, copy,
 * drop, rename, index and check the foreign keys; foreign keys back on however it ends. Kysely runs SQLite
 * migrations outside a transaction, so the rebuild brings its own.
 */
export async function rebuildSqliteTable(db: Kysely<unknown>, rebuild: SqliteTableRebuild): Promise<void> {
  const rebuilt = `${rebuild.table}_rebuilt`;
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql`begin immediate`.execute(db);
    try {
      await rebuild.before?.();
      await rebuild.shape(db.schema.createTable(rebuilt)).execute();
      const columns = sql.join(rebuild.columns.map((column) => sql.ref(column)));
      await sql`insert into ${sql.table(rebuilt)} (${columns}) select ${columns} from ${sql.table(rebuild.table)}`.execute(
        db,
      );
      await sql`drop table ${sql.table(rebuild.table)}`.execute(db);
      await sql`alter table ${sql.table(rebuilt)} rename to ${sql.table(rebuild.table)}`.execute(db);
      await rebuild.indexes();
      const broken = await sql`pragma foreign_key_check`.execute(db);
      if (broken.rows.length > 0) throw new Error(`${rebuild.table} rebuild would break foreign keys`);
      await sql`commit`.execute(db);
    } catch (error) {
      await sql`rollback`.execute(db);
      throw error;
    }
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
