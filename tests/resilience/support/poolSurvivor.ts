/**
 * A process of its own holding a store's connection pool, for storeRecovery.test.ts: it says "ready" once its
 * connection is open and idle, waits for a line on standard input (meanwhile the test terminates its connections on
 * the server), runs one more statement and prints its answer. A pool that let the broken idle connection's error go
 * unhandled would end the process first, as it would end a subgraph.
 */
import { once } from 'node:events';
import { createPostgresPool } from '@lib/store/postgresPool';

async function main(): Promise<void> {
  const pool = createPostgresPool(process.argv[2] ?? '', 2);
  await pool.query('select 1');
  console.log('ready');
  await once(process.stdin, 'data');
  const { rows } = await pool.query<{ answer: number }>('select 42 as answer');
  console.log(`answered ${rows[0]?.answer}`);
  await pool.end();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
