import { sql } from 'kysely';
import type { StoreDatabase } from '@lib/store/openDatabase';
import { AUDIT_OUTCOMES, type AuditEntry, type AuditRecord } from './auditRecord';
import { fromAuditRows, groupOffenders, toAuditOffenderRows, toAuditRecordRow } from './auditRows';
import type { AuditTables } from './auditTables';
import { chainEntries } from './chainEntries';
import { createChainTransaction } from './chainTransaction';
import { groupCommit } from './groupCommit';
import {
  insertOffenders,
  insertRecords,
  selectChainHead,
  selectChainHeadForUpdate,
  updateChainHead,
} from './auditStatements';
import { verifyAuditChain } from './verifyAuditChain';

/** Options for the audit store; the defaults suit production. */
export interface AuditStoreOptions {
  /** The clock that stamps recordedAt (default: the system clock). */
  now?: () => Date;
  /** How many records verification reads per query (default 2,000). */
  pageSize?: number;
}

/** Options for a data-protection officer's look-up of one offender's consultations. */
export interface ConsultationsOptions {
  /** How many records to return (default 100, at most 1,000). */
  limit?: number;
  /** Only records older than this sequence: pass the last sequence of one page to get the next. */
  beforeSequence?: number;
}

// Records per transaction: small enough to hold the lock only briefly. The inserts go in chunks of at most 64
// rows (auditStatements.ts), well inside both engines' limits on bound parameters.
const RECORDS_PER_TRANSACTION = 100;

/**
 * The audit log of every look at personal data (DPA 2018 s.62). Append-only: it has no update or delete; each
 * record is chained to the one before by hash, under a write lock that holds across gateway processes, so that
 * verifyChain can name the first record that was altered or removed.
 */
export function createAuditStore(database: StoreDatabase<AuditTables>, options: AuditStoreOptions = {}) {
  const { db, dialect } = database;
  const now = options.now ?? (() => new Date());
  const pageSize = options.pageSize ?? 2000;
  const inChainTransaction = createChainTransaction(database);

  /** Writes entries at the end of the chain in one transaction, under the chain's write lock. */
  const writeEntries = (entries: AuditEntry[]) =>
    inChainTransaction(async (connection) => {
      const readHead = dialect === 'postgres' ? selectChainHeadForUpdate : selectChainHead;
      const [head] = (await readHead(connection, dialect, {})).rows;
      if (!head) throw new Error('The audit chain head is missing: the audit log cannot be appended to');
      // Stamped under the lock, so recordedAt never goes backwards along the chain (clocks allowing).
      const records = chainEntries(head, entries, now().toISOString());
      await insertRecords(connection, dialect, records.map(toAuditRecordRow));
      const offenderRows = records.flatMap(toAuditOffenderRows);
      await insertOffenders(connection, dialect, offenderRows);
      const last = records[records.length - 1];
      if (last) {
        await updateChainHead(connection, dialect, { lastSequence: last.sequence, lastHash: last.hash });
      }
      return records;
    });
  const appendInGroup = groupCommit(writeEntries, RECORDS_PER_TRANSACTION);

  return {
    /**
     * Writes one record at the end of the chain and returns it as stored, with its sequence and hash, once it is
     * committed. Appends made while another is being written are committed together (group commit).
     */
    append: async (entry: AuditEntry): Promise<AuditRecord> => {
      checkEntry(entry);
      return appendInGroup(entry);
    },

    /** Checks the whole chain, a page at a time, and names the first record altered or removed. */
    verifyChain: () => verifyAuditChain(db, pageSize),

    /**
     * Who consulted one offender's record, when and why: the records that returned the identifier (a PNC ID or
     * prison number), newest first. Served by the audit_offender index, not a scan of the log.
     */
    consultationsOf: async (
      identifier: string,
      { limit = 100, beforeSequence }: ConsultationsOptions = {},
    ): Promise<AuditRecord[]> => {
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
        throw new RangeError(`limit must be a whole number from 1 to 1000, got ${limit}`);
      }
      const sequences = (
        await db
          .selectFrom('auditOffender')
          .select('sequence')
          .distinct()
          .where('identifier', '=', identifier)
          .$if(beforeSequence !== undefined, (query) => query.where('sequence', '<', beforeSequence ?? 0))
          .orderBy('sequence', 'desc')
          .limit(limit)
          .execute()
      ).map((row) => row.sequence);
      if (sequences.length === 0) return [];
      const [rows, offenderRows] = await Promise.all([
        db.selectFrom('auditRecord').selectAll().where('sequence', 'in', sequences).execute(),
        db
          .selectFrom('auditOffender')
          .select(['sequence', 'identifier'])
          .where('sequence', 'in', sequences)
          .orderBy('sequence')
          .orderBy('ordinal')
          .execute(),
      ]);
      const offenders = groupOffenders(offenderRows);
      return rows
        .map((row) => fromAuditRows(row, offenders.get(row.sequence) ?? []))
        .sort((a, b) => b.sequence - a.sequence);
    },

    /** A cheap statement that fails when the log cannot be reached; used by readiness checks. */
    ping: async () => {
      await sql`select 1`.execute(db);
    },
  };
}

/** The audit store's interface. */
export type AuditStore = ReturnType<typeof createAuditStore>;

/** Refuses an entry the log could not faithfully hold, before any lock is taken. */
function checkEntry(entry: AuditEntry): void {
  if (!AUDIT_OUTCOMES.includes(entry.outcome)) {
    throw new TypeError(`outcome must be one of ${AUDIT_OUTCOMES.join(', ')}, got ${String(entry.outcome)}`);
  }
  if (typeof entry.operationHash !== 'string' || !/^[0-9a-f]{64}$/.test(entry.operationHash)) {
    throw new TypeError(
      `operationHash must be a sha256 in lower-case hex, got ${String(entry.operationHash)}`,
    );
  }
  for (const list of ['offenders', 'subgraphs', 'fields', 'denied'] as const) {
    if (!Array.isArray(entry[list]) || !entry[list].every((item) => typeof item === 'string')) {
      throw new TypeError(`${list} must be a list of strings`);
    }
  }
}
