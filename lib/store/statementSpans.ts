import { recordFinishedSpan } from '../observability/tracing/projectSpans';

/**
 * A span for a statement a SQLite store ran, named as the pg instrumentation names PostgreSQL's (`sqlite.query:SELECT`)
 * so that a trace reads alike on either engine. The text is Kysely's compiled statement, whose values are bound
 * parameters and never part of it.
 */
export function traceSqliteStatement(sqlText: string, durationMs: number): void {
  const operation = /^\s*(\w+)/.exec(sqlText)?.[1]?.toUpperCase() ?? 'STATEMENT';
  recordFinishedSpan(
    `sqlite.query:${operation}`,
    {
      'db.system.name': 'sqlite',
      'db.operation.name': operation,
      'db.query.text': sqlText,
      'store.engine': 'sqlite',
    },
    durationMs,
  );
}
