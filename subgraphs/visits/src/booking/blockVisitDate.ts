import { inCaseload, outsideCaseload } from '@lib/authorization/caseload';
import { badUserInput } from '@lib/graphql/errors';
import { recordEvent } from '@lib/events/recordEvent';
import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import { isoDayOfWeek } from '@lib/time/londonTime';
import { bookingStatements } from '../store/bookingStatements';
import type { WriteUnit } from '../store/storeWriter';
import type { BlockedVisitDateTable } from '../store/visitsTables';
import { type Actor, type BookingDependencies, moment, subjectOf, write } from './bookingDependencies';
import { requireReason } from '@lib/graphql/requireReason';
import { visitEvent } from './visitAnnouncements';

/** What staff send to close a prison's visits for a day. */
export interface BlockVisitDateInput {
  prisonCode: string;
  date: string;
  reason: string;
}

/**
 * The write of a closed day: every session of the prison that day is locked first, as a booking locks its
 * session, so that a booking in flight either commits before (and is among the visits to rearrange) or finds
 * the day closed. Closing a closed day again returns it as first closed.
 */
function blockUnit(
  block: BlockedVisitDateTable,
  sessionTemplateIds: readonly number[],
): WriteUnit<BlockedVisitDateTable> {
  return async (trx, dialect) => {
    const statements = bookingStatements(trx, dialect);
    for (const id of sessionTemplateIds) await statements.lockSlot(id, block.blockedOn, block.prisonCode);
    const inserted = await trx
      .insertInto('blockedVisitDate')
      .values(block)
      .onConflict((conflict) => conflict.columns(['prisonCode', 'blockedOn']).doNothing())
      .executeTakeFirst();
    // Each visit booked for the day is announced once, when the day is first closed.
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) {
      const toRearrange = await trx
        .selectFrom('visit')
        .select(['reference', 'prisonNumber', 'prisonCode', 'sessionDate', 'startTime'])
        .where('prisonCode', '=', block.prisonCode)
        .where('sessionDate', '=', block.blockedOn)
        .where('status', '=', 'BOOKED')
        .orderBy('reference')
        .execute();
      for (const visit of toRearrange) await recordEvent(trx, visitEvent('VISIT_TO_BE_REARRANGED', visit));
    }
    return trx
      .selectFrom('blockedVisitDate')
      .selectAll()
      .where('prisonCode', '=', block.prisonCode)
      .where('blockedOn', '=', block.blockedOn)
      .executeTakeFirstOrThrow();
  };
}

/**
 * Closes a prison's visits on a date, today or later, with the reason: no booking or reservation is taken for it
 * from then on (VISIT_DATE_BLOCKED), and the visits already booked are listed for staff to rearrange and announced
 * (VISIT_TO_BE_REARRANGED, to the agencies subscribed). Prison
 * staff only, at a prison of their caseload.
 */
export async function blockVisitDate(
  dependencies: BookingDependencies,
  actor: Actor,
  input: BlockVisitDateInput,
): Promise<BlockedVisitDateTable> {
  const prisonCode = requireIdentifier('prisonCode', input.prisonCode, 'prisonCode');
  const reason = requireReason(input.reason);
  const at = moment(dependencies);
  if (input.date < at.date)
    throw badUserInput(`${input.date} has passed: only today or later can be closed`, 'date');
  if (!inCaseload(actor.caller, prisonCode)) throw outsideCaseload();
  const templates = await dependencies.store.findSessionTemplates(prisonCode, input.date, input.date);
  const block = { prisonCode, blockedOn: input.date, reason, blockedBy: subjectOf(actor), blockedAt: at.iso };
  return write(
    dependencies,
    blockUnit(
      block,
      templates
        .filter((template) => template.dayOfWeek === isoDayOfWeek(input.date))
        .map((template) => template.sessionTemplateId)
        .sort((a, b) => a - b),
    ),
  );
}
