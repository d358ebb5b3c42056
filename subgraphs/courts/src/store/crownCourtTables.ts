import type { Generated } from 'kysely';
import type { CrownRecordCorrectionTable } from './recordCorrectionTables';

/**
 * A case in the Crown Court system, keyed by the court code of the centre that holds it and its case number: each
 * centre numbers its own cases (store/crownCaseNumbers.ts), so a number names a case at one centre only. The
 * magistrates' history is not copied here: only the URN links to it. A case received by digital transfer records
 * no defendant particulars either (they are read through the link); cases received on paper before it carry the
 * particulars the Crown Court keyed in.
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
  /** The names as the search by name compares them (lib/search/foldedName.ts): written with the names. */
  defendantFirstNameFolded: string | null;
  defendantLastNameFolded: string | null;
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
  /** The case's key: the court code of the centre that holds it, and its number there. */
  caseCourtCode: string;
  caseNumber: string;
  /** Where the hearing is held. */
  courtCode: string;
  startsAt: string;
  type: string;
  outcome: string | null;
}

/**
 * Where a case received by digital transfer stands in the Crown Court: RECEIVED until a clerk acknowledges it
 * (ACKNOWLEDGED); or sent back to the magistrates' court (RETURNED), or withdrawn by it before acknowledgement
 * (WITHDRAWN). A case received on paper has no row and is taken as ACKNOWLEDGED.
 */
export type CrownCaseStatus = 'RECEIVED' | 'ACKNOWLEDGED' | 'RETURNED' | 'WITHDRAWN';

/** The state of a case received by digital transfer (crown_case_state). */
export interface CrownCaseStateTable {
  courtCode: string;
  caseNumber: string;
  status: CrownCaseStatus;
  /** Why the case was returned or withdrawn. */
  reason: string | null;
  updatedAt: string;
  /**
   * When the magistrates' store recorded the return or withdrawal (the case back on its list); null while that
   * is still owed, which recovery finishes.
   */
  magistratesInformedAt: string | null;
}

/** What a change of a Crown Court case was: a state change, or a hearing listed or its outcome recorded. */
export type CrownCaseEventKind =
  'ACKNOWLEDGED' | 'RETURNED' | 'WITHDRAWN' | 'HEARING_LISTED' | 'OUTCOME_RECORDED';

/** One change of a Crown Court case, for its timeline (crown_case_event). */
export interface CrownCaseEventTable {
  eventId: Generated<number>;
  courtCode: string;
  caseNumber: string;
  kind: CrownCaseEventKind;
  occurredAt: string;
  /** The caller's subject. */
  madeBy: string | null;
  reason: string | null;
  hearingId: number | null;
}

/** The Crown Court store's tables. */
export interface CrownCourtTables {
  crownCase: CrownCaseTable;
  crownHearing: CrownHearingTable;
  crownCaseState: CrownCaseStateTable;
  crownCaseEvent: CrownCaseEventTable;
  crownRecordCorrection: CrownRecordCorrectionTable;
}
