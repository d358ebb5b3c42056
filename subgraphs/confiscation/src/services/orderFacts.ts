import { badUserInput } from '@lib/graphql/errors';
import { requireIdentifier, requirePncId } from '@lib/identifiers/requireIdentifier';
import { maximumDefaultTermMonths } from '@lib/reference/defaultTerms';
import { addMonths } from '@lib/time/londonTime';
import type { Order } from '../store/confiscationTables';
import type { AmendableField } from '../store/workflowTables';
import { checkDefaultTerm, checkFindings } from './amendmentRules';
import { requireCourtOf } from './courtChecks';
import { enforcementError } from './enforcementErrors';
import { requireNotFuture, requirePositive } from './enforcementInput';

/** A confiscation order to record, as the mutation's input reads it (amounts in pence). */
export interface OrderRequest {
  crownCourtCaseNumber: string;
  crownCourtCode: string;
  defendantPncId: string;
  orderedOn: string;
  benefitPence: number;
  availableAmountPence: number;
  amountOrderedPence: number;
  timeToPayEnds: string;
  defaultSentenceMonths?: number | null;
  enforcingCourtCode: string;
  idempotencyKey: string;
}

/** The facts of an order as the court made it, in their stored forms: all an order holds but its account. */
export type OrderAsMade = Pick<Order, AmendableField | 'enforcingCourtCode'>;

/** The longest time to pay a court may allow when it makes the order (Proceeds of Crime Act 2002 s.11(3)). */
const TIME_TO_PAY_MONTHS = 3;

function checkTimeToPay(orderedOn: string, timeToPayEnds: string): void {
  if (timeToPayEnds < orderedOn) {
    throw badUserInput(
      `The time to pay cannot end (${timeToPayEnds}) before the order was made (${orderedOn})`,
      'timeToPayEnds',
    );
  }
  const latest = addMonths(orderedOn, TIME_TO_PAY_MONTHS);
  if (timeToPayEnds > latest) {
    throw enforcementError(
      'TIME_TO_PAY_TOO_LONG',
      `A court making an order on ${orderedOn} may allow time to pay until ${latest} at most (${TIME_TO_PAY_MONTHS} months); an extension is an amendment`,
      { latest },
    );
  }
}

/**
 * The order a request records, checked as the court's order must be: identifiers and court codes in their real
 * forms (the PNC ID's check character included), a Crown Court that makes it and a magistrates' court that
 * enforces it, a date not in the future, findings that fit the amount (at most the benefit and at most the
 * available amount), a time to pay the law allows, and a default term in the amount's statutory band: the band's
 * maximum when the request leaves it out. Input errors (BAD_USER_INPUT) come before the rules' own codes.
 */
export function orderFacts(request: OrderRequest, today: string): OrderAsMade {
  const facts: OrderAsMade = {
    crownCourtCaseNumber: requireIdentifier(
      'crownCourtCaseNumber',
      request.crownCourtCaseNumber,
      'crownCourtCaseNumber',
    ),
    defendantPncId: requirePncId(request.defendantPncId, 'defendantPncId'),
    crownCourtCode: requireIdentifier('courtCode', request.crownCourtCode, 'crownCourtCode'),
    enforcingCourtCode: requireIdentifier('courtCode', request.enforcingCourtCode, 'enforcingCourtCode'),
    orderedOn: request.orderedOn,
    timeToPayEnds: request.timeToPayEnds,
    amountOrderedPence: request.amountOrderedPence,
    benefitPence: request.benefitPence,
    availableAmountPence: request.availableAmountPence,
    defaultSentenceMonths:
      request.defaultSentenceMonths ?? maximumDefaultTermMonths(request.amountOrderedPence),
  };
  requireNotFuture(facts.orderedOn, today, 'orderedOn');
  for (const field of ['benefitPence', 'availableAmountPence'] as const) {
    if (facts[field] < 0) throw badUserInput(`${field.replace('Pence', '')} cannot be negative`, field);
  }
  requireCourtOf('CROWN', facts.crownCourtCode, 'crownCourtCode');
  requireCourtOf('MAGISTRATES', facts.enforcingCourtCode, 'enforcingCourtCode');
  requirePositive(facts.amountOrderedPence, 'The amount ordered');
  checkFindings(facts);
  checkDefaultTerm(facts);
  checkTimeToPay(facts.orderedOn, facts.timeToPayEnds);
  return facts;
}
