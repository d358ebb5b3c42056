import { readVisitsConfig } from '../../subgraphs/visits/src/visitsConfig';
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import { Client } from 'pg';
import type { Caller } from '@lib/auth/caller';
import { buildVisits, type Visits } from '../../subgraphs/visits/src/buildVisits';
import { placeVisit } from '../../subgraphs/visits/src/booking/placeVisit';
import type { PlaceVisitInput } from '../../subgraphs/visits/src/booking/placeRequest';
import type { PrisonerLocator } from '../../subgraphs/visits/src/prisoners/prisonerLocator';
import { TEST_POSTGRES_URL } from '../support/postgresStores';
import { daysAhead, visitor } from './support/visitsFixture';

// Several visits replicas on one PostgreSQL database: the booking rules must hold across them, not just within one
// process. Each replica has its own connection pool; they share nothing but the database.

const schema = `visits_replicas_${process.pid}_${randomBytes(4).toString('hex')}`;
const replicas: Visits[] = [];

async function admin(statement: string): Promise<void> {
  const url = new URL(TEST_POSTGRES_URL);
  if (!url.username) url.username = userInfo().username;
  const client = new Client({ connectionString: url.toString(), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** P-Nomis as the replicas see it: every prisoner held at LEI, on remand unless named sentenced. */
const sentenced = new Set<string>();
const heldAtLeeds = (prisonNumber: string) => ({
  inCustody: true,
  prisonCode: 'LEI',
  status: sentenced.has(prisonNumber) ? ('SENTENCED' as const) : ('REMAND' as const),
  incentiveLevel: 'STANDARD' as const,
});
const locator: PrisonerLocator = {
  locate: (prisonNumber) => Promise.resolve(heldAtLeeds(prisonNumber)),
  locateEach: (prisonNumbers) => Promise.resolve(prisonNumbers.map(heldAtLeeds)),
  // Every visitor named is an approved contact: the rules under test are the session's and the prisoner's.
  locateForVisit: (prisonNumber, visit) =>
    Promise.resolve({
      whereabouts: heldAtLeeds(prisonNumber),
      approvals: visit.visitors.map(() => ({ verdict: 'APPROVED' as const, restrictionEndsOn: null })),
    }),
  confirmParticulars: () => Promise.resolve(false),
};

// Prison staff at Leeds, each booking under their own subject: they book without linking prisoners, and the
// replicas' races are the same for any booker.
const caller = (subject: string): Caller => ({
  subject,
  agency: 'prison-staff',
  scopes: new Set(['visits:read', 'visits:book']),
  caseload: ['LEI'],
});

function book(replica: number, subject: string, input: Omit<PlaceVisitInput, 'prisonCode' | 'startTime'>) {
  const visits = replicas[replica % replicas.length];
  if (!visits) throw new Error('no replica');
  return placeVisit(visits.booking, { caller: caller(subject), credential: null }, 'BOOK', {
    prisonCode: 'LEI',
    startTime: '18:00',
    visitors: [visitor('Ann', 40)],
    ...input,
  }).then(
    (visit) => visit.reference,
    (error: { extensions?: { code?: string }; message?: string }) =>
      error.extensions?.code ?? `${error.message}`,
  );
}

function tally(outcomes: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) {
    const key = /^[a-z]{2}-/.test(outcome) ? 'BOOKED' : outcome;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

beforeAll(async () => {
  const location = `${TEST_POSTGRES_URL}?schema=${schema}`;
  const config = readVisitsConfig({
    VISITS_PNOMIS_URL: 'http://127.0.0.1:9/graphql',
    VISITS_PNOMIS_TIMEOUT_MS: '100',
  });
  // One after the other: the second finds the store migrated.
  for (let index = 0; index < 3; index += 1) replicas.push(await buildVisits(location, config, locator));
  await replicas[0]?.database.db
    .insertInto('sessionTemplate')
    .values(
      [1, 2, 3, 4, 5, 6, 7].map((dayOfWeek) => ({
        prisonCode: 'LEI',
        dayOfWeek,
        startTime: '18:00',
        endTime: '19:00',
        openCapacity: 5,
        closedCapacity: 0,
        validFrom: daysAhead(-1),
        validTo: null,
      })),
    )
    .execute();
});

afterAll(async () => {
  await Promise.all(replicas.map((replica) => replica.close()));
  await admin(`drop schema if exists ${schema} cascade`);
});

describe('three visits replicas on one PostgreSQL database', () => {
  it('book exactly the capacity of a session that 30 bookings race for', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        book(index, `booker-${index}`, {
          prisonNumber: `Y${String(index).padStart(4, '0')}AA`,
          date: daysAhead(5),
          idempotencyKey: `race-${index}-key`,
        }),
      ),
    );
    expect(tally(outcomes)).toEqual({ BOOKED: 5, SESSION_FULL: 25 });
  });

  it('never double book a prisoner nor spend more visiting orders than the balance', async () => {
    const prisonNumber = 'Y9000BB';
    sentenced.add(prisonNumber);
    const outcomes = await Promise.all(
      [4, 6, 7, 8, 9, 10, 11, 12].map((days, index) =>
        book(index, 'booker-x', {
          prisonNumber,
          date: daysAhead(days),
          idempotencyKey: `orders-${index}-key`,
        }),
      ),
    );
    expect(tally(outcomes)).toEqual({ BOOKED: 2, NO_VISITING_ORDER_BALANCE: 6 });
    const twice = await Promise.all(
      [0, 1, 2, 3].map((index) =>
        book(index, 'booker-y', {
          prisonNumber: 'Y9001BB',
          date: daysAhead(9),
          idempotencyKey: `twice-${index}-key`,
        }),
      ),
    );
    expect(tally(twice)).toEqual({ BOOKED: 1, OVERLAPPING_VISIT: 3 });
  });

  it('make one booking of retries with the same key sent to every replica at once', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 9 }, (_, index) =>
        book(index, 'booker-z', {
          prisonNumber: 'Y9002CC',
          date: daysAhead(10),
          idempotencyKey: 'same-key-everywhere',
        }),
      ),
    );
    expect(new Set(outcomes).size).toBe(1);
    expect(outcomes[0]).toMatch(/^[a-z]{2}(-[a-z]{2}){3}$/);
  });
});
