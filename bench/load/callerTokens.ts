import { createDevToken } from '../../scripts/token';
import { BENCH_SUBJECT_PREFIX } from './bookingJobs';
import type { CallerTokens } from './workloads';

/**
 * One development token per simulated user, signed with the seeded folder's token issuer key, which this
 * gateway trusts: offender managers for the journeys and prison lists, public visit bookers for the visits.
 * Long-lived enough for a national-scale run.
 */
export async function callerTokens(dataDir: string, users: number): Promise<CallerTokens> {
  const env = { ...process.env, DATA_DIR: dataDir };
  const tokens = (agency: string, name: string) =>
    Promise.all(
      Array.from({ length: users }, (_, index) =>
        createDevToken(
          ['--agency', agency, '--subject', `${BENCH_SUBJECT_PREFIX}${name}-${index}`, '--expires', '12h'],
          env,
        ),
      ),
    );
  return {
    caseworkers: await tokens('offender-manager', 'caseworker'),
    publicBookers: await tokens('public-visit-booker', 'booker'),
  };
}
