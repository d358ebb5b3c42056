import type { Kysely } from 'kysely';
import type { OutboxTables } from './outboxTables';

/** Rows deleted per statement, so that a first pruning of a long-kept outbox does not hold the store for long. */
const PRUNE_BATCH = 1_000;

/**
 * Deletes the outbox's rows relayed before the time given; rows waiting to be relayed are never touched. Safe on
 * any number of replicas at once (a row deleted twice is deleted once). Resolves to how many were deleted.
 */
export async function pruneRelayedEvents(db: Kysely<OutboxTables>, relayedBefore: Date): Promise<number> {
  const cutoff = relayedBefore.toISOString();
  let deleted = 0;
  for (;;) {
    const result = await db
      .deleteFrom('eventOutbox')
      .where('seq', 'in', (eb) =>
        eb
          .selectFrom('eventOutbox')
          .select('seq')
          .where('relayedAt', '<', cutoff)
          .orderBy('relayedAt')
          .limit(PRUNE_BATCH),
      )
      .executeTakeFirst();
    const batch = Number(result.numDeletedRows);
    deleted += batch;
    if (batch < PRUNE_BATCH) return deleted;
  }
}
