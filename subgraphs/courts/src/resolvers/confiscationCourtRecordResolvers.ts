import type { ConfiscationOrderResolvers } from '../generated/resolvers';
import { readPncId } from '@lib/identifiers/pncId';
import { parsePounds } from '@lib/money';
import { disclose } from '@lib/subgraph/disclosure';
import type { CourtsContext } from '../context';
import { confiscationCourtRecord, likelyCaseOf } from '../services/confiscationCourtRecord';
import { crownCaseKeyText } from '../store/crownCaseKey';

/**
 * A confiscation order as the gateway hands it to the courts: its key, and the fields `courtRecord` requires
 * from the confiscation subgraph, as they travel (Money as a decimal string).
 */
export interface OrderReference {
  accountNumber: string;
  crownCourtCaseNumber: string;
  /** The Crown Court centre whose hearing made the order: with the number, the key of the case. */
  crownCourtCode: string;
  defendantPncId?: string | null;
  orderedOn?: string | null;
  amountOrdered?: string | null;
}

/** The Crown Court case an order names, as keyed into the enforcement system. */
export function orderCaseKey(order: Pick<OrderReference, 'crownCourtCode' | 'crownCourtCaseNumber'>) {
  return {
    courtCode: order.crownCourtCode.trim().toUpperCase(),
    caseNumber: order.crownCourtCaseNumber.trim().toUpperCase(),
  };
}

async function courtRecordOf(order: OrderReference, context: CourtsContext) {
  const reading = order.defendantPncId ? readPncId(order.defendantPncId) : null;
  const pncId = reading?.valid ? reading.canonical : null;
  const key = crownCaseKeyText(orderCaseKey(order));
  const [crownCase, hearings, crownCasesOfPnc, magistratesCasesOfPnc] = await Promise.all([
    context.crownCaseByKey.load(key),
    context.crownHearingsByCase.load(key),
    pncId ? context.crownCasesByPncId.load(pncId) : [],
    pncId ? context.magistratesCasesByPncId.load(pncId) : [],
  ]);
  // A case received by digital transfer keys in no defendant particulars: they are read through its URN.
  const linked =
    crownCase && crownCase.defendantPncId === null && crownCase.urn
      ? await context.magistratesCaseByUrn.load(crownCase.urn)
      : null;
  const defendantPncId = crownCase?.defendantPncId ?? linked?.defendantPncId ?? null;
  const likely = crownCase
    ? null
    : likelyCaseOf(crownCasesOfPnc, {
        crownCourtCode: orderCaseKey(order).courtCode,
        amountPence: order.amountOrdered ? (parsePounds(order.amountOrdered) ?? null) : null,
        orderedOn: order.orderedOn ?? null,
      });
  // Recorded for the audit log: the court's defendant, and the person the order names where the courts know them.
  disclose(context, crownCase ? (defendantPncId ?? crownCase.caseNumber) : null);
  if (crownCasesOfPnc.length + magistratesCasesOfPnc.length > 0) disclose(context, pncId);
  return confiscationCourtRecord(
    crownCase && { ...crownCase, defendantPncId },
    hearings,
    crownCasesOfPnc.length + magistratesCasesOfPnc.length > 0,
    likely,
  );
}

/**
 * The courts' part of a confiscation order: the Crown Court's own record of the case and hearing that made it,
 * read from the Crown Court system (and, for the defendant, the magistrates' system) when the gateway asks.
 */
export const confiscationCourtRecordResolvers = {
  ConfiscationOrder: {
    // Nothing to look up here: courtRecord loads by case key and PNC ID, batched across the request.
    // A representation is the gateway's JSON, which no scalar parses: its Money is still the decimal string, not
    // the pence that the generated type, made for what resolvers return, says.
    __resolveReference: ((reference: OrderReference) =>
      reference) as unknown as ConfiscationOrderResolvers['__resolveReference'],
    courtRecord: (order: OrderReference, _args: unknown, context: CourtsContext) =>
      courtRecordOf(order, context),
  },
};
