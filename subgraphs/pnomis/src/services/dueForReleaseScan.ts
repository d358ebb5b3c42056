import type { Kysely } from 'kysely';
import type { EventScan } from '@lib/events/eventRelay';
import { recordOnce } from '@lib/events/recordOnce';
import { eventIdFor } from '@lib/events/recordEvent';
import { addDays, londonDateOf } from '@lib/time/londonTime';
import type { PnomisTables } from '../store/pnomisTables';

/** How far ahead a release is announced: 12 weeks, the time resettlement work needs. */
export const DUE_FOR_RELEASE_NOTICE_DAYS = 84;

/**
 * Announces each prisoner due for release within 12 weeks, once per booking and release date: a release date
 * that is recalculated is announced again with its new date. The event names the prison that holds them.
 */
export const dueForReleaseScan: EventScan = {
  name: 'due for release',
  outbox: 'pnomis',
  async run(db, now) {
    const today = londonDateOf(now);
    const due = await (db as Kysely<PnomisTables>)
      .selectFrom('booking')
      .innerJoin('offender', 'offender.prisonNumber', 'booking.prisonNumber')
      .select([
        'booking.bookingId',
        'booking.prisonNumber',
        'booking.prisonCode',
        'booking.releaseDate',
        'offender.pncId',
      ])
      .where('booking.active', '=', 1)
      .where('booking.releaseDate', '>=', today)
      .where('booking.releaseDate', '<=', addDays(today, DUE_FOR_RELEASE_NOTICE_DAYS))
      .orderBy('booking.releaseDate')
      .orderBy('booking.bookingId')
      .execute();
    return recordOnce(
      db,
      due.map((booking) => ({
        id: eventIdFor(`due-for-release:${booking.bookingId}:${booking.releaseDate}`),
        type: 'PRISONER_DUE_FOR_RELEASE',
        identifiers: { prisonNumber: booking.prisonNumber, pncId: booking.pncId },
        establishmentCode: booking.prisonCode,
        facts: { releaseDate: booking.releaseDate ?? '' },
      })),
    );
  },
};
