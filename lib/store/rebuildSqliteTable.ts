import { type CreateTableBuilder, type Kysely, type RawBuilder, sql } from 'kysely';

/** What a table rebuild needs to know: the table, its new shape, what to copy, and what to make after. */
export interface SqliteTableRebuild {
  /** The table rebuilt. */
  table: string;
  /** The new table's columns and constraints, on a builder for the table that will take its name. */
  shape: (builder: CreateTableBuilder<string, never>) => CreateTableBuilder<string, never>;
  /** The columns copied across, in the old table (and kept in the new one). */
  columns: readonly string[];
  /**
   * Columns the new table adds, each with the value a copied row takes: an expression over the old table's row,
   * which is still under the table's name while it is copied.
   */
  derived?: Readonly<Record<string, RawBuilder<unknown>>>;
  /** Runs first in the transaction, and may refuse the rebuild by throwing (nothing is changed then). */
  before?: () => Promise<void>;
  /** Recreates the table's indexes once the new table has its name (the old ones went with the old table). */
  indexes: () => Promise<void>;
}

async function rebuildOne(db: Kysely<unknown>, rebuild: SqliteTableRebuild): Promise<void> {
  const rebuilt = `${rebuild.table}_rebuilt`;
  await rebuild.before?.();
  await rebuild.shape(db.schema.createTable(rebuilt)).execute();
  const derived = Object.entries(rebuild.derived ?? {});
  const target = sql.join(
    [...rebuild.columns, ...derived.map(([column]) => column)].map((column) => sql.ref(column)),
  );
  const values = sql.join([
    ...rebuild.columns.map((column) => sql.ref(column)),
    ...derived.map(([, value]) => value),
  ]);
  await sql`insert into ${sql.table(rebuilt)} (${target}) select ${values} from ${sql.table(rebuild.table)}`.execute(
    db,
  );
  await sql`drop table ${sql.table(rebuild.table)}`.execute(db);
  await sql`alter table ${sql.table(rebuilt)} rename to ${sql.table(rebuild.table)}`.execute(db);
  await rebuild.indexes();
}

/**
 * Changes SQLite tables in a way ALTER TABLE cannot (add or drop NOT NULL, change a primary key), the way SQLite
 * documents ("making other kinds of table schema changes"): foreign keys off, then in one transaction create each
 * new table, copy, drop, rename and index, in the order given, and check the foreign keys; foreign keys back on
 * however it ends. Tables whose keys refer to each other are rebuilt together, so that no commit leaves a foreign
 * key naming columns that are no longer a key. Kysely runs SQLite migrations outside a transaction, so the rebuild
 * brings its own.
 */
export async function rebuildSqliteTables(
  db: Kysely<unknown>,
  rebuilds: readonly SqliteTableRebuild[],
): Promise<void> {
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql`begin immediate`.execute(db);
    try {
      for (const rebuild of rebuilds) await rebuildOne(db, rebuild);
      const broken = await sql`pragma foreign_key_check`.execute(db);
      if (broken.rows.length > 0) {
        throw new Error(
          `${rebuilds.map((rebuild) => rebuild.table).join(', ')} rebuild would break foreign keys`,
        );
      }
      await sql`commit`.execute(db);
    } catch (error) {
      await sql`rollback`.execute(db);
      throw error;
    }
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

/** Rebuilds one SQLite table (see rebuildSqliteTables). */
export async function rebuildSqliteTable(db: Kysely<unknown>, rebuild: SqliteTableRebuild): Promise<void> {
  await rebuildSqliteTables(db, [rebuild]);
}
