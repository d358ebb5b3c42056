import { sql, type Insertable, type Selectable, type Transaction, type Updateable } from 'kysely';
import { recordEvent, type EventToRecord } from '@lib/events/recordEvent';
import { foldedName } from '@lib/search/foldedName';
import type { StoreDatabase } from '@lib/store/openDatabase';
import { retryOnUniqueViolation } from '@lib/store/uniqueViolation';
import { foldedPersonNames } from '../store/foldedPersonNames';
import type { BookingTable, MovementTable, OffenderTable, PnomisTables } from '../store/pnomisTables';
import type { NewPrisoner } from './receptionRequest';

/** A person to record: the folded names are the store's to write from the names. */
export type PersonToRecord = Omit<OffenderTable, 'firstNameFolded' | 'lastNameFolded'>;

/** A movement as stored. */
export type MovementRow = Selectable<MovementTable>;

/** A movement recorded through the graph, with the booking and person it belongs to. */
export interface KeyedMovement {
  movement: MovementRow;
  booking: BookingTable;
  offender: OffenderTable;
}

/** What a movement's write sees of the store inside its transaction: reads of the person, and the writes. */
function movementUnit(trx: Transaction<PnomisTables>, dialect: 'sqlite' | 'postgres') {
  return {
    /**
     * The person, their row locked on PostgreSQL until the transaction ends: a person's movements are recorded one
     * at a time, each judged on what the one before it left. (SQLite runs one write transaction at a time.)
     */
    lockPerson: (prisonNumber: string) =>
      trx
        .selectFrom('offender')
        .selectAll()
        .where('prisonNumber', '=', prisonNumber)
        .$if(dialect === 'postgres', (query) => query.forUpdate())
        .executeTakeFirst(),

    personByPncId: (pncId: string) =>
      trx.selectFrom('offender').selectAll().where('pncId', '=', pncId).executeTakeFirst(),

    personByCroNumber: (croNumber: string) =>
      trx.selectFrom('offender').selectAll().where('croNumber', '=', croNumber).executeTakeFirst(),

    /** A person of these names (whatever their case: lib/search/foldedName.ts) and date of birth, by the search's index. */
    personByNameAndBirth: ({ firstName, lastName, dateOfBirth }: NewPrisoner) =>
      trx
        .selectFrom('offender')
        .selectAll()
        .where('lastNameFolded', '=', foldedName(lastName))
        .where('dateOfBirth', '=', dateOfBirth)
        .where('firstNameFolded', '=', foldedName(firstName))
        .orderBy('prisonNumber')
        .executeTakeFirst(),

    /**
     * Holds, on PostgreSQL until the transaction ends, a lock on a name and date of birth: no unique key can keep
     * two clerks from recording one person without identifiers at once, since namesakes exist. The names are
     * folded as personByNameAndBirth matches them, so that "ZOË" and "Zoë" take the same lock. (SQLite runs one
     * write transaction at a time.)
     */
    async lockNameAndBirth({ firstName, lastName, dateOfBirth }: NewPrisoner): Promise<void> {
      if (dialect !== 'postgres') return;
      const person = `${foldedName(firstName)}|${foldedName(lastName)}|${dateOfBirth}`;
      await sql`select pg_advisory_xact_lock(hashtext(${person}))`.execute(trx);
    },

    /** The movement an earlier request with this key recorded, with its booking and person as they are now. */
    async movementByKey(idempotencyKey: string): Promise<KeyedMovement | null> {
      const movement = await trx
        .selectFrom('movement')
        .selectAll()
        .where('idempotencyKey', '=', idempotencyKey)
        .executeTakeFirst();
      if (!movement) return null;
      const booking = await trx
        .selectFrom('booking')
        .selectAll()
        .where('bookingId', '=', movement.bookingId)
        .executeTakeFirstOrThrow();
      const offender = await trx
        .selectFrom('offender')
        .selectAll()
        .where('prisonNumber', '=', booking.prisonNumber)
        .executeTakeFirstOrThrow();
      return { movement, booking, offender };
    },

    /** The person's active booking, if they are in custody. */
    activeBookingOf: (prisonNumber: string) =>
      trx
        .selectFrom('booking')
        .selectAll()
        .where('prisonNumber', '=', prisonNumber)
        .where('active', '=', 1)
        .executeTakeFirst(),

    /** The latest movement of any of the person's bookings: a new one must come after it. */
    lastMovementOf: (prisonNumber: string) =>
      trx
        .selectFrom('movement')
        .innerJoin('booking', 'booking.bookingId', 'movement.bookingId')
        .selectAll('movement')
        .where('booking.prisonNumber', '=', prisonNumber)
        .orderBy('movement.occurredAt', 'desc')
        .orderBy('movement.movementId', 'desc')
        .limit(1)
        .executeTakeFirst(),

    /** The booking id after the highest given: booking ids are the system's to number, as NOMIS does. */
    async nextBookingId(): Promise<number> {
      const highest = await trx
        .selectFrom('booking')
        .select((eb) => eb.fn.max('bookingId').as('highest'))
        .executeTakeFirst();
      return Number(highest?.highest ?? 0) + 1;
    },

    prisonNumberTaken: async (prisonNumber: string) =>
      (await trx
        .selectFrom('offender')
        .select('prisonNumber')
        .where('prisonNumber', '=', prisonNumber)
        .executeTakeFirst()) !== undefined,

    bookingNumberTaken: async (bookingNumber: string) =>
      (await trx
        .selectFrom('booking')
        .select('bookingId')
        .where('bookingNumber', '=', bookingNumber)
        .executeTakeFirst()) !== undefined,

    insertPerson: (row: PersonToRecord) =>
      trx
        .insertInto('offender')
        .values({ ...row, ...foldedPersonNames(row) })
        .returningAll()
        .executeTakeFirstOrThrow(),

    insertBooking: (row: BookingTable) =>
      trx.insertInto('booking').values(row).returningAll().executeTakeFirstOrThrow(),

    updateBooking: (bookingId: number, changes: Updateable<BookingTable>) =>
      trx
        .updateTable('booking')
        .set(changes)
        .where('bookingId', '=', bookingId)
        .returningAll()
        .executeTakeFirstOrThrow(),

    insertMovement: (row: Insertable<MovementTable>) =>
      trx.insertInto('movement').values(row).returningAll().executeTakeFirstOrThrow(),

    /** Announces the movement, in its transaction (lib/events): it exists exactly when the movement does. */
    recordEvent: (event: EventToRecord) => recordEvent(trx, event),
  };
}

/** One movement's write inside its transaction. */
export type MovementUnit = ReturnType<typeof movementUnit>;

/** The writes of receptions, transfers and releases. */
export function createMovementStore({ db, dialect }: StoreDatabase<PnomisTables>) {
  return {
    /**
     * Runs `work` in one transaction, run again should it lose a race on a unique key to another writer (a new
     * person's PNC ID or CRO number, the request's idempotency key, a booking id or number): the next run finds what the other
     * committed and answers from it.
     */
    withMovement: <Result>(work: (unit: MovementUnit) => Promise<Result>) =>
      retryOnUniqueViolation(() => db.transaction().execute((trx) => work(movementUnit(trx, dialect)))),
  };
}

/** The movement writes' interface; a real P-Nomis adapter would implement the same. */
export type MovementStore = ReturnType<typeof createMovementStore>;
