import { sql } from 'kysely';
import { openDatabase } from '@lib/store/openDatabase';
import { crownCourtFor } from '@lib/reference/courtRegister';
import type { StoreLocations } from '../../seed/storeStreams';
import type { ConfiscationTables } from '../../subgraphs/confiscation/src/store/confiscationTables';
import type { MagistratesTables } from '../../subgraphs/courts/src/store/magistratesTables';
import type { VisitsTables } from '../../subgraphs/visits/src/store/visitsTables';
import { hearingDateAhead } from '../../tests/courts/support/seededCandidates';
import { createDevToken } from '../../scripts/token';
import { openPlacesLeft, planJobs, type BookingJob } from '../load/bookingJobs';
import { readPopulation, type PrisonerInCustody } from '../system/population';

/** The subjects of the chaos run's callers start with this, so its writes can be told apart in the stores. */
export const CHAOS_SUBJECT_PREFIX = 'chaos-';

/** A magistrates' case the chaos load may send to the Crown Court, with where and when. */
export interface SendableCase {
  urn: string;
  crownCourtCode: string;
  firstHearingOn: string;
}

/** Who and what the chaos load asks about and writes to, read from the run's own copy of the seeded stores. */
export interface ChaosPeople {
  pncIds: string[];
  prisonersInCustody: PrisonerInCustody[];
  /** Bookings that can each be made once (a free place at a session of the prison holding the prisoner). */
  bookingJobs: BookingJob[];
  /** Orders with room for many small payments. */
  openOrders: string[];
  sendableCases: SendableCase[];
  tokens: { caseworker: string; prisonStaff: string; investigator: string; courtStaff: string };
}

async function openOrders(location: string): Promise<string[]> {
  const store = openDatabase<ConfiscationTables>(location);
  try {
    const { rows } = await sql<{ accountNumber: string }>`
      select o.account_number from confiscation_order o
      where o.amount_ordered_pence - coalesce(
        (select sum(p.amount_pence) from payment p where p.account_number = o.account_number), 0) > 100000
      order by o.account_number limit 500`.execute(store.db);
    return rows.map((row) => row.accountNumber);
  } finally {
    await store.close();
  }
}

/** Unsent cases with an offence the Crown Court can try, each to the Crown Court serving its magistrates' court. */
async function sendableCases(location: string): Promise<SendableCase[]> {
  const store = openDatabase<MagistratesTables>(location);
  try {
    const rows = await store.db
      .selectFrom('magistratesCase')
      .select(['urn', 'courtCode'])
      .where('sentToCrownCaseNumber', 'is', null)
      .where('defendantPncId', 'is not', null)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('magistratesOffence')
            .select('magistratesOffence.urn')
            .whereRef('magistratesOffence.urn', '=', 'magistratesCase.urn')
            .where('modeOfTrial', '!=', 'SUMMARY_ONLY'),
        ),
      )
      .orderBy('urn')
      .limit(500)
      .execute();
    const firstHearingOn = hearingDateAhead();
    return rows.flatMap((row) => {
      const crown = crownCourtFor(row.courtCode);
      return crown ? [{ urn: row.urn, crownCourtCode: crown.code, firstHearingOn }] : [];
    });
  } finally {
    await store.close();
  }
}

/** Reads the people and records of the run's stores and signs one token per agency the load acts for. */
export async function readChaosPeople(runDir: string, locations: StoreLocations): Promise<ChaosPeople> {
  const population = await readPopulation(locations.pnomis, 1);
  const visits = openDatabase<VisitsTables>(locations.visits);
  let bookingJobs: BookingJob[];
  try {
    bookingJobs = planJobs(population.prisonersInCustody, await openPlacesLeft(visits), population.contacts);
  } finally {
    await visits.close();
  }
  const openOrderAccounts = await openOrders(locations.confiscation);
  const cases = await sendableCases(locations.magistrates);
  // A load without one of its writes would check nothing of it afterwards: refuse to run rather than pass.
  const missing = [
    bookingJobs.length === 0 &&
      'bookings (no free place with an approved contact to book: stores seeded before contacts?)',
    openOrderAccounts.length === 0 && 'payments (no open confiscation order)',
    cases.length === 0 && "case transfers (no unsent magistrates' case)",
  ].filter(Boolean);
  if (missing.length > 0) {
    throw new Error(
      `the seeded stores allow no ${missing.join(', no ')}; seed them again (delete the folder)`,
    );
  }
  const env = { ...process.env, DATA_DIR: runDir };
  const caseload = [...new Set(population.prisonersInCustody.map((prisoner) => prisoner.prisonCode))].join(
    ',',
  );
  const token = (agency: string, extra: string[] = []) =>
    createDevToken(
      ['--agency', agency, '--subject', `${CHAOS_SUBJECT_PREFIX}${agency}`, '--expires', '2h', ...extra],
      env,
    );
  return {
    pncIds: population.pncIds,
    prisonersInCustody: population.prisonersInCustody,
    bookingJobs,
    openOrders: openOrderAccounts,
    sendableCases: cases,
    tokens: {
      caseworker: await token('offender-manager'),
      prisonStaff: await token('prison-staff', ['--caseload', caseload]),
      investigator: await token('financial-investigator'),
      courtStaff: await token('court-staff'),
    },
  };
}
