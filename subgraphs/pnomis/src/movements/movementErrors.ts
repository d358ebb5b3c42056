import { GraphQLError } from 'graphql';

/** The codes, in `extensions.code`, with which the movement mutations refuse a request the rules do not allow. */
export type MovementErrorCode =
  | 'UNKNOWN_PRISON'
  | 'UNKNOWN_COURT'
  | 'SAME_PRISON'
  | 'DATE_IN_FUTURE'
  | 'MOVEMENT_OUT_OF_ORDER'
  | 'PRISONER_NOT_FOUND'
  | 'PRISONER_ALREADY_IN_CUSTODY'
  | 'PRISONER_NOT_IN_CUSTODY'
  | 'PRISONER_NOT_AT_PRISON'
  | 'PNC_ID_ALREADY_RECORDED'
  | 'CRO_NUMBER_ALREADY_RECORDED'
  | 'PERSON_ALREADY_RECORDED'
  | 'RELEASE_REASON_NOT_ALLOWED'
  | 'IDEMPOTENCY_KEY_REUSED';

/**
 * A refusal the clerk can act on: a code, a message saying what is wrong, the argument to correct if one is, and
 * any record it names (`prisonNumber`).
 */
export function movementError(
  code: MovementErrorCode,
  message: string,
  argument?: string,
  names: { prisonNumber?: string } = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(argument ? { argument } : {}), ...names } });
}
