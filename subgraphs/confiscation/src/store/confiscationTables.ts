import type { Generated, Selectable } from 'kysely';
import type { DiscrepancyResolutionTable, OrderAmendmentTable } from './workflowTables';

/**
 * A confiscation order as keyed into the enforcement system (amounts in pence), with the court's findings: the
 * Crown Court that made it, the benefit and available amount, and the term in default. Served as stored.
 */
export interface ConfiscationOrderTable {
  accountNumber: string;
  crownCourtCaseNumber: string;
  defendantPncId: string | null;
  orderedOn: string;
  amountOrderedPence: number;
  enforcingCourtCode: string;
  timeToPayEnds: string;
  crownCourtCode: string;
  benefitPence: number;
  /** At most the benefit; the amount ordered is the available amount when the benefit is larger. */
  availableAmountPence: number;
  defaultSentenceMonths: number;
  /** The key of the request that recorded the order through the graph; null for orders loaded in bulk. */
  idempotencyKey: string | null;
  /** Who recorded the order through the graph (the caller's subject); null for orders loaded in bulk. */
  recordedBy: string | null;
  /** When it was recorded through the graph; null for orders loaded in bulk. */
  recordedAt: string | null;
}

/** A confiscation order as the store returns it. */
export type Order = Selectable<ConfiscationOrderTable>;

/** Where a payment came from, as the PaymentSource enum names it. */
export type PaymentSource = 'VOLUNTARY' | 'REALISED_ASSET' | 'RECEIVERSHIP';

/** A payment towards a confiscation order (amount in pence). */
export interface PaymentTable {
  paymentId: Generated<number>;
  accountNumber: string;
  paidOn: string;
  amountPence: number;
  source: PaymentSource;
  /** The caller's key for the request that recorded it; null for payments loaded in bulk. */
  idempotencyKey: string | null;
  /** When it was recorded through the graph; null for payments loaded in bulk. */
  recordedAt: string | null;
  /**
   * For a reversing entry: the payment it reverses (the entry's amount is the negative of that payment's, dated
   * the same day, so the ledger reads as if the payment had never been made); null for a payment.
   */
  reversesPaymentId: number | null;
  /** Why a reversing entry was made; null for a payment. */
  reason: string | null;
  /** Who recorded the entry through the graph (the caller's subject); null for entries loaded in bulk. */
  recordedBy: string | null;
}

/** The kinds of enforcement action, as the EnforcementActionKind enum names them. */
export type EnforcementActionKind =
  | 'PAYMENT_REMINDER'
  | 'ENFORCEMENT_HEARING'
  | 'DEFAULT_WARRANT'
  | 'DEFAULT_TERM_SERVED'
  | 'ASSET_REALISATION'
  | 'RECEIVERSHIP'
  | 'VARIATION'
  | 'WRITE_OFF';

/** How an enforcement action turned out, as the EnforcementOutcome enum names it. */
export type EnforcementOutcome = 'PENDING' | 'SUCCEEDED' | 'FAILED' | 'WITHDRAWN';

/** An enforcement action taken on a confiscation order. */
export interface EnforcementActionTable {
  actionId: Generated<number>;
  accountNumber: string;
  kind: EnforcementActionKind;
  takenOn: string;
  outcome: EnforcementOutcome;
  /** For a variation, the amount due from `takenOn`, in pence. */
  newAmountPence: number | null;
  notes: string | null;
  idempotencyKey: string | null;
  recordedAt: string;
  /** The date by which a pending action should have a result; past it, the action is overdue. */
  dueOn: string | null;
  /** The date the result came about, once it is known. */
  outcomeOn: string | null;
  /** Who recorded the result through the graph, when it was recorded after the action. */
  outcomeRecordedBy: string | null;
  /** The officer's notes on the result. */
  outcomeNotes: string | null;
  /** The key of the request that recorded the result, so that a retried request records it once. */
  outcomeIdempotencyKey: string | null;
}

/** The counter of an account number series: the next serial to try. */
export interface AccountNumberSeriesTable {
  series: string;
  nextSerial: number;
}

/** The confiscation store's tables. */
export interface ConfiscationTables {
  accountNumberSeries: AccountNumberSeriesTable;
  confiscationOrder: ConfiscationOrderTable;
  payment: PaymentTable;
  enforcementAction: EnforcementActionTable;
  orderAmendment: OrderAmendmentTable;
  discrepancyResolution: DiscrepancyResolutionTable;
}
