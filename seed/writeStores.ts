import { CompiledQuery, type Kysely, sql, type Transaction } from 'kysely';
import { sqlTableName, type StoreStream } from './storeStreams';

/** Rows per INSERT statement: well inside SQLite's and PostgreSQL's limits on bound parameters. */
export const ROWS_PER_STATEMENT = 500;

/** Buffered rows are written once there are this many, parents first, so foreign keys always hold. */
const FLUSH_THRESHOLD = 20_000;

type Row = Record<string, unknown>;

/**
 * Inserts batches of rows with multi-row INSERT statements. Building a 500-row statement with Kysely costs
 * about as much as running it, so the SQL of a full batch is compiled once per table (by Kysely, for the right
 * dialect) and reused with each batch's values; the first batch checks that the values line up.
 */
class BatchInserter<Tables> {
  private readonly statements = new Map<string, { sql: string; columns: string[] }>();

  constructor(private readonly trx: Transaction<Tables>) {}

  async insert(table: string, rows: Row[]): Promise<void> {
    const first = rows[0];
    if (!first) return;
    const columns = Object.keys(first);
    const uniform = rows.every((row) => Object.keys(row).length === columns.length);
    const key = `${table}|${rows.length}|${columns.join(',')}`;
    const cached = uniform ? this.statements.get(key) : undefined;
    if (cached) {
      const parameters: unknown[] = [];
      for (const row of rows) for (const column of cached.columns) parameters.push(row[column]);
      await this.trx.executeQuery(CompiledQuery.raw(cached.sql, parameters));
      return;
    }
    // Kysely's builder is typed per table; the rows were typed when they were made (RowGroup<Tables>).
    const compiled = this.trx
      .insertInto(table as never)
      .values(rows as never)
      .compile();
    if (uniform && rows.length === ROWS_PER_STATEMENT) {
      const parameters = rows.flatMap((row) => columns.map((column) => row[column]));
      const lined =
        parameters.length === compiled.parameters.length &&
        parameters.every((value, index) => value === compiled.parameters[index]);
      if (lined) this.statements.set(key, { sql: compiled.sql, columns });
    }
    await this.trx.executeQuery(compiled);
  }
}

/**
 * Writes a stream of row groups into a store inside one transaction, in batched multi-row inserts, and returns
 * the number of rows written per table (SQL table names). Works the same on SQLite and PostgreSQL.
 */
export async function writeRowGroups<Tables>(
  db: Kysely<Tables>,
  stream: StoreStream<Tables>,
  dialect: 'sqlite' | 'postgres',
  documentsDir: string,
): Promise<Record<string, number>> {
  if (dialect === 'sqlite') {
    // A bulk load into an empty SQLite file: a large page cache keeps the randomly ordered keys' indexes in memory,
    // and a rollback journal (nearly empty for new pages) avoids writing every page twice through the WAL. The
    // stores' usual WAL mode is restored afterwards.
    await sql`PRAGMA cache_size = -524288`.execute(db);
    await sql`PRAGMA journal_mode = DELETE`.execute(db);
  }
  const buffers = new Map<string, Row[]>(stream.tables.map((table) => [table, []]));
  const counts: Record<string, number> = Object.fromEntries(
    stream.tables.map((table) => [sqlTableName(table), 0]),
  );
  await db.transaction().execute(async (trx) => {
    const inserter = new BatchInserter(trx);
    let buffered = 0;
    const flush = async (): Promise<void> => {
      for (const table of stream.tables) {
        const rows = buffers.get(table) ?? [];
        for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
          await inserter.insert(table, rows.slice(start, start + ROWS_PER_STATEMENT));
        }
        counts[sqlTableName(table)] = (counts[sqlTableName(table)] ?? 0) + rows.length;
        rows.length = 0;
      }
      buffered = 0;
    };
    for (const group of stream.rowGroups({ dialect, documentsDir })) {
      for (const [table, rows] of Object.entries(group as Record<string, Row[] | undefined>)) {
        const buffer = buffers.get(table);
        if (!buffer || !rows) throw new Error(`Store ${stream.name} has no table ${table}`);
        for (const row of rows) buffer.push(row);
        buffered += rows.length;
      }
      if (buffered >= FLUSH_THRESHOLD) await flush();
    }
    await flush();
    await stream.afterWrite?.(trx, dialect);
  });
  if (dialect === 'sqlite') await sql`PRAGMA journal_mode = WAL`.execute(db);
  return counts;
}
