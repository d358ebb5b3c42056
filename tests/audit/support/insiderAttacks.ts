import type { Kysely } from 'kysely';
import { GENESIS_HASH, hashAuditRecord } from '../../../gateway/src/audit/auditHash';
import { fromAuditRows, readRecordLists } from '../../../gateway/src/audit/auditRows';
import type { AuditRecordTable, AuditTables } from '../../../gateway/src/audit/auditTables';

// What someone with write access to the audit database, and no key, can do to it: straight SQL, past the store.

type RecordChange = Partial<Pick<AuditRecordTable, 'subject' | 'agency' | 'purpose' | 'outcome'>>;

/**
 * Rewrites record `sequence` and then rehashes it and every record after it, and the chain head, so that the
 * chain itself verifies again: the attack the hash chain alone cannot show.
 */
export async function rewriteAndRehash(
  db: Kysely<AuditTables>,
  sequence: number,
  change: RecordChange,
): Promise<void> {
  const rows = await db
    .selectFrom('auditRecord')
    .selectAll()
    .where('sequence', '>=', sequence)
    .orderBy('sequence')
    .execute();
  const listsOf = await readRecordLists(db, { from: sequence, to: Number.MAX_SAFE_INTEGER });
  const before = await db
    .selectFrom('auditRecord')
    .select('hash')
    .where('sequence', '=', sequence - 1)
    .executeTakeFirst();
  let previousHash = before?.hash ?? GENESIS_HASH;
  for (const row of rows) {
    const changed = { ...row, ...(row.sequence === sequence ? change : {}), previousHash };
    const hash = hashAuditRecord(fromAuditRows(changed, listsOf(row.sequence)));
    await db
      .updateTable('auditRecord')
      .set({ ...(row.sequence === sequence ? change : {}), previousHash, hash })
      .where('sequence', '=', row.sequence)
      .execute();
    previousHash = hash;
  }
  await db.updateTable('auditChainHead').set({ lastHash: previousHash }).where('id', '=', 1).execute();
}

/** Cuts the log short after record `sequence`, with the chain head moved back to match. */
export async function truncateAfter(db: Kysely<AuditTables>, sequence: number): Promise<void> {
  await db.deleteFrom('auditOffender').where('sequence', '>', sequence).execute();
  await db.deleteFrom('auditRecord').where('sequence', '>', sequence).execute();
  const last = await db
    .selectFrom('auditRecord')
    .select('hash')
    .where('sequence', '=', sequence)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('auditChainHead')
    .set({ lastSequence: sequence, lastHash: last.hash })
    .where('id', '=', 1)
    .execute();
}

/** Removes the checkpoints from `sequence` on, as someone hiding a rewrite of the records they vouch for would. */
export async function removeCheckpointsFrom(db: Kysely<AuditTables>, sequence: number): Promise<void> {
  await db.deleteFrom('auditCheckpoint').where('sequence', '>=', sequence).execute();
}
