import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase } from '@lib/store/openDatabase';
import { buildCourts } from '../../subgraphs/courts/src/buildCourts';
import { magistratesMigrations } from '../../subgraphs/courts/src/store/magistratesMigrations';
import { textPdf } from '../../seed/caseFiles/minimalPdf';
import {
  postgresTestDatabases,
  sqliteTestDatabases,
  type AuditTestDatabases,
} from '../audit/support/auditTestDatabases';
import { storedBytes } from './support/caseFileChecks';

/** The magistrates' migrations before the content store: documents' bytes in their rows. */
const BEFORE_CONTENT_STORE = Object.fromEntries(
  Object.entries(magistratesMigrations).filter(([name]) => name < '006'),
);

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * A store written before migration 006 kept each document's bytes in its row: the migration keeps them there
 * (it cannot reach the files) and start-up moves them into the content store, on either engine.
 */
describe.each([
  ['SQLite', sqliteTestDatabases()],
  ['PostgreSQL', postgresTestDatabases()],
] as [string, AuditTestDatabases][])('documents stored in their rows, on %s', (_engine, databases) => {
  afterAll(() => databases.cleanUp());

  it('are moved to the content store at start-up; bytes that no longer match their checksum stay put', async () => {
    const magistrates = await databases.fresh();
    const old = openDatabase<unknown>(magistrates);
    const good = textPdf('Charge sheet (MG4)', 'MG4 CHARGE SHEET\nURN: 13CC0000001');
    const changed = textPdf('Case summary (MG5)', 'MG5 POLICE CASE SUMMARY\nURN: 13CC0000001');
    try {
      await migrateToLatest(old.db, BEFORE_CONTENT_STORE);
      await sql`insert into magistrates_case (urn, court_code, defendant_first_name, defendant_last_name, defendant_date_of_birth, charged_on, bail_status) values ('13CC0000001', 'B13LS00', 'Alex', 'Example', '1990-01-01', '2026-01-05', 'UNCONDITIONAL_BAIL')`.execute(
        old.db,
      );
      for (const [sequence, content, checksum] of [
        [1, good, sha256(good)],
        [2, Buffer.concat([changed, Buffer.from(' ')]), sha256(changed)],
      ] as const) {
        await sql`insert into case_document (document_id, urn, sequence, kind, title, author, created_at, media_type, size_bytes, sha256, content) values (${`13CC0000001-0${sequence}`}, '13CC0000001', ${sequence}, 'CHARGE_SHEET', 'Title', 'Author', '2026-01-05T10:00:00.000Z', 'application/pdf', ${content.length}, ${checksum}, ${content})`.execute(
          old.db,
        );
      }
    } finally {
      await old.close();
    }
    const courts = await buildCourts(
      { magistrates, crown: await databases.fresh() },
      { log: () => undefined },
    );
    try {
      const rows = await courts.databases.magistrates.db
        .selectFrom('caseDocument')
        .select(['documentId', 'content', 'addedAt', 'servedAfterSending'])
        .orderBy('documentId')
        .execute();
      expect(rows.map((row) => [row.documentId, row.content === null, row.addedAt])).toEqual([
        ['13CC0000001-01', true, '2026-01-05T10:00:00.000Z'],
        ['13CC0000001-02', false, '2026-01-05T10:00:00.000Z'],
      ]);
      expect(await storedBytes(courts, sha256(good))).toEqual(good);
      expect(await storedBytes(courts, sha256(changed))).toBeNull();
    } finally {
      await courts.close();
    }
  });
});
