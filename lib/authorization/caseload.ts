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
