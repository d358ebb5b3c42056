import { IDENTIFIER_FORMATS } from '@lib/identifiers/identifierFormats';
import { COURT_REGISTER } from '@lib/reference/courtRegister';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase, type StoreDatabase } from '@lib/store/openDatabase';
import { type CaseToNumber, numberCase } from '../../subgraphs/courts/src/store/caseNumbering';
import { crownCourtMigrations } from '../../subgraphs/courts/src/store/crownCourtMigrations';
import type { CrownCourtTables } from '../../subgraphs/courts/src/store/crownCourtTables';
import { createCrownTransferStore } from '../../subgraphs/courts/src/store/crownTransferStore';
import {
  postgresTestDatabases,
  sqliteTestDatabases,
  type AuditTestDatabases,
} from '../audit/support/auditTestDatabases';

/** Crown Court receipts in a year, England and Wales (2023: DOMAIN.md, "Volumes"). */
const RECEIPTS_A_YEAR = 105_000;

/**
 * The Crown Court centres, each taking an equal share, as the seed spreads them: it picks a magistrates' court
 * uniformly and sends to the Crown Court of its area (seed/journeys/journeyContext.ts, one per area).
 */
const CENTRES = COURT_REGISTER.filter((court) => court.jurisdiction === 'CROWN').map((court) => court.code);

/**
 * Which of the year's sendings (by their index in the year) each engine numbers. On SQLite the whole year's at two
 * centres: it shows that a centre's series holds a year's share, which depends on the number format and the
 * numbering code, the same on both engines, and each centre's series is its own, so two show what sixteen do (the
 * sixteen took 6 s quiet, 25 to 39 s in a loaded run). On PostgreSQL the first month (31 days, about 8,900 sendings)
 * at every centre by eight connections at once, which shows the per-centre series kept whole under concurrency:
 * the whole year there took 35 to 46 s on a quiet machine and over 120 s on a loaded one.
 */
const NUMBERED: Record<string, { indexes: number[]; centres: string[] }> = {
  SQLite: {
    indexes: Array.from({ length: RECEIPTS_A_YEAR }, (_, index) => index).filter(
      (index) => index % CENTRES.length < 2,
    ),
    centres: CENTRES.slice(0, 2),
  },
  PostgreSQL: {
    indexes: Array.from({ length: Math.ceil((RECEIPTS_A_YEAR * 31) / 365) }, (_, index) => index),
    centres: CENTRES,
  },
};

/** The sendings of a day go in one transaction: the numbering is under test here, not the commit. */
const DAYS = 365;

/** Connections numbering at once on PostgreSQL, each for its own centres (see below). */
const WORKERS = 8;

/** The day of 2026 a sending is received on: receipts spread evenly over the year, in the order they come. */
function receivedOn(index: number): string {
  const day = new Date(Date.UTC(2026, 0, 1) + Math.floor((index * DAYS) / RECEIPTS_A_YEAR) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** The n-th sending of the year: a trial, the busiest series, at the next centre in turn. */
function sending(index: number): CaseToNumber {
  return {
    urn: null,
    courtCode: CENTRES[index % CENTRES.length] ?? '',
    sendingType: 'SENT_FOR_TRIAL',
    committingCourtCode: null,
    receivedOn: receivedOn(index),
    defendantFirstName: null,
    defendantLastName: null,
    defendantDateOfBirth: null,
    defendantPncId: null,
    defendantCroNumber: null,
    outcome: null,
    custodialSentenceMonths: null,
    confiscationAmountPence: null,
    confiscationOrderedOn: null,
    transferId: `national-${index}`,
    receivedAt: `${receivedOn(index)}T10:00:00.000Z`,
  };
}

/**
 * Numbers the sendings of `indexes` in order, a day's in one transaction, and returns each one's number. Throws
 * whatever the numbering throws: a series run out (CaseNumbersExhausted) fails the test.
 */
async function numberAll(crown: StoreDatabase<CrownCourtTables>, indexes: readonly number[]) {
  const numbered = new Map<number, string>();
  const byDay = new Map<string, number[]>();
  for (const index of indexes) {
    const day = byDay.get(receivedOn(index)) ?? [];
    day.push(index);
    byDay.set(receivedOn(index), day);
  }
  for (const day of byDay.values()) {
    await crown.db.transaction().execute(async (trx) => {
      for (const index of day) {
        const { crownCase } = await numberCase(trx, sending(index));
        numbered.set(index, crownCase.caseNumber);
      }
    });
  }
  return numbered;
}

describe.each([
  ['SQLite', sqliteTestDatabases()],
  ['PostgreSQL', postgresTestDatabases()],
] as [string, AuditTestDatabases][])('Crown Court numbering on %s', (engine, databases) => {
  let crown: StoreDatabase<CrownCourtTables>;

  beforeEach(async () => {
    crown = openDatabase<CrownCourtTables>(await databases.fresh(), { postgresPoolSize: WORKERS });
    await migrateToLatest(crown.db, crownCourtMigrations);
  });

  afterEach(() => crown.close());
  afterAll(() => databases.cleanUp());

  it('numbers a year of sendings at a centre (every centre’s first month on PostgreSQL): every number well formed, none refused', async () => {
    const { indexes, centres } = NUMBERED[engine] ?? { indexes: [], centres: [] };
    const started = Date.now();
    // On PostgreSQL, connections number side by side, each for its own centres: one transaction holds a day's new
    // numbers, so two numbering one centre at once would wait on each other's (the race is proven just below).
    const workers = engine === 'PostgreSQL' ? WORKERS : 1;
    const shares = Array.from({ length: workers }, (_, worker) =>
      indexes.filter((index) => (index % CENTRES.length) % workers === worker),
    );
    const numbered = new Map(
      (await Promise.all(shares.map((share) => numberAll(crown, share)))).flatMap((part) => [...part]),
    );
    const seconds = (Date.now() - started) / 1000;

    expect(numbered.size).toBe(indexes.length);
    const malformed = [...numbered.values()].filter(
      (caseNumber) =>
        !IDENTIFIER_FORMATS.crownCourtCaseNumber.pattern.test(caseNumber) || !/^T2026\d{4}$/.test(caseNumber),
    );
    expect(malformed).toEqual([]);
    const byCentre = new Map<string, string[]>();
    for (const [index, caseNumber] of [...numbered].sort(([a], [b]) => a - b)) {
      const centre = sending(index).courtCode;
      const numbers = byCentre.get(centre) ?? [];
      numbers.push(caseNumber);
      byCentre.set(centre, numbers);
    }
    // Each centre's numbers run from T20260001 without a gap or a repeat, in the order its cases were received.
    expect([...byCentre.keys()].sort()).toEqual([...centres].sort());
    for (const numbers of byCentre.values()) {
      expect(numbers).toEqual(numbers.map((_, serial) => `T2026${String(serial + 1).padStart(4, '0')}`));
    }
    // Well within one series' 9,999 at each centre (a year's share is 6,563); the same numbers at every one.
    const busiest = Math.max(...[...byCentre.values()].map((numbers) => numbers.length));
    expect(busiest).toBeLessThanOrEqual(Math.ceil(indexes.length / centres.length));
    expect(new Set(numbered.values()).size).toBe(busiest);
    const stored = await crown.db
      .selectFrom('crownCase')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .executeTakeFirstOrThrow();
    expect(Number(stored.count)).toBe(indexes.length);
    console.log(`${engine}: ${indexes.length} sendings numbered in ${seconds.toFixed(1)} s`);
  }, 120_000);

  it('numbers sendings to two centres at once from 0001 at each: a centre’s race lost is retried, another’s is no race', async () => {
    const store = createCrownTransferStore(crown.db);
    const received = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        store.receiveCase({
          transferId: `race-${index}`,
          urn: '13AA0000001',
          crownCourtCode: index % 2 === 0 ? 'C13LS00' : 'C05LV00',
          committingCourtCode: 'B13LS00',
          sendingType: 'SENT_FOR_TRIAL',
          firstHearingOn: '2026-12-14',
          receivedAt: '2026-11-27T10:00:00.000Z',
          receivedOn: '2026-11-27',
        }),
      ),
    );
    const numbersAt = (centre: string) =>
      received
        .filter((crownCase) => crownCase.courtCode === centre)
        .map((crownCase) => crownCase.caseNumber)
        .sort();
    const oneToTwenty = Array.from(
      { length: 20 },
      (_, index) => `T2026${String(index + 1).padStart(4, '0')}`,
    );
    expect(numbersAt('C13LS00')).toEqual(oneToTwenty);
    expect(numbersAt('C05LV00')).toEqual(oneToTwenty);
    // Each case got its own first hearing and state, under its centre and number.
    const hearings = await crown.db
      .selectFrom('crownHearing')
      .select(['caseCourtCode', 'caseNumber'])
      .execute();
    expect(new Set(hearings.map((row) => `${row.caseCourtCode}/${row.caseNumber}`)).size).toBe(40);
  });
});
