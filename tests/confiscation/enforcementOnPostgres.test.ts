import { londonDateOf } from '@lib/time/londonTime';
import { seededPostgres } from '../support/postgresStores';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { financialInvestigatorOperation } from './support/registeredOperations';

type Seeded = Awaited<ReturnType<typeof seededPostgres>>;

let supergraph: RunningSupergraph;
let seeded: Seeded;
let investigator: string;

beforeAll(async () => {
  seeded = await seededPostgres();
  supergraph = await startSupergraph(seeded.dataDir, seeded.env);
  investigator = await supergraph.tokenFor('financial-investigator');
}, 120_000);

afterAll(async () => {
  await supergraph?.stop();
  await seeded?.dropSchemas();
});

type Order = { accountNumber: string; status: string; balanceWithInterest: string };

describe('confiscation enforcement with its store on PostgreSQL', () => {
  it('migrates, locks the order while a payment is checked, and records payments and actions', async () => {
    expect(supergraph.confiscation.system.database.dialect).toBe('postgres');
    const orders = await supergraph.queryAs<{ confiscationOrders: { orders: Order[] } }>(
      await supergraph.tokenFor('offender-manager'),
      `#graphql
        { confiscationOrders(first: 200) { orders { accountNumber status balanceWithInterest } } }
      `,
    );
    const open = orders.data?.confiscationOrders.orders.find(
      (order) => order.status !== 'PAID' && order.balanceWithInterest !== '0.00',
    );
    if (!open) throw new Error('no seeded order with money owed');
    const today = londonDateOf();
    const payment = await supergraph.queryAs(
      investigator,
      financialInvestigatorOperation('RecordConfiscationPayment'),
      {
        input: {
          accountNumber: open.accountNumber,
          amount: '0.01',
          paidOn: today,
          source: 'VOLUNTARY',
          idempotencyKey: `pg-${open.accountNumber}`,
        },
      },
    );
    expect(payment.errors).toBeUndefined();
    const action = await supergraph.queryAs(
      investigator,
      financialInvestigatorOperation('RecordEnforcementAction'),
      {
        input: {
          accountNumber: open.accountNumber,
          kind: 'DEFAULT_WARRANT',
          takenOn: today,
          outcome: 'PENDING',
        },
      },
    );
    expect(action.errors).toBeUndefined();
    // The order's seeded enforcement history comes before: the action recorded today is the last.
    const recorded = await supergraph.confiscation.system.store.findActionsByAccountNumbers([
      open.accountNumber,
    ]);
    expect(recorded[recorded.length - 1]).toMatchObject({ kind: 'DEFAULT_WARRANT', outcome: 'PENDING' });
  });

  it('finds the injected faults through the graph as on SQLite', async () => {
    const report = await supergraph.queryAs<{
      confiscationOrders: { orders: { accountNumber: string; discrepancies: { kind: string }[] }[] };
    }>(investigator, financialInvestigatorOperation('ConfiscationDiscrepancyReport'), { first: 200 });
    expect(report.errors).toBeUndefined();
    const found = (report.data?.confiscationOrders.orders ?? []).flatMap((order) =>
      order.discrepancies.map(() => order.accountNumber),
    );
    const expected = seeded.manifest.faults.filter((fault) => fault.system === 'CONFISCATION');
    expect(found.sort()).toEqual(expected.map((fault) => fault.record).sort());
  });
});
