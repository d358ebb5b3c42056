import type { CrownCaseTable, CrownHearingTable } from '../store/crownCourtTables';

type Hearing = Pick<CrownHearingTable, 'type' | 'outcome' | 'startsAt'>;

/** What the Crown Court recorded about the case and hearing that made a confiscation order (pence inside). */
export interface ConfiscationCourtRecord {
  caseFound: boolean;
  likelyCaseNumber: string | null;
  courtCode: string | null;
  defendantPncId: string | null;
  orderPncKnownAsDefendant: boolean;
  caseOutcome: string | null;
  orderAmount: number | null;
  orderedOn: string | null;
  hearingStartsAt: string | null;
}

/** The order as the enforcement system keyed it, so far as finding the court's record needs it. */
export interface KeyedOrder {
  /** The Crown Court centre whose hearing made the order. */
  crownCourtCode: string;
  amountPence: number | null;
  orderedOn: string | null;
}

/**
 * The hearing that made the order: the case's confiscation hearing with a CONFISCATION_ORDER result, the one on
 * the date the court recorded when there are several.
 */
function orderHearing(crownCase: CrownCaseTable, hearings: readonly Hearing[]) {
  const made = hearings.filter(
    (hearing) => hearing.type === 'CONFISCATION' && hearing.outcome === 'CONFISCATION_ORDER',
  );
  const onTheDay = crownCase.confiscationOrderedOn
    ? made.find((hearing) => hearing.startsAt.startsWith(crownCase.confiscationOrderedOn ?? ''))
    : undefined;
  return onTheDay ?? made[made.length - 1] ?? null;
}

/**
 * The defendant's Crown Court case an order was probably meant for, when the case number keyed into it does not
 * exist at the order's centre: of the cases of the order's defendant at that centre, the one in which the court
 * made an order of the same amount on the same date; null unless there is exactly one. A case at another centre
 * is not offered: its number would name another case at the order's centre.
 */
export function likelyCaseOf(casesOfDefendant: readonly CrownCaseTable[], order: KeyedOrder): string | null {
  const matching = casesOfDefendant.filter(
    (crownCase) =>
      crownCase.courtCode === order.crownCourtCode &&
      crownCase.confiscationAmountPence === order.amountPence &&
      crownCase.confiscationOrderedOn === order.orderedOn,
  );
  return matching.length === 1 ? (matching[0]?.caseNumber ?? null) : null;
}

/** The court's record of an order's case and hearing, from the Crown Court system's rows. */
export function confiscationCourtRecord(
  crownCase: CrownCaseTable | null,
  hearings: readonly Hearing[],
  orderPncKnownAsDefendant: boolean,
  likelyCaseNumber: string | null,
): ConfiscationCourtRecord {
  if (!crownCase) {
    return {
      caseFound: false,
      likelyCaseNumber,
      courtCode: null,
      defendantPncId: null,
      orderPncKnownAsDefendant,
      caseOutcome: null,
      orderAmount: null,
      orderedOn: null,
      hearingStartsAt: null,
    };
  }
  return {
    caseFound: true,
    likelyCaseNumber: null,
    courtCode: crownCase.courtCode,
    defendantPncId: crownCase.defendantPncId,
    orderPncKnownAsDefendant,
    caseOutcome: crownCase.outcome,
    orderAmount: crownCase.confiscationAmountPence,
    orderedOn: crownCase.confiscationOrderedOn,
    hearingStartsAt: orderHearing(crownCase, hearings)?.startsAt ?? null,
  };
}
