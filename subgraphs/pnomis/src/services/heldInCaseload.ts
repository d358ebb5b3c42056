import { inCaseload, outsideCaseload } from '@lib/authorization/caseload';
import type { PnomisContext } from '../context';
import type { BookingTable } from '../store/pnomisTables';

/**
 * The prison that decides whose caseload a person is in: the prison of the active booking, or of the latest one
 * once released (bookings come most recent first). Null for someone P-Nomis has never booked in.
 */
export function establishmentOf(
  bookings: readonly Pick<BookingTable, 'active' | 'prisonCode'>[],
): string | null {
  return (bookings.find((booking) => booking.active === 1) ?? bookings[0])?.prisonCode ?? null;
}

/**
 * Whether a caller may see anything of a person's P-Nomis records: a caller without a caseload may; one with a
 * caseload only when it holds the person's establishment, the same rule for the custody record, the education
 * record and everything else P-Nomis keeps on them, before and after release.
 */
export async function isHeldInCaseload(prisonNumber: string, context: PnomisContext): Promise<boolean> {
  if (context.caller?.caseload == null) return true;
  const establishment = establishmentOf(await context.bookingsByPrisonNumber.load(prisonNumber));
  return establishment !== null && inCaseload(context.caller, establishment);
}

/** Refuses (OUTSIDE_CASELOAD) a caller whose caseload does not hold the person's establishment. */
export async function requireHeldInCaseload(prisonNumber: string, context: PnomisContext): Promise<void> {
  if (!(await isHeldInCaseload(prisonNumber, context))) throw outsideCaseload();
}
