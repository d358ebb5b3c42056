import type { EventIdentifiers } from '@lib/events/cloudEvent';
import { recordEvent, type StoreTransaction } from '@lib/events/recordEvent';
import type { CrownCaseStatus, CrownCaseTable } from './crownCourtTables';

/** The event each change of a sent case's state announces. */
const ANNOUNCED = {
  ACKNOWLEDGED: 'CASE_ACKNOWLEDGED_BY_CROWN_COURT',
  RETURNED: 'CASE_RETURNED_BY_CROWN_COURT',
  WITHDRAWN: 'CASE_SENDING_WITHDRAWN',
} as const;

type Identified = Pick<CrownCaseTable, 'caseNumber' | 'urn' | 'courtCode' | 'defendantPncId'>;

/**
 * The case by its centre's court code and Crown Court case number (its events' subject, so they keep their order)
 * and URN, if sent.
 */
const identifiersOf = (crownCase: Identified): EventIdentifiers => ({
  crownCourtCaseNumber: crownCase.caseNumber,
  crownCourtCode: crownCase.courtCode,
  pncId: crownCase.defendantPncId,
  ...(crownCase.urn === null ? {} : { urn: crownCase.urn }),
});

/**
 * Announces a change of a sent case's state (acknowledged, returned, withdrawn), in the Crown Court store's
 * transaction that makes it: the case by URN and Crown Court case number, the defendant by PNC ID, and the court;
 * never the reason given, which is free text and read through the graph.
 */
export async function recordCaseStateChange(
  trx: StoreTransaction,
  crownCase: Identified,
  to: CrownCaseStatus,
): Promise<void> {
  if (to === 'RECEIVED') return;
  await recordEvent(trx, {
    type: ANNOUNCED[to],
    identifiers: identifiersOf(crownCase),
    facts: { crownCourtCode: crownCase.courtCode },
  });
}

/** Announces a further hearing listed for a case, in the transaction that lists it. */
export async function recordHearingListed(
  trx: StoreTransaction,
  crownCase: Identified,
  hearing: { hearingId: number; type: string; startsAt: string },
): Promise<void> {
  await recordEvent(trx, {
    type: 'CROWN_COURT_HEARING_LISTED',
    identifiers: identifiersOf(crownCase),
    facts: {
      crownCourtCode: crownCase.courtCode,
      hearingId: String(hearing.hearingId),
      hearingType: hearing.type,
      startsAt: hearing.startsAt,
    },
  });
}
