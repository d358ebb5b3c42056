import { GraphQLError } from 'graphql';

/** The codes a refused answer to a sending, or a refused listing, carries in `extensions.code`. */
export type ResponseErrorCode =
  | 'CASE_NOT_FOUND'
  | 'NOT_SENT'
  | 'NOT_FROM_MAGISTRATES'
  | 'NOT_ACKNOWLEDGED'
  | 'ALREADY_ACKNOWLEDGED'
  | 'CASE_RETURNED'
  | 'CASE_WITHDRAWN'
  | 'HEARING_NOT_FOUND'
  | 'HEARING_NOT_YET_HELD'
  | 'OUTCOME_ALREADY_RECORDED';

/** A refusal of a change to a Crown Court case: the code says which, the message says why. */
export function responseError(
  code: ResponseErrorCode,
  message: string,
  details: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}
