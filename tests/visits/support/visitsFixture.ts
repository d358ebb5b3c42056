import { resolve } from 'node:path';
import { readManifests } from '../../../gateway/src/trustedDocuments/persistedQueryManifest';
import { createDevToken } from '../../../scripts/token';
import { addDays, londonNow } from '@lib/time/londonTime';
import { seededDataDir } from '../../support/seededDataDir';
import { startSupergraph, type GraphQLResponse, type RunningSupergraph } from '../../support/startSupergraph';

const registered = readManifests(resolve(__dirname, '../../../trusted-documents')).get('public-visit-booker');

/** The text of a public visit booker's registered operation: partners may send only these. */
export function registeredOperation(name: string): string {
  const operation = [...(registered?.values() ?? [])].find((candidate) => candidate.name === name);
  if (!operation) throw new Error(`${name} is not registered for the public visit booker`);
  return operation.body;
}

/** A visit as the registered operations return it. */
export interface VisitData {
  reference: string;
  prisonNumber: string;
  prison: { code: string };
  date: string;
  startTime: string;
  endTime: string;
  restriction: 'OPEN' | 'CLOSED';
  status: 'RESERVED' | 'BOOKED' | 'CANCELLED' | 'EXPIRED';
  bookedAt: string;
  holdExpiresAt: string | null;
  cancelledAt: string | null;
  cancellationReason: string | null;
  visitors: {
    firstName: string;
    lastName: string;
    dateOfBirth: string;
    relationship: string;
    lead: boolean;
  }[];
}

/**
 * A visitor for a booking, aged `age` today and on any visit in the next months: born on the first of the month
 * two months ago, `age` years back.
 */
export function visitor(firstName: string, age: number, lead = false) {
  const twoMonthsAgo = addDays(londonNow(new Date()).date, -60);
  const born = `${Number(twoMonthsAgo.slice(0, 4)) - age}-${twoMonthsAgo.slice(5, 7)}-01`;
  return { firstName, lastName: 'Visitor', dateOfBirth: born, relationship: 'Friend', lead };
}

/** The London date `days` from today. */
export function daysAhead(days: number): string {
  return addDays(londonNow(new Date()).date, days);
}

let keyCounter = 0;

/** A fresh idempotency key. */
export function freshKey(): string {
  keyCounter += 1;
  return `test-key-${process.pid}-${Date.now()}-${keyCounter}`;
}

/** The first error code of a response, if any. */
export function errorCode(response: GraphQLResponse<unknown>): unknown {
  return response.errors?.[0]?.extensions?.code;
}

/** A seeded supergraph with helpers to add prisoners and sessions of known shape, and to act as each kind of caller. */
export async function startVisitsSupergraph(env: Record<string, string> = {}) {
  const { dataDir, manifest } = await seededDataDir();
  const supergraph = await startSupergraph(dataDir, env);
  const pnomisDb = supergraph.pnomis.system.database.db;
  const visitsDb = supergraph.visits.system.database.db;
  let prisonerCounter = 0;

  /** Adds a prisoner to P-Nomis, held at `prisonCode` on remand or sentenced; returns the prison number. */
  async function addPrisoner(prisonCode: string, status: 'REMAND' | 'SENTENCED'): Promise<string> {
    for (;;) {
      prisonerCounter += 1;
      const n = prisonerCounter;
      const prisonNumber = `Z${String(n).padStart(4, '0')}VZ`;
      const bookingNumber = `${String(90_000 + n)}Z`;
      const bookingId = 900_000_000 + n;
      const clash = await pnomisDb
        .selectFrom('booking')
        .select('bookingId')
        .where((eb) =>
          eb.or([eb('prisonNumber', '=', prisonNumber), eb('bookingNumber', '=', bookingNumber)]),
        )
        .executeTakeFirst();
      if (clash) continue;
      await pnomisDb
        .insertInto('offender')
        .values({
          prisonNumber,
          pncId: null,
          croNumber: null,
          firstName: 'Test',
          lastName: `Prisoner${n}`,
          dateOfBirth: '1990-01-01',
        })
        .execute();
      await pnomisDb
        .insertInto('booking')
        .values({
          bookingId,
          bookingNumber,
          prisonNumber,
          prisonCode,
          active: 1,
          inOutStatus: 'IN',
          status,
          beganOn: daysAhead(-60),
          endedOn: null,
          admissionReason: status === 'REMAND' ? 'Remanded by court' : 'Sentenced',
          releaseDate: null,
        })
        .execute();
      return prisonNumber;
    }
  }

  /** Moves a prisoner's active booking to another prison, as a transfer does in P-Nomis. */
  async function transfer(prisonNumber: string, toPrison: string): Promise<void> {
    await pnomisDb
      .updateTable('booking')
      .set({ prisonCode: toPrison })
      .where('prisonNumber', '=', prisonNumber)
      .where('active', '=', 1)
      .execute();
  }

  /** Ends a prisoner's active booking, as a release does in P-Nomis. */
  async function release(prisonNumber: string): Promise<void> {
    await pnomisDb
      .updateTable('booking')
      .set({ active: 0, inOutStatus: 'OUT', endedOn: daysAhead(0) })
      .where('prisonNumber', '=', prisonNumber)
      .execute();
  }

  /** Adds a daily session at a prison, every day of the week, with the given capacity; returns its start time. */
  async function addDailySession(
    prisonCode: string,
    startTime: string,
    endTime: string,
    capacity: { open: number; closed: number },
  ): Promise<string> {
    await visitsDb
      .insertInto('sessionTemplate')
      .values(
        [1, 2, 3, 4, 5, 6, 7].map((dayOfWeek) => ({
          prisonCode,
          dayOfWeek,
          startTime,
          endTime,
          openCapacity: capacity.open,
          closedCapacity: capacity.closed,
          validFrom: daysAhead(-30),
          validTo: null,
        })),
      )
      .execute();
    return startTime;
  }

  /** A token for a public visit booker with its own subject: each member of the public is a different caller. */
  const publicBooker = (subject: string) =>
    createDevToken(['--agency', 'public-visit-booker', '--subject', subject], {
      ...process.env,
      DATA_DIR: dataDir,
    });

  return {
    supergraph,
    dataDir,
    manifest,
    pnomisDb,
    visitsDb,
    addPrisoner,
    transfer,
    release,
    addDailySession,
    publicBooker,
    staff: (caseload: string) => supergraph.tokenFor('prison-staff', { caseload }),
  };
}

/** A started visits supergraph. */
export type VisitsSupergraph = Awaited<ReturnType<typeof startVisitsSupergraph>>;
export type { RunningSupergraph };
