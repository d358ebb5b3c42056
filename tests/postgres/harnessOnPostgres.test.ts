import { openDatabase } from '@lib/store/openDatabase';
import { sql } from 'kysely';
import { dropSchemasStartingWith, withPostgresClient } from '../support/postgres/postgresAdmin';
import { currentPostgresRun, endPostgresRun, templateSchema } from '../support/postgres/postgresTestRun';
import { seededDataDir } from '../support/seededDataDir';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { TEST_STORES, testStoreEngine } from '../support/storeEngine';
import { storeEnvironment, testStoreLocation } from '../support/testStoreLocations';

// The PostgreSQL project's own harness: the suites it runs again are only worth running if every store really is
// on PostgreSQL, holds the seeded data, and the run cleans up after itself.

let supergraph: RunningSupergraph;
let dataDir: string;

beforeAll(async () => {
  dataDir = (await seededDataDir()).dataDir;
  supergraph = await startSupergraph(dataDir);
});

afterAll(() => supergraph.stop());

const schemaOf = (location: string) => new URL(location).searchParams.get('schema') ?? '';

describe('the test harness on PostgreSQL', () => {
  it('opens every store, the audit log included, in schemas of this run on the PostgreSQL server', async () => {
    expect(testStoreEngine()).toBe('postgres');
    const databases = [
      supergraph.courts.system.databases.magistrates,
      supergraph.courts.system.databases.crown,
      supergraph.pnomis.system.database,
      supergraph.visits.system.database,
      supergraph.confiscation.system.database,
    ];
    expect(databases.map((database) => database.dialect)).toEqual(Array(5).fill('postgres'));
    const { run } = currentPostgresRun();
    const locations = Object.values(storeEnvironment(dataDir));
    // Every store the harness knows, notifications' included, is in a schema of this run.
    expect(locations).toHaveLength(TEST_STORES.length);
    for (const location of locations) expect(schemaOf(location).startsWith(`${run}_`)).toBe(true);

    await supergraph.queryAs(await supergraph.tokenFor('offender-manager'), '{ __typename }');
    const audit = await withPostgresClient((client) =>
      client.query(
        `select count(*)::int as tables from information_schema.tables where table_schema = $1 and table_name = 'audit_record'`,
        [schemaOf(testStoreLocation(dataDir, 'audit'))],
      ),
    );
    expect(audit.rows).toEqual([{ tables: 1 }]);
  });

  it("holds the template's seeded rows, and numbers new rows after them", async () => {
    const { run } = currentPostgresRun();
    const counts = await withPostgresClient(async (client) => {
      const count = async (schema: string) =>
        (await client.query<{ n: number }>(`select count(*)::int as n from "${schema}".session_template`))
          .rows[0]?.n;
      return [
        await count(templateSchema(run, 'visits')),
        await count(schemaOf(testStoreLocation(dataDir, 'visits'))),
      ];
    });
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(counts[0]);

    const visits = openDatabase<{ sessionTemplate: { sessionTemplateId: number } }>(
      testStoreLocation(dataDir, 'visits'),
    );
    try {
      const { rows } = await sql<{ id: number; highest: number }>`insert into session_template
          (prison_code, day_of_week, start_time, end_time, open_capacity, closed_capacity, valid_from)
          values ('LEI', 1, '07:00', '08:00', 1, 0, '2026-01-01')
          returning session_template_id as id, (select max(session_template_id) from session_template) as highest`.execute(
        visits.db,
      );
      expect(rows[0]?.id).toBeGreaterThan(rows[0]?.highest ?? Infinity);
    } finally {
      await visits.close();
    }
  });

  it('fails loudly, naming the server, when PostgreSQL cannot be reached', async () => {
    await expect(withPostgresClient(() => Promise.resolve(), 'postgres://127.0.0.1:1/test')).rejects.toThrow(
      /PostgreSQL for the tests is unreachable at postgres:\/\/127\.0\.0\.1:1\/test \(set TEST_POSTGRES_URL/,
    );
  });

  it("drops every schema of a run at its end, and no other run's", async () => {
    const run = `jt_0_${Date.now().toString(16)}`;
    const schemas = [`${run}_template_visits`, `${run}_ab12_audit`, `${run}0_other`];
    const existing = () =>
      withPostgresClient(async (client) => {
        const { rows } = await client.query<{ name: string }>(
          `select nspname as name from pg_namespace where nspname = any($1) order by 1`,
          [schemas],
        );
        return rows.map((row) => row.name);
      });
    await withPostgresClient(async (client) => {
      for (const schema of schemas) await client.query(`create schema "${schema}"`);
    });
    try {
      await expect(endPostgresRun(run)).resolves.toBe(2);
      await expect(existing()).resolves.toEqual([`${run}0_other`]);
    } finally {
      await withPostgresClient((client) => dropSchemasStartingWith(client, `${run}0`));
    }
  });
});
