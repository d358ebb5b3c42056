import type { Kysely } from 'kysely';
import { type AuditCheckpoint, checkpointSignatureProblem } from './auditCheckpoint';
import type { AuditTables } from './auditTables';
import type { CheckpointKey } from './checkpointKey';

/**
 * What was wrong with a checkpoint: FORGED, its MAC does not hold with the key (not made by the gateway, edited,
 * or made with another key); MISMATCH, the chain as it stands does not reach the head hash it vouches for (records
 * up to it were rewritten and rehashed); MISSING, checkpoints were removed (the one before it is not the one it
 * names, more records than promised go unvouched, or there are none at all); BEYOND_END, it vouches for records
 * the log no longer has (the log was cut short).
 */
export type CheckpointProblem =
  'CHECKPOINT_FORGED' | 'CHECKPOINT_MISMATCH' | 'CHECKPOINT_MISSING' | 'CHECKPOINT_BEYOND_END';

/** A checkpoint found wrong, at the sequence it vouches for. */
export interface CheckpointFailure {
  ok: false;
  sequence: number;
  problem: CheckpointProblem;
  detail: string;
}

/** What the checkpoints vouched for, when all of them held. */
export interface CheckpointSummary {
  count: number;
  last: { sequence: number; recordedAt: string } | null;
  /** How many copies kept outside the database were found in it unchanged. */
  copies: number;
}

function failure(sequence: number, problem: CheckpointProblem, detail: string): CheckpointFailure {
  return { ok: false, sequence, problem, detail };
}

/**
 * Checks the checkpoints against the chain as verification walks it: `check(sequence, hash)` for the empty log's
 * position 0 and then every record in order, once the record itself has been found intact; `finish` once the
 * walk reached the head. The checkpoints are read a page at a time, in step with the records.
 */
export function checkpointChecker(
  db: Kysely<AuditTables>,
  key: CheckpointKey,
  headSequence: number,
  pageSize: number,
) {
  let page: AuditCheckpoint[] = [];
  let index = 0;
  let loadedUpTo = -1;
  let exhausted = false;
  let previous: AuditCheckpoint | null = null;
  let count = 0;

  async function next(): Promise<AuditCheckpoint | undefined> {
    if (index < page.length || exhausted) return page[index];
    page = await db
      .selectFrom('auditCheckpoint')
      .selectAll()
      .where('sequence', '>', loadedUpTo)
      .where('sequence', '<=', headSequence)
      .orderBy('sequence')
      .limit(pageSize)
      .execute();
    index = 0;
    const last = page[page.length - 1];
    if (last) loadedUpTo = last.sequence;
    else exhausted = true;
    return page[index];
  }

  function checkOne(checkpoint: AuditCheckpoint, hash: string): CheckpointFailure | null {
    const at = checkpoint.sequence;
    const signature = checkpointSignatureProblem(key, checkpoint);
    if (signature) return failure(at, 'CHECKPOINT_FORGED', signature);
    if (checkpoint.previousSequence !== (previous?.sequence ?? null)) {
      const before = previous ? `checkpoint ${previous.sequence}` : 'none';
      const detail =
        `it names checkpoint ${checkpoint.previousSequence ?? '(none)'} as the one before it, but the one before ` +
        `it in the log is ${before}: checkpoints were removed`;
      return failure(at, 'CHECKPOINT_MISSING', detail);
    }
    if (previous && at - previous.sequence > previous.everyRecords) {
      const detail =
        `checkpoint ${previous.sequence} promised the next within ${previous.everyRecords} records, but the next ` +
        `is ${at}: checkpoints were removed`;
      return failure(at, 'CHECKPOINT_MISSING', detail);
    }
    if (checkpoint.headHash !== hash) {
      const detail =
        `signed at ${checkpoint.recordedAt}, it vouches for head hash ${checkpoint.headHash}, but record ${at} as ` +
        `the log stands hashes to ${hash}: records up to ${at} were rewritten and the chain rehashed`;
      return failure(at, 'CHECKPOINT_MISMATCH', detail);
    }
    previous = checkpoint;
    count += 1;
    return null;
  }

  return {
    /** Checks the checkpoint at `sequence`, if there is one, against the record's verified hash. */
    async check(sequence: number, hash: string): Promise<CheckpointFailure | null> {
      const checkpoint = await next();
      if (!checkpoint || checkpoint.sequence !== sequence) return null;
      index += 1;
      return checkOne(checkpoint, hash);
    },

    /**
     * After the walk: every record up to the head must be vouched for as promised, and no checkpoint may vouch for
     * records past the end of the log (`currentHead` reads the head again: checkpoints the gateway wrote while the
     * walk ran are past the head it started from, and are left for the next check).
     */
    async finish(
      currentHead: () => Promise<number>,
    ): Promise<CheckpointFailure | Omit<CheckpointSummary, 'copies'>> {
      if (!previous && headSequence > 0) {
        const detail = `the log holds ${headSequence} record(s) and no checkpoint: checkpoints were removed`;
        return failure(headSequence, 'CHECKPOINT_MISSING', detail);
      }
      if (previous && headSequence - previous.sequence >= previous.everyRecords) {
        const detail =
          `records ${previous.sequence + 1} to ${headSequence} follow the last checkpoint (${previous.sequence}), ` +
          `which promised the next within ${previous.everyRecords} records: checkpoints after it were removed`;
        return failure(headSequence, 'CHECKPOINT_MISSING', detail);
      }
      const beyond = await db
        .selectFrom('auditCheckpoint')
        .selectAll()
        .where('sequence', '>', headSequence)
        .orderBy('sequence', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (beyond) {
        const end = await currentHead();
        if (beyond.sequence > end) {
          const signature = checkpointSignatureProblem(key, beyond);
          if (signature) return failure(beyond.sequence, 'CHECKPOINT_FORGED', signature);
          const detail =
            `signed at ${beyond.recordedAt}, it vouches for ${beyond.sequence} record(s), but the log ends at ` +
            `record ${end}: records ${end + 1} to ${beyond.sequence} at least were removed`;
          return failure(beyond.sequence, 'CHECKPOINT_BEYOND_END', detail);
        }
      }
      return { count, last: previous && { sequence: previous.sequence, recordedAt: previous.recordedAt } };
    },
  };
}
