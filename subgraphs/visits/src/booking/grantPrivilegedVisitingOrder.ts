import { inCaseload, outsideCaseload } from '@lib/authorization/caseload';
import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import { prisonSettings } from '../services/prisonSettings';
import { type Allowance, allowanceFor, newOrder } from '../services/visitingOrders';
import { visitRefusal } from '../services/visitRefusal';
import { bookingStatements } from '../store/bookingStatements';
import type { WriteUnit } from '../store/storeWriter';
import { visitingOrderStatements } from '../store/visitingOrderStatements';
import { type Actor, type BookingDependencies, moment, subjectOf, write } from './bookingDependencies';
import { requireVisitable } from './prisonerWhereabouts';
import { requireReason } from '@lib/graphql/requireReason';
import { requireIdempotencyKey } from './requestChecks';
import { allowanceOf, type VisitingAllowanceView } from './visitingAllowance';
import { ordersToday } from './visitingOrderAccount';

/** What staff send to grant a privileged visiting order. */
export interface GrantInput {
  prisonNumber: string;
  reason: string;
  idempotencyKey: string;
}

type Grant = {
  prisonNumber: string;
  reason: string;
  idempotencyKey: string;
  grantedBy: string;
  today: string;
};

/**
 * The write of a grant, under the prisoner's lock as a booking takes it: the allowance is renewed (or started) to
 * today first, then the privileged order is given, lapsing 28 days on. A grant already made with the key is
 * returned, not made again; the key used for another prisoner or reason is refused.
 */
function grantUnit(grant: Grant, allowance: Allowance): WriteUnit<void> {
  return async (trx, dialect) => {
    const statements = bookingStatements(trx, dialect);
    const orders = visitingOrderStatements(trx, dialect);
    const locked = await statements.lockPrisoner(grant.prisonNumber, grant.today);
    const earlier = await orders.grantMadeWith(grant.grantedBy, grant.idempotencyKey);
    if (earlier) {
      if (earlier.prisonNumber === grant.prisonNumber && earlier.grantReason === grant.reason) return;
      throw visitRefusal(
        'IDEMPOTENCY_KEY_REUSED',
        `The idempotency key ${grant.idempotencyKey} was already used for a different grant; use a new key`,
      );
    }
    await ordersToday(orders, grant.prisonNumber, locked, grant.today, allowance);
    await orders.grant({
      ...newOrder('PRIVILEGED', grant.today),
      prisonNumber: grant.prisonNumber,
      grantedBy: grant.grantedBy,
      grantReason: grant.reason,
      idempotencyKey: grant.idempotencyKey,
    });
  };
}

/**
 * Grants a sentenced prisoner a privileged visiting order on top of their allowance, with the reason, recorded
 * with who granted it and when: prison staff, for a prisoner held in their caseload. Returns the allowance after.
 */
export async function grantPrivilegedVisitingOrder(
  dependencies: BookingDependencies,
  actor: Actor,
  input: GrantInput,
): Promise<VisitingAllowanceView> {
  const prisonNumber = requireIdentifier('prisonNumber', input.prisonNumber, 'prisonNumber');
  const reason = requireReason(input.reason);
  const idempotencyKey = requireIdempotencyKey(input.idempotencyKey, 'grant');
  const grantedBy = subjectOf(actor);
  const whereabouts = await requireVisitable(dependencies, actor, {
    prisonNumber,
    prisonCode: null,
    link: null,
  });
  if (!inCaseload(actor.caller, whereabouts.prisonCode)) throw outsideCaseload();
  if (whereabouts.status !== 'SENTENCED') {
    throw visitRefusal(
      'PRISONER_NOT_SENTENCED',
      `${prisonNumber} is on remand: visiting orders are for sentenced prisoners, and remand visits are limited by week`,
    );
  }
  const settings = prisonSettings(await dependencies.store.findPrisonSettings(whereabouts.prisonCode));
  const today = moment(dependencies).date;
  await write(
    dependencies,
    grantUnit(
      { prisonNumber, reason, idempotencyKey, grantedBy, today },
      allowanceFor(settings, whereabouts.incentiveLevel),
    ),
  );
  return allowanceOf(dependencies, prisonNumber, whereabouts);
}
