import type { Kysely } from 'kysely';
import type { OutboxTables } from './outboxTables';
import { recordEvent, type EventToRecord } from './recordEvent';

const CHUNK = 500;

/**
 * Records, in one transaction, those of a scan's events whose ids the outbox does not hold yet: a scan finds the
 * same dated facts every time it runs (and on every replica), and each is announced once. Each event must carry
 * the id made from its fact (eventIdFor). Resolves to how many were recorded.
 */
export async function recordOnce(db: Kysely<unknown>, events: readonly (EventToRecord & { id: string })[]) {
  const outbox = db as Kysely<OutboxTables>;
  const known = new Set<string>();
  for (let start = 0; start < events.length; start += CHUNK) {
    const ids = events.slice(start, start + CHUNK).map((event) => event.id);
    const rows = await outbox
      .selectFrom('eventOutbox')
      .select('eventId')
      .where('eventId', 'in', ids)
      .execute();
    for (const row of rows) known.add(row.eventId);
  }
  const fresh = events.filter((event) => !known.has(event.id));
  if (fresh.length === 0) return 0;
  return db.transaction().execute(async (trx) => {
    let recorded = 0;
    for (const event of fresh) if (await recordEvent(trx, event)) recorded += 1;
    return recorded;
  });
}
