import { type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely, PostgresAdapter } from 'kysely';

/**
 * Adds a primary-key column whose values the database assigns: SQLite's INTEGER PRIMARY KEY (the rowid) or
 * PostgreSQL's SERIAL, so that one migration serves both engines.
 */
export function addAutoIdColumn<Table extends string, Columns extends string>(
  db: Kysely<unknown>,
  table: CreateTableBuilder<Table, Columns>,
  name: string,
): CreateTableBuilder<Table, Columns | typeof name> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return table.addColumn(name, isPostgres ? 'serial' : 'integer', (column: ColumnDefinitionBuilder) =>
    column.primaryKey(),
  );
}
