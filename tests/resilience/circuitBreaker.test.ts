import { seededDataDir } from '../support/seededDataDir';
import { startFakeSubgraph, type FakeSubgraph } from '../support/fakeSubgraph';
import { JOURNEY_QUERY, type JourneyData } from '../support/journeyQuery';
import { startSupergraph, type GraphQLResponse, type RunningSupergraph } from '../support/startSupergraph';

const FAILURES_TO_OPEN = 3;
const PROBE_AFTER_MS = 400;

let supergraph: RunningSupergraph;
let fake: FakeSubgraph;
let token: string;
let pncId: string;

/**
 * The visits system behind a stand-in that can freeze (answer after the timeout) or pass requests on to the real
 * visits subgraph: the gateway's circuit for visits opens after FAILURES_TO_OPEN failed fetches, answers visits'
 * fields at once without asking while open, probes after PROBE_AFTER_MS, and closes once visits answers again.
 */
beforeAll(async () => {
  const seeded = await seededDataDir();
  pncId = seeded.manifest.samples.fullJourney[0]?.pncId ?? '';
  fake = await startFakeSubgraph('slow', 2000);
  supergraph = await startSupergraph(seeded.dataDir, {
    SUBGRAPH_VISITS_URL: fake.graphqlUrl,
    SUBGRAPH_VISITS_TIMEOUT_MS: '300',
    SUBGRAPH_CIRCUIT_FAILURES: String(FAILURES_TO_OPEN),
    SUBGRAPH_CIRCUIT_PROBE_MS: String(PROBE_AFTER_MS),
  });
  fake.proxyTo = supergraph.visits.graphqlUrl;
  token = await supergraph.tokenFor('offender-manager');
});

afterAll(async () => {
  await supergraph.stop();
  await fake.close();
});

const journey = () => supergraph.queryAs<JourneyData>(token, JOURNEY_QUERY, { pncId });

function visitsFailures(answer: GraphQLResponse<JourneyData>): unknown[] {
  return (answer.errors ?? [])
    .filter((error) => error.extensions?.subgraph === 'visits')
    .map((error) => error.extensions?.failure);
}

async function readiness(): Promise<{ status: string; circuits: Record<string, string> }> {
  const response = await fetch(`${supergraph.gateway.url}/health/ready`);
  return (await response.json()) as { status: string; circuits: Record<string, string> };
}

describe("a subgraph's circuit breaker", () => {
  it('opens after repeated failures, then answers at once without asking the frozen system', async () => {
    for (let attempt = 0; attempt < FAILURES_TO_OPEN; attempt += 1) {
      expect(visitsFailures(await journey())).toContain('TIMEOUT');
    }
    const askedBefore = fake.requests;
    const whileOpen = await journey();
    expect(visitsFailures(whileOpen)).toEqual(['CIRCUIT_OPEN']);
    expect(whileOpen.errors?.[0]?.message).toBe('Visits system unavailable (circuit open)');
    // The other systems still answer, and the frozen one was not asked.
    expect(whileOpen.data?.offender?.custody?.status).toBeDefined();
    expect(fake.requests).toBe(askedBefore);
  });

  it('shows each circuit on readiness and in the metrics', async () => {
    const ready = await readiness();
    expect(ready).toMatchObject({ status: 'degraded', circuits: { visits: 'open', pnomis: 'closed' } });
    const metrics = await (await fetch(`${supergraph.gateway.url}/metrics`)).text();
    expect(metrics).toMatch(/justice_gateway_subgraph_circuit_state\{subgraph="visits"\} 2/);
    expect(metrics).toMatch(/justice_gateway_subgraph_circuit_state\{subgraph="pnomis"\} 0/);
  });

  it("probes the system itself: no caller's request is ever the one that waits on the frozen system", async () => {
    // Several probe periods go by while visits is still frozen: the gateway's own probes fail and it stays open.
    const asked = () => fake.requestsTo['/graphql'] ?? 0;
    const probedBefore = fake.requestsTo['/health/live'] ?? 0;
    const askedBefore = asked();
    await new Promise((resolveWait) => setTimeout(resolveWait, PROBE_AFTER_MS * 3));
    const started = Date.now();
    const meanwhile = await journey();
    // Answered without asking visits (a caller's request let through as a probe would wait for the timeout).
    expect(visitsFailures(meanwhile)).toEqual(['CIRCUIT_OPEN']);
    expect(Date.now() - started).toBeLessThan(fake.slowMs);
    expect((await readiness()).circuits.visits).toBe('open');
    // It probed visits' liveness endpoint meanwhile, and never its GraphQL endpoint with a caller's query.
    expect(fake.requestsTo['/health/live'] ?? 0).toBeGreaterThan(probedBefore);
    expect(asked()).toBe(askedBefore);
  });

  it('closes once its probe finds the system answering again, and then asks it', async () => {
    fake.mode = 'proxy';
    const deadline = Date.now() + 10_000;
    while ((await readiness()).circuits.visits !== 'closed') {
      if (Date.now() > deadline) throw new Error('the circuit did not close within 10 s of visits answering');
      await new Promise((resolveWait) => setTimeout(resolveWait, 50));
    }
    const recovered = await journey();
    expect(recovered.errors).toBeUndefined();
    expect(recovered.data?.offender?.visits).not.toBeNull();
  });
});
