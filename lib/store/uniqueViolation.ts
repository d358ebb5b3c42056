/** Whether a store error is a unique-constraint violation (SQLite or PostgreSQL). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Runs a transaction again when it lost a race on a unique key: on PostgreSQL two writers at once may both find a
 * key free (a new person's PNC ID, a request's idempotency key, the next booking id) and the second to insert it
 * is undone. Run again, it reads what the first committed, and answers from that: the first's result for a
 * repeated request, or a refusal. SQLite runs one write transaction at a time, so there it never loses such a race.
 */
export async function retryOnUniqueViolation<Result>(
  run: () => Promise<Result>,
  attempts = 5,
): Promise<Result> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isUniqueViolation(error)) throw error;
    }
  }
}
