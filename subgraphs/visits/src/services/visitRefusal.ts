import { GraphQLError } from 'graphql';

/**
 * The reasons a visit request is refused, each its own `extensions.code` so that a booking front-end can tell
 * the visitor what to do next.
 */
export type VisitRefusalCode =
  | 'OUTSIDE_BOOKING_WINDOW'
  | 'SESSION_NOT_FOUND'
  | 'SESSION_FULL'
  | 'TOO_MANY_VISITORS'
  | 'TOO_MANY_ADULTS'
  | 'LEAD_VISITOR_UNDER_AGE'
  | 'NO_VISITING_ORDER_BALANCE'
  | 'REMAND_WEEKLY_LIMIT_REACHED'
  | 'OVERLAPPING_VISIT'
  | 'PRISONER_NOT_FOUND'
  | 'PRISONER_NOT_IN_CUSTODY'
  | 'PRISONER_NOT_AT_PRISON'
  | 'PNOMIS_UNAVAILABLE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'VISIT_NOT_FOUND'
  | 'HOLD_EXPIRED'
  | 'VISIT_CANCELLED'
  | 'VISIT_ALREADY_CONFIRMED'
  | 'VISIT_ALREADY_TAKEN_PLACE'
  | 'VISIT_NOT_YET_TAKEN_PLACE'
  | 'OUTCOME_ALREADY_RECORDED'
  | 'STORE_UNAVAILABLE'
  | 'PRISONER_NOT_MATCHED'
  | 'LINK_ATTEMPTS_EXCEEDED'
  | 'LINKING_NOT_FOR_STAFF'
  | 'VISITOR_NOT_APPROVED'
  | 'VISITOR_BANNED'
  | 'VISITOR_CLOSED_VISITS_ONLY'
  | 'VISIT_DATE_BLOCKED'
  | 'PRISONER_NOT_SENTENCED';

/** A refused visit request: a clear message and its code (and any detail a client acts on); nothing was written. */
export function visitRefusal(
  code: VisitRefusalCode,
  message: string,
  detail: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...detail } });
}
