import { type Kysely, PostgresAdapter, type Transaction } from 'kysely';
import { fixedStatement } from '@lib/store/fixedStatement';
import { type CaseNumberSeries, caseNumberSeries, nextCaseNumber } from './crownCaseNumbers';
import type { CrownCaseTable, CrownCourtTables } from './crownCourtTables';
import { foldedDefendantNames } from './foldedDefendantNames';

/** A case to number: its columns but the number, and the folded names, which numbering writes from the names. */
export type CaseToNumber = Omit<
  CrownCaseTable,
  'caseNumber' | 'defendantFirstNameFolded' | 'defendantLastNameFolded'
>;

/** Races lost for a case number before giving up: each one means another case of the centre was just numbered. */
const MAX_NUMBERING_ATTEMPTS = 50;

/** A centre's series of case numbers with no number left this year. */
export class CaseNumbersExhausted extends Error {}

/** A case numbered, or the one found made already (by the same transfer, say) and returned instead. */
export interface Numbered {
  crownCase: CrownCaseTable;
  /** True when this call inserted the case; false when `madeAlready` found it. */
  inserted: boolean;
}

// Numbering is the hot path of a sending: both statements are compiled once (lib/store/fixedStatement.ts).

/**
 * The last number of a series: a seek to the end of its range of the primary key (court code, case number) on
 * either engine, however many numbers the centre has issued (max() over the range would read them all).
 */
const lastNumberOf = fixedStatement((db: Kysely<CrownCourtTables>, series: CaseNumberSeries) =>
  db
    .selectFrom('crownCase')
    .select('caseNumber')
    .where('courtCode', '=', series.courtCode)
    .where('caseNumber', '>=', series.first)
    .where('caseNumber', '<=', series.last)
    .orderBy('caseNumber', 'desc')
    .limit(1),
);

/** Inserts a case unless its key (or its transfer) is taken: then nothing, and no error, happens. */
const insertUnlessTaken = fixedStatement((db: Kysely<CrownCourtTables>, row: CrownCaseTable) =>
  db
    .insertInto('crownCase')
    .values({
      caseNumber: row.caseNumber,
      urn: row.urn,
      courtCode: row.courtCode,
      sendingType: row.sendingType,
      committingCourtCode: row.committingCourtCode,
      receivedOn: row.receivedOn,
      defendantFirstName: row.defendantFirstName,
      defendantLastName: row.defendantLastName,
      defendantFirstNameFolded: row.defendantFirstNameFolded,
      defendantLastNameFolded: row.defendantLastNameFolded,
      defendantDateOfBirth: row.defendantDateOfBirth,
      defendantPncId: row.defendantPncId,
      defendantCroNumber: row.defendantCroNumber,
      outcome: row.outcome,
      custodialSentenceMonths: row.custodialSentenceMonths,
      confiscationAmountPence: row.confiscationAmountPence,
      confiscationOrderedOn: row.confiscationOrderedOn,
      transferId: row.transferId,
      receivedAt: row.receivedAt,
    })
    .onConflict((conflict) => conflict.doNothing()),
);

/**
 * The Crown Court's numbering, in the caller's transaction: inserts the case under the number after the last its
 * centre has issued in the series of its kind and year of receipt (T20260001 first), or returns the case
 * `madeAlready` finds. The primary key (court code, case number) is what keeps a centre's numbers unique: a case
 * whose insert finds its number taken (another sending at the same centre won the race) does nothing and asks again;
 * on PostgreSQL the insert waits for the winner's transaction first. Other centres' numbers are never in the way.
 * A full series is CaseNumbersExhausted: 9,999 numbers of a kind a year at one centre.
 */
export async function numberCase(
  trx: Transaction<CrownCourtTables>,
  unnumbered: CaseToNumber,
  madeAlready: () => Promise<CrownCaseTable | undefined> = () => Promise.resolve(undefined),
): Promise<Numbered> {
  const dialect = trx.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
  const series = caseNumberSeries(unnumbered.courtCode, unnumbered.sendingType, unnumbered.receivedOn);
  for (let attempt = 1; attempt <= MAX_NUMBERING_ATTEMPTS; attempt += 1) {
    const made = await madeAlready();
    if (made) return { crownCase: made, inserted: false };
    const last = (await lastNumberOf(trx, dialect, series)).rows[0];
    const caseNumber = nextCaseNumber(series, last?.caseNumber ?? null);
    if (!caseNumber) {
      throw new CaseNumbersExhausted(
        `Every ${series.prefix} case number of ${series.year} at ${series.courtCode} has been issued`,
      );
    }
    const crownCase: CrownCaseTable = { ...unnumbered, ...foldedDefendantNames(unnumbered), caseNumber };
    const inserted = await insertUnlessTaken(trx, dialect, crownCase);
    if (Number(inserted.numAffectedRows ?? 0) === 1) return { crownCase, inserted: true };
  }
  throw new Error(`No free case number at ${series.courtCode} after ${MAX_NUMBERING_ATTEMPTS} attempts`);
}
