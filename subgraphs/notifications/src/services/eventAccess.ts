import { GraphQLError } from 'graphql';
import type { Caller } from '@lib/auth/caller';
import { eventTypesAllowedBy, type EventTypeName } from '@lib/events/eventCatalogue';
import { badUserInput } from '@lib/graphql/errors';
import type { EventFilter } from '../store/eventLogStore';

/**
 * The event types a caller asks for, checked against their scopes: each must be one they read (a type of
 * custody events needs custody:read); none asked means all they read. Refused with EVENT_TYPE_NOT_ALLOWED.
 */
export function allowedTypes(
  caller: Caller,
  asked: readonly EventTypeName[] | null | undefined,
): EventTypeName[] {
  const allowed = eventTypesAllowedBy(caller.scopes);
  if (!asked) return allowed;
  const refused = asked.filter((type) => !allowed.includes(type));
  if (refused.length > 0) {
    throw new GraphQLError(`Your scopes do not read events of type ${refused.join(', ')}`, {
      extensions: { code: 'EVENT_TYPE_NOT_ALLOWED', argument: 'types', refused },
    });
  }
  return [...new Set(asked)];
}

/** What the caller may see of the log: the types, and their caseload's prisons if they have one. */
export function filterFor(caller: Caller, types: readonly EventTypeName[]): EventFilter {
  return { types, caseload: caller.caseload };
}

/** A feed cursor: the place of an event in the log, as a string of digits. */
export function readCursor(input: string | null | undefined, argument: string): number {
  if (input === null || input === undefined) return 0;
  if (!/^\d{1,15}$/.test(input)) throw badUserInput(`${argument} must be a cursor from the feed`, argument);
  return Number(input);
}

/** A count asked for, within bounds. */
export function readCount(
  input: number | null | undefined,
  fallback: number,
  max: number,
  argument: string,
): number {
  const value = input ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw badUserInput(`${argument} must be from 1 to ${max}`, argument);
  }
  return value;
}
