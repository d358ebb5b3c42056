import { type DatabaseIntrospector, type Kysely, sql } from 'kysely';

/**
 * The store's database as Kysely's migrator should see it: the same connections, but an introspection that looks
 * at the store's own schema only. Kysely's PostgreSQL introspector reads every table of every schema in the
 * database, column by column, to find the migration tables: slow when stores share a database with many other
 * schemas, and liable to fail outright ("schema … does not exist") when another schema is dropped meanwhile.
 */
export function introspectingOneSchema<Tables>(db: Kysely<Tables>, schema: string): Kysely<Tables> {
  const introspection: DatabaseIntrospector = {
    getSchemas: async () =>
      (
        await sql<{
          name: string;
        }>`select nspname as name from pg_namespace where nspname = ${schema}`.execute(db)
      ).rows,
    getTables: async () => {
      const { rows } = await sql<{ name: string; kind: string }>`
        select table_name as name, table_type as kind from information_schema.tables
         where table_schema = ${schema}`.execute(db);
      return rows.map(({ name, kind }) => ({ name, schema, isView: kind === 'VIEW', columns: [] }));
    },
    getMetadata: async () => ({ tables: await introspection.getTables() }),
  };
  return new Proxy(db, {
    get(target, property) {
      if (property === 'introspection') return introspection;
      const value: unknown = Reflect.get(target, property, target);
      // Kysely keeps its state in private fields, which only the instance itself may read.
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
