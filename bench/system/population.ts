import type { Kysely } from 'kysely';
import { openDatabase } from '@lib/store/openDatabase';
import type { PnomisTables } from '../../subgraphs/pnomis/src/store/pnomisTables';
import type { ContactOnRecord } from '../load/visitorParty';
import { contactsInCustody } from './prisonerContacts';

/** A prisoner in custody, with the prison that holds them and the date of birth a booker states to link them. */
export interface PrisonerInCustody {
  prisonNumber: string;
  prisonCode: string;
  dateOfBirth: string;
}

/** A page of a prison's list: the prisoners held at `prisonCode` after `after` (null: from the first). */
export interface PrisonPage {
  prisonCode: string;
  after: string | null;
}

/** Who the load is drawn from: real people of the seeded stores, so that no two requests need ask the same. */
export interface Population {
  /** PNC IDs of people P-Nomis knows (their journey crosses the four systems). */
  pncIds: string[];
  prisonersInCustody: PrisonerInCustody[];
  /** The contacts of each prisoner in custody, by prison number: whom a booking may name as visitors. */
  contacts: ReadonlyMap<string, ContactOnRecord[]>;
  /** Pages of `pageSize` prisoners each, at every prison that holds that many. */
  prisonPages: PrisonPage[];
  pageSize: number;
}

/** The pages of `pageSize` prisoners a prison's list can start at: after each of its prisoners, in order. */
function pagesOf(prisoners: PrisonerInCustody[], pageSize: number): PrisonPage[] {
  const byPrison = new Map<string, string[]>();
  for (const { prisonCode, prisonNumber } of prisoners) {
    byPrison.set(prisonCode, [...(byPrison.get(prisonCode) ?? []), prisonNumber]);
  }
  const pages: PrisonPage[] = [];
  for (const [prisonCode, numbers] of byPrison) {
    numbers.sort();
    // A page starting after the i-th prisoner still has pageSize prisoners behind it.
    for (let index = -1; index + pageSize < numbers.length; index += 1) {
      pages.push({ prisonCode, after: index < 0 ? null : (numbers[index] ?? null) });
    }
  }
  return pages;
}

/** Everyone with an active booking in a P-Nomis store, where they are held and their date of birth. */
export function prisonersHeld(db: Kysely<PnomisTables>): Promise<PrisonerInCustody[]> {
  return db
    .selectFrom('booking')
    .innerJoin('offender', 'offender.prisonNumber', 'booking.prisonNumber')
    .select(['booking.prisonNumber', 'booking.prisonCode', 'offender.dateOfBirth'])
    .where('booking.active', '=', 1)
    .execute();
}

/** Reads the population from the seeded P-Nomis store (read-only; WAL lets the subgraph serve meanwhile). */
export async function readPopulation(pnomisLocation: string, pageSize: number): Promise<Population> {
  const pnomis = openDatabase<PnomisTables>(pnomisLocation);
  try {
    const offenders = await pnomis.db
      .selectFrom('offender')
      .select('pncId')
      .where('pncId', 'is not', null)
      .execute();
    const prisonersInCustody = await prisonersHeld(pnomis.db);
    const pncIds = offenders.flatMap((offender) => (offender.pncId ? [offender.pncId] : []));
    if (pncIds.length === 0 || prisonersInCustody.length === 0) {
      throw new Error('the seeded stores hold no offenders or no prisoners in custody');
    }
    // A small data set may have no prison holding a full page: the page shrinks to the largest prison's list.
    const held = new Map<string, number>();
    for (const { prisonCode } of prisonersInCustody) held.set(prisonCode, (held.get(prisonCode) ?? 0) + 1);
    const effectivePageSize = Math.min(pageSize, Math.max(...held.values()));
    return {
      pncIds,
      prisonersInCustody,
      contacts: await contactsInCustody(pnomis.db),
      prisonPages: pagesOf(prisonersInCustody, effectivePageSize),
      pageSize: effectivePageSize,
    };
  } finally {
    await pnomis.close();
  }
}
