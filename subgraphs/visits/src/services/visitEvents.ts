import type { JourneyEvent } from '@lib/journey/journeyEvent';
import { findPrison } from '@lib/reference/prisonRegister';
import { londonTimeToIso } from '@lib/time/londonTime';
import type { VisitTable } from '../store/visitsTables';

type Visit = Pick<
  VisitTable,
  'reference' | 'prisonCode' | 'sessionDate' | 'startTime' | 'endTime' | 'restriction' | 'status'
>;

/** The journey events the visits system contributes: one per visit, at the session's start. */
export function visitEvents(
  visits: readonly Visit[],
  visitorCount: (reference: string) => number,
): JourneyEvent[] {
  return visits.map((visit) => {
    const prison = findPrison(visit.prisonCode)?.name ?? visit.prisonCode;
    const count = visitorCount(visit.reference);
    const detail = `${visit.restriction.toLowerCase()}, ${count} visitor${count === 1 ? '' : 's'}`;
    return {
      occurredAt: londonTimeToIso(visit.sessionDate, visit.startTime),
      system: 'VISITS' as const,
      kind: 'VISIT' as const,
      reference: visit.reference,
      summary:
        visit.status === 'CANCELLED'
          ? `Visit at ${prison}, ${visit.startTime}-${visit.endTime}, cancelled`
          : `Visit at ${prison}, ${visit.startTime}-${visit.endTime} (${detail})`,
    };
  });
}
