import { seededCandidates, type Candidate } from '../courts/support/seededCandidates';
import { sendThroughGraph } from './support/seededEvents';
import { seededDataDir } from '../support/seededDataDir';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { eventually } from './support/eventOperations';
import { QUICK_RETRIES } from './support/eventTransports';

/**
 * A change made through the graph reaches the notifications log as soon as it commits, although the courts
 * subgraph's relay would not look at its outbox for another ten seconds and more: its process's commit wakes it.
 */
describe('a relay woken by its own commit', () => {
  let supergraph: RunningSupergraph;
  let courtStaff: string;
  let triable: Candidate[];

  beforeAll(async () => {
    const { dataDir } = await seededDataDir();
    supergraph = await startSupergraph(dataDir, {
      ...QUICK_RETRIES,
      EVENTS_RELAY_INTERVAL_MS: '10000',
      EVENTS_RELAY_IDLE_INTERVAL_MS: '30000',
    });
    courtStaff = await supergraph.tokenFor('court-staff');
    ({ triable } = await seededCandidates(supergraph.courts.system));
  }, 60_000);

  afterAll(() => supergraph?.stop());

  it('logs the events of a case sent to the Crown Court within a couple of seconds', async () => {
    const sent = await sendThroughGraph(supergraph, courtStaff, triable[0]);
    const answeredAt = Date.now();
    const logged = await eventually(
      () =>
        supergraph.notifications.system.database.db
          .selectFrom('eventLog')
          .select(['eventId', 'eventType'])
          .where('envelope', 'like', `%"urn":"${sent.urn}"%`)
          .execute(),
      (rows) => rows.length === 2,
      2_000,
    );
    expect(logged.map((row) => row.eventType).sort()).toEqual([
      'CASE_SENT_TO_CROWN_COURT',
      'CROWN_COURT_FIRST_HEARING_LISTED',
    ]);
    expect(Date.now() - answeredAt).toBeLessThan(2_000);
  });
});
