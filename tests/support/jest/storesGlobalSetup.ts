import { endPostgresRun, startPostgresRun } from '../postgres/postgresTestRun';
import { testStoreEngine } from '../storeEngine';

type ProjectConfig = { displayName?: { name?: string } | string };

const projectName = (project: ProjectConfig) =>
  typeof project.displayName === 'string' ? project.displayName : project.displayName?.name;

/** The run this jest process started, kept for the teardown (global set-up and teardown share the process). */
const started = globalThis as { justiceGatewayPostgresRun?: string };

/**
 * Jest's global set-up for every project: when the project runs its stores on PostgreSQL (the postgres project, or
 * TEST_STORE_ENGINE=postgres), seeds the run's template stores once, for every test file to copy. An unreachable
 * server fails the whole run here, with the URL in the message.
 */
export default async function storesGlobalSetup(_global: unknown, project: ProjectConfig): Promise<void> {
  const onPostgres = projectName(project) === 'postgres' || testStoreEngine() === 'postgres';
  if (!onPostgres || started.justiceGatewayPostgresRun) return;
  const began = Date.now();
  const { run } = await startPostgresRun();
  started.justiceGatewayPostgresRun = run;
  process.stderr.write(`\nPostgreSQL test run ${run}: template stores seeded in ${Date.now() - began} ms\n`);
}

/** Jest's global teardown: drops every schema the run made, so that the test database does not fill up. */
export async function storesGlobalTeardown(): Promise<void> {
  const run = started.justiceGatewayPostgresRun;
  if (!run) return;
  delete started.justiceGatewayPostgresRun;
  await endPostgresRun(run);
}
