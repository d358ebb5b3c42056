import type { Generated } from 'kysely';

/** Which part of a Crown Court case's record a correction changes, as the CrownCourtRecordField enum names it. */
export type RecordField = 'CONFISCATION_AMOUNT' | 'CONFISCATION_ORDER_DATE' | 'DEFENDANT_PNC_ID';

/** Where a correction stands, as the RecordCorrectionStatus enum names it. */
export type RecordCorrectionStatus = 'OPEN' | 'COMPLETED';

/**
 * A correction the confiscation enforcement office asked the Crown Court to make to its record of a case, and
 * its completion by Crown Court staff. Values are text as the graph gives them (amounts as exact decimals).
 */
export interface CrownRecordCorrectionTable {
  correctionId: Generated<number>;
  /** The case's key: the court code of the centre that holds it, and its number there. */
  courtCode: string;
  caseNumber: string;
  field: RecordField;
  recordedValue: string | null;
  correctValue: string;
  reason: string;
  accountNumber: string;
  requestedBy: string;
  requestedAt: string;
  /** The enforcement system's reference for the request: one correction per reference. */
  requestReference: string;
  status: RecordCorrectionStatus;
  completedBy: string | null;
  completedAt: string | null;
  completionNote: string | null;
}
