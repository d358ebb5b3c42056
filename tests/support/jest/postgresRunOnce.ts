import { endPostgresRun, startPostgresRun } from '../postgres/postgresTestRun';

/** The run this jest process started, kept for the teardown (global set-up and teardown share the process). */
const started = globalThis as { justiceGatewayPostgresRun?: string };

/**
 * Seeds the run's PostgreSQL template stores, once per jest process however many projects ask. An unreachable
 * server fails the whole run here, with the URL in the message.
 */
export async function startPostgresRunOnce(): Promise<void> {
  if (started.justiceGatewayPostgresRun) return;
  const began = Date.now();
  const { run } = await startPostgresRun();
  started.justiceGatewayPostgresRun = run;
  process.stderr.write(`\nPostgreSQL test run ${run}: template stores seeded in ${Date.now() - began} ms\n`);
}

/** Drops every schema the run made, if this process started one, so that the test database does not fill up. */
export async function endPostgresRunOnce(): Promise<void> {
  const run = started.justiceGatewayPostgresRun;
  if (!run) return;
  delete started.justiceGatewayPostgresRun;
  await endPostgresRun(run);
}
