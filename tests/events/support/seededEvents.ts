import { crownCourtFor } from '@lib/reference/courtRegister';
import { addDays } from '@lib/time/londonTime';
import { SEND_CASE, type SendCaseData } from '../../courts/support/courtsOperations';
import { hearingDateAhead, type Candidate } from '../../courts/support/seededCandidates';
import { TEST_AS_OF } from '../../support/seededDataDir';
import type { RunningSupergraph } from '../../support/startSupergraph';

/**
 * A case sent to the Crown Court through the graph: its URN, the defendant's PNC ID, and the Crown Court case by its
 * centre's court code and new case number.
 */
export interface SentCase {
  urn: string;
  pncId: string;
  crownCourtCode: string;
  caseNumber: string;
}

/** Sends a seeded magistrates' case for trial at its local Crown Court through the gateway, failing on any error. */
export async function sendThroughGraph(
  supergraph: RunningSupergraph,
  token: string,
  found: Candidate | undefined,
): Promise<SentCase> {
  if (!found) throw new Error('no seeded case left to send');
  const crownCourtCode = crownCourtFor(found.courtCode)?.code ?? '';
  const answer = await supergraph.queryAs<SendCaseData>(token, SEND_CASE, {
    input: {
      urn: found.urn,
      crownCourtCode,
      sendingType: 'SENT_FOR_TRIAL',
      firstHearingOn: hearingDateAhead(),
    },
  });
  expect(answer.errors).toBeUndefined();
  const caseNumber = answer.data?.sendCaseToCrownCourt?.crownCourtCase.caseNumber ?? '';
  return { urn: found.urn, pncId: found.pncId, crownCourtCode, caseNumber };
}

/** The seeded prisoners due for release within 12 weeks of the seed's date, as P-Nomis holds them. */
export function dueForRelease(supergraph: RunningSupergraph) {
  return supergraph.pnomis.system.database.db
    .selectFrom('booking')
    .select(['prisonNumber', 'prisonCode'])
    .where('active', '=', 1)
    .where('releaseDate', '>=', TEST_AS_OF)
    .where('releaseDate', '<=', addDays(TEST_AS_OF, 84))
    .execute();
}
