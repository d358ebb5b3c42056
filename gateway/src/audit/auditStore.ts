import { sql } from 'kysely';
import { inSpan } from '@lib/observability/tracing/projectSpans';
import type { StoreDatabase } from '@lib/store/openDatabase';
import { type AuditCheckpoint, signCheckpoint, type UnsignedCheckpoint } from './auditCheckpoint';
import { AUDIT_OUTCOMES, type AuditEntry, type AuditRecord } from './auditRecord';
import { toAuditIdentifierRows, toAuditOffenderRows, toAuditRecordRow } from './auditRows';
import type { AuditTables } from './auditTables';
import { chainEntries } from './chainEntries';
import { createChainTransaction } from './chainTransaction';
import { groupCommit } from './groupCommit';
import {
  insertCheckpoints,
  insertIdentifiers,
  insertOffenders,
  insertRecords,
  selectChainHead,
  selectChainHeadForUpdate,
  selectLastCheckpoint,
  updateChainHead,
} from './auditStatements';
import type { CheckpointKey } from './checkpointKey';
import {
  consultationsOfPerson,
  recordsNaming,
  type ConsultationsOptions,
  type PersonConsultations,
} from './personConsultations';
import type { PersonIdentifier } from '@lib/identifiers/personIdentifier';
import { verifyAuditChain } from './verifyAuditChain';

/** How the store signs checkpoints of the chain (auditCheckpoint.ts). */
export interface StoreCheckpointOptions {
  /** The key, held outside the audit database. */
  key: CheckpointKey;
  /** A checkpoint is written in the same transaction as the record that makes this many since the last one. */
  everyRecords: number;
  /** Told of each checkpoint once it is committed: to keep a copy outside the database (the gateway's log). */
  onCheckpoint?: (checkpoint: AuditCheckpoint) => void;
}

/** How one record is appended. */
export interface AppendOptions {
  /**
   * No answer waits for it (a closing record whose opening record answers for the disclosure): it is written with
   * the next batch of records, or within 50 ms, rather than in a transaction of its own (groupCommit.ts).
   */
  unhurried?: boolean;
}

/** Options for the audit store; the defaults suit production. */
export interface AuditStoreOptions {
  /** The clock that stamps recordedAt (default: the system clock). */
  now?: () => Date;
  /** How many records verification reads per query (default 2,000). */
  pageSize?: number;
  /** Signs checkpoints of the chain, and has verification check them; none when absent. */
  checkpoints?: StoreCheckpointOptions;
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
  const readHeadLocked = dialect === 'postgres' ? selectChainHeadForUpdate : selectChainHead;
  const signing = options.checkpoints;

  /** Signs and writes checkpoints inside the caller's transaction; they are reported once it commits. */
  async function writeCheckpoints(connection: typeof db, unsigned: UnsignedCheckpoint[]) {
    if (!signing || unsigned.length === 0) return [];
    const checkpoints = unsigned.map((checkpoint) => signCheckpoint(signing.key, checkpoint));
    await insertCheckpoints(connection, dialect, checkpoints);
    return checkpoints;
  }

  function reportCheckpoints(checkpoints: readonly AuditCheckpoint[]): void {
    for (const checkpoint of checkpoints) signing?.onCheckpoint?.(checkpoint);
  }

  /** Writes entries at the end of the chain in one transaction, under the chain's write lock. */
  const writeEntries = async (entries: AuditEntry[]) => {
    const { records, checkpoints } = await inChainTransaction(async (connection) => {
      const [head] = (await readHeadLocked(connection, dialect, {})).rows;
      if (!head) throw new Error('The audit chain head is missing: the audit log cannot be appended to');
      // Stamped under the lock, so recordedAt never goes backwards along the chain (clocks allowing).
      const recordedAt = now().toISOString();
      const records = chainEntries(head, entries, recordedAt);
      await insertRecords(connection, dialect, records.map(toAuditRecordRow));
      await insertOffenders(connection, dialect, records.flatMap(toAuditOffenderRows));
      await insertIdentifiers(connection, dialect, records.flatMap(toAuditIdentifierRows));
      const last = records[records.length - 1];
      if (last) {
        await updateChainHead(connection, dialect, { lastSequence: last.sequence, lastHash: last.hash });
      }
      // In the same transaction as the records: however the gateway stops, no more records than promised ever
      // follow the last checkpoint, which is what lets verification notice checkpoints removed from the end.
      const due = signing
        ? checkpointsDue(
            (await selectLastCheckpoint(connection, dialect, {})).rows[0],
            records,
            signing.everyRecords,
            recordedAt,
          )
        : [];
      return { records, checkpoints: await writeCheckpoints(connection, due) };
    });
    // A copy of a checkpoint kept outside the database must never name one a power cut could still undo.
    if (checkpoints.length > 0) {
      void database.syncCommitted().then(
        () => reportCheckpoints(checkpoints),
        () => undefined,
      );
    }
    return records;
  };
  // Appends are acknowledged once on disk; on SQLite the sync runs off the event loop (groupCommit, walSync.ts).
  const appendInGroup = groupCommit(writeEntries, RECORDS_PER_TRANSACTION, () => database.syncCommitted());
  // Appends not yet settled: closing records are written as their answers leave, and the log must not close
  // under them (settled, which buildAuditLog's close waits for).
  const inFlight = new Set<Promise<unknown>>();
  // The reads below wait for it too: a look-up served by this gateway sees every record it began writing before.
  const settled = async (): Promise<void> => {
    await Promise.allSettled([...inFlight]);
  };

  return {
    /**
     * Writes one record at the end of the chain and returns it as stored, with its sequence and hash, once it is
     * committed. Appends made while another is being written are committed together (group commit).
     */
    append: async (entry: AuditEntry, options: AppendOptions = {}): Promise<AuditRecord> => {
      checkEntry(entry);
      // Traced as the write the answer waits for (group commit included); its statements are spans within it.
      const appended = inSpan('audit.write', { 'audit.outcome': entry.outcome }, () =>
        appendInGroup(entry, options.unhurried),
      );
      inFlight.add(appended);
      const forget = () => inFlight.delete(appended);
      appended.then(forget, forget);
      return appended;
    },

    /** Resolves once every append made so far has settled (written or failed). */
    settled,

    /**
     * Checks the whole chain, a page at a time, and names the first record altered or removed; with a checkpoint
     * key (the store's own unless one is given; null checks the chain alone), every checkpoint too, and that the
     * copies of checkpoints kept outside the database are all still in it.
     */
    verifyChain: async (
      key: CheckpointKey | null = signing?.key ?? null,
      copies: readonly AuditCheckpoint[] = [],
    ) => {
      await settled();
      return verifyAuditChain(db, pageSize, key ?? undefined, copies);
    },

    /**
     * Signs a checkpoint of the chain as it stands, unless the last checkpoint already vouches for it (an empty
     * log gets one at 0). Run every few seconds, at start and at a clean stop; returns the checkpoint, or null.
     */
    checkpoint: async (): Promise<AuditCheckpoint | null> => {
      if (!signing) throw new Error('This audit store has no checkpoint key');
      const [checkpoint] = await inChainTransaction(async (connection) => {
        const [head] = (await readHeadLocked(connection, dialect, {})).rows;
        if (!head) throw new Error('The audit chain head is missing: the audit log cannot be checkpointed');
        const last = (await selectLastCheckpoint(connection, dialect, {})).rows[0];
        if (last && last.sequence >= head.lastSequence) return [];
        return writeCheckpoints(connection, [
          {
            sequence: head.lastSequence,
            previousSequence: last?.sequence ?? null,
            headHash: head.lastHash,
            recordedAt: now().toISOString(),
            everyRecords: signing.everyRecords,
          },
        ]);
      });
      if (!checkpoint) return null;
      await database.syncCommitted();
      reportCheckpoints([checkpoint]);
      return checkpoint;
    },

    /**
     * The records whose subgraphs said they returned this exact identifier (as the system wrote it), newest first.
     * Served by the audit_offender index, not a scan of the log.
     */
    consultationsOf: async (
      identifier: string,
      options: ConsultationsOptions = {},
    ): Promise<AuditRecord[]> => {
      await settled();
      return recordsNaming(db, { people: [], disclosed: [identifier] }, options);
    },

    /**
     * Who consulted one person's records, when and why, newest first, for a data-protection officer: found by the
     * identifier given in any of its forms and by every identifier the log links to it (personConsultations.ts).
     */
    consultationsOfPerson: async (
      identifier: PersonIdentifier,
      options: ConsultationsOptions = {},
    ): Promise<PersonConsultations> => {
      await settled();
      return consultationsOfPerson(db, identifier, options);
    },

    /** A cheap statement that fails when the log cannot be reached; used by readiness checks. */
    ping: async () => {
      await sql`select 1`.execute(db);
    },
  };
}

/**
 * The checkpoints due among records just chained: at the first record that makes `everyRecords` since the last
 * checkpoint (or the fewer records that checkpoint promised, should it have been made with a smaller setting),
 * and every `everyRecords` after that.
 */
export function checkpointsDue(
  last: { sequence: number; everyRecords: number } | undefined,
  records: readonly AuditRecord[],
  everyRecords: number,
  recordedAt: string,
): UnsignedCheckpoint[] {
  const due: UnsignedCheckpoint[] = [];
  let previousSequence = last?.sequence ?? null;
  let next = (last?.sequence ?? 0) + Math.min(everyRecords, last?.everyRecords ?? everyRecords);
  for (const record of records) {
    if (record.sequence < next) continue;
    due.push({
      sequence: record.sequence,
      previousSequence,
      headHash: record.hash,
      recordedAt,
      everyRecords,
    });
    previousSequence = record.sequence;
    next = record.sequence + everyRecords;
  }
  return due;
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
