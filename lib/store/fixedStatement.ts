import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { StoreDatabase } from './openDatabase';
import { prepareOnEachConnection } from './preparedStatements';

/** The engines a store runs on; a statement compiles to different SQL on each. */
export type StoreDialect = StoreDatabase<unknown>['dialect'];

// A value no caller would pass: it marks where each named value goes in the compiled statement's parameters.
const MARKER = '\u0000fixed-statement-value:';

/** Stand-ins for a statement's values while it is built: each reads as the value of that name. */
export type Placeholders<Values> = { readonly [Name in keyof Values]: Values[Name] };

/** Where each parameter of the compiled statement comes from: a named value, or a constant of the query. */
type ParameterSource = { name: string } | { constant: unknown };

interface CompiledOnce {
  query: CompiledQuery<unknown>;
  sources: ParameterSource[];
}

function placeholders<Values>(): Placeholders<Values> {
  return new Proxy({} as Placeholders<Values>, {
    get: (_target, name) => `${MARKER}${String(name)}`,
  });
}

function compile<DB, Values, Row>(
  db: Kysely<DB>,
  build: (db: Kysely<DB>, values: Placeholders<Values>) => Compilable<Row>,
): CompiledOnce {
  const query = build(db, placeholders<Values>()).compile() as CompiledQuery<unknown>;
  if (query.sql.includes(MARKER)) {
    // A value Kysely wrote into the SQL text rather than passing as a parameter cannot be replaced later.
    const readable = query.sql.split(MARKER).join(':');
    throw new Error(`a fixed statement must pass its values as parameters: ${readable}`);
  }
  const sources = query.parameters.map((parameter): ParameterSource =>
    typeof parameter === 'string' && parameter.startsWith(MARKER)
      ? { name: parameter.slice(MARKER.length) }
      : { constant: parameter },
  );
  return { query, sources };
}

/**
 * A statement of a fixed shape, built with Kysely and compiled once per engine, then run with new values each
 * time. The hot paths of a store (a booking runs a dozen statements) pay for building and compiling a query
 * more than SQLite takes to run it; only the values change from one call to the next, so the SQL is kept and
 * the parameters are filled in. The statement runs through the given connection (a transaction's, say) and
 * its plugins, so results map as Kysely's own queries do.
 */
export function fixedStatement<DB, Values extends object, Row>(
  build: (db: Kysely<DB>, values: Placeholders<Values>) => Compilable<Row>,
) {
  const byDialect = new Map<StoreDialect, CompiledOnce>();
  return async (db: Kysely<DB>, dialect: StoreDialect, values: Values): Promise<QueryResult<Row>> => {
    let compiled = byDialect.get(dialect);
    if (compiled === undefined) {
      compiled = compile(db, build);
      byDialect.set(dialect, compiled);
      // SQLite's statements are kept prepared by withStatementCache; PostgreSQL's by name, on each connection.
      if (dialect === 'postgres') prepareOnEachConnection(compiled.query.sql);
    }
    // A value left out is bound as NULL, as Kysely would write it, rather than refused by the driver.
    const parameters = compiled.sources.map((source) =>
      'name' in source ? ((values as Record<string, unknown>)[source.name] ?? null) : source.constant,
    );
    return db.executeQuery({ ...compiled.query, parameters });
  };
}

/** Lists of keys up to this long get a statement of their own length, compiled once; longer ones are built. */
const MOST_KEYS_COMPILED = 100;

/**
 * A statement that looks rows up by a list of keys (`where key in (...)`), as the per-request loaders run it:
 * compiled once for each length of list up to a hundred keys (a loader batches a request's look-ups, so the
 * same few lengths come back again and again), built afresh beyond that.
 */
export function statementForKeys<DB, Key, Row>(
  build: (db: Kysely<DB>, keys: readonly Key[]) => Compilable<Row>,
) {
  const byLength = new Map<number, ReturnType<typeof fixedStatement<DB, Record<string, Key>, Row>>>();
  return async (db: Kysely<DB>, dialect: StoreDialect, keys: readonly Key[]): Promise<Row[]> => {
    if (keys.length > MOST_KEYS_COMPILED) return (await db.executeQuery(build(db, keys))).rows;
    let statement = byLength.get(keys.length);
    if (statement === undefined) {
      const length = keys.length;
      statement = fixedStatement((kdb: Kysely<DB>, values: Placeholders<Record<string, Key>>) =>
        build(
          kdb,
          Array.from({ length }, (_, index) => values[String(index)] as Key),
        ),
      );
      byLength.set(length, statement);
    }
    const values: Record<string, Key> = {};
    keys.forEach((key, index) => {
      values[String(index)] = key;
    });
    return (await statement(db, dialect, values)).rows;
  };
}

// The largest chunk of rows an insert runs in; a list is inserted in chunks of powers of two up to it.
const LARGEST_ROW_CHUNK = 64;

/**
 * A multi-row INSERT compiled once for each power of two rows up to 64, and run in chunks of those sizes (37
 * rows: 32, 4, 1). A statement for every number of rows would keep up to a hundred prepared statements per table
 * when lists come in every size (the audit log's group commit), the larger ones each a program of thousands of
 * SQLite operations: the gateway's memory crept up by tens of megabytes as new sizes came. `columns` names every
 * value a row carries: Kysely reads a row's columns from its keys, so the stand-in rows need them spelled out.
 */
export function insertStatementForRows<DB, Row extends object>(
  columns: readonly (keyof Row & string)[],
  build: (db: Kysely<DB>, rows: readonly Row[]) => Compilable<unknown>,
) {
  const byCount = new Map<number, ReturnType<typeof fixedStatement<DB, Record<string, unknown>, unknown>>>();
  const statementFor = (count: number) => {
    let statement = byCount.get(count);
    if (statement === undefined) {
      statement = fixedStatement((kdb: Kysely<DB>, values: Placeholders<Record<string, unknown>>) =>
        build(
          kdb,
          Array.from(
            { length: count },
            (_, index) =>
              Object.fromEntries(columns.map((column) => [column, values[`${index}.${column}`]])) as Row,
          ),
        ),
      );
      byCount.set(count, statement);
    }
    return statement;
  };
  return async (db: Kysely<DB>, dialect: StoreDialect, rows: readonly Row[]): Promise<void> => {
    for (let start = 0; start < rows.length;) {
      const left = rows.length - start;
      const count = left >= LARGEST_ROW_CHUNK ? LARGEST_ROW_CHUNK : 2 ** Math.floor(Math.log2(left));
      const values: Record<string, unknown> = {};
      for (let index = 0; index < count; index += 1) {
        const row = rows[start + index] as Row;
        for (const column of columns) values[`${index}.${column}`] = row[column];
      }
      await statementFor(count)(db, dialect, values);
      start += count;
    }
  };
}
