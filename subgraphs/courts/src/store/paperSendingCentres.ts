import type { Kysely } from 'kysely';
import type { CrownCourtTables } from './crownCourtTables';
import type { MagistratesTables } from './magistratesTables';

/** Sent cases read per batch. */
const BATCH = 500;

/**
 * Completes magistrates' migration 007 for cases sent on paper, which have no transfer to take the Crown Court
 * centre from: each takes the court code of the Crown Court case that records its URN and the number it was sent
 * to, as the Crown Court system holds it. Numbers were unique nationally when these cases were sent, and the URN
 * tells a later case of the same number at another centre apart. Runs at start-up, before anything is served; a
 * no-op once every sent case has its centre (a store seeded since has all of them), and a case whose Crown Court
 * record is missing is left as it is. Returns how many cases took their centre.
 */
export async function recordPaperSendingCentres(
  magistrates: Kysely<MagistratesTables>,
  crown: Kysely<CrownCourtTables>,
): Promise<number> {
  let recorded = 0;
  let after = '';
  for (;;) {
    const sent = await magistrates
      .selectFrom('magistratesCase')
      .select(['urn', 'sentToCrownCaseNumber'])
      .where('sentToCrownCaseNumber', 'is not', null)
      .where('sentToCrownCourtCode', 'is', null)
      .where('urn', '>', after)
      .orderBy('urn')
      .limit(BATCH)
      .execute();
    if (sent.length === 0) return recorded;
    after = sent[sent.length - 1]?.urn ?? after;
    const held = await crown
      .selectFrom('crownCase')
      .select(['urn', 'caseNumber', 'courtCode'])
      .where(
        'urn',
        'in',
        sent.map((row) => row.urn),
      )
      .execute();
    for (const row of sent) {
      const crownCase = held.find(
        (candidate) => candidate.urn === row.urn && candidate.caseNumber === row.sentToCrownCaseNumber,
      );
      if (!crownCase) continue;
      await magistrates
        .updateTable('magistratesCase')
        .set({ sentToCrownCourtCode: crownCase.courtCode })
        .where('urn', '=', row.urn)
        .where('sentToCrownCaseNumber', '=', crownCase.caseNumber)
        .where('sentToCrownCourtCode', 'is', null)
        .execute();
      recorded += 1;
    }
  }
}
