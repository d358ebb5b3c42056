import type { RunningSupergraph } from '../../support/startSupergraph';

/** A prisoner to record learning for: where they are held, and a prison that has never held them. */
export interface PrisonerInCustody {
  prisonNumber: string;
  prison: string;
  neverHeld: string;
}

/**
 * The first prisoner in custody (by prison number) with no induction yet, so that recording one creates it, with
 * the prison holding them and one that never has, for the refusals.
 */
export async function prisonerInCustody(supergraph: RunningSupergraph): Promise<PrisonerInCustody> {
  const person = await supergraph.pnomis.system.database.db
    .selectFrom('booking')
    .leftJoin('induction', 'induction.prisonNumber', 'booking.prisonNumber')
    .select(['booking.prisonNumber', 'booking.prisonCode'])
    .where('booking.active', '=', 1)
    .where('induction.prisonNumber', 'is', null)
    .orderBy('booking.prisonNumber')
    .executeTakeFirstOrThrow();
  const held = await supergraph.pnomis.system.store.prisonsEverHeld(person.prisonNumber);
  const neverHeld = ['LEI', 'MDI', 'BMI', 'WWI', 'SWI'].find((code) => !held.has(code));
  if (!neverHeld) throw new Error(`${person.prisonNumber} has been held everywhere the tests look`);
  return { prisonNumber: person.prisonNumber, prison: person.prisonCode, neverHeld };
}
