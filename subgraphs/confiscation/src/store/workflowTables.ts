import type { Generated } from 'kysely';

/** Why an order was amended: an amendment keyed by an investigator, or the result of resolving a discrepancy. */
export type AmendmentCause = 'AMENDMENT' | 'DISCREPANCY_CORRECTED' | 'DEFENDANT_CONFIRMED';

/** One field an amendment changed, its values as text (amounts in pence). */
export interface FieldChange {
  field: AmendableField;
  from: string | null;
  to: string | null;
}

/** The order's facts that can be amended through the graph, as named on ConfiscationOrderTable. */
export type AmendableField =
  | 'amountOrderedPence'
  | 'orderedOn'
  | 'timeToPayEnds'
  | 'crownCourtCaseNumber'
  | 'crownCourtCode'
  | 'defendantPncId'
  | 'benefitPence'
  | 'availableAmountPence'
  | 'defaultSentenceMonths';

/** An amendment of an order's facts: who made it, when, why, and what it changed (JSON list of FieldChange). */
export interface OrderAmendmentTable {
  amendmentId: Generated<number>;
  accountNumber: string;
  cause: AmendmentCause;
  changes: string;
  reason: string;
  amendedBy: string;
  amendedAt: string;
  /** The key of an amendment request; null when it was made by resolving a discrepancy (the resolution has it). */
  idempotencyKey: string | null;
}

/** How an investigator resolved a discrepancy, as the DiscrepancyResolutionKind enum names it. */
export type ResolutionKind = 'CORRECTED' | 'COURT_ERROR' | 'EXPLAINED';

/**
 * A discrepancy resolved, with the two values it was about when it was resolved: an explanation, or a court's
 * correction pending, covers exactly those values, so that a later change on either side opens it again.
 */
export interface DiscrepancyResolutionTable {
  resolutionId: Generated<number>;
  accountNumber: string;
  kind: string;
  field: string;
  enforcementValue: string | null;
  courtValue: string | null;
  /** The Crown Court case the court's value is held in, if any. */
  courtRecord: string | null;
  /** The Crown Court centre the order named when it was resolved: the case it is about is the number there. */
  crownCourtCode: string;
  resolution: ResolutionKind;
  reason: string;
  resolvedBy: string;
  resolvedAt: string;
  /** For CORRECTED: the amendment that set the order to the court's value. */
  amendmentId: number | null;
  /** For COURT_ERROR: the Crown Court's correction task, once the Crown Court system has taken it. */
  courtCorrectionId: string | null;
  idempotencyKey: string;
}
