import type { StoreDatabase } from '@lib/store/openDatabase';
import type { AuditEntry, AuditRecord } from './auditRecord';
import { toAuditOffenderRows, toAuditRecordRow } from './auditRows';
import type { AuditTables } from './auditTables';
import { chainEntries } from './chainEntries';
import { createChainTransaction } from './chainTransaction';

// Offender rows per INSERT (three bound parameters each): well inside both engines' limits.
const OFFENDER_ROWS_PER_INSERT = 500;

/**
 * How a batch of entries is written at the end of the chain: one transaction, under the chain's write lock.
 * Shared by the in-process store (PostgreSQL) and the SQLite audit writer's worker thread, so that the chain is
 * computed by one piece of code whichever thread writes it.
 */
export function createEntryWriter(
  database: StoreDatabase<AuditTables>,
  now: () => Date = () => new Date(),
): (entries: AuditEntry[]) => Promise<AuditRecord[]> {
  const { dialect } = database;
  const inChainTransaction = createChainTransaction(database);
  return (entries) =>
    inChainTransaction(async (connection) => {
      const head = await connection
        .selectFrom('auditChainHead')
        .select(['lastSequence', 'lastHash'])
        .where('id', '=', 1)
        .$if(dialect === 'postgres', (query) => query.forUpdate())
        .executeTakeFirst();
      if (!head) throw new Error('The audit chain head is missing: the audit log cannot be appended to');
      // Stamped under the lock, so recordedAt never goes backwards along the chain (clocks allowing).
      const records = chainEntries(head, entries, now().toISOString());
      await connection.insertInto('auditRecord').values(records.map(toAuditRecordRow)).execute();
      const offenderRows = records.flatMap(toAuditOffenderRows);
      for (let start = 0; start < offenderRows.length; start += OFFENDER_ROWS_PER_INSERT) {
        const chunk = offenderRows.slice(start, start + OFFENDER_ROWS_PER_INSERT);
        await connection.insertInto('auditOffender').values(chunk).execute();
      }
      const last = records[records.length - 1];
      if (last) {
        await connection
          .updateTable('auditChainHead')
          .set({ lastSequence: last.sequence, lastHash: last.hash })
          .where('id', '=', 1)
          .execute();
      }
      return records;
    });
}
