import { sql } from 'kysely';
import { checkVisitingOrders } from '../../scripts/bookingBench/visitingOrderChecks';
import type { VisitsTables } from '../../subgraphs/visits/src/store/visitsTables';
import { openDatabase } from '@lib/store/openDatabase';
import { startSubgraph } from '@lib/subgraph/startSubgraph';
import { visitsSubgraph } from '../../subgraphs/visits/src/visitsSubgraph';
import { visitCalls, visitOf } from './support/visitCalls';
import { daysAhead, startVisitsSupergraph, type VisitsSupergraph } from './support/visitsFixture';
import { startVisitsProcess } from './support/visitsProcess';
import { storeEnvironment, testStoreLocation } from '../support/testStoreLocations';

let fixture: VisitsSupergraph;

beforeAll(async () => {
  // The bookings that fail in the crash open the gateway's circuit for visits; it lets a read through again after
  // this long, well within the restart, so that the reads after it reach the restarted subgraph.
  fixture = await startVisitsSupergraph({ SUBGRAPH_CIRCUIT_PROBE_MS: '100' });
});

afterAll(() => fixture.supergraph.stop());

const VISIT = /* GraphQL */ `
  #graphql
  query ($reference: ID!) {
    visit(reference: $reference) {
      reference
      status
      visitors {
        firstName
      }
    }
  }
`;

/**
 * What the visits store holds, read straight from it past the subgraph: its SQLite file (WAL lets a reader in
 * beside the subgraph) or its PostgreSQL schema, whichever the harness runs on.
 */
async function storeState(dataDir: string, startTime: string, date: string) {
  const store = openDatabase<VisitsTables>(testStoreLocation(dataDir, 'visits'));
  const count = async (query: ReturnType<typeof sql<{ n: number }>>) =>
    Number((await query.execute(store.db)).rows[0]?.n);
  try {
    return {
      live: await count(
        sql`select count(*) as n from visit where prison_code = 'LEI' and session_date = ${date} and start_time = ${startTime} and status in ('BOOKED', 'RESERVED')`,
      ),
      withoutVisitors: await count(
        sql`select count(*) as n from visit v where status = 'BOOKED' and booked_by is not null and not exists (select 1 from visitor where visit_reference = v.reference)`,
      ),
      // A balance below zero or one disagreeing with the visits booked, seeded prisoners' and the test's alike.
      entitlementMismatches: await checkVisitingOrders(store.db).then(
        (ledger) => ledger.balancesBelowZero + ledger.balancesDisagreeing,
      ),
    };
  } finally {
    await store.close();
  }
}

const pause = (ms: number) => new Promise<false>((done) => setTimeout(() => done(false), ms));

/** Waits until the gateway's readiness shows its circuit for visits closed (at most 10 s). */
async function visitsCircuitClosed(gatewayUrl: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const ready = (await (await fetch(`${gatewayUrl}/health/ready`)).json()) as {
      circuits?: Record<string, string>;
    };
    if (ready.circuits?.visits === 'closed') return;
    if (Date.now() > deadline)
      throw new Error('the gateway did not close its circuit for visits within 10 s');
    await pause(100);
  }
}

describe('a booking that was acknowledged', () => {
  it('survives a crash of the visits subgraph and a restart on the same data, and nothing is half-written', async () => {
    const { supergraph, dataDir } = fixture;
    const calls = visitCalls(supergraph);
    const alice = await fixture.publicBooker('alice');
    const staff = await fixture.staff('LEI');
    const startTime = await fixture.addDailySession('LEI', '21:00', '22:00', { open: 25, closed: 0 });
    const date = daysAhead(15);
    const prisoners = await Promise.all(
      Array.from({ length: 45 }, () => fixture.addPrisoner('LEI', 'SENTENCED', { linkedTo: [alice] })),
    );
    const before = visitOf(
      await calls.book(alice, { prisonNumber: prisoners[0] ?? '', prisonCode: 'LEI', date, startTime }),
      'bookVisit',
    );

    // The visits subgraph is moved into a process of its own, on the same port, so that it can be killed.
    const port = supergraph.visits.port;
    const pnomisUrl = supergraph.pnomis.graphqlUrl;
    await supergraph.visits.stop();
    let running = await startVisitsProcess({ port, dataDir, pnomisUrl });
    // From here on the harness stops whatever visits subgraph is running now.
    let stopCurrent = () => running.crash();
    supergraph.visits.stop = () => stopCurrent();

    const acknowledged: string[] = [];
    const inFlight = prisoners.slice(1).map(async (prisonNumber) => {
      const response = await calls.book(alice, { prisonNumber, prisonCode: 'LEI', date, startTime });
      if (response.data?.bookVisit) acknowledged.push(response.data.bookVisit.reference);
      return response;
    });
    // Killed while bookings are being acknowledged: some are, some are in flight.
    const settled = Promise.allSettled(inFlight);
    while (acknowledged.length < 5 && (await Promise.race([settled.then(() => true), pause(5)])) !== true);
    await running.crash();
    const outcomes = await Promise.all(inFlight);
    const failed = outcomes.filter((response) => !response.data?.bookVisit).length;
    expect(acknowledged.length).toBeGreaterThan(0);

    running = await startVisitsProcess({ port, dataDir, pnomisUrl });
    // The crash failed the bookings in flight, which opened the gateway's circuit for visits; it closes when the
    // gateway's own probe finds visits answering again (within SUBGRAPH_CIRCUIT_PROBE_MS).
    await visitsCircuitClosed(supergraph.gateway.url);
    for (const reference of [before.reference, ...acknowledged]) {
      const response = await supergraph.queryAs<{ visit: { status: string; visitors: unknown[] } }>(
        staff,
        VISIT,
        {
          reference,
        },
      );
      expect(response.data?.visit).toMatchObject({ status: 'BOOKED' });
      expect(response.data?.visit.visitors.length).toBe(2);
    }
    const state = await storeState(dataDir, startTime, date);
    expect(state.live).toBeGreaterThanOrEqual(1 + acknowledged.length);
    expect(state.live).toBeLessThanOrEqual(25);
    expect(state).toMatchObject({ withoutVisitors: 0, entitlementMismatches: 0 });
    console.log(
      `crash test: ${acknowledged.length} acknowledged, ${failed} failed in the crash, ${state.live - 1} in the store`,
    );

    // A restart in this process, on the same data, reads the same bookings.
    await running.crash();
    const restarted = await startSubgraph(visitsSubgraph, {
      DATA_DIR: dataDir,
      ...storeEnvironment(dataDir),
      VISITS_PORT: String(port),
      LOG_LEVEL: 'silent',
      VISITS_PNOMIS_URL: pnomisUrl,
    });
    stopCurrent = () => restarted.stop();
    const mine = await calls.mine(alice);
    expect(mine.data?.myVisitBookings.map((visit) => visit.reference)).toEqual(
      expect.arrayContaining([before.reference, ...acknowledged]),
    );
  });
});
