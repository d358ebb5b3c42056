import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { dropSchemasStartingWith, withPostgresClient } from './postgresAdmin';

/**
 * One jest run on PostgreSQL: every schema it makes starts with the run's name (jt_<start time>_<random>), so that
 * runs side by side never meet and the end of the run drops them all. The stores are seeded once per run into
 * template schemas (`<run>_template_<store>`) that each test file copies (postgresTemplate.ts).
 */
export interface PostgresTestRun {
  run: string;
  /** The data folder of the template: its seed manifest. */
  templateDir: string;
}

const RUN_VARIABLE = 'TEST_POSTGRES_RUN';
const TEMPLATE_DIR_VARIABLE = 'TEST_POSTGRES_TEMPLATE_DIR';
/** Runs older than this were killed before they could clean up after themselves. */
const ABANDONED_AFTER_MS = 3 * 60 * 60 * 1000;

/** The template schema of a store in a run. */
export function templateSchema(run: string, store: string): string {
  return `${run}_template_${store}`;
}

/** The run prepared by jest's global set-up, as the test files see it. */
export function currentPostgresRun(env: Record<string, string | undefined> = process.env): PostgresTestRun {
  const run = env[RUN_VARIABLE];
  const templateDir = env[TEMPLATE_DIR_VARIABLE];
  if (!run || !templateDir) {
    throw new Error(
      `TEST_STORE_ENGINE=postgres needs the template stores seeded by jest's global set-up ` +
        `(tests/support/jest/postgresGlobalSetup.ts): run the tests through jest.config.js`,
    );
  }
  return { run, templateDir };
}

/** Drops the schemas of runs abandoned long ago (a run killed before its teardown). */
async function dropAbandonedRuns(now: number): Promise<void> {
  await withPostgresClient(async (client) => {
    const { rows } = await client.query<{ run: string }>(
      `select distinct substring(nspname from '^(jt_[0-9a-z]+_[0-9a-f]+)_') as run
         from pg_namespace where nspname ~ '^jt_[0-9a-z]+_[0-9a-f]+_'`,
    );
    for (const { run } of rows) {
      const started = parseInt(run.split('_')[1] ?? '', 36);
      if (now - started > ABANDONED_AFTER_MS) await dropSchemasStartingWith(client, run);
    }
  });
}

/**
 * Starts a run: drops abandoned runs, seeds the template stores with the real generator as the SQLite tests do
 * (in a process of its own: the generator runs under tsx, which resolves the project's path aliases), and
 * publishes the run to the test files through the environment they inherit.
 */
export async function startPostgresRun(): Promise<PostgresTestRun> {
  const now = Date.now();
  await dropAbandonedRuns(now);
  const run = `jt_${now.toString(36)}_${randomBytes(3).toString('hex')}`;
  const templateDir = mkdtempSync(join(tmpdir(), 'justice-gateway-pg-template-'));
  await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'seedTemplate.ts'), run, templateDir],
    { cwd: resolve(__dirname, '../../..') },
  );
  process.env[RUN_VARIABLE] = run;
  process.env[TEMPLATE_DIR_VARIABLE] = templateDir;
  return { run, templateDir };
}

/** Ends a run: drops every schema it made. */
export async function endPostgresRun(run: string): Promise<number> {
  return withPostgresClient((client) => dropSchemasStartingWith(client, run));
}
