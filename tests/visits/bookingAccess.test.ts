import { visitCalls, visitOf } from './support/visitCalls';
import { daysAhead, errorCode, startVisitsSupergraph, type VisitsSupergraph } from './support/visitsFixture';

let fixture: VisitsSupergraph;
let calls: ReturnType<typeof visitCalls>;
let startTime: string;

beforeAll(async () => {
  fixture = await startVisitsSupergraph();
  calls = visitCalls(fixture.supergraph);
  startTime = await fixture.addDailySession('LEI', '19:00', '20:00', { open: 20, closed: 2 });
  await fixture.addDailySession('MDI', '19:00', '20:00', { open: 20, closed: 2 });
});

afterAll(() => fixture.supergraph.stop());

const RECORD_OUTCOME = /* GraphQL */ `
  #graphql
  mutation RecordOutcome($input: RecordVisitOutcomeInput!) {
    recordVisitOutcome(input: $input) {
      reference
      outcome
      outcomeNotes
      outcomeRecordedAt
    }
  }
`;

type OutcomeData = {
  recordVisitOutcome: {
    reference: string;
    outcome: string;
    outcomeNotes: string | null;
    outcomeRecordedAt: string;
  };
};

/** A visit from the seeded history (the old offline system): booked, at a prison, before today. */
async function pastSeededVisit() {
  const visit = await fixture.visitsDb
    .selectFrom('visit')
    .select(['reference', 'prisonCode', 'prisonNumber'])
    .where('status', '=', 'BOOKED')
    .where('sessionDate', '<', daysAhead(0))
    .where('bookedBy', 'is', null)
    .orderBy('sessionDate', 'desc')
    .executeTakeFirstOrThrow();
  return visit;
}

describe('a public visit booker', () => {
  it('sees only the bookings they made, and cannot change anyone else’s', async () => {
    const [alice, bob] = await Promise.all([fixture.publicBooker('alice'), fixture.publicBooker('bob')]);
    const prisonNumber = await fixture.addPrisoner('LEI', 'SENTENCED', { linkedTo: [alice, bob] });
    const other = await fixture.addPrisoner('LEI', 'REMAND', { linkedTo: [bob] });
    const date = daysAhead(5);
    const alices = visitOf(
      await calls.book(alice, { prisonNumber, prisonCode: 'LEI', date, startTime }),
      'bookVisit',
    );
    const bobs = visitOf(
      await calls.book(bob, { prisonNumber, prisonCode: 'LEI', date: daysAhead(12), startTime }),
      'bookVisit',
    );
    const bobsOther = visitOf(
      await calls.reserve(bob, { prisonNumber: other, prisonCode: 'LEI', date, startTime }),
      'reserveVisit',
    );

    const mine = await calls.mine(alice);
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.myVisitBookings.map((visit) => visit.reference)).toEqual([alices.reference]);
    expect((await calls.mine(bob)).data?.myVisitBookings.map((visit) => visit.reference)).toEqual([
      bobsOther.reference,
      bobs.reference,
    ]);
    const ofPrisoner = await calls.ofPrisoner(alice, prisonNumber);
    expect(ofPrisoner.data?.prisonerVisits.map((visit) => visit.reference)).toEqual([alices.reference]);
    expect((await calls.mine(alice, 'PAST')).data?.myVisitBookings).toEqual([]);

    expect(errorCode(await calls.cancel(alice, bobs.reference))).toBe('VISIT_NOT_FOUND');
    expect(errorCode(await calls.confirm(alice, bobsOther.reference))).toBe('VISIT_NOT_FOUND');
    const stored = await fixture.visitsDb
      .selectFrom('visit')
      .select('status')
      .where('reference', '=', bobs.reference)
      .executeTakeFirst();
    expect(stored?.status).toBe('BOOKED');
  });

  it('cannot record a visit’s outcome, nor read visits as staff do', async () => {
    const alice = await fixture.publicBooker('alice');
    const past = await pastSeededVisit();
    const outcome = await fixture.supergraph.queryAs<OutcomeData>(alice, RECORD_OUTCOME, {
      input: { reference: past.reference, outcome: 'COMPLETED' },
    });
    // Partners may run only their registered operations; outcome recording is not one of them.
    expect(errorCode(outcome)).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    // Nor may a booker list a prisoner's visits without having linked the prisoner to their account.
    const theirs = await calls.ofPrisoner(alice, past.prisonNumber, 'PAST');
    expect(errorCode(theirs)).toBe('PRISONER_NOT_MATCHED');
    expect(theirs.data?.prisonerVisits).toBeUndefined();
  });
});

describe('prison staff', () => {
  it('book and cancel only at the prisons of their caseload', async () => {
    const leeds = await fixture.staff('LEI');
    const moorland = await fixture.staff('MDI');
    const prisonNumber = await fixture.addPrisoner('LEI', 'REMAND');
    const args = { prisonNumber, prisonCode: 'LEI', date: daysAhead(6), startTime };
    expect(errorCode(await calls.book(moorland, args))).toBe('OUTSIDE_CASELOAD');
    expect(errorCode(await calls.availability(moorland, prisonNumber))).toBe('OUTSIDE_CASELOAD');
    const visit = visitOf(await calls.book(leeds, args), 'bookVisit');
    expect(errorCode(await calls.cancel(moorland, visit.reference))).toBe('OUTSIDE_CASELOAD');
    // Staff at the prison may cancel any visit there, including one a member of the public booked.
    const alice = await fixture.publicBooker('alice');
    const alices = visitOf(
      await calls.book(alice, {
        ...args,
        date: daysAhead(7),
        prisonNumber: await fixture.addPrisoner('LEI', 'REMAND', { linkedTo: [alice] }),
      }),
      'bookVisit',
    );
    const cancelled = visitOf(
      await calls.cancel(leeds, alices.reference, 'Establishment lockdown'),
      'cancelVisit',
    );
    expect(cancelled.status).toBe('CANCELLED');
    const all = await calls.ofPrisoner(leeds, prisonNumber);
    expect(all.data?.prisonerVisits.map((entry) => entry.reference)).toEqual([visit.reference]);
    expect((await calls.ofPrisoner(moorland, prisonNumber)).data?.prisonerVisits).toEqual([]);
  });

  it('record the outcome of a visit that has taken place, once, at a prison of their caseload', async () => {
    const past = await pastSeededVisit();
    const staff = await fixture.staff(past.prisonCode);
    const elsewhere = await fixture.staff(past.prisonCode === 'LEI' ? 'MDI' : 'LEI');
    const record = (token: string, outcome: string, notes?: string) =>
      fixture.supergraph.queryAs<OutcomeData>(token, RECORD_OUTCOME, {
        input: { reference: past.reference, outcome, notes },
      });
    expect(errorCode(await record(elsewhere, 'COMPLETED'))).toBe('OUTSIDE_CASELOAD');
    const recorded = await record(staff, 'VISITOR_DID_NOT_ATTEND', 'No show at gate');
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordVisitOutcome).toMatchObject({
      reference: past.reference,
      outcome: 'VISITOR_DID_NOT_ATTEND',
      outcomeNotes: 'No show at gate',
    });
    expect((await record(staff, 'VISITOR_DID_NOT_ATTEND', 'No show at gate')).errors).toBeUndefined();
    expect(errorCode(await record(staff, 'COMPLETED'))).toBe('OUTCOME_ALREADY_RECORDED');
    expect(errorCode(await calls.cancel(staff, past.reference))).toBe('VISIT_ALREADY_TAKEN_PLACE');

    const prisonNumber = await fixture.addPrisoner('LEI', 'REMAND');
    const leeds = await fixture.staff('LEI');
    const future = visitOf(
      await calls.book(leeds, { prisonNumber, prisonCode: 'LEI', date: daysAhead(4), startTime }),
      'bookVisit',
    );
    const early = await fixture.supergraph.queryAs(leeds, RECORD_OUTCOME, {
      input: { reference: future.reference, outcome: 'COMPLETED' },
    });
    expect(errorCode(early)).toBe('VISIT_NOT_YET_TAKEN_PLACE');
  });

  it('need visits:book as well as visits:read to record an outcome', async () => {
    const past = await pastSeededVisit();
    const manager = await fixture.supergraph.tokenFor('offender-manager');
    const response = await fixture.supergraph.queryAs(manager, RECORD_OUTCOME, {
      input: { reference: past.reference, outcome: 'COMPLETED' },
    });
    expect(errorCode(response)).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
  });
});

describe('the audit log', () => {
  it('names the prisoner whose visit was booked, with the booker and the purpose', async () => {
    const alice = await fixture.publicBooker('alice-audited');
    const prisonNumber = await fixture.addPrisoner('LEI', 'REMAND', { linkedTo: [alice] });
    visitOf(
      await calls.book(alice, { prisonNumber, prisonCode: 'LEI', date: daysAhead(9), startTime }),
      'bookVisit',
    );
    const [record] = await fixture.supergraph.gateway.auditLog.store.consultationsOf(prisonNumber, {
      limit: 1,
    });
    expect(record).toMatchObject({
      subject: 'alice-audited',
      agency: 'public-visit-booker',
      operationName: 'VisitBooking',
      outcome: 'SUCCESS',
      subgraphs: ['visits'],
    });
    expect(record?.offenders).toEqual([prisonNumber]);
  });
});
