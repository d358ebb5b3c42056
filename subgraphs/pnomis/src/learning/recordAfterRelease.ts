import { refused } from '@lib/graphql/errors';
import type { PnomisContext } from '../context';
import { requireHeldInCaseload } from '../services/heldInCaseload';

/** Whether P-Nomis has booked the person in and none of their bookings is active: they have been released. */
export async function isReleased(prisonNumber: string, context: PnomisContext): Promise<boolean> {
  const bookings = await context.bookingsByPrisonNumber.load(prisonNumber);
  return bookings.length > 0 && bookings.every((booking) => booking.active !== 1);
}

/**
 * Refuses a caller who may not read a person's education record: outside their caseload (OUTSIDE_CASELOAD), or,
 * once the person is released, without `education:released` (RECORD_CLOSED_AFTER_RELEASE): after release the
 * record is the careers service's and probation's, and no one else's, prison staff of the last prison included.
 */
export async function requireLearningReadable(prisonNumber: string, context: PnomisContext): Promise<void> {
  await requireHeldInCaseload(prisonNumber, context);
  if (context.caller?.scopes.has('education:released')) return;
  if (await isReleased(prisonNumber, context)) {
    throw refused(
      'RECORD_CLOSED_AFTER_RELEASE',
      `${prisonNumber} has been released: their education record is read by the careers service and probation only`,
    );
  }
}
