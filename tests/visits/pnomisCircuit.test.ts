import { GraphQLError } from 'graphql';
import { pnomisPrisonerLocator } from '../../subgraphs/visits/src/prisoners/pnomisPrisonerLocator';
import { startFakeSubgraph, type FakeSubgraph } from '../support/fakeSubgraph';

/**
 * The visits subgraph asks P-Nomis live where a prisoner is held. A P-Nomis that hangs must cost each booking its
 * timeout only until the circuit opens: then bookings are refused at once, P-Nomis is not asked, and its
 * liveness is probed by the circuit itself until it answers. Here P-Nomis is a stand-in that hangs, then answers.
 */
const TIMEOUT_MS = 200;
const FAILURES_TO_OPEN = 2;
const PROBE_EVERY_MS = 200;

let fake: FakeSubgraph;

beforeAll(async () => {
  // Far slower than the timeout while hanging; set to 0 it answers every path at once (an empty _entities list).
  fake = await startFakeSubgraph('slow', 5000);
});

afterAll(() => fake.close());

const locator = () =>
  pnomisPrisonerLocator({
    url: fake.graphqlUrl,
    timeoutMs: TIMEOUT_MS,
    circuitFailures: FAILURES_TO_OPEN,
    circuitProbeMs: PROBE_EVERY_MS,
  });

async function refusal(
  attempt: Promise<unknown>,
): Promise<{ code: unknown; message: string; tookMs: number }> {
  const started = Date.now();
  try {
    await attempt;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { code: error.extensions.code, message: error.message, tookMs: Date.now() - started };
  }
  throw new Error('P-Nomis was reached');
}

describe("visits' circuit to P-Nomis", () => {
  it('opens after repeated timeouts, refuses at once without asking, and closes when its probe finds P-Nomis back', async () => {
    const pnomis = locator();
    for (let attempt = 0; attempt < FAILURES_TO_OPEN; attempt += 1) {
      const timedOut = await refusal(pnomis.locate('A1234BC', null));
      expect(timedOut.code).toBe('PNOMIS_UNAVAILABLE');
      expect(timedOut.message).toMatch(/no answer in time/);
    }
    const askedBefore = fake.requestsTo['/graphql'] ?? 0;
    const open = await refusal(pnomis.locate('A1234BC', null));
    expect(open.code).toBe('PNOMIS_UNAVAILABLE');
    expect(open.message).toMatch(/failed repeatedly and is not asked for now/);
    // Refused without waiting for the stand-in (which takes 5 s) and without asking it.
    expect(open.tookMs).toBeLessThan(fake.slowMs);
    expect(fake.requestsTo['/graphql'] ?? 0).toBe(askedBefore);

    fake.slowMs = 0;
    const deadline = Date.now() + 10_000;
    let answer: unknown = 'refused';
    while (answer === 'refused') {
      if (Date.now() > deadline)
        throw new Error('the circuit did not close within 10 s of P-Nomis answering');
      await new Promise((resolveWait) => setTimeout(resolveWait, 50));
      answer = await pnomis.locate('A1234BC', null).catch(() => 'refused');
    }
    // P-Nomis was asked again, and its answer (no such prisoner in the stand-in) came through.
    expect(answer).toBeNull();
    expect(fake.requestsTo['/health/live'] ?? 0).toBeGreaterThan(0);
  });
});
