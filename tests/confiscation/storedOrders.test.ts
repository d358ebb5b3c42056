import { sql } from 'kysely';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase } from '@lib/store/openDatabase';
import { buildConfiscation, type Confiscation } from '../../subgraphs/confiscation/src/buildConfiscation';
import { confiscationMigrations } from '../../subgraphs/confiscation/src/store/confiscationMigrations';
import type { ConfiscationTables } from '../../subgraphs/confiscation/src/store/confiscationTables';
import {
  postgresTestDatabases,
  sqliteTestDatabases,
  type AuditTestDatabases,
} from '../audit/support/auditTestDatabases';
import { orderRow } from './support/handmadeStores';

const KEYED = orderRow({
  accountNumber: '250000001A',
  orderedOn: '2025-06-02',
  amountOrderedPence: 5_000_000,
  timeToPayEnds: '2025-09-02',
  benefitPence: 12_345_678,
  defaultSentenceMonths: 30,
  crownCourtCode: 'C01LO00',
});
// An order keyed without the defendant's PNC ID: an optional fact the store holds as null.
const WITHOUT_PNC = orderRow({
  accountNumber: '250000002B',
  orderedOn: '2025-07-01',
  amountOrderedPence: 250_000,
  timeToPayEnds: '2025-10-01',
  defendantPncId: null,
});

/**
 * The message a promise is rejected with, or null when it is not. Matched by message, not with rejects.toThrow:
 * better-sqlite3's errors are made by the class of the test file that loaded the native module first, which
 * Jest does not take for an Error in later files of the same worker.
 */
function failureOf(promise: Promise<unknown>): Promise<string | null> {
  return promise.then(
    () => null,
    (error: unknown) => String((error as { message?: unknown }).message ?? error),
  );
}

/**
 * The confiscation store straight, on SQLite and on PostgreSQL: it serves orders exactly as stored, whichever
 * way they are read and however often, and requires the court's findings of every order it holds.
 */
describe.each([
  ['SQLite', sqliteTestDatabases()],
  ['PostgreSQL', postgresTestDatabases()],
] as [string, AuditTestDatabases][])('confiscation orders on %s', (_engine, databases) => {
  let confiscation: Confiscation;

  beforeAll(async () => {
    confiscation = await buildConfiscation(await databases.fresh());
    await confiscation.store.insertOrders([KEYED, WITHOUT_PNC]);
  });

  afterAll(async () => {
    await confiscation?.close();
    await databases.cleanUp();
  });

  const storedRows = () =>
    confiscation.database.db.selectFrom('confiscationOrder').selectAll().orderBy('accountNumber').execute();

  it('serves every order as stored, on every read, and writes nothing', async () => {
    const before = await storedRows();
    expect(before).toEqual([KEYED, WITHOUT_PNC]);
    const { store } = confiscation;
    const reads = async () => [
      await store.findOrdersByAccountNumbers([KEYED.accountNumber, WITHOUT_PNC.accountNumber]),
      await store.findOrdersByPncIds([KEYED.defendantPncId ?? '']),
      await store.findOrdersPage(null, 10),
      (await store.findEverythingUpTo('2026-01-01')).orders,
      [await store.withOrderLedger(WITHOUT_PNC.accountNumber, (unit) => Promise.resolve(unit.order))],
    ];
    const first = await reads();
    expect(await reads()).toEqual(first);
    const [byAccount, byPnc, page, everything, ledger] = first;
    expect(byAccount).toEqual(expect.arrayContaining(before));
    expect(byPnc).toEqual([KEYED]);
    expect(page).toEqual(before);
    expect(everything).toEqual(expect.arrayContaining(before));
    expect(ledger).toEqual([WITHOUT_PNC]);
    expect(ledger?.[0]?.defendantPncId).toBeNull();
    expect(await storedRows()).toEqual(before);
  });

  it('refuses an order keyed without the court’s findings', async () => {
    const refused = await failureOf(
      confiscation.store.insertOrders([
        { ...WITHOUT_PNC, accountNumber: '250000003C', benefitPence: null as unknown as number },
      ]),
    );
    expect(refused).toMatch(/not[- ]null/i);
    expect(await storedRows()).toHaveLength(2);
  });
});

describe.each([
  ['SQLite', sqliteTestDatabases()],
  ['PostgreSQL', postgresTestDatabases()],
] as [string, AuditTestDatabases][])('migration 003 on %s', (_engine, databases) => {
  afterAll(() => databases.cleanUp());

  const { '001_orders_and_payments': first, '002_enforcement': second } = confiscationMigrations;
  const upTo002 = {
    '001_orders_and_payments': first ?? { up: async () => {} },
    '002_enforcement': second ?? { up: async () => {} },
  };

  /** A store at migration 002 holding one order, with the findings given (null when left out), and a payment. */
  async function storeAt002(findings: string) {
    const database = openDatabase<ConfiscationTables>(await databases.fresh());
    await migrateToLatest(database.db, upTo002);
    await sql`insert into confiscation_order (account_number, crown_court_case_number, defendant_pnc_id, ordered_on, amount_ordered_pence, enforcing_court_code, time_to_pay_ends, crown_court_code, benefit_pence, available_amount_pence, default_sentence_months) values ('250000001A', 'T20250001', null, '2025-06-02', 5000000, 'B13LS00', '2025-09-02', ${sql.raw(findings)})`.execute(
      database.db,
    );
    await sql`insert into payment (account_number, paid_on, amount_pence, source) values ('250000001A', '2025-07-01', 1000, 'VOLUNTARY')`.execute(
      database.db,
    );
    return database;
  }

  it('makes the findings required, keeping the orders and their payments as they were', async () => {
    const database = await storeAt002(`'C13LS00', 9000000, 5000000, 60`);
    try {
      await migrateToLatest(database.db, confiscationMigrations);
      expect(await database.db.selectFrom('confiscationOrder').selectAll().execute()).toEqual([
        expect.objectContaining({
          accountNumber: '250000001A',
          defendantPncId: null,
          crownCourtCode: 'C13LS00',
          benefitPence: 9_000_000,
          availableAmountPence: 5_000_000,
          defaultSentenceMonths: 60,
        }),
      ]);
      expect(await database.db.selectFrom('payment').select('amountPence').execute()).toEqual([
        { amountPence: 1000 },
      ]);
      // Payments still point at the rebuilt table.
      const orphan = await failureOf(
        sql`insert into payment (account_number, paid_on, amount_pence, source) values ('NOSUCHORDER', '2025-07-01', 1, 'VOLUNTARY')`.execute(
          database.db,
        ),
      );
      expect(orphan).toMatch(/foreign key/i);
    } finally {
      await database.close();
    }
  });

  it('refuses, naming the count, a store whose orders lack findings, and invents none', async () => {
    const database = await storeAt002('null, null, null, null');
    try {
      expect(await failureOf(migrateToLatest(database.db, confiscationMigrations))).toMatch(
        /003_order_findings_required.*1 confiscation order\(s\) lack/,
      );
      const [row] = await database.db.selectFrom('confiscationOrder').selectAll().execute();
      expect(row).toMatchObject({ benefitPence: null, defaultSentenceMonths: null, crownCourtCode: null });
    } finally {
      await database.close();
    }
  });
});
