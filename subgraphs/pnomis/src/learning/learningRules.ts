import { badUserInput, refused } from '@lib/graphql/errors';

/** Refuses an end before a start: a completion cannot precede the enrolment it completes. */
export function requireNotBefore(start: string, end: string, what: string): void {
  if (end < start) throw refused('END_BEFORE_START', `${what} (${end}) is before the start date (${start})`);
}

/** Refuses a date after today for something that has already happened. */
export function requireNotInFuture(date: string, today: string, argument: string): void {
  if (date > today) throw badUserInput(`${argument} (${date}) is in the future`, argument);
}

/** Refuses learning recorded at an establishment that has never held the learner. */
export function requireHeldAt(
  prisonsEverHeld: ReadonlySet<string>,
  prisonCode: string,
  prisonNumber: string,
): void {
  if (!prisonsEverHeld.has(prisonCode)) {
    throw refused('NOT_HELD_AT_PRISON', `${prisonNumber} has never been held at ${prisonCode}`);
  }
}

/** Refuses a course end that is neither a completion nor a withdrawal. */
export function requireEndStatus(status: string): asserts status is 'COMPLETED' | 'WITHDRAWN' {
  if (status !== 'COMPLETED' && status !== 'WITHDRAWN') {
    throw badUserInput('A course ends as COMPLETED or WITHDRAWN', 'status');
  }
}

/** Refuses a goal with no title or with an empty step. */
export function requireGoalText(title: string, steps: readonly string[]): void {
  if (!title.trim()) throw badUserInput('A goal needs a title', 'title');
  if (steps.some((step) => !step.trim())) throw badUserInput('Every step needs a title', 'steps');
}

/** Refuses a date before today for something still to come, such as a review. */
export function requireNotInPast(date: string, today: string, argument: string): void {
  if (date < today) throw badUserInput(`${argument} (${date}) is in the past`, argument);
}

/** Refuses a whole number outside its range; an absent value is allowed. */
export function requireInRange(
  value: number | null | undefined,
  [lowest, highest]: readonly [number, number],
  argument: string,
): void {
  if (value !== null && value !== undefined && (value < lowest || value > highest)) {
    throw badUserInput(`${argument} must be from ${lowest} to ${highest}, not ${value}`, argument);
  }
}

/** Refuses blank text where some is needed, and returns it trimmed. */
export function requireText(value: string, argument: string): string {
  if (!value.trim()) throw badUserInput(`${argument} must not be blank`, argument);
  return value.trim();
}
