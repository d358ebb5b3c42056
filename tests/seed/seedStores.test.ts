import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '@lib/store/openDatabase';
import { generateJustice } from '../../seed/generateJustice';
import { manifestPath, seedIfEmpty, seedStores, storeLocations } from '../../seed/seedStores';
import { sqlTableName, STORE_NAMES, STORE_SCHEMAS } from '../../seed/storeStreams';
import type { SeedManifest } from '../../seed/seedManifest';
import { AS_OF } from './seedFixture';

const options = { scale: 0.002, seed: 9, asOf: AS_OF };

/** Rows per table actually in the SQLite stores of a data folder. */
async function countRows(dataDir: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const locations = storeLocations(dataDir);
  for (const name of STORE_NAMES) {
    const store = openDatabase<unknown>(locations[name]);
    try {
      for (const table of STORE_SCHEMAS[name].tables) {
        const result = await sql<{
          n: number;
        }>`select count(*) as n from ${sql.table(sqlTableName(table))}`.execute(store.db);
        counts[sqlTableName(table)] = Number(result.rows[0]?.n);
      }
    } finally {
      await store.close();
    }
  }
  return counts;
}

/** Stored rows cut down to the generated columns: later migrations may add columns of their own. */
function generatedColumns(
  stored: readonly unknown[],
  expected: readonly object[],
): Record<string, unknown>[] {
  const columns = Object.keys(expected[0] ?? {});
  return stored.map((row) =>
    Object.fromEntries(columns.map((column) => [column, (row as Record<string, unknown>)[column]])),
  );
}

describe('seeding the stores', () => {
  // One seeding that the tests read, and one generation to compare it with: each seeding at the test scale takes
  // seconds. The last test changes the folder, so it runs last.
  let dataDir: string;
  let manifest: SeedManifest;
  let generated: ReturnType<typeof generateJustice>;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'seed-test-'));
    manifest = await seedStores({ dataDir, ...options });
    generated = generateJustice(options);
  });

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes every generated row to SQLite, as many per table as the manifest counts', async () => {
    expect(await countRows(dataDir)).toEqual(manifest.counts);
    expect(manifest.counts).toEqual(generated.manifest.counts);
    expect(JSON.parse(readFileSync(manifestPath(dataDir), 'utf8'))).toEqual(manifest);
    for (const name of STORE_NAMES) expect(existsSync(join(dataDir, `${name}.db`))).toBe(true);
  });

  it('reads back the rows exactly as generated', async () => {
    const store = openDatabase<unknown>(storeLocations(dataDir).crown);
    try {
      const stored = await sql`select * from crown_case order by case_number, court_code`.execute(store.db);
      const expected = [...generated.rows.crown.crownCase].sort(
        (a, b) => a.caseNumber.localeCompare(b.caseNumber) || a.courtCode.localeCompare(b.courtCode),
      );
      expect(generatedColumns(stored.rows, expected)).toEqual(expected);
    } finally {
      await store.close();
    }
  });

  it('writes the same rows when the magistrates’ store is written in a worker thread', async () => {
    const parallelDir = mkdtempSync(join(tmpdir(), 'seed-test-'));
    try {
      expect(await seedStores({ dataDir: parallelDir, ...options, parallel: true })).toEqual(
        generated.manifest,
      );
      const store = openDatabase<unknown>(storeLocations(parallelDir).magistrates);
      try {
        const stored = await sql`select * from magistrates_case order by urn`.execute(store.db);
        const expected = [...generated.rows.magistrates.magistratesCase].sort((a, b) =>
          a.urn.localeCompare(b.urn),
        );
        expect(generatedColumns(stored.rows, expected)).toEqual(expected);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(parallelDir, { recursive: true, force: true });
    }
  });

  it('writes only the stores asked for, the same rows, leaving the others empty and saying so', async () => {
    const someDir = mkdtempSync(join(tmpdir(), 'seed-test-'));
    try {
      const some = await seedIfEmpty({ dataDir: someDir, ...options, stores: ['visits', 'pnomis'] });
      expect(some.storesWritten).toEqual(['pnomis', 'visits']);
      const writtenTables = ['pnomis', 'visits'].flatMap((name) =>
        STORE_SCHEMAS[name as 'pnomis' | 'visits'].tables.map(sqlTableName),
      );
      const expected = Object.fromEntries(writtenTables.map((table) => [table, manifest.counts[table]]));
      expect(some.counts).toEqual(expected);
      const stored = await countRows(someDir);
      for (const [table, count] of Object.entries(stored))
        expect([table, count]).toEqual([table, expected[table] ?? 0]);
      expect(some.samples).toEqual(manifest.samples);
      // The same subset is reused; the whole set would find stores left empty, and refuses.
      expect(await seedIfEmpty({ dataDir: someDir, ...options, stores: ['pnomis', 'visits'] })).toEqual(some);
      await expect(seedIfEmpty({ dataDir: someDir, ...options })).rejects.toThrow(/partly seeded/);
    } finally {
      rmSync(someDir, { recursive: true, force: true });
    }
  });

  it('seeds only once: seedIfEmpty reuses the stores and returns the same manifest', async () => {
    expect(await seedIfEmpty({ dataDir, ...options })).toEqual(manifest);
    expect(await seedIfEmpty({ dataDir, ...options, seed: 10 })).toEqual(manifest);
    expect(await countRows(dataDir)).toEqual(manifest.counts);
  });

  it('refuses to seed over data, and to reuse stores that were only partly seeded', async () => {
    await expect(seedStores({ dataDir, ...options })).rejects.toThrow(/already hold data/);
    rmSync(join(dataDir, 'visits.db'));
    await expect(seedIfEmpty({ dataDir, ...options })).rejects.toThrow(/partly seeded/);
  });
});
