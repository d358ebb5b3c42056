import type { Kysely } from 'kysely';
import { caseFileDocuments } from '../services/caseFileDocuments';
import type { MagistratesTables } from './magistratesTables';

/** Cases given their case file per transaction, and document rows per INSERT statement. */
const CASES_PER_BATCH = 500;
const ROWS_PER_STATEMENT = 100;

/**
 * Writes the synthetic case file (see caseFileDocuments) of every magistrates' case that has none, or only of
 * those of `urns` when given, and returns the number of documents written. The seed generator writes no
 * documents, so a case's file is written the first time it is read or the case is sent; called with no URNs
 * (by a test's set-up, or a one-off job after seeding) it files every case at once. The documents are the same
 * whoever writes them and whenever: a file another process wrote meanwhile is left as it is.
 */
export async function seedCaseDocuments(
  db: Kysely<MagistratesTables>,
  urns?: readonly string[],
): Promise<number> {
  let written = 0;
  for (;;) {
    let query = db
      .selectFrom('magistratesCase')
      .selectAll()
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('caseDocument')
              .select('caseDocument.urn')
              .whereRef('caseDocument.urn', '=', 'magistratesCase.urn'),
          ),
        ),
      )
      .orderBy('urn')
      .limit(CASES_PER_BATCH);
    if (urns) {
      if (urns.length === 0) return written;
      query = query.where('urn', 'in', urns);
    }
    const cases = await query.execute();
    if (cases.length === 0) return written;
    const offences = await db
      .selectFrom('magistratesOffence')
      .selectAll()
      .where(
        'urn',
        'in',
        cases.map((row) => row.urn),
      )
      .orderBy('urn')
      .orderBy('sequence')
      .execute();
    const offencesByUrn = new Map<string, typeof offences>();
    for (const offence of offences) {
      const list = offencesByUrn.get(offence.urn);
      if (list) list.push(offence);
      else offencesByUrn.set(offence.urn, [offence]);
    }
    const documents = cases.flatMap((row) => caseFileDocuments(row, offencesByUrn.get(row.urn) ?? []));
    const inserted = await db.transaction().execute(async (trx) => {
      let count = 0;
      for (let start = 0; start < documents.length; start += ROWS_PER_STATEMENT) {
        const result = await trx
          .insertInto('caseDocument')
          .values(documents.slice(start, start + ROWS_PER_STATEMENT))
          .onConflict((conflict) => conflict.doNothing())
          .executeTakeFirst();
        count += Number(result.numInsertedOrUpdatedRows ?? 0);
      }
      return count;
    });
    written += inserted;
    // Nothing new written means another process wrote these files meanwhile: they no longer lack one.
    if (inserted === 0 || cases.length < CASES_PER_BATCH) return written;
  }
}
