import type { Kysely } from 'kysely';
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
  /** When its first Crown Court hearing is or was listed; null when none is. */
  firstCrownHearingAt: string | null;
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
        .leftJoin('crownHearing', 'crownHearing.caseNumber', 'crownCase.caseNumber')
        .select([
          'crownCase.urn',
          'crownCase.courtCode',
          'crownCase.committingCourtCode',
          'crownCase.receivedOn',
        ])
        .select((eb) => eb.fn.min('crownHearing.startsAt').as('firstCrownHearingAt'))
        .where('crownCase.urn', 'is not', null)
        .where('crownCase.receivedOn', '>=', from)
        .where('crownCase.receivedOn', '<=', to)
        .groupBy([
          'crownCase.caseNumber',
          'crownCase.urn',
          'crownCase.courtCode',
          'crownCase.committingCourtCode',
          'crownCase.receivedOn',
        ])
        .execute();
      return rows.map((row) => ({
        urn: row.urn ?? '',
        crownCourtCode: row.courtCode,
        committingCourtCode: row.committingCourtCode,
        receivedOn: row.receivedOn,
        firstCrownHearingAt: row.firstCrownHearingAt,
      }));
    },

    /** The first hearing of each of these magistrates' cases that has one, by URN. */
    async firstMagistratesHearings(urns: readonly string[]): Promise<Map<string, string>> {
      const first = new Map<string, string>();
      for (let start = 0; start < urns.length; start += URNS_PER_STATEMENT) {
        const rows = await magistrates
          .selectFrom('magistratesHearing')
          .select('urn')
          .select((eb) => eb.fn.min('startsAt').as('firstAt'))
          .where('urn', 'in', urns.slice(start, start + URNS_PER_STATEMENT))
          .groupBy('urn')
          .execute();
        for (const row of rows) if (row.firstAt) first.set(row.urn, row.firstAt);
      }
      return first;
    },
  };
}

/** The reads behind the analysts' waiting figures. */
export type WaitingTimesStore = ReturnType<typeof createWaitingTimesStore>;
