import { sql, type SelectQueryBuilder } from 'kysely';
import type { CloudEventEnvelope } from '@lib/events/cloudEvent';
import type { StoreDatabase } from '@lib/store/openDatabase';
import type { EventLogTable, NotificationsTables } from './notificationsTables';

/** Who may see which events: the types, and for a caller with a caseload, the prisons (null: every prison). */
export interface EventFilter {
  types: readonly string[];
  caseload: readonly string[] | null;
  pncId?: string | null;
  prisonNumber?: string | null;
}

/** An event as the log keeps it. */
export type LoggedEvent = Omit<EventLogTable, 'seq'> & { seq: number };

// PostgreSQL's advisory lock key for ingestion: one batch at a time, so that sequence numbers commit in order.
const INGEST_LOCK = 7_240_001;

function filtered<Output>(
  query: SelectQueryBuilder<NotificationsTables, 'eventLog', Output>,
  filter: EventFilter,
): SelectQueryBuilder<NotificationsTables, 'eventLog', Output> {
  let narrowed = query.where('eventType', 'in', filter.types.length > 0 ? [...filter.types] : ['(none)']);
  if (filter.caseload !== null) {
    // An event that names no prison is not for a caller bounded by a caseload; an empty caseload sees nothing.
    narrowed = narrowed.where(
      'establishmentCode',
      'in',
      filter.caseload.length > 0 ? [...filter.caseload] : [''],
    );
  }
  const { pncId, prisonNumber } = filter;
  if (pncId || prisonNumber) {
    narrowed = narrowed.where((eb) =>
      eb.or([
        ...(pncId ? [eb('pncId', '=', pncId)] : []),
        ...(prisonNumber ? [eb('prisonNumber', '=', prisonNumber)] : []),
      ]),
    );
  }
  return narrowed;
}

/**
 * The event log: every event relayed, once (by id), in the order received. The order is gap-free on both
 * engines: batches are written one at a time, so a reader that has seen event n has seen every event before it,
 * and a cursor never skips one that commits later.
 */
export function createEventLogStore({ db, dialect }: StoreDatabase<NotificationsTables>) {
  return {
    /**
     * Keeps the events not kept already, in order, with their stream sequences when taken from JetStream;
     * resolves to how many were new.
     */
    ingest: (events: readonly CloudEventEnvelope[], streamSeqs: readonly number[] = []): Promise<number> =>
      db.transaction().execute(async (trx) => {
        if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${INGEST_LOCK})`.execute(trx);
        let fresh = 0;
        const receivedAt = new Date().toISOString();
        for (const [index, event] of events.entries()) {
          const { identifiers, establishmentCode, eventType } = event.data;
          const result = await trx
            .insertInto('eventLog')
            .values({
              eventId: event.id,
              eventType,
              subject: event.subject,
              time: event.time,
              pncId: identifiers.pncId ?? null,
              prisonNumber: identifiers.prisonNumber ?? null,
              establishmentCode,
              envelope: JSON.stringify(event),
              receivedAt,
              streamSeq: streamSeqs[index] ?? null,
            })
            .onConflict((conflict) => conflict.column('eventId').doNothing())
            .executeTakeFirst();
          fresh += Number(result.numInsertedOrUpdatedRows ?? 0);
        }
        return fresh;
      }),

    /** The newest event's place in the log (0 when empty). */
    latestSeq: async (): Promise<number> => {
      const row = await db
        .selectFrom('eventLog')
        .select((eb) => eb.fn.max('seq').as('latest'))
        .executeTakeFirst();
      return Number(row?.latest ?? 0);
    },

    /**
     * The place in the log of the newest event taken from the stream at or before stream sequence `streamSeq`
     * (that event's own, once it is logged), or null when none is logged yet.
     */
    seqUpToStreamSeq: async (streamSeq: number): Promise<number | null> => {
      const row = await db
        .selectFrom('eventLog')
        .select('seq')
        .where('streamSeq', '<=', streamSeq)
        .orderBy('streamSeq', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? Number(row.seq) : null;
    },

    /**
     * The stream sequence to start at to take every event after log cursor `after`: that of the first event
     * logged after it, or, when none after it came through the stream, the one after the last that did (an event
     * in the stream and not yet logged is logged after the cursor). 1, the stream's start, when none did.
     */
    streamSeqAfter: async (after: number): Promise<number> => {
      const first = await db
        .selectFrom('eventLog')
        .select('streamSeq')
        .where('seq', '>', after)
        .where('streamSeq', 'is not', null)
        .orderBy('seq')
        .limit(1)
        .executeTakeFirst();
      if (first) return Number(first.streamSeq);
      const last = await db
        .selectFrom('eventLog')
        .select('streamSeq')
        .where('streamSeq', 'is not', null)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      return last ? Number(last.streamSeq) + 1 : 1;
    },

    /** Events after `after` (up to `upTo`, if given) that the filter lets through, oldest first. */
    after: (after: number, filter: EventFilter, limit: number, upTo?: number): Promise<LoggedEvent[]> =>
      filtered(db.selectFrom('eventLog').selectAll(), filter)
        .where('seq', '>', after)
        .$if(upTo !== undefined, (query) => query.where('seq', '<=', upTo ?? 0))
        .orderBy('seq')
        .limit(limit)
        .execute(),

    /** The latest events the filter lets through, newest first. */
    latest: (filter: EventFilter, limit: number): Promise<LoggedEvent[]> =>
      filtered(db.selectFrom('eventLog').selectAll(), filter).orderBy('seq', 'desc').limit(limit).execute(),
  };
}

/** The event log. */
export type EventLogStore = ReturnType<typeof createEventLogStore>;
