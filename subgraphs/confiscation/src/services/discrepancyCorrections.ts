import { readPncId } from '@lib/identifiers/pncId';
import { parsePounds } from '@lib/money';
import type { CorrectionAsked } from '../courts/courtsClient';
import type { ProposedFacts } from './amendmentRules';
import type { Discrepancy } from './discrepancies';
import { enforcementError } from './enforcementErrors';

const PNC_KINDS = new Set(['PNC_MALFORMED', 'PNC_OTHER_PERSON', 'PNC_MISMATCH']);

/** Whether a discrepancy is about who the order concerns. */
export function isIdentityDiscrepancy(discrepancy: { kind: string }): boolean {
  return PNC_KINDS.has(discrepancy.kind);
}

function notAllowed(discrepancy: Pick<Discrepancy, 'kind'>, resolution: string, why: string): never {
  throw enforcementError(
    'RESOLUTION_NOT_ALLOWED',
    `A ${discrepancy.kind} discrepancy cannot be resolved as ${resolution}: ${why}`,
  );
}

/** The order's facts that CORRECTED sets: the field that disagrees, to the value the court holds. */
export function correctionToCourtValue(discrepancy: Discrepancy): ProposedFacts {
  const value = discrepancy.court.value;
  if (value === null)
    return notAllowed(discrepancy, 'CORRECTED', 'the Crown Court holds no value to correct the order to');
  switch (discrepancy.kind) {
    case 'AMOUNT_MISMATCH':
      return {
        amountOrderedPence:
          parsePounds(value) ?? notAllowed(discrepancy, 'CORRECTED', `"${value}" is no amount`),
      };
    case 'DATE_MISMATCH':
      return { orderedOn: value };
    case 'CASE_UNKNOWN':
      return { crownCourtCaseNumber: value };
    case 'PNC_MALFORMED':
    case 'PNC_OTHER_PERSON':
    case 'PNC_MISMATCH': {
      const reading = readPncId(value);
      return reading.valid
        ? { defendantPncId: reading.canonical }
        : notAllowed(discrepancy, 'CORRECTED', `the court's PNC ID ${value} is not valid`);
    }
    case 'NO_ORDER_AT_COURT':
    case 'OUTCOME_NOT_CONVICTION':
      return notAllowed(
        discrepancy,
        'CORRECTED',
        'the court holds no order value to take; explain it or amend the order',
      );
  }
}

/**
 * What COURT_ERROR asks of the Crown Court: its record of the case to take the enforcement system's value. Only
 * a value the court holds in a case it has can be wrong there: the amount, the date, the defendant's PNC ID.
 */
export function courtCorrectionOf(
  discrepancy: Pick<Discrepancy, 'kind' | 'enforcement' | 'court'>,
): Omit<CorrectionAsked, 'crownCourtCode' | 'reason' | 'accountNumber' | 'requestReference'> {
  const caseNumber = discrepancy.court.record;
  const ours = discrepancy.enforcement.value;
  if (caseNumber === null || ours === null) {
    return notAllowed(
      discrepancy,
      'COURT_ERROR',
      'the Crown Court holds no case, or the order no value, to correct to',
    );
  }
  switch (discrepancy.kind) {
    case 'AMOUNT_MISMATCH':
      return { caseNumber, field: 'CONFISCATION_AMOUNT', correctValue: ours };
    case 'DATE_MISMATCH':
      return { caseNumber, field: 'CONFISCATION_ORDER_DATE', correctValue: ours };
    case 'PNC_OTHER_PERSON':
    case 'PNC_MISMATCH':
      return { caseNumber, field: 'DEFENDANT_PNC_ID', correctValue: ours };
    default:
      return notAllowed(
        discrepancy,
        'COURT_ERROR',
        "it is not a value held in the Crown Court's record of the case",
      );
  }
}
