import type { Kysely, Transaction } from 'kysely';

/**
 * Runs a write and what it announces in one transaction, for a store whose writes were single statements: `write`
 * makes the change through `trx`, and `announce` records its event (recordEvent) when there is one to record, for
 * instance only when a conditional write changed a row. Resolves to what `write` resolved to.
 */
export function writeAnnounced<Tables, Result>(
  db: Kysely<Tables>,
  write: (trx: Transaction<Tables>) => Promise<Result>,
  announce: (trx: Transaction<Tables>, result: Result) => Promise<unknown>,
): Promise<Result> {
  return db.transaction().execute(async (trx) => {
    const result = await write(trx);
    await announce(trx, result);
    return result;
  });
}
