import { sql } from 'kysely';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase } from '@lib/store/openDatabase';
import { buildCourts, type Courts } from '../../subgraphs/courts/src/buildCourts';
import { crownCourtMigrations } from '../../subgraphs/courts/src/store/crownCourtMigrations';
import type { CrownCourtTables } from '../../subgraphs/courts/src/store/crownCourtTables';
import {
  postgresTestDatabases,
  sqliteTestDatabases,
  type AuditTestDatabases,
} from '../audit/support/auditTestDatabases';
import { writeHandMadeCases } from './support/handMadeCourts';

const NOW = new Date('2026-11-27T10:00:00.000Z');
const URNS = Array.from({ length: 8 }, (_, index) => `13BB000000${index}`);

/**
 * The transfer protocol straight against the stores, on SQLite and on PostgreSQL. On PostgreSQL, with a pool of
 * connections, concurrent sends really run at the same time, so the races for the outbox record and for case
 * numbers are settled by the database's unique keys, not by a single connection taking turns.
 */
describe.each([
  ['SQLite', sqliteTestDatabases()],
  ['PostgreSQL', postgresTestDatabases()],
] as [string, AuditTestDatabases][])('transfers on %s', (_engine, databases) => {
  let courts: Courts;

  beforeAll(async () => {
    courts = await buildCourts(
      { magistrates: await databases.fresh(), crown: await databases.fresh() },
      { now: () => NOW, log: () => undefined },
    );
    await writeHandMadeCases(
      courts.databases.magistrates.db,
      courts.databases.crown.db,
      URNS.map((urn) => ({ urn, courtCode: 'B13LS00' })),
      courts.documents.content,
    );
  });

  afterAll(async () => {
    await courts.close();
    await databases.cleanUp();
  });

  const send = (urn: string, idempotencyKey: string | null = null) =>
    courts.transfers.send({
      urn,
      crownCourtCode: 'C13LS00',
      sendingType: 'SENT_FOR_TRIAL',
      firstHearingOn: '2026-12-14',
      idempotencyKey,
      requestedBy: 'test',
    });

  it('makes one transfer and one Crown Court case of many concurrent sends of one case', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, index) => send(URNS[0] ?? '', `k${index}`)),
    );
    expect(new Set(results.map((result) => result.crownCase.caseNumber)).size).toBe(1);
    expect(results.filter((result) => !result.repeated)).toHaveLength(1);
    const transfers = await courts.databases.magistrates.db
      .selectFrom('crownTransfer')
      .select('status')
      .where('urn', '=', URNS[0] ?? '')
      .execute();
    expect(transfers).toEqual([{ status: 'COMPLETED' }]);
  });

  it('numbers concurrent sends of different cases without a collision or a gap', async () => {
    const results = await Promise.all(URNS.slice(1).map((urn) => send(urn)));
    const numbers = results.map((result) => result.crownCase.caseNumber).sort();
    expect(numbers).toEqual(Array.from({ length: 7 }, (_, index) => `T2026000${index + 2}`));
  });

  it('serves the case files as stored, the same every time, and writes none: a case without one has none', async () => {
    const magistrates = courts.databases.magistrates.db;
    const unfiled = '13BB0000099';
    await magistrates
      .insertInto('magistratesCase')
      .values({
        urn: unfiled,
        courtCode: 'B13LS00',
        defendantFirstName: 'Alex',
        defendantLastName: 'Unfiled',
        defendantFirstNameFolded: 'alex',
        defendantLastNameFolded: 'unfiled',
        defendantDateOfBirth: '1990-01-01',
        defendantPncId: null,
        defendantCroNumber: null,
        chargedOn: '2026-01-05',
        allocationDecision: null,
        bailStatus: 'UNCONDITIONAL_BAIL',
        outcome: null,
        sentToCrownCaseNumber: null,
      })
      .execute();
    const storedRows = () =>
      magistrates
        .selectFrom('caseDocument')
        .select(['documentId', 'urn', 'sha256'])
        .orderBy('documentId')
        .execute();
    const before = await storedRows();

    const documents = await courts.store.findDocumentsByUrns([...URNS, unfiled]);
    const again = await courts.store.findDocumentsByUrns([...URNS, unfiled]);
    const [found] = await courts.store.findMagistratesCasesByUrns([unfiled]);

    expect(await storedRows()).toEqual(before);
    expect(new Set(documents.map((document) => document.urn))).toEqual(new Set(URNS));
    expect(again).toEqual(documents);
    expect(documents.map(({ documentId, urn, sha256 }) => ({ documentId, urn, sha256 }))).toEqual(before);
    expect(found).toMatchObject({ urn: unfiled, defendantPncId: null, outcome: null });
  });
});

describe.each([
  ['SQLite', sqliteTestDatabases()],
  ['PostgreSQL', postgresTestDatabases()],
] as [string, AuditTestDatabases][])('the Crown Court store migration on %s', (_engine, databases) => {
  afterAll(() => databases.cleanUp());

  it('keeps the cases received on paper, and lets a transferred case leave the particulars to the link', async () => {
    const crown = openDatabase<CrownCourtTables>(await databases.fresh());
    try {
      await migrateToLatest(crown.db, {
        '001_cases': crownCourtMigrations['001_cases'] ?? { up: async () => {} },
      });
      await sql`insert into crown_case (case_number, urn, court_code, sending_type, received_on, defendant_first_name, defendant_last_name, defendant_date_of_birth) values ('T20250001', '13AA0000001', 'C13LS00', 'SENT_FOR_TRIAL', '2025-01-02', 'Alex', 'Example', '1990-01-01')`.execute(
        crown.db,
      );
      await sql`insert into crown_hearing (case_number, court_code, starts_at, type) values ('T20250001', 'C13LS00', '2025-02-03T10:00:00.000Z', 'TRIAL')`.execute(
        crown.db,
      );
      await migrateToLatest(crown.db, crownCourtMigrations);
      const paper = await crown.db.selectFrom('crownCase').selectAll().executeTakeFirstOrThrow();
      expect(paper).toMatchObject({
        caseNumber: 'T20250001',
        defendantLastName: 'Example',
        transferId: null,
      });
      await crown.db
        .insertInto('crownCase')
        .values({
          caseNumber: 'T20260001',
          urn: '13AA0000002',
          courtCode: 'C13LS00',
          sendingType: 'SENT_FOR_TRIAL',
          committingCourtCode: 'B13LS00',
          receivedOn: '2026-11-27',
          transferId: 'transfer-1',
          receivedAt: NOW.toISOString(),
        })
        .execute();
      // The hearing still belongs to its case, and the foreign key still guards it.
      // better-sqlite3's errors may come from another realm than the test's Error: compare messages.
      const refusal = (write: Promise<unknown>) =>
        write.then(
          () => 'accepted',
          (error: unknown) => String(error),
        );
      expect(
        await refusal(
          crown.db
            .insertInto('crownHearing')
            .values({
              caseCourtCode: 'C13LS00',
              caseNumber: 'T29990001',
              courtCode: 'C13LS00',
              startsAt: '2026-12-14T10:00:00.000Z',
              type: 'TRIAL',
              outcome: null,
            })
            .execute(),
        ),
      ).toMatch(/foreign key/i);
      const duplicate = crown.db
        .insertInto('crownCase')
        .values({
          caseNumber: 'T20260002',
          courtCode: 'C13LS00',
          sendingType: 'SENT_FOR_TRIAL',
          receivedOn: '2026-11-27',
          transferId: 'transfer-1',
        })
        .execute();
      expect(await refusal(duplicate)).toMatch(/unique|duplicate/i);
    } finally {
      await crown.close();
    }
  });
});
