import type { Kysely } from 'kysely';
import { formatPncId } from '@lib/identifiers/pncId';
import { foldedDefendantNames } from '../../../subgraphs/courts/src/store/foldedDefendantNames';
import type { MagistratesTables } from '../../../subgraphs/courts/src/store/magistratesTables';

/** A defendant's particulars as a court recorded them. */
export interface Particulars {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
}

let nextSerial = 9_000_000;

/** A PNC ID no system knows yet (the generator scatters its serials, so one is checked before use). */
async function unusedPncId(db: Kysely<MagistratesTables>): Promise<{ pncId: string; serial: number }> {
  for (;;) {
    nextSerial += 1;
    const pncId = formatPncId(2021, nextSerial);
    const taken = await db
      .selectFrom('magistratesCase')
      .select('urn')
      .where('defendantPncId', '=', pncId)
      .executeTakeFirst();
    if (!taken) return { pncId, serial: nextSerial };
  }
}

/**
 * Records, as the magistrates' courts would, a case for each of several other people who share a surname and
 * date of birth: the namesakes a search by name must tell apart. Each gets a PNC ID of its own and is known
 * only to the courts.
 */
export async function addNamesakes(
  db: Kysely<MagistratesTables>,
  people: readonly Particulars[],
): Promise<string[]> {
  const rows = [];
  for (const person of people) {
    const { pncId, serial } = await unusedPncId(db);
    rows.push({
      urn: `99ZZ${String(serial).slice(-7)}`,
      courtCode: 'B13LS00',
      defendantFirstName: person.firstName,
      defendantLastName: person.lastName,
      // Written with the names, as the seed writes every case.
      ...foldedDefendantNames({ defendantFirstName: person.firstName, defendantLastName: person.lastName }),
      defendantDateOfBirth: person.dateOfBirth,
      defendantPncId: pncId,
      defendantCroNumber: null,
      chargedOn: '2024-03-04',
      allocationDecision: null,
      bailStatus: 'UNCONDITIONAL_BAIL' as const,
      outcome: null,
      sentToCrownCaseNumber: null,
    });
  }
  await db.insertInto('magistratesCase').values(rows).execute();
  return rows.map((row) => row.defendantPncId);
}

/** The particulars a magistrates' court recorded for a person, by PNC ID (their first case's). */
export async function particularsOf(db: Kysely<MagistratesTables>, pncId: string): Promise<Particulars> {
  const row = await db
    .selectFrom('magistratesCase')
    .select(['defendantFirstName', 'defendantLastName', 'defendantDateOfBirth'])
    .where('defendantPncId', '=', pncId)
    .orderBy('chargedOn')
    .executeTakeFirstOrThrow();
  return {
    firstName: row.defendantFirstName,
    lastName: row.defendantLastName,
    dateOfBirth: row.defendantDateOfBirth,
  };
}
