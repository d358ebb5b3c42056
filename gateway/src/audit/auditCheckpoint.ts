import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CheckpointKey } from './checkpointKey';

/**
 * A signed statement that the audit chain had reached `sequence` with head hash `headHash` at `recordedAt`.
 * Anyone who can write to the database can rewrite records and rehash the chain after them, but not re-sign the
 * checkpoints that vouch for the old chain: verification recomputes the chain and compares it with each one.
 */
export interface AuditCheckpoint {
  /** The last record the checkpoint vouches for (0: the empty log, before any record). */
  sequence: number;
  /** The checkpoint before this one, or null for the first: a checkpoint removed from the middle shows. */
  previousSequence: number | null;
  /** The hash of record `sequence` (the genesis hash for 0). */
  headHash: string;
  /** When the checkpoint was made (ISO 8601, UTC). */
  recordedAt: string;
  /**
   * The next checkpoint is due within this many records: a signed promise, so that checkpoints removed from the
   * end of the table (to hide a rewrite of the records they vouched for) show as too many unvouched records.
   */
  everyRecords: number;
  /** Which key signed it. */
  keyId: string;
  /** HMAC-SHA256 of the canonical form (every field above), lower-case hex. */
  mac: string;
}

/** A checkpoint before it is signed. */
export type UnsignedCheckpoint = Omit<AuditCheckpoint, 'keyId' | 'mac'>;

/**
 * The bytes a checkpoint's MAC is taken over: every field but the MAC in one fixed order, behind a label that
 * keeps a MAC made for anything else from passing as a checkpoint's. Spelled out field by field, as the record's
 * canonical form is: changing it makes every existing checkpoint fail.
 */
export function canonicalCheckpoint(checkpoint: Omit<AuditCheckpoint, 'mac'>): string {
  return JSON.stringify({
    label: 'justice-gateway audit checkpoint v1',
    sequence: checkpoint.sequence,
    previousSequence: checkpoint.previousSequence,
    headHash: checkpoint.headHash,
    recordedAt: checkpoint.recordedAt,
    everyRecords: checkpoint.everyRecords,
    keyId: checkpoint.keyId,
  });
}

function macOf(key: CheckpointKey, checkpoint: Omit<AuditCheckpoint, 'mac'>): string {
  return createHmac('sha256', key.secret).update(canonicalCheckpoint(checkpoint), 'utf8').digest('hex');
}

/** Signs a checkpoint with the key. */
export function signCheckpoint(key: CheckpointKey, checkpoint: UnsignedCheckpoint): AuditCheckpoint {
  const signed = { ...checkpoint, keyId: key.id };
  return { ...signed, mac: macOf(key, signed) };
}

/** Why a checkpoint's signature does not hold with the key, or null when it does. */
export function checkpointSignatureProblem(key: CheckpointKey, checkpoint: AuditCheckpoint): string | null {
  if (checkpoint.keyId !== key.id) {
    return `it was signed with key ${checkpoint.keyId}, not the key given (${key.id}): it cannot be vouched for`;
  }
  const expected = Buffer.from(macOf(key, checkpoint), 'hex');
  const actual = Buffer.from(/^[0-9a-f]{64}$/.test(checkpoint.mac) ? checkpoint.mac : '', 'hex');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    return `its MAC does not verify with key ${key.id}: it was not made by the gateway, or was edited since`;
  }
  return null;
}
