import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { seededDataDir } from '../support/seededDataDir';
import { startFakeSubgraph, type FakeSubgraph } from '../support/fakeSubgraph';
import { JOURNEY_QUERY, type JourneyData } from '../support/journeyQuery';

let supergraph: RunningSupergraph;
let fake: FakeSubgraph;
let pncId: string;

beforeAll(async () => {
  const seeded = await seededDataDir();
  pncId = seeded.manifest.samples.fullJourney[0]?.pncId ?? '';
  fake = await startFakeSubgraph('slow', 600);
  supergraph = await startSupergraph(seeded.dataDir, { SUBGRAPH_VISITS_URL: fake.graphqlUrl });
});

afterAll(async () => {
  // The gateway was stopped by the test: a stop asked again returns the first, and every subgraph is stopped.
  await supergraph?.stop();
  await fake.close();
});

describe('stopping the gateway', () => {
  it('finishes a request in flight, then accepts no more', async () => {
    const token = await supergraph.tokenFor('offender-manager');
    const inFlight = supergraph.queryAs<JourneyData>(token, JOURNEY_QUERY, { pncId });
    await new Promise((wait) => setTimeout(wait, 150));
    const stopped = supergraph.gateway.stop();
    const response = await inFlight;
    expect(response.data?.offender?.magistratesCases?.length).toBeGreaterThan(0);
    await stopped;
    await expect(fetch(supergraph.gateway.graphqlUrl, { method: 'POST' })).rejects.toThrow();
  });
});
