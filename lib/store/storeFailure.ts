/** SQLite result codes that mean the store cannot be used right now (locked, busy, unreadable). */
const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|READONLY|FULL|CORRUPT|NOTADB)/;

/** Connection-level failures reaching a PostgreSQL server, and its "cannot connect now" SQLSTATEs. */
const POSTGRES_UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

/**
 * Failures that carry no code, only a message: a closed store (Kysely, better-sqlite3), and node-postgres's
 * connection cut under a statement, a connection that could not be made in time, or one already broken.
 */
const UNAVAILABLE_MESSAGES =
  /driver has already been destroyed|database connection is not open|^Connection terminated|timeout exceeded when trying to connect|not queryable/;

/**
 * Whether an error means the store itself is unavailable (rather than a bug or bad input): the subgraph then
 * answers STORE_UNAVAILABLE, which tells the caller which system is down and that trying later may work.
 */
export function isStoreUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (SQLITE_UNAVAILABLE.test(code) || POSTGRES_UNAVAILABLE.has(code)))
      return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    // graphql-js wraps what a resolver threw (originalError), and a thrown value it does not take for an Error
    // (one from another realm) in a NonErrorThrown (thrownValue); a driver may wrap its own cause.
    const wrapper = current as { originalError?: unknown; thrownValue?: unknown; cause?: unknown };
    current = wrapper.originalError ?? wrapper.thrownValue ?? wrapper.cause;
  }
  return false;
}
