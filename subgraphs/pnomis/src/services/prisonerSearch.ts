import {
  MAX_NAME_MATCHES,
  requirePersonParticulars,
  tooManyMatches,
  type NameSearchArguments,
} from '@lib/search/nameSearch';
import { disclose } from '@lib/subgraph/disclosure';
import type { PnomisContext } from '../context';
import { noteRecordIdentity, type OffenderIdentity } from './offenderIdentity';

/**
 * The people P-Nomis records with a surname and date of birth (and first name, if given), checked and limited as
 * the courts' search is. A caller limited to a caseload finds only the people held (or, once released, last held)
 * at its prisons: to that caller the others do not exist, so they are neither returned nor counted towards the
 * limit, and no error mentions them.
 */
export async function findPrisonersByName(
  args: NameSearchArguments,
  context: PnomisContext,
  now: Date,
): Promise<OffenderIdentity[]> {
  const particulars = requirePersonParticulars(args, now, 'P-Nomis records');
  // One more than is returned, to tell "exactly the limit" from "more than the limit".
  const records = await context.store.findOffendersByParticulars(
    particulars,
    context.caller?.caseload ?? null,
    MAX_NAME_MATCHES + 1,
  );
  if (records.length > MAX_NAME_MATCHES) throw tooManyMatches(particulars);
  return records.map((record) => {
    // That P-Nomis holds a person of this name and birth date is itself personal data: audit each one named.
    disclose(context, record.prisonNumber);
    noteRecordIdentity(context, record);
    // The fields asked of each person next read their record from the loader, not the store again.
    context.offenderByPrisonNumber.prime(record.prisonNumber, record);
    return { pncId: record.pncId, prisonNumber: record.prisonNumber, record };
  });
}
