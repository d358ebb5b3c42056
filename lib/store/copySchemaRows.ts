import type { Client } from 'pg';

/** Tables in an order that puts every table after the tables its foreign keys point at. */
function parentsFirst(
  tables: readonly string[],
  links: readonly { child: string; parent: string }[],
): string[] {
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const link of links) if (link.child === table && link.parent !== table) visit(link.parent, path);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

/**
 * Copies every row of every table of schema `from` into the same tables of schema `to`, which the store's own
 * migrations have already created (so indexes, constraints and defaults are the store's, not copies), then moves
 * each serial column's sequence past the copied ids. Kysely's migration tables are left alone: `to` has its own.
 * One transaction, all on the server: a seeded store is copied in a fraction of the time seeding it takes.
 */
export async function copySchemaRows(client: Client, from: string, to: string): Promise<void> {
  const { rows: columns } = await client.query<{ table: string; column: string; serial: boolean }>(
    `select table_name as table, column_name as column, coalesce(column_default like 'nextval(%', false) as serial
       from information_schema.columns
      where table_schema = $1 and table_name not like 'kysely\\_migration%' and is_generated = 'NEVER'
      order by table_name, ordinal_position`,
    [from],
  );
  const { rows: links } = await client.query<{ child: string; parent: string }>(
    `select child.relname as child, parent.relname as parent
       from pg_constraint link
       join pg_class child on child.oid = link.conrelid
       join pg_class parent on parent.oid = link.confrelid
       join pg_namespace schema on schema.oid = child.relnamespace
      where link.contype = 'f' and schema.nspname = $1`,
    [from],
  );
  const tables = parentsFirst([...new Set(columns.map((row) => row.table))], links);
  await client.query('begin');
  try {
    for (const table of tables) {
      const list = columns
        .filter((row) => row.table === table)
        .map((row) => `"${row.column}"`)
        .join(', ');
      await client.query(`insert into "${to}"."${table}" (${list}) select ${list} from "${from}"."${table}"`);
    }
    for (const { table, column } of columns.filter((row) => row.serial)) {
      await client.query(
        `select setval(pg_get_serial_sequence($1, $2), coalesce((select max("${column}") from "${to}"."${table}"), 0) + 1, false)`,
        [`"${to}"."${table}"`, column],
      );
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}
