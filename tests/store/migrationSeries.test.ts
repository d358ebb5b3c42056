import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase } from '@lib/store/openDatabase';
import { pnomisMigrations } from '../../subgraphs/pnomis/src/store/pnomisMigrations';

// A store's own migrations and the event outbox's are two series (lib/events/outboxTables.ts numbers the outbox's
// 900 and on): a store deployed with the outbox must still take a migration added later to its own series.

let folder: string;
beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'migration-series-'))));
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('a store migrated in two series', () => {
  it('applies a migration of its own series added after the outbox series ran', async () => {
    const database = openDatabase(join(folder, 'pnomis.db'));
    try {
      // As deployed before the CRO number became one person's: every migration but that one, the outbox's included.
      const { '109_offender_cro_number_unique': added, ...deployed } = pnomisMigrations;
      expect(added).toBeDefined();
      await migrateToLatest(database.db, deployed);

      await migrateToLatest(database.db, pnomisMigrations);

      const { rows } = await sql<{
        name: string;
      }>`select name from kysely_migration order by timestamp, name`.execute(database.db);
      expect(rows.map((row) => row.name).at(-1)).toBe('109_offender_cro_number_unique');
      const indexes = await sql<{
        name: string;
      }>`select name from sqlite_master where type = 'index'`.execute(database.db);
      expect(indexes.rows.map((row) => row.name)).toContain('offender_cro_number');
    } finally {
      await database.close();
    }
  });
});
