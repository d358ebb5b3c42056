import type { Kysely } from 'kysely';
import type { PnomisTables } from '../../../subgraphs/pnomis/src/store/pnomisTables';
import { foldedPersonNames } from '../../../subgraphs/pnomis/src/store/foldedPersonNames';

/** A period in custody to record: where, and whether it is the current one. */
export interface BookingToAdd {
  prisonCode: string;
  beganOn: string;
  /** The release date; none for the active booking. */
  endedOn?: string;
}

/** A person to record in P-Nomis, with their bookings (at most one without an end: the active one). */
export interface PrisonerToAdd {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  bookings: readonly BookingToAdd[];
}

let nextSerial = 0;

/** A prison number and booking number no one holds yet (Z.... numbers the generator does not happen to use). */
async function unusedNumbers(db: Kysely<PnomisTables>): Promise<{ prisonNumber: string; serial: number }> {
  for (;;) {
    nextSerial += 1;
    const prisonNumber = `Z${String(nextSerial).padStart(4, '0')}ZZ`;
    const taken = await db
      .selectFrom('offender')
      .select('prisonNumber')
      .where('prisonNumber', '=', prisonNumber)
      .executeTakeFirst();
    if (!taken) return { prisonNumber, serial: nextSerial };
  }
}

/**
 * Records people in P-Nomis as its staff would, each with a prison number of their own, no PNC ID and the
 * bookings given: the namesakes, prisoners elsewhere and released people a search by name must sort out.
 * Returns their prison numbers, in the order given.
 */
export async function addPrisoners(
  db: Kysely<PnomisTables>,
  people: readonly PrisonerToAdd[],
): Promise<string[]> {
  const numbers: string[] = [];
  for (const person of people) {
    const { prisonNumber, serial } = await unusedNumbers(db);
    const { last } = await db
      .selectFrom('booking')
      .select((eb) => eb.fn.max<number>('bookingId').as('last'))
      .executeTakeFirstOrThrow();
    await db
      .insertInto('offender')
      .values({ prisonNumber, pncId: null, croNumber: null, ...pick(person) })
      .execute();
    await db
      .insertInto('booking')
      .values(
        person.bookings.map((booking, index) => ({
          bookingId: Number(last ?? 0) + index + 1,
          // Z and a letter for the booking: the generator's booking numbers are five digits and one letter.
          bookingNumber: `Z${String(serial).padStart(4, '0')}${String.fromCharCode(65 + index)}`,
          prisonNumber,
          prisonCode: booking.prisonCode,
          active: booking.endedOn ? 0 : 1,
          inOutStatus: booking.endedOn ? ('OUT' as const) : ('IN' as const),
          status: 'REMAND' as const,
          beganOn: booking.beganOn,
          endedOn: booking.endedOn ?? null,
          admissionReason: 'Remanded by court',
          releaseDate: null,
          incentiveLevel: 'STANDARD' as const,
        })),
      )
      .execute();
    numbers.push(prisonNumber);
  }
  return numbers;
}

function pick({ firstName, lastName, dateOfBirth }: PrisonerToAdd) {
  // The folded names with the names, as the store writes them.
  return { firstName, lastName, ...foldedPersonNames({ firstName, lastName }), dateOfBirth };
}
