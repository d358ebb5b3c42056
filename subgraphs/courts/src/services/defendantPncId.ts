import type { CrownCaseTable } from '../store/crownCourtTables';
import type { MagistratesTransferStore } from '../store/magistratesTransferStore';

/**
 * The PNC ID of a Crown Court case's defendant, which its events carry: held by the Crown Court for a case
 * received on paper, and by the magistrates' record (through the URN, never copied) for one sent digitally.
 */
export async function defendantPncIdOf(
  crownCase: Pick<CrownCaseTable, 'urn' | 'defendantPncId'>,
  magistrates: Pick<MagistratesTransferStore, 'caseForSending'>,
): Promise<string | null> {
  if (crownCase.defendantPncId !== null || crownCase.urn === null) return crownCase.defendantPncId;
  return (await magistrates.caseForSending(crownCase.urn))?.found.defendantPncId ?? null;
}
