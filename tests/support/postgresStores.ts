import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { userInfo } from 'node:os';
import { seedIfEmpty } from '../../seed/seedStores';
import { TEST_SCALE } from './seededDataDir';

/** The PostgreSQL server the tests use (CI and this machine: trust authentication, database test). */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://127.0.0.1:5432/test';

const STORES = ['magistrates', 'crown', 'pnomis', 'visits', 'confiscation', 'audit'] as const;

/**
 * Seeds every store into schemas of their own on the real PostgreSQL server, named for this run so that runs do
 * not meet, and gives the environment that points the subgraphs and the gateway at them. An unreachable server
 * fails the test, loudly: PostgreSQL support is not optional.
 */
export async function seededPostgres(seed = 7) {
  const run = `t${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const url = (store: string) => `${TEST_POSTGRES_URL}?schema=${run}_${store}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'justice-gateway-pg-'));
  const manifest = await seedIfEmpty({
    dataDir,
    scale: TEST_SCALE,
    seed,
    asOf: '2026-11-01',
    locations: {
      magistrates: url('magistrates'),
      crown: url('crown'),
      pnomis: url('pnomis'),
      visits: url('visits'),
      confiscation: url('confiscation'),
    },
  });
  const env = {
    COURTS_MAGISTRATES_DATABASE_URL: url('magistrates'),
    COURTS_CROWN_DATABASE_URL: url('crown'),
    PNOMIS_DATABASE_URL: url('pnomis'),
    VISITS_DATABASE_URL: url('visits'),
    CONFISCATION_DATABASE_URL: url('confiscation'),
    AUDIT_DATABASE_URL: url('audit'),
  };
  const dropSchemas = async () => {
    const target = new URL(TEST_POSTGRES_URL);
    if (!target.username) target.username = userInfo().username;
    const client = new Client({ connectionString: target.toString() });
    await client.connect();
    try {
      for (const store of STORES) await client.query(`DROP SCHEMA IF EXISTS ${run}_${store} CASCADE`);
    } finally {
      await client.end();
    }
  };
  return { dataDir, manifest, env, dropSchemas };
}
