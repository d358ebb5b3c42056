import { recordEvent, type StoreTransaction } from '@lib/events/recordEvent';
import type { CrownTransferTable } from './magistratesTables';

/**
 * What a completed transfer announces, recorded in the transaction that completes it (the commit point: before it
 * the case is not sent, after it, it is): the case sent to the Crown Court, and its first Crown Court hearing,
 * which the transfer listed. Both name the case by URN and by its centre's court code and Crown Court case number,
 * and the defendant by PNC ID.
 */
export async function recordTransferEvents(
  trx: StoreTransaction,
  transfer: CrownTransferTable,
  crownCourtCaseNumber: string,
  pncId: string | null,
): Promise<void> {
  const identifiers = {
    urn: transfer.urn,
    crownCourtCaseNumber,
    crownCourtCode: transfer.crownCourtCode,
    pncId,
  };
  await recordEvent(trx, {
    type: 'CASE_SENT_TO_CROWN_COURT',
    identifiers,
    facts: {
      sendingType: transfer.sendingType,
      committingCourtCode: transfer.committingCourtCode,
      crownCourtCode: transfer.crownCourtCode,
    },
  });
  await recordEvent(trx, {
    type: 'CROWN_COURT_FIRST_HEARING_LISTED',
    identifiers,
    facts: { crownCourtCode: transfer.crownCourtCode, hearingOn: transfer.firstHearingOn },
  });
}
