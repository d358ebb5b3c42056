import type { Kysely } from 'kysely';
import { type AuditCheckpoint, checkpointSignatureProblem } from './auditCheckpoint';
import type { AuditTables } from './auditTables';
import type { CheckpointFailure } from './checkpointChecker';
import type { CheckpointKey } from './checkpointKey';

/** The message of the gateway's log line that carries a copy of a checkpoint (startGateway.ts). */
export const CHECKPOINT_LOG_MESSAGE = 'audit checkpoint';

function isCheckpoint(value: unknown): value is AuditCheckpoint {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    Number.isInteger(candidate.sequence) &&
    (candidate.previousSequence === null || Number.isInteger(candidate.previousSequence)) &&
    Number.isInteger(candidate.everyRecords) &&
    ['headHash', 'recordedAt', 'keyId', 'mac'].every((field) => typeof candidate[field] === 'string')
  );
}

/**
 * The copies of checkpoints in the gateway's log (JSON lines, as pino writes them): every line whose message is
 * "audit checkpoint", its `auditCheckpoint`; other lines, and lines that are not JSON, are passed over.
 */
export function checkpointCopiesIn(logText: string): AuditCheckpoint[] {
  return logText.split('\n').flatMap((line) => {
    if (!line.includes(CHECKPOINT_LOG_MESSAGE)) return [];
    try {
      const entry = JSON.parse(line) as { msg?: unknown; auditCheckpoint?: unknown };
      return entry.msg === CHECKPOINT_LOG_MESSAGE && isCheckpoint(entry.auditCheckpoint)
        ? [entry.auditCheckpoint]
        : [];
    } catch {
      return [];
    }
  });
}

/**
 * Checks the database against copies of its checkpoints kept elsewhere: each copy (signed, so it cannot be made up)
 * must be in the database as it was written. This catches what the database alone cannot show: the end of the
 * log cut off together with the checkpoints that vouched for it. The database's checkpoints are themselves checked
 * against the chain by verifyAuditChain, so a copy found there unchanged is vouched for by the chain too.
 */
export async function verifyCheckpointCopies(
  db: Kysely<AuditTables>,
  key: CheckpointKey,
  copies: readonly AuditCheckpoint[],
  headSequence: number,
): Promise<CheckpointFailure | null> {
  for (const copy of [...copies].sort((a, b) => a.sequence - b.sequence)) {
    const signature = checkpointSignatureProblem(key, copy);
    if (signature) {
      return {
        ok: false,
        sequence: copy.sequence,
        problem: 'CHECKPOINT_FORGED',
        detail: `its copy: ${signature}`,
      };
    }
    const stored = await db
      .selectFrom('auditCheckpoint')
      .select('mac')
      .where('sequence', '=', copy.sequence)
      .executeTakeFirst();
    if (stored?.mac === copy.mac) continue;
    const signed = `signed at ${copy.recordedAt}, its copy outside the database vouches for ${copy.sequence} record(s)`;
    if (copy.sequence > headSequence) {
      const detail = `${signed}, but the log ends at record ${headSequence}: records were removed with their checkpoints`;
      return { ok: false, sequence: copy.sequence, problem: 'CHECKPOINT_BEYOND_END', detail };
    }
    const detail = stored
      ? `${signed}, and the checkpoint in the database differs from it: it was replaced`
      : `${signed}, and it is not in the database: it was removed`;
    return { ok: false, sequence: copy.sequence, problem: 'CHECKPOINT_MISSING', detail };
  }
  return null;
}
