import type { Kysely } from 'kysely';
import type { OutboxTables } from './outboxTables';
import { recordEvent, type EventToRecord } from './recordEvent';

const CHUNK = 500;

/**
 * Records, in one transaction, those of a scan's events whose facts were not announced yet: a scan finds the same
 * dated facts every time it runs (and on every replica), and each is announced once. Each event must carry the id
 * made from its fact (eventIdFor); the ids are kept in `event_fact_announced`, which outlives the outbox's pruned
 * rows. Resolves to how many were recorded.
 */
export async function recordOnce(db: Kysely<unknown>, events: readonly (EventToRecord & { id: string })[]) {
  const stores = db as Kysely<OutboxTables>;
  const known = new Set<string>();
  for (let start = 0; start < events.length; start += CHUNK) {
    const ids = events.slice(start, start + CHUNK).map((event) => event.id);
    const rows = await stores
      .selectFrom('eventFactAnnounced')
      .select('eventId')
      .where('eventId', 'in', ids)
      .execute();
    for (const row of rows) known.add(row.eventId);
  }
  const fresh = events.filter((event) => !known.has(event.id));
  if (fresh.length === 0) return 0;
  return stores.transaction().execute(async (trx) => {
    let recorded = 0;
    for (const event of fresh) {
      // The fact's id first: a replica's scan that recorded it meanwhile wins, and this one records nothing.
      const claimed = await trx
        .insertInto('eventFactAnnounced')
        .values({ eventId: event.id, recordedAt: new Date().toISOString() })
        .onConflict((conflict) => conflict.column('eventId').doNothing())
        .executeTakeFirst();
      if (Number(claimed.numInsertedOrUpdatedRows ?? 0) !== 1) continue;
      if (await recordEvent(trx, event)) recorded += 1;
    }
    return recorded;
  });
}
