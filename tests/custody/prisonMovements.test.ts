import { seededDataDir } from '../support/seededDataDir';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { errorCode, freshKey, hoursAgo, movementCalls, newPerson, recordOf } from './support/movementCalls';

let supergraph: RunningSupergraph;
let calls: ReturnType<typeof movementCalls>;
let leeds: string;
let moorland: string;

beforeAll(async () => {
  const { dataDir } = await seededDataDir();
  supergraph = await startSupergraph(dataDir);
  calls = movementCalls(supergraph);
  leeds = await supergraph.tokenFor('prison-staff', { caseload: 'LEI' });
  moorland = await supergraph.tokenFor('prison-staff', { caseload: 'MDI' });
}, 60_000);

afterAll(() => supergraph?.stop());

const CUSTODY = /* GraphQL */ `
  #graphql
  query Custody($prisonNumber: ID!) {
    offender(prisonNumber: $prisonNumber) {
      pncId
      custody {
        status
        currentPrison {
          code
        }
        bookings {
          bookingNumber
          active
          prison {
            code
          }
          movements {
            type
            fromLocation
            toLocation
          }
        }
      }
    }
  }
`;

interface CustodyData {
  offender: {
    pncId: string | null;
    custody: {
      status: string;
      currentPrison: { code: string } | null;
      bookings: {
        bookingNumber: string;
        active: boolean;
        prison: { code: string };
        movements: { type: string; fromLocation: string; toLocation: string }[];
      }[];
    } | null;
  } | null;
}

const custodyOf = (token: string, prisonNumber: string) =>
  supergraph.queryAs<CustodyData>(token, CUSTODY, { prisonNumber });

/** The movements P-Nomis holds for a person, straight from the store: what was recorded, whatever the graph says. */
async function storedMovements(prisonNumber: string) {
  return supergraph.pnomis.system.database.db
    .selectFrom('movement')
    .innerJoin('booking', 'booking.bookingId', 'movement.bookingId')
    .select(['movement.type', 'movement.fromLocation', 'movement.toLocation', 'booking.bookingNumber'])
    .where('booking.prisonNumber', '=', prisonNumber)
    .orderBy('movement.occurredAt')
    .execute();
}

describe('a person received, transferred and released by prison staff', () => {
  it('receives a new person on remand: a prison number, an active booking and the admission from the court', async () => {
    const person = await newPerson(supergraph);
    const received = recordOf(
      await calls.receive(leeds, { newPerson: person, prisonCode: 'LEI', idempotencyKey: freshKey() }),
      'recordPrisonReception',
    );
    expect(received.prisonNumber).toMatch(/^[A-Z]\d{4}[A-Z]{2}$/);
    expect(received.pncId).toBe(person.pncId);
    expect(received.replayed).toBe(false);
    expect(received.booking).toMatchObject({
      prison: { code: 'LEI' },
      active: true,
      inOutStatus: 'IN',
      endedOn: null,
      admissionReason: 'Remanded by court',
    });
    expect(received.booking.bookingNumber).toMatch(/^\d{5}[A-Z]$/);
    expect(received.movement).toMatchObject({
      type: 'ADMISSION',
      direction: 'IN',
      fromLocation: 'B13LS00',
      toLocation: 'LEI',
      reason: 'Remanded by court',
    });
    const custody = (await custodyOf(leeds, received.prisonNumber)).data?.offender;
    expect(custody?.pncId).toBe(person.pncId);
    expect(custody?.custody).toMatchObject({ status: 'REMAND', currentPrison: { code: 'LEI' } });
    expect(await storedMovements(received.prisonNumber)).toEqual([
      {
        type: 'ADMISSION',
        fromLocation: 'B13LS00',
        toLocation: 'LEI',
        bookingNumber: received.booking.bookingNumber,
      },
    ]);
  });

  it('transfers the prisoner: the booking moves and the prison left no longer sees them', async () => {
    const received = recordOf(
      await calls.receive(leeds, {
        newPerson: await newPerson(supergraph),
        prisonCode: 'LEI',
        status: 'SENTENCED',
        fromCourtCode: 'C13LS00',
        idempotencyKey: freshKey(),
      }),
      'recordPrisonReception',
    );
    const moved = recordOf(
      await calls.transfer(leeds, {
        prisonNumber: received.prisonNumber,
        fromPrisonCode: 'LEI',
        toPrisonCode: 'MDI',
        reason: 'ALLOCATION',
        idempotencyKey: freshKey(),
      }),
      'transferPrisoner',
    );
    expect(moved.booking).toMatchObject({
      bookingNumber: received.booking.bookingNumber,
      prison: { code: 'MDI' },
      active: true,
    });
    expect(moved.movement).toMatchObject({
      type: 'TRANSFER',
      direction: 'IN',
      fromLocation: 'LEI',
      toLocation: 'MDI',
      reason: 'Transfer: allocation',
    });
    const atMoorland = (await custodyOf(moorland, received.prisonNumber)).data?.offender?.custody;
    expect(atMoorland?.currentPrison?.code).toBe('MDI');
    expect(atMoorland?.bookings[0]?.movements.map((movement) => movement.type)).toEqual([
      'ADMISSION',
      'TRANSFER',
    ]);
    expect(errorCode(await custodyOf(leeds, received.prisonNumber))).toBe('OUTSIDE_CASELOAD');
  });

  it('releases the prisoner: the booking ends inactive on the release date, and a later reception opens a new one', async () => {
    const received = recordOf(
      await calls.receive(leeds, {
        newPerson: await newPerson(supergraph),
        prisonCode: 'LEI',
        occurredAt: hoursAgo(5),
        idempotencyKey: freshKey(),
      }),
      'recordPrisonReception',
    );
    const releasedAt = hoursAgo(4);
    const released = recordOf(
      await calls.release(leeds, {
        prisonNumber: received.prisonNumber,
        prisonCode: 'LEI',
        reason: 'BAIL',
        occurredAt: releasedAt,
        idempotencyKey: freshKey(),
      }),
      'releasePrisoner',
    );
    expect(released.booking).toMatchObject({
      bookingNumber: received.booking.bookingNumber,
      active: false,
      inOutStatus: 'OUT',
      endedOn: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(releasedAt)),
    });
    expect(released.movement).toMatchObject({
      type: 'RELEASE',
      direction: 'OUT',
      fromLocation: 'LEI',
      toLocation: 'OUT',
      reason: 'Released on bail',
    });
    expect((await custodyOf(leeds, received.prisonNumber)).data?.offender?.custody).toMatchObject({
      status: 'RELEASED',
      currentPrison: null,
    });
    // Received again, by prison number: a second booking, the first kept as it ended.
    const again = recordOf(
      await calls.receive(moorland, {
        prisonNumber: received.prisonNumber,
        prisonCode: 'MDI',
        status: 'SENTENCED',
        occurredAt: hoursAgo(1),
        idempotencyKey: freshKey(),
      }),
      'recordPrisonReception',
    );
    expect(again.booking.bookingNumber).not.toBe(received.booking.bookingNumber);
    const custody = (await custodyOf(moorland, received.prisonNumber)).data?.offender?.custody;
    expect(custody?.status).toBe('SENTENCED');
    expect(custody?.bookings.map((booking) => [booking.bookingNumber, booking.active])).toEqual([
      [again.booking.bookingNumber, true],
      [received.booking.bookingNumber, false],
    ]);
  });
});

describe('refusals', () => {
  it('refuses a reception with bad input, each with its code and the argument to correct', async () => {
    const person = await newPerson(supergraph);
    const refusal = async (input: Record<string, unknown>) => {
      const answer = await calls.receive(leeds, {
        newPerson: person,
        prisonCode: 'LEI',
        idempotencyKey: freshKey(),
        ...input,
      });
      expect(answer.data?.recordPrisonReception ?? null).toBeNull();
      return answer.errors?.[0]?.extensions;
    };
    expect(await refusal({ prisonCode: 'ZZI' })).toMatchObject({
      code: 'UNKNOWN_PRISON',
      argument: 'prisonCode',
    });
    expect(await refusal({ prisonCode: 'Leeds' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'prisonCode',
    });
    expect(await refusal({ prisonCode: 'MDI' })).toMatchObject({ code: 'OUTSIDE_CASELOAD' });
    expect(await refusal({ fromCourtCode: 'B99ZZ00' })).toMatchObject({ code: 'UNKNOWN_COURT' });
    const tomorrow = new Date(Date.now() + 36 * 3_600_000).toISOString();
    expect(await refusal({ occurredAt: tomorrow })).toMatchObject({
      code: 'DATE_IN_FUTURE',
      argument: 'occurredAt',
    });
    expect(await refusal({ newPerson: { ...person, pncId: '2012/0052494A' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'pncId',
    });
    expect(await refusal({ newPerson: { ...person, dateOfBirth: '2999-01-01' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'dateOfBirth',
    });
    expect(await refusal({ newPerson: { ...person, lastName: '  ' } })).toMatchObject({
      argument: 'lastName',
    });
    expect(await refusal({ prisonNumber: 'A1234BC' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await refusal({ newPerson: null })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await refusal({ newPerson: null, prisonNumber: 'Z9999ZZ' })).toMatchObject({
      code: 'PRISONER_NOT_FOUND',
    });
    expect(await refusal({ idempotencyKey: '' })).toMatchObject({ argument: 'idempotencyKey' });
    // None of them recorded anything: the person is still unknown, so a good request receives them.
    expect(
      errorCode(
        await calls.receive(leeds, { newPerson: person, prisonCode: 'LEI', idempotencyKey: freshKey() }),
      ),
    ).toBeUndefined();
  });

  it('refuses to receive someone in custody, or a new person whose PNC ID P-Nomis already holds', async () => {
    const person = await newPerson(supergraph);
    const first = recordOf(
      await calls.receive(leeds, { newPerson: person, prisonCode: 'LEI', idempotencyKey: freshKey() }),
      'recordPrisonReception',
    );
    const inCustody = await calls.receive(leeds, {
      prisonNumber: first.prisonNumber,
      prisonCode: 'LEI',
      idempotencyKey: freshKey(),
    });
    expect(errorCode(inCustody)).toBe('PRISONER_ALREADY_IN_CUSTODY');
    const twice = await calls.receive(moorland, {
      newPerson: { ...person, firstName: 'Someone' },
      prisonCode: 'MDI',
      idempotencyKey: freshKey(),
    });
    expect(errorCode(twice)).toBe('PNC_ID_ALREADY_RECORDED');
    // The refusal does not give away the prison number of someone Moorland's staff do not hold.
    expect(JSON.stringify(twice.errors)).not.toContain(first.prisonNumber);
  });

  it('refuses a transfer or release the prisoner’s state or the request does not allow', async () => {
    const received = recordOf(
      await calls.receive(leeds, {
        newPerson: await newPerson(supergraph),
        prisonCode: 'LEI',
        occurredAt: hoursAgo(3),
        idempotencyKey: freshKey(),
      }),
      'recordPrisonReception',
    );
    const { prisonNumber } = received;
    const transfer = (input: Record<string, unknown>, token = leeds) =>
      calls.transfer(token, {
        prisonNumber,
        fromPrisonCode: 'LEI',
        toPrisonCode: 'MDI',
        idempotencyKey: freshKey(),
        ...input,
      });
    expect(errorCode(await transfer({ toPrisonCode: 'LEI' }))).toBe('SAME_PRISON');
    expect(errorCode(await transfer({ toPrisonCode: 'QQI' }))).toBe('UNKNOWN_PRISON');
    expect(errorCode(await transfer({ fromPrisonCode: 'MDI', toPrisonCode: 'LEI' }))).toBe(
      'OUTSIDE_CASELOAD',
    );
    expect(errorCode(await transfer({ fromPrisonCode: 'MDI', toPrisonCode: 'LEI' }, moorland))).toBe(
      'PRISONER_NOT_AT_PRISON',
    );
    expect(errorCode(await transfer({ occurredAt: hoursAgo(4) }))).toBe('MOVEMENT_OUT_OF_ORDER');
    expect(
      errorCode(await transfer({ occurredAt: new Date(Date.now() + 48 * 3_600_000).toISOString() })),
    ).toBe('DATE_IN_FUTURE');
    const release = (input: Record<string, unknown>) =>
      calls.release(leeds, { prisonNumber, prisonCode: 'LEI', idempotencyKey: freshKey(), ...input });
    expect(errorCode(await release({ reason: 'CONDITIONAL_RELEASE' }))).toBe('RELEASE_REASON_NOT_ALLOWED');
    expect(errorCode(await release({ occurredAt: hoursAgo(4) }))).toBe('MOVEMENT_OUT_OF_ORDER');
    expect(errorCode(await release({ prisonNumber: 'Z9999ZZ' }))).toBe('PRISONER_NOT_FOUND');
    // Nothing recorded by any of them: the booking is at Leeds with its admission alone.
    expect((await storedMovements(prisonNumber)).map((movement) => movement.type)).toEqual(['ADMISSION']);
    expect(errorCode(await release({ reason: 'DISCHARGED_BY_COURT' }))).toBeUndefined();
    expect(errorCode(await release({}))).toBe('PRISONER_NOT_IN_CUSTODY');
    expect(errorCode(await transfer({}))).toBe('PRISONER_NOT_IN_CUSTODY');
  });

  it('refuses the movements to a caller without custody:write, before P-Nomis is asked', async () => {
    const reader = await supergraph.tokenFor('prison-staff', { caseload: 'LEI', scopes: 'custody:read' });
    const answer = await calls.receive(reader, {
      newPerson: await newPerson(supergraph),
      prisonCode: 'LEI',
      idempotencyKey: freshKey(),
    });
    expect(errorCode(answer)).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
  });
});

describe('idempotency', () => {
  it('answers a repeated reception, transfer and release with the first answer, and records each once', async () => {
    const person = await newPerson(supergraph);
    const reception = {
      newPerson: person,
      prisonCode: 'LEI',
      occurredAt: hoursAgo(3),
      idempotencyKey: freshKey(),
    };
    const first = recordOf(await calls.receive(leeds, reception), 'recordPrisonReception');
    const repeated = recordOf(await calls.receive(leeds, reception), 'recordPrisonReception');
    expect(repeated).toEqual({ ...first, replayed: true });
    const { prisonNumber } = first;
    const transfer = {
      prisonNumber,
      fromPrisonCode: 'LEI',
      toPrisonCode: 'MDI',
      occurredAt: hoursAgo(2),
      idempotencyKey: freshKey(),
    };
    const moved = recordOf(await calls.transfer(leeds, transfer), 'transferPrisoner');
    // Leeds's clerk repeats the transfer after it went through: the same answer, although the prisoner has gone.
    expect(recordOf(await calls.transfer(leeds, transfer), 'transferPrisoner')).toEqual({
      ...moved,
      replayed: true,
    });
    const release = { prisonNumber, prisonCode: 'MDI', occurredAt: hoursAgo(1), idempotencyKey: freshKey() };
    const released = recordOf(await calls.release(moorland, release), 'releasePrisoner');
    expect(recordOf(await calls.release(moorland, release), 'releasePrisoner')).toEqual({
      ...released,
      replayed: true,
    });
    expect((await storedMovements(prisonNumber)).map((movement) => movement.type)).toEqual([
      'ADMISSION',
      'TRANSFER',
      'RELEASE',
    ]);
    // A key used again for something else is refused, whichever movement it was first used for.
    expect(
      errorCode(await calls.receive(leeds, { ...reception, prisonCode: 'LEI', status: 'SENTENCED' })),
    ).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(
      errorCode(await calls.release(moorland, { ...release, idempotencyKey: transfer.idempotencyKey })),
    ).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});
