import { GraphQLError } from 'graphql';

/** The codes, in `extensions.code`, with which the enforcement mutations refuse a request. */
export type EnforcementErrorCode =
  | 'NOT_FOUND'
  | 'AMOUNT_NOT_POSITIVE'
  | 'PAYMENT_EXCEEDS_BALANCE'
  | 'ORDER_CLOSED'
  | 'VARIATION_BELOW_PAID'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'NOTHING_TO_AMEND'
  | 'FINDINGS_INCONSISTENT'
  | 'DEFAULT_TERM_OUT_OF_BAND'
  | 'LEDGER_BEFORE_ORDER'
  | 'AMENDMENT_OVERPAYS'
  | 'ALREADY_REVERSED'
  | 'REVERSAL_OF_REVERSAL'
  | 'OUTCOME_ALREADY_FINAL'
  | 'OUTCOME_NOT_ALLOWED'
  | 'DISCREPANCY_NOT_FOUND'
  | 'DISCREPANCY_ALREADY_RESOLVED'
  | 'RESOLUTION_NOT_ALLOWED'
  | 'NO_PROBABLE_DEFENDANT'
  | 'NOT_THE_PROBABLE_DEFENDANT'
  | 'COURTS_UNAVAILABLE'
  | 'UNKNOWN_COURT'
  | 'NOT_A_CROWN_COURT'
  | 'NOT_A_MAGISTRATES_COURT'
  | 'TIME_TO_PAY_TOO_LONG'
  | 'ORDER_ALREADY_RECORDED';

/** A refusal the caller can act on: a domain code, a message saying what is wrong, and any figures behind it. */
export function enforcementError(
  code: EnforcementErrorCode,
  message: string,
  details: Record<string, string> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}
