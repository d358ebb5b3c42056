import type { Generated } from 'kysely';

/** A confiscation order as keyed into the enforcement system (amounts in pence). */
export interface ConfiscationOrderTable {
  accountNumber: string;
  crownCourtCaseNumber: string;
  defendantPncId: string | null;
  orderedOn: string;
  amountOrderedPence: number;
  enforcingCourtCode: string;
  timeToPayEnds: string;
}

/** A payment towards a confiscation order (amount in pence). */
export interface PaymentTable {
  paymentId: Generated<number>;
  accountNumber: string;
  paidOn: string;
  amountPence: number;
  source: 'VOLUNTARY' | 'REALISED_ASSET' | 'RECEIVERSHIP';
}

/** The confiscation store's tables. */
export interface ConfiscationTables {
  confiscationOrder: ConfiscationOrderTable;
  payment: PaymentTable;
}
