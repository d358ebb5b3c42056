import type { Courts } from '../../../subgraphs/courts/src/buildCourts';
import { addDays, isWeekend, londonDateOf } from '@lib/time/londonTime';

/** A seeded magistrates' case a test can send. */
export interface Candidate {
  urn: string;
  courtCode: string;
  pncId: string;
}

/**
 * Seeded magistrates' cases, read straight from the store, of the kinds the tests need: not yet sent with an
 * offence the Crown Court can try, not yet sent with only summary-only offences, and already sent (on paper).
 */
export async function seededCandidates(courts: Courts) {
  const db = courts.databases.magistrates.db;
  const unsent = (summaryOnly: boolean) =>
    db
      .selectFrom('magistratesCase')
      .select(['urn', 'courtCode', 'defendantPncId'])
      .where('sentToCrownCaseNumber', 'is', null)
      .where('defendantPncId', 'is not', null)
      .where((eb) => {
        const triable = eb.exists(
          eb
            .selectFrom('magistratesOffence')
            .select('magistratesOffence.urn')
            .whereRef('magistratesOffence.urn', '=', 'magistratesCase.urn')
            .where('modeOfTrial', '!=', 'SUMMARY_ONLY'),
        );
        return summaryOnly ? eb.not(triable) : triable;
      })
      .orderBy('urn')
      .limit(12)
      .execute();
  const candidates = (rows: { urn: string; courtCode: string; defendantPncId: string | null }[]) =>
    rows.map((row) => ({ urn: row.urn, courtCode: row.courtCode, pncId: row.defendantPncId ?? '' }));
  const sent = await db
    .selectFrom('magistratesCase')
    .select(['urn', 'sentToCrownCaseNumber'])
    .where('sentToCrownCaseNumber', 'is not', null)
    .orderBy('urn')
    .limit(20)
    .execute();
  const crownCases = await courts.databases.crown.db
    .selectFrom('crownCase')
    .select(['caseNumber', 'courtCode', 'urn'])
    .where(
      'caseNumber',
      'in',
      sent.map((row) => row.sentToCrownCaseNumber ?? ''),
    )
    .execute();
  const sentOnPaper = crownCases.find((row) => row.urn !== null);
  if (!sentOnPaper) throw new Error('the seeded stores hold no case sent to the Crown Court');
  return {
    triable: candidates(await unsent(false)),
    summaryOnly: candidates(await unsent(true)),
    sentOnPaper: {
      urn: sentOnPaper.urn ?? '',
      caseNumber: sentOnPaper.caseNumber,
      courtCode: sentOnPaper.courtCode,
    },
  };
}

/** A weekday at least two weeks after today (London), for a first Crown Court hearing. */
export function hearingDateAhead(days = 14): string {
  let date = addDays(londonDateOf(new Date()), days);
  while (isWeekend(date)) date = addDays(date, 1);
  return date;
}
