import { GraphQLError } from 'graphql';

/** Error codes that callers can rely on in `extensions.code`. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'STORE_UNAVAILABLE';

/** A GraphQL error for input that the caller must correct; `argument` names the offending argument. */
export function badUserInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) },
  });
}

/** A GraphQL error for a request the rules refuse, with a code of its own (for example NOT_HELD_AT_PRISON). */
export function refused(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}
