import { readPncId } from '@lib/identifiers/pncId';
import { displayPence, formatPence, parsePounds } from '@lib/money';
import { londonDateOf } from '@lib/time/londonTime';

/**
 * What the Crown Court recorded about the case and hearing that made an order, as the courts subgraph
 * contributes it (ConfiscationCourtRecord): values arrive as they travel in GraphQL (Money as a decimal string).
 */
export interface CourtRecord {
  caseFound: boolean;
  likelyCaseNumber: string | null;
  courtCode: string | null;
  defendantPncId: string | null;
  orderPncKnownAsDefendant: boolean;
  caseOutcome: string | null;
  orderAmount: string | null;
  orderedOn: string | null;
  hearingStartsAt: string | null;
}

/** The order's side of the comparison. */
export interface OrderFacts {
  accountNumber: string;
  crownCourtCaseNumber: string;
  defendantPncId: string | null;
  orderedOn: string;
  amountOrderedPence: number;
}

/** The kinds of discrepancy, as the ConfiscationDiscrepancyKind enum names them. */
export type DiscrepancyKind =
  | 'CASE_UNKNOWN'
  | 'NO_ORDER_AT_COURT'
  | 'OUTCOME_NOT_CONVICTION'
  | 'AMOUNT_MISMATCH'
  | 'DATE_MISMATCH'
  | 'PNC_MALFORMED'
  | 'PNC_OTHER_PERSON'
  | 'PNC_MISMATCH';

/** A value as one system holds it. */
export interface HeldValue {
  system: 'CONFISCATION' | 'CROWN_COURT';
  record: string | null;
  value: string | null;
}

/** One difference between an order and the court's record. */
export interface Discrepancy {
  kind: DiscrepancyKind;
  field: string;
  enforcement: HeldValue;
  court: HeldValue;
  description: string;
}

/** Results that follow a conviction: only after one can a confiscation order be made (POCA 2002 s.6). */
const CONVICTION_OUTCOMES = new Set([
  'CUSTODY',
  'COMMUNITY_ORDER',
  'FINE',
  'DISCHARGE',
  'CONFISCATION_ORDER',
]);

/** A PNC ID in its canonical long form when valid, for comparing the short and long forms alike. */
function canonicalPnc(pncId: string | null): string | null {
  if (pncId === null) return null;
  const reading = readPncId(pncId);
  return reading.valid ? reading.canonical : pncId;
}

/** The date the court made the order: the date it recorded, or else the (London) date of the hearing. */
function courtOrderDate(record: CourtRecord): string | null {
  if (record.orderedOn) return record.orderedOn;
  return record.hearingStartsAt ? londonDateOf(record.hearingStartsAt) : null;
}

/**
 * Compares an order with the Crown Court's record of the case and hearing that made it: the PNC ID's own
 * validity, the case's existence, whether the court recorded an order at all, the amount, the date, the case's
 * outcome, and whether the defendant is the same person. Each discrepancy names both values and which system
 * holds which; a malformed PNC ID is reported as that alone, not also as a different person.
 */
export function discrepanciesOf(order: OrderFacts, record: CourtRecord): Discrepancy[] {
  const found: Discrepancy[] = [];
  const caseNumber = record.caseFound ? order.crownCourtCaseNumber : null;
  const add = (
    kind: DiscrepancyKind,
    field: string,
    ours: string | null,
    theirs: string | null,
    description: string,
    courtRecord: string | null = caseNumber,
  ) =>
    found.push({
      kind,
      field,
      enforcement: { system: 'CONFISCATION', record: order.accountNumber, value: ours },
      court: { system: 'CROWN_COURT', record: courtRecord, value: theirs },
      description,
    });
  const courtPnc = record.caseFound ? record.defendantPncId : null;
  const malformed = order.defendantPncId !== null && !readPncId(order.defendantPncId).valid;
  if (malformed) {
    add(
      'PNC_MALFORMED',
      'defendantPncId',
      order.defendantPncId,
      courtPnc,
      `The PNC ID ${order.defendantPncId} on order ${order.accountNumber} fails its format or check character`,
    );
  }
  if (!record.caseFound) {
    add(
      'CASE_UNKNOWN',
      'crownCourtCaseNumber',
      order.crownCourtCaseNumber,
      record.likelyCaseNumber,
      `The Crown Court has no case ${order.crownCourtCaseNumber}` +
        (record.likelyCaseNumber
          ? `; the defendant's order looks to be in case ${record.likelyCaseNumber}`
          : ''),
      record.likelyCaseNumber,
    );
    return found;
  }
  const courtDate = courtOrderDate(record);
  const courtPence = record.orderAmount === null ? undefined : parsePounds(record.orderAmount);
  if (courtPence === undefined && courtDate === null) {
    add(
      'NO_ORDER_AT_COURT',
      'orderedOn',
      order.orderedOn,
      null,
      `The Crown Court recorded no confiscation order in case ${order.crownCourtCaseNumber}`,
    );
  } else {
    if (courtPence !== order.amountOrderedPence) {
      add(
        'AMOUNT_MISMATCH',
        'amountOrdered',
        formatPence(order.amountOrderedPence),
        courtPence === undefined ? null : formatPence(courtPence),
        `The order is for ${displayPence(order.amountOrderedPence)}; the court recorded ${courtPence === undefined ? 'no amount' : displayPence(courtPence)}`,
      );
    }
    if (courtDate !== order.orderedOn) {
      add(
        'DATE_MISMATCH',
        'orderedOn',
        order.orderedOn,
        courtDate,
        `The order is dated ${order.orderedOn}; the court made it on ${courtDate ?? 'an unrecorded date'}`,
      );
    }
  }
  if (!record.caseOutcome || !CONVICTION_OUTCOMES.has(record.caseOutcome)) {
    add(
      'OUTCOME_NOT_CONVICTION',
      'crownCourtCaseNumber',
      order.crownCourtCaseNumber,
      record.caseOutcome,
      `Case ${order.crownCourtCaseNumber} has ${record.caseOutcome ? `the result ${record.caseOutcome}` : 'no result'}, not a conviction`,
    );
  }
  if (!malformed && canonicalPnc(order.defendantPncId) !== canonicalPnc(courtPnc)) {
    const other = order.defendantPncId !== null && record.orderPncKnownAsDefendant;
    add(
      other ? 'PNC_OTHER_PERSON' : 'PNC_MISMATCH',
      'defendantPncId',
      order.defendantPncId,
      courtPnc,
      other
        ? `The order names ${order.defendantPncId}, another defendant known to the courts; the court's defendant is ${courtPnc ?? 'without a PNC ID'}`
        : `The order names ${order.defendantPncId ?? 'no PNC ID'}; the court's defendant is ${courtPnc ?? 'without a PNC ID'}`,
    );
  }
  return found;
}
