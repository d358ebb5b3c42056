import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '@lib/store/openDatabase';
import { generateJustice } from '../../seed/generateJustice';
import { manifestPath, seedIfEmpty, seedStores, storeLocations } from '../../seed/seedStores';
import { sqlTableName, STORE_NAMES, STORE_SCHEMAS } from '../../seed/storeStreams';
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
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'seed-test-'));
  });

  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes every generated row to SQLite, as many per table as the manifest counts', async () => {
    const manifest = await seedStores({ dataDir, ...options });
    expect(await countRows(dataDir)).toEqual(manifest.counts);
    expect(manifest.counts).toEqual(generateJustice(options).manifest.counts);
    expect(JSON.parse(readFileSync(manifestPath(dataDir), 'utf8'))).toEqual(manifest);
    for (const name of STORE_NAMES) expect(existsSync(join(dataDir, `${name}.db`))).toBe(true);
  });

  it('reads back the rows exactly as generated', async () => {
    await seedStores({ dataDir, ...options });
    const { rows } = generateJustice(options);
    const store = openDatabase<unknown>(storeLocations(dataDir).crown);
    try {
      const stored = await sql`select * from crown_case order by case_number, court_code`.execute(store.db);
      const expected = [...rows.crown.crownCase].sort(
        (a, b) => a.caseNumber.localeCompare(b.caseNumber) || a.courtCode.localeCompare(b.courtCode),
      );
      expect(generatedColumns(stored.rows, expected)).toEqual(expected);
    } finally {
      await store.close();
    }
  });

  it('writes the same rows when the magistrates’ store is written in a worker thread', async () => {
    const manifest = await seedStores({ dataDir, ...options, parallel: true });
    const generatedData = generateJustice(options);
    expect(manifest).toEqual(generatedData.manifest);
    const store = openDatabase<unknown>(storeLocations(dataDir).magistrates);
    try {
      const stored = await sql`select * from magistrates_case order by urn`.execute(store.db);
      const expected = [...generatedData.rows.magistrates.magistratesCase].sort((a, b) =>
        a.urn.localeCompare(b.urn),
      );
      expect(generatedColumns(stored.rows, expected)).toEqual(expected);
    } finally {
      await store.close();
    }
  });

  it('seeds only once: a second seedIfEmpty reuses the stores and returns the same manifest', async () => {
    const first = await seedIfEmpty({ dataDir, ...options });
    const second = await seedIfEmpty({ dataDir, ...options, seed: 10 });
    expect(second).toEqual(first);
    expect(await countRows(dataDir)).toEqual(first.counts);
  });

  it('refuses to seed over data, and to reuse stores that were only partly seeded', async () => {
    await seedStores({ dataDir, ...options });
    await expect(seedStores({ dataDir, ...options })).rejects.toThrow(/already hold data/);
    rmSync(join(dataDir, 'visits.db'));
    await expect(seedIfEmpty({ dataDir, ...options })).rejects.toThrow(/partly seeded/);
  });
});
