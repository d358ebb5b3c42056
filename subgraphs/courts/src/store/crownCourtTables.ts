import type { Generated } from 'kysely';
import type { CrownRecordCorrectionTable } from './recordCorrectionTables';

/**
 * A case in the Crown Court system. The magistrates' history is not copied here: only the URN links to it. A case
 * received by digital transfer records no defendant particulars either (they are read through the link); cases
 * received on paper before it carry the particulars the Crown Court keyed in.
 */
export interface CrownCaseTable {
  caseNumber: string;
  urn: string | null;
  courtCode: string;
  sendingType: 'SENT_FOR_TRIAL' | 'COMMITTED_FOR_SENTENCE' | 'APPEAL';
  committingCourtCode: string | null;
  receivedOn: string;
  defendantFirstName: string | null;
  defendantLastName: string | null;
  defendantDateOfBirth: string | null;
  defendantPncId: string | null;
  defendantCroNumber: string | null;
  outcome: string | null;
  custodialSentenceMonths: number | null;
  /** A confiscation order announced at a hearing, in pence, and its date. */
  confiscationAmountPence: number | null;
  confiscationOrderedOn: string | null;
  /** The magistrates' transfer that created the case, if it came by digital transfer; unique. */
  transferId: string | null;
  /** When the digital transfer was made (null for cases received on paper). */
  receivedAt: string | null;
}

/** A hearing of a Crown Court case. */
export interface CrownHearingTable {
  hearingId: Generated<number>;
  caseNumber: string;
  courtCode: string;
  startsAt: string;
  type: string;
  outcome: string | null;
}

/** The Crown Court store's tables. */
export interface CrownCourtTables {
  crownCase: CrownCaseTable;
  crownHearing: CrownHearingTable;
  crownRecordCorrection: CrownRecordCorrectionTable;
}
