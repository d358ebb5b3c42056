import { londonDateOf } from '@lib/time/londonTime';
import { visitCalls } from '../visits/support/visitCalls';
import { startVisitsSupergraph, type VisitsSupergraph } from '../visits/support/visitsFixture';
import { errorCode, freshKey, hoursAgo, movementCalls, newPerson, recordOf } from './support/movementCalls';

let fixture: VisitsSupergraph;

beforeAll(async () => {
  fixture = await startVisitsSupergraph();
}, 60_000);

afterAll(() => fixture?.supergraph.stop());

const JOURNEY = /* GraphQL */ `
  #graphql
  query MovedJourney($prisonNumber: ID!) {
    offender(prisonNumber: $prisonNumber) {
      custodyEvents {
        occurredAt
        kind
        summary
        reference
      }
      timeline {
        occurredAt
        system
        kind
      }
    }
  }
`;

const RELEASED_LEARNERS = /* GraphQL */ `
  #graphql
  query ReleasedToday($from: Date!, $to: Date!) {
    releasedLearners(releasedFrom: $from, releasedTo: $to, first: 200) {
      prisonNumber
      releasedOn
    }
  }
`;

const HELD_AT = /* GraphQL */ `
  #graphql
  query HeldAt($code: ID!) {
    prison(code: $code) {
      prisoners(first: 500) {
        prisonNumber
      }
    }
  }
`;

type JourneyEvent = { occurredAt: string; kind: string; summary: string; reference: string };

/** A person received at Leeds, moved to Moorland and released, each movement through the graph. */
async function receivedMovedAndReleased() {
  const { supergraph } = fixture;
  const calls = movementCalls(supergraph);
  const leeds = await fixture.staff('LEI');
  const moorland = await fixture.staff('MDI');
  const person = await newPerson(supergraph);
  const received = recordOf(
    await calls.receive(leeds, {
      newPerson: person,
      prisonCode: 'LEI',
      occurredAt: hoursAgo(5),
      idempotencyKey: freshKey(),
    }),
    'recordPrisonReception',
  );
  const { prisonNumber } = received;
  return {
    person,
    prisonNumber,
    received,
    leeds,
    moorland,
    transfer: async () =>
      recordOf(
        await calls.transfer(leeds, {
          prisonNumber,
          fromPrisonCode: 'LEI',
          toPrisonCode: 'MDI',
          reason: 'CLOSER_TO_HOME',
          occurredAt: hoursAgo(4),
          idempotencyKey: freshKey(),
        }),
        'transferPrisoner',
      ),
    release: async () =>
      recordOf(
        await calls.release(moorland, {
          prisonNumber,
          prisonCode: 'MDI',
          reason: 'BAIL',
          occurredAt: hoursAgo(3),
          idempotencyKey: freshKey(),
        }),
        'releasePrisoner',
      ),
    receiveAgain: async () =>
      recordOf(
        await calls.receive(leeds, {
          prisonNumber,
          prisonCode: 'LEI',
          status: 'SENTENCED',
          occurredAt: hoursAgo(1),
          idempotencyKey: freshKey(),
        }),
        'recordPrisonReception',
      ),
  };
}

describe('what reads custody after movements recorded through the graph', () => {
  it('shows each movement in the journey, oldest first across both bookings, and in the merged timeline', async () => {
    const moves = await receivedMovedAndReleased();
    await moves.transfer();
    await moves.release();
    const again = await moves.receiveAgain();
    const manager = await fixture.supergraph.tokenFor('offender-manager');
    const answer = await fixture.supergraph.queryAs<{
      offender: {
        custodyEvents: JourneyEvent[];
        timeline: { occurredAt: string; system: string; kind: string }[];
      };
    }>(manager, JOURNEY, { prisonNumber: moves.prisonNumber });
    expect(answer.errors).toBeUndefined();
    const events = answer.data?.offender.custodyEvents ?? [];
    expect(events.map((event) => [event.kind, event.summary, event.reference])).toEqual([
      ['ADMISSION', 'Admitted to HMP Leeds (Remanded by court)', moves.received.booking.bookingNumber],
      ['TRANSFER', 'Transferred from HMP Leeds to HMP Moorland', moves.received.booking.bookingNumber],
      ['RELEASE', 'Released from HMP Moorland (Released on bail)', moves.received.booking.bookingNumber],
      ['ADMISSION', 'Admitted to HMP Leeds (Sentenced)', again.booking.bookingNumber],
    ]);
    const timeline = (answer.data?.offender.timeline ?? []).filter((event) => event.system === 'PNOMIS');
    expect(timeline.map((event) => event.kind)).toEqual(['ADMISSION', 'TRANSFER', 'RELEASE', 'ADMISSION']);
    expect(timeline.map((event) => event.occurredAt)).toEqual(events.map((event) => event.occurredAt));
  });

  it('lists the prisoner at the prison holding them, and the released are found as released until received again', async () => {
    const { supergraph } = fixture;
    const moves = await receivedMovedAndReleased();
    const heldAt = async (token: string, code: string) => {
      const answer = await supergraph.queryAs<{ prison: { prisoners: { prisonNumber: string }[] } }>(
        token,
        HELD_AT,
        {
          code,
        },
      );
      expect(answer.errors).toBeUndefined();
      return (answer.data?.prison.prisoners ?? []).map((prisoner) => prisoner.prisonNumber);
    };
    expect(await heldAt(moves.leeds, 'LEI')).toContain(moves.prisonNumber);
    await moves.transfer();
    expect(await heldAt(moves.leeds, 'LEI')).not.toContain(moves.prisonNumber);
    expect(await heldAt(moves.moorland, 'MDI')).toContain(moves.prisonNumber);
    const released = await moves.release();
    expect(await heldAt(moves.moorland, 'MDI')).not.toContain(moves.prisonNumber);
    // Probation reads the released as the careers service does (education:released); the service itself may
    // send only the operations it registered.
    const probation = await supergraph.tokenFor('offender-manager');
    const today = londonDateOf(new Date());
    const releasedToday = async () => {
      const answer = await supergraph.queryAs<{
        releasedLearners: { prisonNumber: string; releasedOn: string }[];
      }>(probation, RELEASED_LEARNERS, { from: released.booking.endedOn, to: today });
      expect(answer.errors).toBeUndefined();
      return answer.data?.releasedLearners.filter((learner) => learner.prisonNumber === moves.prisonNumber);
    };
    expect(await releasedToday()).toEqual([
      { prisonNumber: moves.prisonNumber, releasedOn: released.booking.endedOn },
    ]);
    await moves.receiveAgain();
    expect(await releasedToday()).toEqual([]);
  });

  it('lets the visits system find the prisoner where P-Nomis now holds them, and not once released', async () => {
    const { supergraph } = fixture;
    const moves = await receivedMovedAndReleased();
    const visits = visitCalls(supergraph);
    const booker = await fixture.publicBooker(`movements-${moves.prisonNumber}`);
    // The public booker proves the prisoner's number, date of birth and prison: P-Nomis is asked.
    const linked = await visits.link(booker, {
      prisonNumber: moves.prisonNumber,
      dateOfBirth: moves.person.dateOfBirth,
      prisonCode: 'LEI',
    });
    expect(linked.data?.linkPrisonerToBookingAccount.prison.code).toBe('LEI');
    expect(
      (await visits.availability(moves.leeds, moves.prisonNumber)).data?.visitAvailability.prison.code,
    ).toBe('LEI');
    await moves.transfer();
    expect(errorCode(await visits.availability(booker, moves.prisonNumber))).toBe('PRISONER_NOT_AT_PRISON');
    expect(errorCode(await visits.availability(moves.leeds, moves.prisonNumber))).toBe('OUTSIDE_CASELOAD');
    expect(
      (await visits.availability(moves.moorland, moves.prisonNumber)).data?.visitAvailability.prison.code,
    ).toBe('MDI');
    await moves.release();
    expect(errorCode(await visits.availability(moves.moorland, moves.prisonNumber))).toBe(
      'PRISONER_NOT_IN_CUSTODY',
    );
  });
});
