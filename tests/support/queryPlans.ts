import { CompiledQuery, sql } from 'kysely';
import type { RecordedStatement, StoreDatabase } from '@lib/store/openDatabase';

/**
 * Each statement with the plan the store's database would run it by, as text. On PostgreSQL sequential scans are
 * switched off while planning: the test tables are small enough that a scan is cheaper, so only a plan that scans
 * even then shows that no index can serve the statement (SQLite's planner takes an index whenever it can).
 */
export async function queryPlans<Tables>(
  database: StoreDatabase<Tables>,
  statements: readonly RecordedStatement[] = database.statements.recorded,
): Promise<string[]> {
  const postgres = database.dialect === 'postgres';
  return database.db.connection().execute(async (connection) => {
    const plans: string[] = [];
    if (postgres) await sql`set enable_seqscan = off`.execute(connection);
    try {
      for (const statement of statements) {
        const explain = postgres ? 'EXPLAIN' : 'EXPLAIN QUERY PLAN';
        const result = await connection.executeQuery<Record<string, string>>(
          CompiledQuery.raw(`${explain} ${statement.sql}`, [...statement.parameters]),
        );
        const lines = result.rows.map((row) => (postgres ? Object.values(row)[0] : row.detail));
        plans.push(`${statement.sql}\n  ${lines.join('\n  ')}`);
      }
    } finally {
      if (postgres) await sql`reset enable_seqscan`.execute(connection);
    }
    return plans;
  });
}

/**
 * Whether a plan reads a whole table: SQLite's SCAN without an index (a multi-row VALUES list is scanned as it is
 * written, and a SELECT without FROM scans its one CONSTANT ROW: neither is a table), or PostgreSQL's Seq Scan.
 */
export function scansATable(plan: string): boolean {
  return /\bSCAN (?!.*USING (COVERING )?INDEX)(?!\d+-ROW VALUES)(?!CONSTANT ROW)|Seq Scan/.test(plan);
}
