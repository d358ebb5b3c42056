import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type { Pool, PoolClient } from 'pg';

// The SQL of every fixed statement (fixedStatement.ts) compiled for PostgreSQL, and the name it is prepared under.
const preparedNames = new Map<string, string>();

/**
 * Marks a statement's SQL to be prepared once on each PostgreSQL connection that runs it, and run by name after
 * that. Only statements of a fixed shape are marked: their number is bounded, so each connection keeps a bounded
 * set of prepared statements, whereas a statement built afresh (a list of any length) would leave one behind for
 * every shape.
 */
export function prepareOnEachConnection(sql: string): void {
  if (preparedNames.has(sql)) return;
  // The pg instrumentation names a statement's span after its prepared name, so the name starts with the SQL
  // command, as the span of an unnamed statement would ("pg.query:SELECT #12 test" rather than "pg.query:#12").
  const command = sql.trimStart().split(/\s/, 1)[0]?.toUpperCase() ?? '';
  preparedNames.set(sql, `${command} #${preparedNames.size + 1}`);
}

/**
 * A pool for Kysely whose connections run marked statements as named prepared statements. Without a name,
 * node-postgres sends each statement to be parsed, analysed and planned again; a booking runs some twenty of
 * them in its transaction, and on PostgreSQL that work was most of the server's time per statement (figures in
 * docs/). A named statement is parsed once per connection and its plan kept, so a run sends only its values.
 */
export function withPreparedStatements(pool: Pool): PostgresPool {
  // Kysely keeps its connection object per client it is handed, so each client keeps one wrapper.
  const wrappers = new WeakMap<PoolClient, PostgresPoolClient>();
  const wrap = (client: PoolClient): PostgresPoolClient => {
    let wrapper = wrappers.get(client);
    if (wrapper === undefined) {
      wrapper = {
        query: ((statement: unknown, parameters?: readonly unknown[]) => {
          if (typeof statement !== 'string') return client.query(statement as never);
          const name = preparedNames.get(statement);
          const values = parameters as unknown[] | undefined;
          return name === undefined
            ? client.query(statement, values)
            : client.query({ name, text: statement, values });
        }) as unknown as PostgresPoolClient['query'],
        release: (destroy?: boolean) => client.release(destroy),
      };
      wrappers.set(client, wrapper);
    }
    return wrapper;
  };
  return {
    connect: async () => wrap(await pool.connect()),
    end: () => pool.end(),
  };
}
