import { bookingStatements } from '../store/bookingStatements';
import type { WriteUnit } from '../store/storeWriter';
import { visitingOrderStatements } from '../store/visitingOrderStatements';

/**
 * Marks a prisoner's lapsed reservations EXPIRED and gives back the visiting orders they had taken. Lapsed holds
 * never count against a session's places; this only tidies their state and the balance.
 */
export function expireHoldsUnit(prisonNumber: string, now: string): WriteUnit<void> {
  return async (trx, dialect) => {
    const statements = bookingStatements(trx, dialect);
    if (!(await statements.lockExistingPrisoner(prisonNumber))) return;
    const lapsed = await statements.expireLapsedHolds(prisonNumber, now);
    await visitingOrderStatements(trx, dialect).giveBack(lapsed);
  };
}
