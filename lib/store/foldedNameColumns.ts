import { type Kysely, PostgresAdapter, sql } from 'kysely';
import { foldedName } from '../search/foldedName';

/** A table's names given folded columns of their own (lib/search/foldedName.ts), and the search index on them. */
export interface FoldedNameColumns {
  table: string;
  /** The table's primary key, by which the backfill walks it a batch at a time. */
  key: readonly string[];
  /** Each folded column added, with the name column it folds. */
  folds: Readonly<Record<string, string>>;
  /** The index on lower(name) the new index replaces, dropped. */
  replaces: string;
  /** The search's index, made once every row is folded. */
  index: { name: string; columns: readonly string[] };
}

/** Rows folded per statement: a batch's parameters stay far below either engine's limit. */
const BATCH_ROWS = 500;

/**
 * A folded column holds up to twice its name's characters: lower case lengthens a few letters (İ to i and a
 * combining dot), and the names are varchar(100).
 */
const FOLDED_TYPE = 'varchar(200)';

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

async function columnsOf(db: Kysely<unknown>, table: string): Promise<Set<string>> {
  const { rows } = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db);
  return new Set(rows.map((row) => row.name));
}

/**
 * Runs one batch in a transaction of its own on SQLite, which Kysely migrates outside one; on PostgreSQL the
 * migration's own transaction holds them all, so that a failed backfill leaves the table as it was.
 */
function inBatch(db: Kysely<unknown>, work: (db: Kysely<unknown>) => Promise<void>): Promise<void> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/** Folds one batch of rows after `after` (a key), and says the last key it read, or null at the end. */
async function foldBatch(
  db: Kysely<unknown>,
  spec: FoldedNameColumns,
  after: readonly unknown[] | null,
): Promise<unknown[] | null> {
  const folds = Object.entries(spec.folds);
  // Aliases without underscores, which the stores' CamelCasePlugin would rename in the rows read.
  const keys = spec.key.map((column, index) => sql`${sql.ref(column)} as ${sql.id(`k${index}`)}`);
  const names = folds.map(([, name], index) => sql`${sql.ref(name)} as ${sql.id(`n${index}`)}`);
  const keyList = sql.join(spec.key.map((column) => sql.ref(column)));
  const where = after ? sql`where (${keyList}) > (${sql.join(after.map((value) => sql.val(value)))})` : sql``;
  const { rows } = await sql<
    Record<string, unknown>
  >`select ${sql.join([...keys, ...names])} from ${sql.table(
    spec.table,
  )} ${where} order by ${keyList} limit ${BATCH_ROWS}`.execute(db);
  const last = rows.at(-1);
  if (!last) return null;
  const values = rows.map((row) => {
    const key = spec.key.map((_, index) => sql.val(row[`k${index}`]));
    const folded = folds.map((_, index) => {
      const name = row[`n${index}`];
      return sql.val(typeof name === 'string' ? foldedName(name) : null);
    });
    return sql`(${sql.join([...key, ...folded])})`;
  });
  // A VALUES list's columns are column1, column2... on both engines: the key's first, then the folded names.
  const assignments = folds.map(
    ([column], index) => sql`${sql.ref(column)} = ${sql.ref(`folded.column${spec.key.length + index + 1}`)}`,
  );
  const matches = spec.key.map(
    (column, index) => sql`${sql.ref(`${spec.table}.${column}`)} = ${sql.ref(`folded.column${index + 1}`)}`,
  );
  await sql`update ${sql.table(spec.table)} set ${sql.join(assignments)} from (values ${sql.join(
    values,
  )}) as folded where ${sql.join(matches, sql` and `)}`.execute(db);
  return spec.key.map((_, index) => last[`k${index}`]);
}

/**
 * A migration's work for a table whose names the searches match case-insensitively: adds the folded columns,
 * fills them from the names already stored, in the application's folding (no SQL function folds alike on both
 * engines), a batch at a time, then swaps the lower(name) index for one on the folded column. Run again after a
 * crash part-way on SQLite, it picks up where it stands: columns present are kept, rows are folded again.
 */
export async function addFoldedNameColumns(db: Kysely<unknown>, spec: FoldedNameColumns): Promise<void> {
  const present = isPostgres(db) ? new Set<string>() : await columnsOf(db, spec.table);
  for (const column of Object.keys(spec.folds)) {
    if (!present.has(column)) {
      await db.schema.alterTable(spec.table).addColumn(column, FOLDED_TYPE).execute();
    }
  }
  let after: unknown[] | null = null;
  do {
    const from: unknown[] | null = after;
    await inBatch(db, async (batch) => {
      after = await foldBatch(batch, spec, from);
    });
  } while (after !== null);
  await sql`drop index if exists ${sql.id(spec.replaces)}`.execute(db);
  await db.schema
    .createIndex(spec.index.name)
    .ifNotExists()
    .on(spec.table)
    .columns([...spec.index.columns])
    .execute();
}
