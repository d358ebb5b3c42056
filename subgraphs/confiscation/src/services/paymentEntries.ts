/** The part of a ledger entry that says whether it is a payment or the reversal of one. */
interface Entry {
  paymentId: number;
  reversesPaymentId: number | null;
}

/**
 * The payments that stand: neither reversed nor a reversing entry. The balance needs no filtering (a payment and
 * its reversal add up to nothing on the same day), but who paid in a year does: a reversed payment was never
 * made by the person the order is against.
 */
export function standingPayments<Payment extends Entry>(entries: readonly Payment[]): Payment[] {
  const reversed = new Set(
    entries.flatMap((entry) => (entry.reversesPaymentId === null ? [] : [entry.reversesPaymentId])),
  );
  return entries.filter((entry) => entry.reversesPaymentId === null && !reversed.has(entry.paymentId));
}
