import type { Kysely } from 'kysely';
import type { PnomisTables } from '../../subgraphs/pnomis/src/store/pnomisTables';
import type { ContactOnRecord } from '../load/visitorParty';

/**
 * The contacts of every prisoner in custody, with their restrictions, read from the seeded P-Nomis store: whom a
 * booking may name as visitors (approved contacts free to visit on the day).
 */
export async function contactsInCustody(db: Kysely<PnomisTables>): Promise<Map<string, ContactOnRecord[]>> {
  const inCustody = (query: Kysely<PnomisTables>) =>
    query
      .selectFrom('prisonerContact as contact')
      .innerJoin('booking', (join) =>
        join.onRef('booking.prisonNumber', '=', 'contact.prisonNumber').on('booking.active', '=', 1),
      );
  const [contacts, restrictions] = await Promise.all([
    inCustody(db).selectAll('contact').orderBy('contact.contactId').execute(),
    inCustody(db)
      .innerJoin('contactRestriction as restriction', 'restriction.contactId', 'contact.contactId')
      .select(['restriction.contactId', 'restriction.startsOn', 'restriction.endsOn'])
      .execute(),
  ]);
  const restrictionsOf = new Map<number, { startsOn: string; endsOn: string | null }[]>();
  for (const { contactId, ...held } of restrictions) {
    const list = restrictionsOf.get(contactId);
    if (list) list.push(held);
    else restrictionsOf.set(contactId, [held]);
  }
  const byPrisoner = new Map<string, ContactOnRecord[]>();
  for (const contact of contacts) {
    const onRecord: ContactOnRecord = {
      firstName: contact.firstName,
      lastName: contact.lastName,
      dateOfBirth: contact.dateOfBirth,
      relationship: contact.relationship,
      approved: contact.approvedVisitor === 1,
      restrictions: restrictionsOf.get(contact.contactId) ?? [],
    };
    const list = byPrisoner.get(contact.prisonNumber);
    if (list) list.push(onRecord);
    else byPrisoner.set(contact.prisonNumber, [onRecord]);
  }
  return byPrisoner;
}
