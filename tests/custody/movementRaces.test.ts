import { seededDataDir } from '../support/seededDataDir';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import {
  errorCode,
  freshKey,
  hoursAgo,
  movementCalls,
  newPerson,
  peopleNamed,
  recordOf,
} from './support/movementCalls';

let supergraph: RunningSupergraph;
let calls: ReturnType<typeof movementCalls>;
let leeds: string;

/** How many times each race is run: on PostgreSQL each run is two transactions at once, on SQLite one after the other. */
const RUNS = 6;

beforeAll(async () => {
  const { dataDir } = await seededDataDir();
  supergraph = await startSupergraph(dataDir);
  calls = movementCalls(supergraph);
  leeds = await supergraph.tokenFor('prison-staff', { caseload: 'LEI' });
}, 60_000);

afterAll(() => supergraph?.stop());

/** A person newly received at Leeds, three hours ago. */
async function receivedAtLeeds(): Promise<string> {
  const received = await calls.receive(leeds, {
    newPerson: await newPerson(supergraph),
    prisonCode: 'LEI',
    occurredAt: hoursAgo(3),
    idempotencyKey: freshKey(),
  });
  return recordOf(received, 'recordPrisonReception').prisonNumber;
}

/** What the store holds for a person, whatever the answers said. */
async function stored(prisonNumber: string) {
  const db = supergraph.pnomis.system.database.db;
  const bookings = await db
    .selectFrom('booking')
    .selectAll()
    .where('prisonNumber', '=', prisonNumber)
    .execute();
  const movements = await db
    .selectFrom('movement')
    .innerJoin('booking', 'booking.bookingId', 'movement.bookingId')
    .select(['movement.type', 'movement.toLocation'])
    .where('booking.prisonNumber', '=', prisonNumber)
    .orderBy('movement.occurredAt')
    .execute();
  return { bookings, movements };
}

describe('two clerks at once', () => {
  it('moves a prisoner once when two transfers from the same prison race: the other is told the prisoner has gone', async () => {
    for (let run = 0; run < RUNS; run += 1) {
      const prisonNumber = await receivedAtLeeds();
      const transfer = (toPrisonCode: string) =>
        calls.transfer(leeds, {
          prisonNumber,
          fromPrisonCode: 'LEI',
          toPrisonCode,
          idempotencyKey: freshKey(),
        });
      const answers = await Promise.all([transfer('MDI'), transfer('BMI')]);
      const won = answers.filter((answer) => answer.data?.transferPrisoner);
      expect(won).toHaveLength(1);
      expect(answers.map(errorCode).filter(Boolean)).toEqual(['PRISONER_NOT_AT_PRISON']);
      const winner = recordOf(won[0] ?? {}, 'transferPrisoner').booking.prison.code;
      const { bookings, movements } = await stored(prisonNumber);
      expect(bookings.map((booking) => booking.prisonCode)).toEqual([winner]);
      expect(movements).toEqual([
        { type: 'ADMISSION', toLocation: 'LEI' },
        { type: 'TRANSFER', toLocation: winner },
      ]);
    }
  });

  it('releases a prisoner once when two releases race: the other is told the prisoner is no longer in custody', async () => {
    for (let run = 0; run < RUNS; run += 1) {
      const prisonNumber = await receivedAtLeeds();
      const release = () =>
        calls.release(leeds, { prisonNumber, prisonCode: 'LEI', idempotencyKey: freshKey() });
      const answers = await Promise.all([release(), release()]);
      expect(answers.map(errorCode).filter(Boolean)).toEqual(['PRISONER_NOT_IN_CUSTODY']);
      expect((await stored(prisonNumber)).movements.map((movement) => movement.type)).toEqual([
        'ADMISSION',
        'RELEASE',
      ]);
    }
  });

  it('receives a returning prisoner once when two receptions race: one active booking', async () => {
    for (let run = 0; run < RUNS; run += 1) {
      const prisonNumber = await receivedAtLeeds();
      recordOf(
        await calls.release(leeds, {
          prisonNumber,
          prisonCode: 'LEI',
          occurredAt: hoursAgo(2),
          idempotencyKey: freshKey(),
        }),
        'releasePrisoner',
      );
      const receive = () =>
        calls.receive(leeds, {
          prisonNumber,
          prisonCode: 'LEI',
          occurredAt: hoursAgo(1),
          idempotencyKey: freshKey(),
        });
      const answers = await Promise.all([receive(), receive()]);
      expect(answers.map(errorCode).filter(Boolean)).toEqual(['PRISONER_ALREADY_IN_CUSTODY']);
      const { bookings } = await stored(prisonNumber);
      expect(bookings.map((booking) => booking.active).sort()).toEqual([0, 1]);
    }
  });

  it('makes one record of a new person two clerks receive at once: the other is told the PNC ID is held', async () => {
    for (let run = 0; run < RUNS; run += 1) {
      const person = await newPerson(supergraph);
      const receive = () =>
        calls.receive(leeds, { newPerson: person, prisonCode: 'LEI', idempotencyKey: freshKey() });
      const answers = await Promise.all([receive(), receive()]);
      expect(answers.map(errorCode).filter(Boolean)).toEqual(['PNC_ID_ALREADY_RECORDED']);
      const people = await supergraph.pnomis.system.database.db
        .selectFrom('offender')
        .select('prisonNumber')
        .where('pncId', '=', person.pncId)
        .execute();
      expect(people).toHaveLength(1);
    }
  });

  it('makes one record of a person with no PNC ID received twice at once, one request of it sent twice: the same answer to both, the other refused', async () => {
    for (let run = 0; run < RUNS; run += 1) {
      const person = await newPerson(supergraph, { pncId: null });
      const reception = { newPerson: person, prisonCode: 'LEI', occurredAt: hoursAgo(3) };
      const sentTwice = { ...reception, idempotencyKey: freshKey() };
      const answers = await Promise.all([
        calls.receive(leeds, sentTwice),
        calls.receive(leeds, sentTwice),
        calls.receive(leeds, { ...reception, idempotencyKey: freshKey() }),
      ]);
      const people = await peopleNamed(supergraph, person.lastName);
      expect(people).toHaveLength(1);
      // Whichever came first, the request sent twice has one answer: both recorded (one replayed) or both refused.
      expect(errorCode(answers[0] ?? {})).toBe(errorCode(answers[1] ?? {}));
      const recorded = answers.filter((answer) => answer.data?.recordPrisonReception);
      const refusals = answers.map(errorCode).filter(Boolean);
      expect(refusals.length).toBeGreaterThan(0);
      expect(new Set(refusals)).toEqual(new Set(['PRISONER_ALREADY_IN_CUSTODY']));
      for (const answer of recorded) {
        expect(recordOf(answer, 'recordPrisonReception').prisonNumber).toBe(people[0]?.prisonNumber);
      }
      expect(recorded.filter((answer) => answer.data?.recordPrisonReception.replayed === false)).toHaveLength(
        1,
      );
    }
  });

  it('answers one request sent twice at once with one movement, the second answer replaying the first', async () => {
    for (let run = 0; run < RUNS; run += 1) {
      const reception = {
        newPerson: await newPerson(supergraph),
        prisonCode: 'LEI',
        occurredAt: hoursAgo(3),
        idempotencyKey: freshKey(),
      };
      const received = (
        await Promise.all([calls.receive(leeds, reception), calls.receive(leeds, reception)])
      ).map((answer) => recordOf(answer, 'recordPrisonReception'));
      expect(received.map((record) => record.replayed).sort()).toEqual([false, true]);
      expect(new Set(received.map((record) => record.booking.bookingNumber)).size).toBe(1);
      const prisonNumber = received[0]?.prisonNumber ?? '';
      const transfer = {
        prisonNumber,
        fromPrisonCode: 'LEI',
        toPrisonCode: 'MDI',
        occurredAt: hoursAgo(2),
        idempotencyKey: freshKey(),
      };
      const moved = (
        await Promise.all([calls.transfer(leeds, transfer), calls.transfer(leeds, transfer)])
      ).map((answer) => recordOf(answer, 'transferPrisoner'));
      expect(moved.map((record) => record.replayed).sort()).toEqual([false, true]);
      expect((await stored(prisonNumber)).movements.map((movement) => movement.type)).toEqual([
        'ADMISSION',
        'TRANSFER',
      ]);
    }
  });
});
