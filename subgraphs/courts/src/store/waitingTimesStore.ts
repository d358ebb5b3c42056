import { type Kysely, sql } from 'kysely';
import { NOT_HELD_OUTCOMES } from './notHeldOutcomes';
import type { CrownCourtTables } from './crownCourtTables';
import type { MagistratesTables } from './magistratesTables';

/** URNs per statement when reading first magistrates' hearings: well inside both engines' parameter limits. */
const URNS_PER_STATEMENT = 500;

/** What the waiting figures need of a Crown Court case: where it came from, where it went and when. */
export interface SentCase {
  urn: string;
  crownCourtCode: string;
  committingCourtCode: string | null;
  receivedOn: string;
  /** When its first Crown Court hearing held took place (its outcome says it was held); null when none has. */
  firstCrownHearingAt: string | null;
  /** The defendant's PNC ID as the Crown Court keyed it in; null for a case received by digital transfer. */
  defendantPncId: string | null;
}

/** What the figures need of the magistrates' record of a sent case. */
export interface MagistratesRecord {
  /** When its first magistrates' hearing held was (its outcome says it was held); null when the record holds none. */
  firstHearingAt: string | null;
  defendantPncId: string | null;
}

/**
 * The earliest start of a case's hearings whose outcome says they were held (services/hearingHeld.ts): a hearing
 * listed with no outcome recorded, or one vacated, does not count, however long ago it was listed.
 */
function firstHeldStart(table: 'crownHearing' | 'magistratesHearing') {
  const outcome = sql.ref(`${table}.outcome`);
  const notHeld = sql.join(NOT_HELD_OUTCOMES.map((value) => sql.lit(value)));
  return sql<
    string | null
  >`min(case when ${outcome} is not null and ${outcome} not in (${notHeld}) then ${sql.ref(`${table}.startsAt`)} end)`;
}

/**
 * The reads behind the analysts' waiting figures: each store is asked for its part (the Crown Court for the sent
 * cases and their first hearings, the magistrates' courts for the first hearings of the same URNs), and the two
 * are joined in the service, as no query can span the two databases.
 */
export function createWaitingTimesStore(
  magistrates: Kysely<MagistratesTables>,
  crown: Kysely<CrownCourtTables>,
) {
  return {
    /** Crown Court cases that came from a magistrates' case, received from `from` to `to` (ISO dates). */
    async sentCases(from: string, to: string): Promise<SentCase[]> {
      const rows = await crown
        .selectFrom('crownCase')
        .leftJoin('crownHearing', (join) =>
          join
            .onRef('crownHearing.caseCourtCode', '=', 'crownCase.courtCode')
            .onRef('crownHearing.caseNumber', '=', 'crownCase.caseNumber'),
        )
        .select([
          'crownCase.urn',
          'crownCase.courtCode',
          'crownCase.committingCourtCode',
          'crownCase.receivedOn',
          'crownCase.defendantPncId',
        ])
        .select(firstHeldStart('crownHearing').as('firstCrownHearingAt'))
        .where('crownCase.urn', 'is not', null)
        // A case returned or withdrawn is no longer the Crown Court's: it waits in the magistrates' court again.
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('crownCaseState')
                .select('crownCaseState.caseNumber')
                .whereRef('crownCaseState.courtCode', '=', 'crownCase.courtCode')
                .whereRef('crownCaseState.caseNumber', '=', 'crownCase.caseNumber')
                .where('crownCaseState.status', 'in', ['RETURNED', 'WITHDRAWN']),
            ),
          ),
        )
        .where('crownCase.receivedOn', '>=', from)
        .where('crownCase.receivedOn', '<=', to)
        .groupBy([
          'crownCase.courtCode',
          'crownCase.caseNumber',
          'crownCase.urn',
          'crownCase.committingCourtCode',
          'crownCase.receivedOn',
          'crownCase.defendantPncId',
        ])
        .execute();
      return rows.map((row) => ({
        urn: row.urn ?? '',
        crownCourtCode: row.courtCode,
        committingCourtCode: row.committingCourtCode,
        receivedOn: row.receivedOn,
        firstCrownHearingAt: row.firstCrownHearingAt,
        defendantPncId: row.defendantPncId,
      }));
    },

    /**
     * The magistrates' record of each of these cases that has one, by URN: its first hearing, and its defendant's
     * PNC ID, so that the figures count people rather than cases.
     */
    async magistratesRecords(urns: readonly string[]): Promise<Map<string, MagistratesRecord>> {
      const records = new Map<string, MagistratesRecord>();
      for (let start = 0; start < urns.length; start += URNS_PER_STATEMENT) {
        const rows = await magistrates
          .selectFrom('magistratesCase')
          .leftJoin('magistratesHearing', 'magistratesHearing.urn', 'magistratesCase.urn')
          .select(['magistratesCase.urn', 'magistratesCase.defendantPncId'])
          .select(firstHeldStart('magistratesHearing').as('firstAt'))
          .where('magistratesCase.urn', 'in', urns.slice(start, start + URNS_PER_STATEMENT))
          .groupBy(['magistratesCase.urn', 'magistratesCase.defendantPncId'])
          .execute();
        for (const row of rows) {
          records.set(row.urn, { firstHearingAt: row.firstAt ?? null, defendantPncId: row.defendantPncId });
        }
      }
      return records;
    },
  };
}

/** The reads behind the analysts' waiting figures. */
export type WaitingTimesStore = ReturnType<typeof createWaitingTimesStore>;
