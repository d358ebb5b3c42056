import { AS_OF, dayOf, generated, groupBy } from './seedFixture';

const asOf = dayOf(AS_OF);
const { plan, rows } = generated();
const contactsOf = groupBy(rows.pnomis.prisonerContact, (row) => row.prisonNumber);
const restrictionsOf = groupBy(rows.pnomis.contactRestriction, (row) => row.contactId);
const visitorsOf = groupBy(rows.visits.visitor, (row) => row.visitReference);

type Restriction = (typeof rows.pnomis.contactRestriction)[number];
const inForceOn = (restriction: Restriction, date: string) =>
  restriction.startsOn <= date && (restriction.endsOn == null || restriction.endsOn >= date);

describe('seeded contacts', () => {
  it('gives everyone taken into custody one to eight contacts, most of them more than one', () => {
    const prisoners = rows.pnomis.offender.map((offender) => offender.prisonNumber);
    const counts = prisoners.map((prisonNumber) => contactsOf.get(prisonNumber)?.length ?? 0);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...counts)).toBeLessThanOrEqual(8);
    expect(counts.filter((count) => count > 1).length / counts.length).toBeGreaterThan(0.5);
    expect(new Set(rows.pnomis.prisonerContact.map((row) => row.contactId)).size).toBe(
      rows.pnomis.prisonerContact.length,
    );
  });

  it('leaves a few unapproved, a few banned (some bans ended, some in force) and a few for closed visits only', () => {
    const contacts = rows.pnomis.prisonerContact;
    const unapproved = contacts.filter((contact) => contact.approvedVisitor === 0).length / contacts.length;
    expect(unapproved).toBeGreaterThan(0.01);
    expect(unapproved).toBeLessThan(0.1);
    const bans = rows.pnomis.contactRestriction.filter((row) => row.restrictionType === 'BAN');
    expect(bans.length / contacts.length).toBeGreaterThan(0.01);
    expect(bans.length / contacts.length).toBeLessThan(0.1);
    expect(bans.some((ban) => inForceOn(ban, AS_OF))).toBe(true);
    expect(bans.some((ban) => ban.endsOn != null && ban.endsOn < AS_OF)).toBe(true);
    expect(rows.pnomis.contactRestriction.some((row) => row.restrictionType === 'CLOSED')).toBe(true);
    for (const restriction of rows.pnomis.contactRestriction) {
      if (restriction.endsOn != null) expect(restriction.endsOn >= restriction.startsOn).toBe(true);
      expect(dayOf(restriction.startsOn)).toBeLessThanOrEqual(asOf + 30);
    }
  });

  it('names on every seeded visit only approved contacts of the prisoner, under no restriction that day', () => {
    for (const visit of rows.visits.visit) {
      const contacts = contactsOf.get(visit.prisonNumber) ?? [];
      for (const visitor of visitorsOf.get(visit.reference) ?? []) {
        const contact = contacts.find(
          (candidate) =>
            candidate.firstName === visitor.firstName &&
            candidate.lastName === visitor.lastName &&
            candidate.dateOfBirth === visitor.dateOfBirth,
        );
        expect(contact?.approvedVisitor).toBe(1);
        const restrictions = restrictionsOf.get(contact?.contactId ?? -1) ?? [];
        expect(restrictions.filter((held) => inForceOn(held, visit.sessionDate))).toEqual([]);
      }
    }
  });

  it('plans the same contacts as P-Nomis stores, for people in custody only', () => {
    expect([...plan.contacts.keys()].sort()).toEqual(
      rows.pnomis.offender.map((row) => row.prisonNumber).sort(),
    );
  });
});
