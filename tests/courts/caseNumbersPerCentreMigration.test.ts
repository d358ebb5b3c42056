import { type Migration, sql } from 'kysely';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase } from '@lib/store/openDatabase';
import { crownCourtMigrations } from '../../subgraphs/courts/src/store/crownCourtMigrations';
import type { CrownCourtTables } from '../../subgraphs/courts/src/store/crownCourtTables';
import { magistratesMigrations } from '../../subgraphs/courts/src/store/magistratesMigrations';
import type { MagistratesTables } from '../../subgraphs/courts/src/store/magistratesTables';
import { recordPaperSendingCentres } from '../../subgraphs/courts/src/store/paperSendingCentres';
import {
  postgresTestDatabases,
  sqliteTestDatabases,
  type AuditTestDatabases,
} from '../audit/support/auditTestDatabases';

/** A store's migrations before a given one: the store as an earlier release left it. */
function migrationsBefore(migrations: Record<string, Migration>, first: string): Record<string, Migration> {
  return Object.fromEntries(Object.entries(migrations).filter(([name]) => name < first));
}

// better-sqlite3's errors may come from another realm than the test's Error: compare messages.
const outcomeOf = (write: Promise<unknown>) =>
  write.then(
    () => 'accepted',
    (error: unknown) => String(error),
  );

describe.each([
  ['SQLite', sqliteTestDatabases()],
  ['PostgreSQL', postgresTestDatabases()],
] as [string, AuditTestDatabases][])('the move to case numbers per centre on %s', (_engine, databases) => {
  afterAll(() => databases.cleanUp());

  it('keys the Crown Court’s cases by centre and number, keeping every row that names them', async () => {
    const crown = openDatabase<CrownCourtTables>(await databases.fresh());
    try {
      await migrateToLatest(crown.db, migrationsBefore(crownCourtMigrations, '011'));
      // Numbers issued nationally: each names one case, at one centre.
      await sql`insert into crown_case (case_number, urn, court_code, sending_type, received_on, transfer_id, received_at) values
        ('T20250001', '13AA0000001', 'C13LS00', 'SENT_FOR_TRIAL', '2025-01-02', 't-1', '2025-01-02T10:00:00.000Z'),
        ('T20250002', '05AA0000001', 'C05LV00', 'SENT_FOR_TRIAL', '2025-01-03', 't-2', '2025-01-03T10:00:00.000Z')`.execute(
        crown.db,
      );
      await sql`insert into crown_hearing (case_number, court_code, starts_at, type) values
        ('T20250001', 'C13LS00', '2025-02-03T10:00:00.000Z', 'PLEA_AND_TRIAL_PREPARATION'),
        ('T20250002', 'C05LV00', '2025-02-04T10:00:00.000Z', 'PLEA_AND_TRIAL_PREPARATION')`.execute(crown.db);
      await sql`insert into crown_case_state (case_number, status, updated_at, magistrates_informed_at) values
        ('T20250001', 'ACKNOWLEDGED', '2025-01-04T10:00:00.000Z', '2025-01-04T10:00:00.000Z'),
        ('T20250002', 'RETURNED', '2025-01-05T10:00:00.000Z', null)`.execute(crown.db);
      await sql`insert into crown_case_event (case_number, kind, occurred_at) values
        ('T20250001', 'ACKNOWLEDGED', '2025-01-04T10:00:00.000Z'),
        ('T20250002', 'RETURNED', '2025-01-05T10:00:00.000Z')`.execute(crown.db);
      await sql`insert into crown_record_correction (case_number, field, correct_value, reason, account_number, requested_by, requested_at, request_reference, status) values
        ('T20250002', 'CONFISCATION_AMOUNT', '100.00', 'Keyed wrongly', '251234567A', 'officer', '2025-06-01T10:00:00.000Z', 'ref-1', 'OPEN')`.execute(
        crown.db,
      );

      await migrateToLatest(crown.db, crownCourtMigrations);

      const keyed = (table: 'crownCaseState' | 'crownCaseEvent' | 'crownRecordCorrection') =>
        crown.db.selectFrom(table).select(['caseNumber', 'courtCode']).orderBy('caseNumber').execute();
      const both = [
        { caseNumber: 'T20250001', courtCode: 'C13LS00' },
        { caseNumber: 'T20250002', courtCode: 'C05LV00' },
      ];
      const hearings = await crown.db
        .selectFrom('crownHearing')
        .select(['caseNumber', 'caseCourtCode as courtCode'])
        .orderBy('caseNumber')
        .execute();
      expect(hearings).toEqual(both);
      expect(await keyed('crownCaseState')).toEqual(both);
      expect(await keyed('crownCaseEvent')).toEqual(both);
      expect(await keyed('crownRecordCorrection')).toEqual([both[1]]);
      expect(
        await crown.db
          .selectFrom('crownCaseState')
          .select(['caseNumber', 'status'])
          .orderBy('caseNumber')
          .execute(),
      ).toEqual([
        { caseNumber: 'T20250001', status: 'ACKNOWLEDGED' },
        { caseNumber: 'T20250002', status: 'RETURNED' },
      ]);

      // Another centre may now hold the same number; the same centre may not hold it twice.
      const caseAt = (courtCode: string, transferId: string) =>
        crown.db
          .insertInto('crownCase')
          .values({
            caseNumber: 'T20250001',
            courtCode,
            sendingType: 'SENT_FOR_TRIAL',
            receivedOn: '2025-01-07',
            transferId,
          })
          .execute();
      expect(await outcomeOf(caseAt('C05LV00', 't-3'))).toBe('accepted');
      expect(await outcomeOf(caseAt('C13LS00', 't-4'))).toMatch(/unique|duplicate/i);
      // What names a case names it by both: a hearing of a number the centre does not hold is refused.
      const hearingOf = (caseCourtCode: string, caseNumber: string) =>
        crown.db
          .insertInto('crownHearing')
          .values({
            caseCourtCode,
            caseNumber,
            courtCode: caseCourtCode,
            startsAt: '2025-03-03T10:00:00.000Z',
            type: 'TRIAL',
            outcome: null,
          })
          .execute();
      expect(await outcomeOf(hearingOf('C05LV00', 'T20250001'))).toBe('accepted');
      expect(await outcomeOf(hearingOf('C13LS00', 'T20250002'))).toMatch(/foreign key/i);
    } finally {
      await crown.close();
    }
  });

  it('gives each sent magistrates’ case the centre of its Crown Court case: from its transfer, or the Crown Court’s record', async () => {
    const magistrates = openDatabase<MagistratesTables>(await databases.fresh());
    const crown = openDatabase<CrownCourtTables>(await databases.fresh());
    try {
      await migrateToLatest(magistrates.db, migrationsBefore(magistratesMigrations, '007'));
      const sentCase = (urn: string, caseNumber: string | null) =>
        sql`insert into magistrates_case (urn, court_code, defendant_first_name, defendant_last_name, defendant_date_of_birth, charged_on, bail_status, sent_to_crown_case_number)
          values (${urn}, 'B13LS00', 'Alex', 'Example', '1990-01-01', '2025-01-01', 'UNCONDITIONAL_BAIL', ${caseNumber})`.execute(
          magistrates.db,
        );
      await sentCase('13AA0000001', 'T20250001');
      await sentCase('13AA0000002', 'T20250002');
      await sentCase('13AA0000003', 'T20250003');
      await sentCase('13AA0000004', null);
      await sql`insert into crown_transfer (transfer_id, urn, committing_court_code, crown_court_code, sending_type, first_hearing_on, requested_at, status, crown_case_number, updated_at)
        values ('t-1', '13AA0000001', 'B13LS00', 'C13LS00', 'SENT_FOR_TRIAL', '2025-02-03', '2025-01-02T10:00:00.000Z', 'COMPLETED', 'T20250001', '2025-01-02T10:00:00.000Z')`.execute(
        magistrates.db,
      );
      await migrateToLatest(magistrates.db, magistratesMigrations);
      await migrateToLatest(crown.db, crownCourtMigrations);
      // T20250002 was sent on paper to Leeds; T20250003's Crown Court record is missing; and since the move,
      // Liverpool has issued T20250002 too (another case): the URN tells them apart.
      for (const held of [
        { courtCode: 'C13LS00', urn: '13AA0000002' },
        { courtCode: 'C05LV00', urn: '05AA0000009' },
      ]) {
        await crown.db
          .insertInto('crownCase')
          .values({
            ...held,
            caseNumber: 'T20250002',
            sendingType: 'SENT_FOR_TRIAL',
            receivedOn: '2025-01-03',
          })
          .execute();
      }

      expect(await recordPaperSendingCentres(magistrates.db, crown.db)).toBe(1);
      expect(await recordPaperSendingCentres(magistrates.db, crown.db)).toBe(0);
      const centres = await magistrates.db
        .selectFrom('magistratesCase')
        .select(['urn', 'sentToCrownCourtCode', 'sentToCrownCaseNumber'])
        .orderBy('urn')
        .execute();
      expect(centres).toEqual([
        { urn: '13AA0000001', sentToCrownCourtCode: 'C13LS00', sentToCrownCaseNumber: 'T20250001' },
        { urn: '13AA0000002', sentToCrownCourtCode: 'C13LS00', sentToCrownCaseNumber: 'T20250002' },
        { urn: '13AA0000003', sentToCrownCourtCode: null, sentToCrownCaseNumber: 'T20250003' },
        { urn: '13AA0000004', sentToCrownCourtCode: null, sentToCrownCaseNumber: null },
      ]);
    } finally {
      await magistrates.close();
      await crown.close();
    }
  });
});
