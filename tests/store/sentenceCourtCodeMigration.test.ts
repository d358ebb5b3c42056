import { type Migration, sql } from 'kysely';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase } from '@lib/store/openDatabase';
import { pnomisMigrations } from '../../subgraphs/pnomis/src/store/pnomisMigrations';
import type { PnomisTables } from '../../subgraphs/pnomis/src/store/pnomisTables';
import {
  postgresTestDatabases,
  sqliteTestDatabases,
  type AuditTestDatabases,
} from '../audit/support/auditTestDatabases';

const ADDED = '110_sentence_crown_court_code';

/** The P-Nomis store as deployed before sentences kept their Crown Court's code. */
function migrationsBefore(migrations: Record<string, Migration>): Record<string, Migration> {
  return Object.fromEntries(Object.entries(migrations).filter(([name]) => name !== ADDED));
}

describe.each([
  ['SQLite', sqliteTestDatabases()],
  ['PostgreSQL', postgresTestDatabases()],
] as [string, AuditTestDatabases][])("a sentence's Crown Court code on %s", (_engine, databases) => {
  afterAll(() => databases.cleanUp());

  it('is added empty to the sentences already stored, whose case number is kept', async () => {
    expect(pnomisMigrations[ADDED]).toBeDefined();
    const pnomis = openDatabase<PnomisTables>(await databases.fresh());
    try {
      await migrateToLatest(pnomis.db, migrationsBefore(pnomisMigrations));
      await sql`insert into offender (prison_number, first_name, last_name, date_of_birth)
        values ('A1234BC', 'Ann', 'Example', '1980-01-01')`.execute(pnomis.db);
      await sql`insert into booking (booking_id, booking_number, prison_number, prison_code, active, in_out_status,
        status, began_on, admission_reason)
        values (1, '38412A', 'A1234BC', 'LEI', 1, 'IN', 'SENTENCED', '2025-01-02', 'Sentenced')`.execute(
        pnomis.db,
      );
      await sql`insert into sentence (booking_id, calculation_type, description, start_date, term_months,
        conditional_release_date, sentence_expiry_date, crown_court_case_number)
        values (1, 'ADIMP', 'Sentence of imprisonment', '2025-01-02', 24, '2026-01-02', '2027-01-02', 'T20240001')`.execute(
        pnomis.db,
      );

      await migrateToLatest(pnomis.db, pnomisMigrations);

      const sentences = await pnomis.db
        .selectFrom('sentence')
        .select(['crownCourtCaseNumber', 'crownCourtCode'])
        .execute();
      // Which centre numbered T20240001 is not in the store: the code stays unknown, not guessed.
      expect(sentences).toEqual([{ crownCourtCaseNumber: 'T20240001', crownCourtCode: null }]);
    } finally {
      await pnomis.close();
    }
  });
});
