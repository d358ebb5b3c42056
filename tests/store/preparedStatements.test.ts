import { sql } from 'kysely';
import { fixedStatement } from '@lib/store/fixedStatement';
import { openDatabase, type StoreDatabase } from '@lib/store/openDatabase';
import { postgresTestDatabases } from '../audit/support/auditTestDatabases';

interface Tables {
  visit: { reference: string; prisonNumber: string; status: string };
}

const bookedVisits = fixedStatement((kysely: StoreDatabase<Tables>['db'], v: { prisonNumber: string }) =>
  kysely
    .selectFrom('visit')
    .select('reference')
    .where('prisonNumber', '=', v.prisonNumber)
    .where('status', '=', 'BOOKED')
    .orderBy('reference'),
);

/** The statements prepared on the store's one connection, as PostgreSQL lists them. */
async function preparedOnConnection(store: StoreDatabase<Tables>): Promise<string[]> {
  const { rows } = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(
    store.db,
  );
  return rows.map((row) => row.statement);
}

describe('fixed statements on PostgreSQL', () => {
  const databases = postgresTestDatabases();
  let store: StoreDatabase<Tables>;

  beforeEach(async () => {
    // One connection, so that every statement below runs on the connection whose prepared statements are read.
    store = openDatabase<Tables>(await databases.fresh(), { postgresPoolSize: 1 });
    await sql`create table visit (reference text primary key, prison_number text, status text)`.execute(
      store.db,
    );
    await store.db
      .insertInto('visit')
      .values([
        { reference: 'A', prisonNumber: 'A1234BC', status: 'BOOKED' },
        { reference: 'B', prisonNumber: 'A1234BC', status: 'CANCELLED' },
        { reference: 'C', prisonNumber: 'B2345CD', status: 'BOOKED' },
      ])
      .execute();
  });
  afterEach(() => store.close());
  afterAll(() => databases.cleanUp());

  it('are prepared once on a connection and run by name with each call’s values', async () => {
    const first = await bookedVisits(store.db, 'postgres', { prisonNumber: 'A1234BC' });
    const second = await bookedVisits(store.db, 'postgres', { prisonNumber: 'B2345CD' });
    expect(first.rows).toEqual([{ reference: 'A' }]);
    expect(second.rows).toEqual([{ reference: 'C' }]);
    const prepared = await preparedOnConnection(store);
    expect(prepared.filter((statement) => statement.includes('"prison_number" = $1'))).toHaveLength(1);
    // A statement built afresh is not prepared: its shapes are not bounded, and each would stay on the connection.
    await store.db.selectFrom('visit').select('status').where('reference', 'in', ['A', 'B']).execute();
    expect(await preparedOnConnection(store)).toEqual(prepared);
  });

  it('stay usable after a transaction that prepared one is rolled back', async () => {
    await expect(
      store.db.transaction().execute(async (trx) => {
        await bookedVisits(trx, 'postgres', { prisonNumber: 'A1234BC' });
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    const again = await bookedVisits(store.db, 'postgres', { prisonNumber: 'A1234BC' });
    expect(again.rows).toEqual([{ reference: 'A' }]);
  });
});
