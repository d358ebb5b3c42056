import { GraphQLError } from 'graphql';

/** The codes, in `extensions.code`, with which the enforcement mutations refuse a request. */
export type EnforcementErrorCode =
  | 'NOT_FOUND'
  | 'AMOUNT_NOT_POSITIVE'
  | 'PAYMENT_EXCEEDS_BALANCE'
  | 'ORDER_CLOSED'
  | 'VARIATION_BELOW_PAID'
  | 'IDEMPOTENCY_KEY_REUSED';

/** A refusal the caller can act on: a domain code, a message saying what is wrong, and any figures behind it. */
export function enforcementError(
  code: EnforcementErrorCode,
  message: string,
  details: Record<string, string> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}
