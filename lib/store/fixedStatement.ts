import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { StoreDatabase } from './openDatabase';

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

/**
 * A statement over a list of rows (a multi-row INSERT), compiled once for each number of rows up to a hundred,
 * built afresh beyond that. `columns` names every value a row carries: Kysely reads a row's columns from its
 * keys, so the stand-in rows it is built with need them spelled out.
 */
export function statementForRows<DB, Row extends object, Result>(
  columns: readonly (keyof Row & string)[],
  build: (db: Kysely<DB>, rows: readonly Row[]) => Compilable<Result>,
) {
  const byCount = new Map<number, ReturnType<typeof fixedStatement<DB, Record<string, unknown>, Result>>>();
  return async (
    db: Kysely<DB>,
    dialect: StoreDialect,
    rows: readonly Row[],
  ): Promise<QueryResult<Result>> => {
    if (rows.length > MOST_KEYS_COMPILED) return db.executeQuery(build(db, rows));
    let statement = byCount.get(rows.length);
    if (statement === undefined) {
      const count = rows.length;
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
      byCount.set(rows.length, statement);
    }
    const values: Record<string, unknown> = {};
    rows.forEach((row, index) => {
      for (const column of columns) values[`${index}.${column}`] = row[column];
    });
    return statement(db, dialect, values);
  };
}
