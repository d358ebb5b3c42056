import { GraphQLError } from 'graphql';
import type { Caller } from '../auth/caller';

/** Whether a caller may see records held at a prison: callers without a caseload are not limited by prison. */
export function inCaseload(caller: Caller | null, prisonCode: string): boolean {
  return caller?.caseload == null || caller.caseload.includes(prisonCode);
}

/** The error for a record held at a prison outside the caller's caseload, as NOMIS restricts its staff. */
export function outsideCaseload(): GraphQLError {
  return new GraphQLError('This prisoner is not held at a prison in your caseload', {
    extensions: { code: 'OUTSIDE_CASELOAD' },
  });
}

/**
 * Refuses (OUTSIDE_CASELOAD) a caller limited to a caseload the records of a system that cannot tell where a
 * person is held, such as the courts or confiscation: it could not keep the caller to the caseload. Prison staff
 * hold no scope of those systems; this holds should a token with a caseload ever carry one.
 */
export function requireNoCaseload(caller: Caller | null, message: string): void {
  if (caller?.caseload != null) {
    throw new GraphQLError(message, { extensions: { code: 'OUTSIDE_CASELOAD' } });
  }
}
