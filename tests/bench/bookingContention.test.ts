import { rmSync } from 'node:fs';
import { runBookingBench } from '../../scripts/bookingBench/runBookingBench';
import { STORE_NAMES, type StoreLocations } from '../../seed/storeStreams';
import { seededDataDir, TEST_SCALE } from '../support/seededDataDir';
import { testStoreEngine } from '../support/storeEngine';
import { testStoreLocation } from '../support/testStoreLocations';

// `npm run bench:bookings` at a tiny size, with its contended share, so that it cannot rot: on SQLite through one
// gateway, on PostgreSQL through two replicas behind the loopback round-robin, where the race for a session's
// last places is between two gateways' requests and only the store's own locking keeps it exact.
const engine = testStoreEngine();
const replicas = engine === 'postgres' ? 2 : 1;
let dataDir: string;
let result: Awaited<ReturnType<typeof runBookingBench>>;
const lines: string[] = [];

beforeAll(async () => {
  const seeded = await seededDataDir();
  dataDir = seeded.dataDir;
  const seededStores = Object.fromEntries(
    STORE_NAMES.map((store) => [store, testStoreLocation(dataDir, store)]),
  ) as StoreLocations;
  result = await runBookingBench(
    {
      scale: TEST_SCALE,
      // Long enough that every planned booking is sent: the popular sessions are asked for by all their contenders.
      seconds: 40,
      concurrency: 16,
      maxBookings: 150,
      bookers: 20,
      contended: 0.2,
      engine,
      replicas,
      seededDir: dataDir,
      seededStores: engine === 'postgres' ? seededStores : undefined,
    },
    (line) => lines.push(line),
  );
}, 120_000);

afterAll(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe(`bench:bookings under contention on ${engine}, ${replicas} gateway replica(s)`, () => {
  it('sends every planned booking, a fifth of them or so for popular sessions', () => {
    const { contended, spread } = result.run.outcomes;
    const sent = [contended, spread].reduce(
      (sum, tally) => sum + [...tally.byCode.values()].reduce((a, b) => a + b, 0),
      0,
    );
    expect(sent).toBe(result.run.sent);
    expect(result.run.sent).toBe(result.planned);
    expect(result.contendedSessions.length).toBeGreaterThan(0);
    const contenders = result.contendedSessions.reduce((sum, session) => sum + session.contenders, 0);
    expect(contenders / result.run.sent).toBeGreaterThan(0.1);
    expect(contenders / result.run.sent).toBeLessThan(0.4);
  });

  it('fills each popular session exactly to capacity and refuses the rest as full, with no errors', () => {
    const { contended, spread } = result.run.outcomes;
    for (const session of result.contendedSessions) {
      expect(session.contenders).toBeGreaterThan(session.placesLeft);
      expect({ session: session.key, placesLeftAfter: session.placesLeftAfter }).toEqual({
        session: session.key,
        placesLeftAfter: 0,
      });
    }
    const places = result.contendedSessions.reduce((sum, session) => sum + session.placesLeft, 0);
    expect(contended.count('confirmed')).toBe(places);
    expect(contended.byCode.get('SESSION_FULL')).toBe(contended.count('refused'));
    expect(contended.count('refused')).toBeGreaterThan(0);
    expect(contended.count('error') + spread.count('error')).toBe(0);
    expect(spread.count('confirmed')).toBeGreaterThan(0);
  });

  it('leaves no session overbooked and no booking made twice, checked in the store', () => {
    expect(result.store.overbookedSessions).toBe(0);
    expect(result.store.duplicateBookings).toBe(0);
    const confirmed =
      result.run.outcomes.contended.count('confirmed') + result.run.outcomes.spread.count('confirmed');
    expect(result.store.storedBookings).toBe(confirmed);
    expect(result.passed).toBe(true);
  });

  it('spreads the requests over the replicas, and prints the figures', () => {
    expect(result.requestsByReplica).toHaveLength(replicas);
    for (const [, requests] of result.requestsByReplica) expect(requests).toBeGreaterThan(0);
    const requests = result.requestsByReplica.reduce((sum, [, n]) => sum + n, 0);
    // Each booking asked once (no transient failure here), through one replica or the other.
    expect(requests).toBe(result.run.sent + result.run.retries);
    expect(lines.join('\n')).toMatch(
      /Contended share +\d+ confirmed, \d+ refused \(SESSION_FULL \d+\), 0 errors/,
    );
    if (replicas > 1) expect(lines.join('\n')).toMatch(/Requests by replica +gateway 1 \d+, gateway 2 \d+/);
  });
});
