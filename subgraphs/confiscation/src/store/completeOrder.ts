import { crownCourtFor } from '@lib/reference/courtRegister';
import { maximumDefaultTermMonths } from '../services/defaultSentence';
import type { ConfiscationOrderTable } from './confiscationTables';

/** A confiscation order with every field filled in. */
export type Order = {
  [Column in keyof ConfiscationOrderTable]: Column extends 'defendantPncId'
    ? string | null
    : NonNullable<ConfiscationOrderTable[Column]>;
};

/** FNV-1a: a small stable hash, so that a backfilled figure is the same on every read and every machine. */
function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Fills in, deterministically, the findings that orders keyed before migration 002 (and the seeded ones) lack:
 * - the Crown Court centre: the one that receives cases from the enforcing magistrates' court;
 * - the available amount: the amount ordered (an order is for the available amount when the benefit is larger);
 * - the benefit: the amount ordered plus 0 to 200%, drawn from a hash of the account number, in whole pence;
 * - the default term: the maximum for the amount ordered (s.35(2A)).
 * Values keyed since are kept as they are.
 */
export function completeOrder(row: ConfiscationOrderTable): Order {
  const uplift = stableHash(row.accountNumber) % 201;
  return {
    ...row,
    crownCourtCode:
      row.crownCourtCode ??
      crownCourtFor(row.enforcingCourtCode)?.code ??
      `C${row.enforcingCourtCode.slice(1)}`,
    availableAmountPence: row.availableAmountPence ?? row.amountOrderedPence,
    benefitPence: row.benefitPence ?? Math.floor((row.amountOrderedPence * (100 + uplift)) / 100),
    defaultSentenceMonths: row.defaultSentenceMonths ?? maximumDefaultTermMonths(row.amountOrderedPence),
  };
}
