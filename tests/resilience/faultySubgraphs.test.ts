import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { firstFullJourney, seededDataDir } from '../support/seededDataDir';
import { startFakeSubgraph, type FakeSubgraph } from '../support/fakeSubgraph';
import { JOURNEY_QUERY, type JourneyData } from '../support/journeyQuery';

const TIMEOUT_MS = 800;

let supergraph: RunningSupergraph;
let fake: FakeSubgraph;
let token: string;
let sample: { pncId: string; prisonNumber: string };

beforeAll(async () => {
  const seeded = await seededDataDir();
  sample = firstFullJourney(seeded.manifest);
  // Far slower than the timeout, so that an answer that waited for it would show, however busy the machine.
  fake = await startFakeSubgraph('slow', 20_000);
  supergraph = await startSupergraph(seeded.dataDir, {
    SUBGRAPH_VISITS_URL: fake.graphqlUrl,
    SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS),
    // Each case here fails the visits system on purpose, one after another: its circuit must not open between
    // them (tests/resilience/circuitBreaker.test.ts tests the circuit).
    SUBGRAPH_CIRCUIT_FAILURES: '1000',
    // A runaway answer is cut off here, well below what any real visits answer in these tests comes to.
    SUBGRAPH_VISITS_MAX_RESPONSE_BYTES: String(256 * 1024),
  });
  token = await supergraph.tokenFor('offender-manager');
});

afterAll(async () => {
  await supergraph.stop();
  await fake.close();
});

describe('a journey when the visits system misbehaves', () => {
  it.each([
    ['slower than its timeout', 'slow', 'TIMEOUT'],
    ['answering with HTML', 'html', 'BAD_RESPONSE'],
    ['answering HTTP 500', 'http500', 'BAD_RESPONSE'],
    ['answering malformed JSON', 'malformed', 'BAD_RESPONSE'],
    ['answering HTTP 400 to the gateway’s own query', 'http400', 'BAD_RESPONSE'],
    ['pouring out an answer without end', 'runaway', 'RESPONSE_TOO_LARGE'],
  ] as const)(
    'is answered, when the visits system is %s, with the other systems and a named error',
    async (_case, mode, failure) => {
      fake.mode = mode;
      const started = Date.now();
      const response = await supergraph.queryAs<JourneyData>(token, JOURNEY_QUERY, { pncId: sample.pncId });
      const elapsed = Date.now() - started;
      // The gateway gave up at the timeout: it did not wait for the slow answer (nor, with the others, for a
      // timeout before failing). Compared with the stand-in's delay, not with a tight bound on this machine's speed.
      expect(elapsed).toBeLessThan(fake.slowMs);
      const offender = response.data?.offender;
      expect(offender?.custody?.status).toBe('SENTENCED');
      expect(offender?.magistratesCases?.length).toBeGreaterThan(0);
      expect(offender?.confiscationOrders?.length).toBeGreaterThan(0);
      expect(offender?.visits).toBeNull();
      expect(response.errors).toContainEqual(
        expect.objectContaining({
          path: ['offender'],
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'visits', failure },
        }),
      );
    },
  );

  it('passes on, as the caller’s mistake, a 400 that refuses a variable the visits system could not read', async () => {
    fake.mode = 'refusesInput';
    const response = await supergraph.queryAs<JourneyData>(token, JOURNEY_QUERY, { pncId: sample.pncId });
    expect(response.data?.offender?.custody?.status).toBe('SENTENCED');
    expect(response.data?.offender?.visits).toBeNull();
    const codes = (response.errors ?? []).map((error) => error.extensions?.code);
    expect(codes).toContain('BAD_USER_INPUT');
    expect(codes).not.toContain('SUBGRAPH_UNAVAILABLE');
  });

  it('leaves the gateway ready, degraded, within an orchestrator’s one-second probe while visits hangs', async () => {
    fake.mode = 'slow';
    const started = Date.now();
    const response = await fetch(`${supergraph.gateway.url}/health/ready`);
    const elapsed = Date.now() - started;
    // Kubernetes waits one second for a readiness probe by default; a gateway slower than that would be taken out
    // of service, and every system's answers with it, because one subgraph hangs.
    expect(elapsed).toBeLessThan(1000);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'degraded', subgraphs: { visits: 'down' } });
  });
});
