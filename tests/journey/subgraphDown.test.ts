import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { seededDataDir } from '../support/seededDataDir';
import { JOURNEY_QUERY, type JourneyData } from '../support/journeyQuery';

let supergraph: RunningSupergraph;
let token: string;
let sample: { pncId: string; prisonNumber: string };

beforeAll(async () => {
  const seeded = await seededDataDir();
  const first = seeded.manifest.samples.fullJourney[0];
  if (!first) throw new Error('no full-journey sample');
  sample = first;
  supergraph = await startSupergraph(seeded.dataDir);
  token = await supergraph.tokenFor('offender-manager');
  await supergraph.visits.stop();
});

afterAll(async () => {
  // Stops what is still running: visits were stopped first, and a stop asked again returns the first.
  await supergraph?.stop();
});

describe('a journey while the visits system is down', () => {
  it('still shows the other systems, with an error naming the visits system', async () => {
    const response = await supergraph.queryAs<JourneyData>(token, JOURNEY_QUERY, { pncId: sample.pncId });
    const offender = response.data?.offender;
    expect(offender?.prisonNumber).toBe(sample.prisonNumber);
    expect(offender?.custody?.status).toBe('SENTENCED');
    expect(offender?.magistratesCases?.length).toBeGreaterThan(0);
    expect(offender?.confiscationOrders?.length).toBeGreaterThan(0);
    expect(offender?.visits).toBeNull();
    expect(offender?.visitEvents).toBeNull();
    // The merged timeline needs every system's events; the per-system lists stand in for it.
    expect(offender?.timeline).toBeNull();
    expect(offender?.courtEvents?.length).toBeGreaterThan(0);
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: 'Visits system unavailable (unreachable)',
        path: ['offender'],
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'visits', failure: 'UNREACHABLE' },
      }),
    ]);
    expect(JSON.stringify(response.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
  });
});
