import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { cloudEvent, subjectOf, type EventIdentifiers } from './cloudEvent';
import type { EventTypeName } from './eventCatalogue';
import type { OutboxTables } from './outboxTables';

/**
 * The transaction (or, for a scan, the connection) of any store whose migrations include the outbox: a Kysely
 * instance over that store's own tables, which need not name the outbox's.
 */
export type StoreTransaction = { insertInto: unknown };

/** What happened, as a state change announces it. */
export interface EventToRecord {
  type: EventTypeName;
  /** The records it is about: identifiers only. */
  identifiers: EventIdentifiers;
  /** The prison holding the person, for a type that names one (EVENT_TYPES[type].namesEstablishment). */
  establishmentCode?: string | null;
  /** Codes and dates that say what happened; never names or free text. */
  facts?: Record<string, string>;
  /**
   * The event's id; a fresh UUID unless given. A scan that may find the same fact again (due for release, a
   * payment overdue) gives an id made from the fact, so that the outbox records it once.
   */
  id?: string;
  /** When it happened (default now). */
  time?: string;
}

/**
 * Records an event in the store's outbox, inside the caller's transaction: the event exists exactly when the
 * change commits, and the relay hands it on afterwards. Call it after the write that changes the record, so that
 * on PostgreSQL the record's lock orders its events. Resolves to whether it was recorded (false for an id the
 * outbox already holds).
 */
export async function recordEvent(trx: StoreTransaction, event: EventToRecord): Promise<boolean> {
  const { type, identifiers, establishmentCode = null, facts = {}, id = randomUUID() } = event;
  const time = event.time ?? new Date().toISOString();
  const envelope = cloudEvent(id, time, type, identifiers, establishmentCode, facts);
  const outbox = trx as unknown as Kysely<OutboxTables>;
  const result = await outbox
    .insertInto('eventOutbox')
    .values({
      eventId: id,
      subject: subjectOf(identifiers),
      envelope: JSON.stringify(envelope),
      recordedAt: new Date().toISOString(),
      relayedAt: null,
    })
    .onConflict((conflict) => conflict.column('eventId').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** An event id made from a fact, for a scan that may find the fact again: the same fact, the same id (UUID form). */
export function eventIdFor(fact: string): string {
  const hex = createHash('sha256').update(fact).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
