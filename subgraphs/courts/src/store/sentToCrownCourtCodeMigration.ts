import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * Magistrates' migration 007: a sent case records the court code of the Crown Court centre its Crown Court case is
 * at, beside the number, since each centre numbers its own cases. A case sent by digital transfer takes it from its
 * completed transfer; one sent on paper (no transfer) from the Crown Court's record, at start-up
 * (paperSendingCentres.ts), as a migration cannot reach the other store. SQLite runs this outside a transaction:
 * a column already added (a crash before the migration was recorded) is not added twice.
 */
export async function addSentToCrownCourtCode(db: Kysely<unknown>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const { rows } = isPostgres
    ? { rows: [] }
    : await sql<{ name: string }>`select name from pragma_table_info('magistrates_case')`.execute(db);
  if (!rows.some((row) => row.name === 'sent_to_crown_court_code')) {
    await db.schema
      .alterTable('magistrates_case')
      .addColumn('sent_to_crown_court_code', 'varchar(7)')
      .execute();
  }
  await sql`update magistrates_case set sent_to_crown_court_code = (
      select crown_transfer.crown_court_code from crown_transfer
      where crown_transfer.urn = magistrates_case.urn
        and crown_transfer.crown_case_number = magistrates_case.sent_to_crown_case_number
        and crown_transfer.status = 'COMPLETED')
    where sent_to_crown_case_number is not null and sent_to_crown_court_code is null`.execute(db);
}
