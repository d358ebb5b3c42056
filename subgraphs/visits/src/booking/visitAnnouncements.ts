import type { EventToRecord } from '@lib/events/recordEvent';
import type { VisitTable } from '../store/visitsTables';

/**
 * What a change to a visit announces: the visit by reference, the prisoner by prison number, the prison (so that
 * only prison staff whose caseload holds it are told), and when the visit is; never the visitors.
 */
export function visitEvent(
  type: 'VISIT_BOOKED' | 'VISIT_CANCELLED' | 'VISIT_TO_BE_REARRANGED',
  visit: Pick<VisitTable, 'reference' | 'prisonNumber' | 'prisonCode' | 'sessionDate' | 'startTime'>,
): EventToRecord {
  return {
    type,
    identifiers: { visitReference: visit.reference, prisonNumber: visit.prisonNumber },
    establishmentCode: visit.prisonCode,
    facts: { sessionDate: visit.sessionDate, startTime: visit.startTime },
  };
}
