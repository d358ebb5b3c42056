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

/** Six contacts who may all come to one visit: three adults, one of them to lead, and three children. */
export const FAMILY_OF_SIX = [
  visitor('Mum', 45),
  visitor('Dad', 47),
  visitor('Gran', 70),
  visitor('Kid1', 17),
  visitor('Kid2', 10),
  visitor('Kid3', 2),
];

/**
 * The people every test prisoner has as approved contacts, free to visit: the visitors the suites book with, a
 * family of six who may come together among them. A visitor named on a booking must be an approved contact of
 * the prisoner (P-Nomis is asked).
 */
export const APPROVED_VISITORS = [visitor('Ann', 40), visitor('Bo', 9), visitor('Bo', 6), ...FAMILY_OF_SIX];

/** The date of birth P-Nomis records for every prisoner a test adds: what a booker states to link them. */
export const TEST_PRISONER_BORN = '1990-01-01';

/** A restriction on a contact's visits, as P-Nomis records it. */
export interface TestRestriction {
  type: 'BAN' | 'CLOSED';
  startsOn: string;
  endsOn: string | null;
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
  // Contact ids are P-Nomis's to give (the seed numbers its own from 1): the tests' are far above.
  let contactCounter = 900_000_000;

  /** Adds a contact of a prisoner to P-Nomis, approved to visit unless said otherwise, with any restrictions. */
  async function addContact(
    prisonNumber: string,
    person: ReturnType<typeof visitor>,
    options: { approved?: boolean; restrictions?: TestRestriction[] } = {},
  ): Promise<void> {
    contactCounter += 1;
    const contactId = contactCounter;
    await pnomisDb
      .insertInto('prisonerContact')
      .values({
        contactId,
        prisonNumber,
        firstName: person.firstName,
        lastName: person.lastName,
        dateOfBirth: person.dateOfBirth,
        relationship: person.relationship,
        approvedVisitor: options.approved === false ? 0 : 1,
      })
      .execute();
    for (const restriction of options.restrictions ?? []) {
      await pnomisDb
        .insertInto('contactRestriction')
        .values({
          contactId,
          restrictionType: restriction.type,
          startsOn: restriction.startsOn,
          endsOn: restriction.endsOn,
        })
        .execute();
    }
  }

  /**
   * Links a prisoner to a public booker's account through the graph, as the booker would: their prison number,
   * the date of birth P-Nomis records for test prisoners, and the prison given.
   */
  async function linkNow(token: string, prisonNumber: string, prisonCode: string) {
    const response = await supergraph.queryAs<{ linkPrisonerToBookingAccount: { prisonNumber: string } }>(
      token,
      registeredOperation('LinkPrisonerToBookingAccount'),
      { input: { prisonNumber, dateOfBirth: TEST_PRISONER_BORN, prisonCode } },
    );
    if (!response.data?.linkPrisonerToBookingAccount) {
      throw new Error(`could not link ${prisonNumber}: ${JSON.stringify(response.errors)}`);
    }
  }
  // One link at a time, as a person makes them: attempts in flight at once count against the account's allowance
  // of failures until they succeed (linkAttempts.ts), and the suites add prisoners many at once.
  let linking = Promise.resolve();
  const link = (token: string, prisonNumber: string, prisonCode: string): Promise<void> => {
    const linked = linking.then(() => linkNow(token, prisonNumber, prisonCode));
    linking = linked.catch(() => undefined);
    return linked;
  };

  /**
   * Adds a prisoner to P-Nomis, held at `prisonCode` on remand or sentenced, with the approved contacts the suites
   * book with, and links them to the accounts of the public bookers given; returns the prison number.
   */
  async function addPrisoner(
    prisonCode: string,
    status: 'REMAND' | 'SENTENCED',
    options: { linkedTo?: readonly string[]; incentiveLevel?: 'BASIC' | 'STANDARD' | 'ENHANCED' } = {},
  ): Promise<string> {
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
          firstNameFolded: 'test',
          lastNameFolded: `prisoner${n}`,
          dateOfBirth: TEST_PRISONER_BORN,
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
          incentiveLevel: options.incentiveLevel ?? 'STANDARD',
        })
        .execute();
      for (const person of APPROVED_VISITORS) await addContact(prisonNumber, person);
      for (const token of options.linkedTo ?? []) await link(token, prisonNumber, prisonCode);
      return prisonNumber;
    }
  }

  /** How many visits the store holds for a prisoner that hold a place: booked, or reserved. */
  async function liveVisits(prisonNumber: string): Promise<number> {
    const rows = await visitsDb
      .selectFrom('visit')
      .select('reference')
      .where('prisonNumber', '=', prisonNumber)
      .where('status', 'in', ['BOOKED', 'RESERVED'])
      .execute();
    return rows.length;
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
    addContact,
    link,
    liveVisits,
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
