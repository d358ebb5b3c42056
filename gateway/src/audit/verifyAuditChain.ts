import type { Kysely, Selectable } from 'kysely';
import { GENESIS_HASH, hashAuditRecord } from './auditHash';
import { fromAuditRows, MalformedAuditRow, readRecordLists } from './auditRows';
import type { AuditRecordTable, AuditTables } from './auditTables';
import type { AuditCheckpoint } from './auditCheckpoint';
import { verifyCheckpointCopies } from './checkpointCopies';
import { checkpointChecker, type CheckpointFailure, type CheckpointSummary } from './checkpointChecker';
import type { CheckpointKey } from './checkpointKey';

/**
 * What was wrong with the first bad record: ALTERED, its hash no longer matches its content; REMOVED, it is
 * missing (a gap in the sequence, or the chain head counts more records than remain); CHAIN_BROKEN, its
 * previousHash does not match the record before it (or the head does not match the last record), as when a
 * record was rewritten and rehashed, or records were renumbered to close a gap.
 */
export type ChainProblem = 'ALTERED' | 'REMOVED' | 'CHAIN_BROKEN';

/**
 * The result of checking the whole log; `checkpoints` says what the signed checkpoints vouched for when they were
 * checked too (a key was given).
 */
export type ChainVerification =
  | { ok: true; records: number; checkpoints?: CheckpointSummary }
  | { ok: false; sequence: number; problem: ChainProblem; detail: string }
  | CheckpointFailure;

/**
 * Checks every record from the first to the one the chain head names, a page at a time (so a log of millions
 * of records is never held in memory), and reports the first that was altered, removed or unlinked.
 *
 * Records appended while the check runs are beyond the head it read at the start, so they are left for the
 * next check; a record beyond the head as it stands at the end was not written by the store, and is reported.
 *
 * Given the checkpoint key, it also checks every signed checkpoint against the chain as it recomputes it (see
 * checkpointChecker.ts): the chain alone proves nothing against someone who can rewrite it and rehash what
 * follows, and the checkpoints do, because that person does not hold the key. `copies` are checkpoints kept
 * outside the database (the gateway's log): each must still be in it (checkpointCopies.ts).
 */
export async function verifyAuditChain(
  db: Kysely<AuditTables>,
  pageSize: number,
  checkpointKey?: CheckpointKey,
  copies: readonly AuditCheckpoint[] = [],
): Promise<ChainVerification> {
  const head = await readHead(db);
  if (!head) {
    return { ok: false, sequence: 1, problem: 'REMOVED', detail: 'the chain head row is missing' };
  }
  const checkpoints = checkpointKey && checkpointChecker(db, checkpointKey, head.lastSequence, pageSize);
  const atGenesis = await checkpoints?.check(0, GENESIS_HASH);
  if (atGenesis) return atGenesis;
  let expected = 1;
  let previousHash = GENESIS_HASH;
  let after: number | null = null;
  for (;;) {
    const rows: Selectable<AuditRecordTable>[] = await db
      .selectFrom('auditRecord')
      .selectAll()
      .$if(after !== null, (query) => query.where('sequence', '>', after ?? 0))
      .where('sequence', '<=', head.lastSequence)
      .orderBy('sequence')
      .limit(pageSize)
      .execute();
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (!first || !last) break;
    const listsOf = await readRecordLists(db, { from: first.sequence, to: last.sequence });
    for (const row of rows) {
      if (row.sequence > expected) {
        const missing = row.sequence - 1 === expected ? `${expected}` : `${expected} to ${row.sequence - 1}`;
        return { ok: false, sequence: expected, problem: 'REMOVED', detail: `record(s) ${missing} missing` };
      }
      if (row.sequence < expected) {
        const detail = `record ${row.sequence} is out of sequence (expected ${expected})`;
        return { ok: false, sequence: row.sequence, problem: 'CHAIN_BROKEN', detail };
      }
      let hash: string;
      try {
        hash = hashAuditRecord(fromAuditRows(row, listsOf(row.sequence)));
      } catch (error) {
        if (!(error instanceof MalformedAuditRow)) throw error;
        return { ok: false, sequence: row.sequence, problem: 'ALTERED', detail: error.message };
      }
      if (hash !== row.hash) {
        const detail = `content hashes to ${hash}, stored hash is ${row.hash}`;
        return { ok: false, sequence: row.sequence, problem: 'ALTERED', detail };
      }
      if (row.previousHash !== previousHash) {
        const detail =
          `previousHash ${row.previousHash} does not match the hash of record ${expected - 1} (${previousHash}): ` +
          `record ${expected - 1} was rewritten, or records were removed and renumbered`;
        return { ok: false, sequence: row.sequence, problem: 'CHAIN_BROKEN', detail };
      }
      const vouched = await checkpoints?.check(row.sequence, row.hash);
      if (vouched) return vouched;
      previousHash = row.hash;
      expected += 1;
    }
    after = last.sequence;
  }
  if (expected <= head.lastSequence) {
    const detail =
      `the chain head records ${head.lastSequence} record(s) but the log ends at record ${expected - 1}: ` +
      `record(s) ${expected} to ${head.lastSequence} removed`;
    return { ok: false, sequence: expected, problem: 'REMOVED', detail };
  }
  if (head.lastHash !== previousHash) {
    const detail = `the chain head's hash ${head.lastHash} does not match record ${head.lastSequence} (${previousHash})`;
    return { ok: false, sequence: Math.max(head.lastSequence, 1), problem: 'CHAIN_BROKEN', detail };
  }
  const beyond = await findRecordBeyondHead(db, head.lastSequence);
  if (beyond !== null) {
    const detail = `record ${beyond} lies beyond the chain head: it was not written by the audit store`;
    return { ok: false, sequence: beyond, problem: 'CHAIN_BROKEN', detail };
  }
  if (!checkpoints) return { ok: true, records: head.lastSequence };
  const currentHead = async () => (await readHead(db))?.lastSequence ?? 0;
  const summary = await checkpoints.finish(currentHead);
  if ('ok' in summary) return summary;
  if (copies.length > 0 && checkpointKey) {
    const copyFailure = await verifyCheckpointCopies(db, checkpointKey, copies, await currentHead());
    if (copyFailure) return copyFailure;
  }
  return { ok: true, records: head.lastSequence, checkpoints: { ...summary, copies: copies.length } };
}

function readHead(db: Kysely<AuditTables>) {
  return db
    .selectFrom('auditChainHead')
    .select(['lastSequence', 'lastHash'])
    .where('id', '=', 1)
    .executeTakeFirst();
}

/**
 * The first record past `lastSequence` that the current head does not account for, or null. The newest record
 * is read before the head: an append commits its record and the head together, so a genuine record found
 * first is always covered by the head read after it.
 */
async function findRecordBeyondHead(db: Kysely<AuditTables>, lastSequence: number): Promise<number | null> {
  const newest = await db
    .selectFrom('auditRecord')
    .select('sequence')
    .where('sequence', '>', lastSequence)
    .orderBy('sequence', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!newest) return null;
  const head = await readHead(db);
  const covered = head?.lastSequence ?? 0;
  if (newest.sequence <= covered) return null;
  const first = await db
    .selectFrom('auditRecord')
    .select('sequence')
    .where('sequence', '>', covered)
    .orderBy('sequence')
    .limit(1)
    .executeTakeFirst();
  return first?.sequence ?? newest.sequence;
}
