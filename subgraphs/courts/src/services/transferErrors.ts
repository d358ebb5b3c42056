import { GraphQLError } from 'graphql';

/** The codes a refused or failed transfer carries in `extensions.code`, one per reason. */
export type TransferErrorCode =
  | 'CASE_NOT_FOUND'
  | 'UNKNOWN_COURT'
  | 'NOT_A_CROWN_COURT'
  | 'SUMMARY_ONLY_CASE'
  | 'NOT_CONVICTED'
  | 'ALREADY_SENT'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'TRANSFER_NOT_SENT'
  | 'TRANSFER_PENDING';

/** A refusal of a transfer, or the news that it failed: the code says which, the message says why. */
export function transferError(
  code: TransferErrorCode,
  message: string,
  details: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}
