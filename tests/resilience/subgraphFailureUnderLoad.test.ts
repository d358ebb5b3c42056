import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { seededDataDir } from '../support/seededDataDir';
import { JOURNEY_QUERY, type JourneyData } from '../support/journeyQuery';

let supergraph: RunningSupergraph;
let token: string;
let pncIds: string[];

beforeAll(async () => {
  const seeded = await seededDataDir();
  pncIds = [...seeded.manifest.samples.fullJourney, ...seeded.manifest.samples.releasedWithConfiscation].map(
    (sample) => sample.pncId,
  );
  supergraph = await startSupergraph(seeded.dataDir);
  token = await supergraph.tokenFor('offender-manager');
});

afterAll(async () => {
  // Stops what is still running: visits were stopped by the test, and a stop asked again returns the first.
  await supergraph.stop();
});

describe('a subgraph killed during a load of journeys', () => {
  it('leaves every request answered: whole before, partial with the system named after', async () => {
    const outcomes: ('whole' | 'partial')[] = [];
    const send = async (index: number) => {
      const response = await supergraph.queryAs<JourneyData>(token, JOURNEY_QUERY, {
        pncId: pncIds[index % pncIds.length],
      });
      const offender = response.data?.offender;
      expect(offender?.magistratesCases?.length).toBeGreaterThan(0);
      if (!response.errors) {
        outcomes.push('whole');
        return;
      }
      expect(offender?.visits).toBeNull();
      for (const error of response.errors) {
        expect(error.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'visits' });
      }
      outcomes.push('partial');
    };
    const wave = (from: number) =>
      Promise.all(Array.from({ length: 10 }, (_, offset) => send(from + offset)));
    await wave(0);
    const inFlight = wave(10);
    await supergraph.visits.stop();
    await inFlight;
    await wave(20);
    await wave(30);
    expect(outcomes).toHaveLength(40);
    expect(outcomes.slice(0, 10)).toEqual(Array(10).fill('whole'));
    expect(outcomes.slice(-20)).toEqual(Array(20).fill('partial'));
  });
});
