import { type Migration, sql } from 'kysely';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase } from '@lib/store/openDatabase';
import { confiscationMigrations } from '../../subgraphs/confiscation/src/store/confiscationMigrations';
import type { ConfiscationTables } from '../../subgraphs/confiscation/src/store/confiscationTables';
import {
  postgresTestDatabases,
  sqliteTestDatabases,
  type AuditTestDatabases,
} from '../audit/support/auditTestDatabases';
import { orderRow } from '../confiscation/support/handmadeStores';

const ADDED = '006_resolution_crown_court';

/** The confiscation store as deployed before a resolution kept the Crown Court centre it was made against. */
function migrationsBefore(migrations: Record<string, Migration>): Record<string, Migration> {
  return Object.fromEntries(Object.entries(migrations).filter(([name]) => name !== ADDED));
}

describe.each([
  ['SQLite', sqliteTestDatabases()],
  ['PostgreSQL', postgresTestDatabases()],
] as [string, AuditTestDatabases][])(
  "a discrepancy resolution's Crown Court centre on %s",
  (_engine, databases) => {
    afterAll(() => databases.cleanUp());

    it('is, for a resolution already stored, the centre of its order, which could not be amended then', async () => {
      expect(confiscationMigrations[ADDED]).toBeDefined();
      const confiscation = openDatabase<ConfiscationTables>(await databases.fresh());
      try {
        await migrateToLatest(confiscation.db, migrationsBefore(confiscationMigrations));
        const orders: [accountNumber: string, crownCourtCode: string][] = [
          ['260000201A', 'C13LS00'],
          ['260000202B', 'C14SF00'],
        ];
        for (const [accountNumber, crownCourtCode] of orders) {
          await confiscation.db
            .insertInto('confiscationOrder')
            .values(
              orderRow({
                accountNumber,
                crownCourtCode,
                orderedOn: '2025-06-02',
                amountOrderedPence: 1_000_000,
                timeToPayEnds: '2025-09-02',
              }),
            )
            .execute();
          await sql`insert into discrepancy_resolution (account_number, kind, field, enforcement_value, court_value,
          court_record, resolution, reason, resolved_by, resolved_at, idempotency_key)
          values (${accountNumber}, 'NO_ORDER_AT_COURT', 'orderedOn', '2025-06-02', null, 'T20250001', 'EXPLAINED',
            'Not keyed yet', 'investigator', '2025-07-01T09:00:00.000Z', ${`explain-${accountNumber}`})`.execute(
            confiscation.db,
          );
        }

        await migrateToLatest(confiscation.db, confiscationMigrations);

        const resolutions = await confiscation.db
          .selectFrom('discrepancyResolution')
          .select(['accountNumber', 'crownCourtCode'])
          .orderBy('accountNumber')
          .execute();
        expect(resolutions).toEqual([
          { accountNumber: '260000201A', crownCourtCode: 'C13LS00' },
          { accountNumber: '260000202B', crownCourtCode: 'C14SF00' },
        ]);
      } finally {
        await confiscation.close();
      }
    });
  },
);
