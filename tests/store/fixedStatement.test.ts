import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect, sql } from 'kysely';
import { fixedStatement, insertStatementForRows, statementForKeys } from '@lib/store/fixedStatement';

interface Tables {
  visit: { reference: string; prisonNumber: string; status: string; bookedAt: string | null };
}

describe('a statement compiled once and run with new values', () => {
  let db: Kysely<Tables>;
  let statementsRun: string[];
  beforeEach(async () => {
    statementsRun = [];
    db = new Kysely<Tables>({
      dialect: new SqliteDialect({ database: new SQLite(':memory:') }),
      plugins: [new CamelCasePlugin()],
      log: (event) => {
        if (event.level === 'query') statementsRun.push(event.query.sql);
      },
    });
    await sql`create table visit (reference text primary key, prison_number text, status text, booked_at text)`.execute(
      db,
    );
    await db
      .insertInto('visit')
      .values([
        { reference: 'A', prisonNumber: 'A1234BC', status: 'BOOKED', bookedAt: '2026-11-01' },
        { reference: 'B', prisonNumber: 'A1234BC', status: 'CANCELLED', bookedAt: null },
        { reference: 'C', prisonNumber: 'B2345CD', status: 'BOOKED', bookedAt: '2026-11-02' },
      ])
      .execute();
  });
  afterEach(() => db.destroy());

  it('builds the query once and fills in each call’s values, keeping the constants of the query', async () => {
    let builds = 0;
    const bookedVisits = fixedStatement((kysely: Kysely<Tables>, v: { prisonNumber: string }) => {
      builds += 1;
      return kysely
        .selectFrom('visit')
        .select(['reference', 'bookedAt'])
        .where('prisonNumber', '=', v.prisonNumber)
        .where('status', '=', 'BOOKED');
    });
    const first = await bookedVisits(db, 'sqlite', { prisonNumber: 'A1234BC' });
    const second = await bookedVisits(db, 'sqlite', { prisonNumber: 'B2345CD' });
    expect(first.rows).toEqual([{ reference: 'A', bookedAt: '2026-11-01' }]);
    expect(second.rows).toEqual([{ reference: 'C', bookedAt: '2026-11-02' }]);
    expect(builds).toBe(1);
    // Run through the connection's own executor: its log sees every statement (the stores count them so).
    expect(statementsRun.filter((text) => text.includes('"prison_number" = ?'))).toHaveLength(2);
  });

  it('runs inside a transaction it is given, whose rollback undoes its writes', async () => {
    const cancel = fixedStatement((kysely: Kysely<Tables>, v: { reference: string }) =>
      kysely.updateTable('visit').set({ status: 'CANCELLED' }).where('reference', '=', v.reference),
    );
    await expect(
      db.transaction().execute(async (trx) => {
        await cancel(trx, 'sqlite', { reference: 'A' });
        const inside = await trx
          .selectFrom('visit')
          .select('status')
          .where('reference', '=', 'A')
          .executeTakeFirst();
        expect(inside?.status).toBe('CANCELLED');
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    const after = await db
      .selectFrom('visit')
      .select('status')
      .where('reference', '=', 'A')
      .executeTakeFirst();
    expect(after?.status).toBe('BOOKED');
  });

  it('binds a value left out as NULL', async () => {
    const insert = fixedStatement(
      (kysely: Kysely<Tables>, v: { reference: string; bookedAt?: string | null }) =>
        kysely.insertInto('visit').values({
          reference: v.reference,
          prisonNumber: 'C3456DE',
          status: 'BOOKED',
          bookedAt: v.bookedAt,
        }),
    );
    await insert(db, 'sqlite', { reference: 'D' });
    const row = await db.selectFrom('visit').selectAll().where('reference', '=', 'D').executeTakeFirst();
    expect(row).toEqual({ reference: 'D', prisonNumber: 'C3456DE', status: 'BOOKED', bookedAt: null });
  });

  it('refuses a query that writes a value into its SQL text, which could not be replaced later', async () => {
    const inlined = fixedStatement((kysely: Kysely<Tables>, v: { status: string }) =>
      kysely.selectFrom('visit').selectAll().where('status', '=', sql.lit(v.status)),
    );
    await expect(inlined(db, 'sqlite', { status: 'BOOKED' })).rejects.toThrow(
      /must pass its values as parameters/,
    );
  });

  it('looks rows up by lists of keys, building each length of list once and a very long list afresh', async () => {
    const lengthsBuilt: number[] = [];
    const visitsOf = statementForKeys((kysely: Kysely<Tables>, prisonNumbers: readonly string[]) => {
      lengthsBuilt.push(prisonNumbers.length);
      return kysely
        .selectFrom('visit')
        .select('reference')
        .where('prisonNumber', 'in', prisonNumbers)
        .orderBy('reference');
    });
    expect(await visitsOf(db, 'sqlite', ['A1234BC'])).toEqual([{ reference: 'A' }, { reference: 'B' }]);
    expect(await visitsOf(db, 'sqlite', ['B2345CD'])).toEqual([{ reference: 'C' }]);
    expect(await visitsOf(db, 'sqlite', ['B2345CD', 'A1234BC'])).toEqual([
      { reference: 'A' },
      { reference: 'B' },
      { reference: 'C' },
    ]);
    const many = Array.from({ length: 150 }, (_, index) => `Z${index}`).concat('B2345CD');
    expect(await visitsOf(db, 'sqlite', many)).toEqual([{ reference: 'C' }]);
    expect(lengthsBuilt).toEqual([1, 2, 151]);
  });

  it('inserts lists of rows in chunks of powers of two, building each size of chunk once', async () => {
    type VisitRow = Tables['visit'];
    const countsBuilt: number[] = [];
    const insertVisits = insertStatementForRows(
      ['reference', 'prisonNumber', 'status', 'bookedAt'],
      (kysely: Kysely<Tables>, rows: readonly VisitRow[]) => {
        countsBuilt.push(rows.length);
        return kysely.insertInto('visit').values(rows);
      },
    );
    const row = (reference: string, bookedAt: string | null): VisitRow => ({
      reference,
      prisonNumber: 'D4567EF',
      status: 'BOOKED',
      bookedAt,
    });
    await insertVisits(db, 'sqlite', [row('E', '2026-11-03')]);
    await insertVisits(db, 'sqlite', [row('F', null), row('G', '2026-11-04')]);
    await insertVisits(db, 'sqlite', [row('H', '2026-11-05')]);
    // 120 rows: chunks of 64, 32, 16 and 8.
    const many = Array.from({ length: 120 }, (_, index) => row(`M${String(index).padStart(3, '0')}`, null));
    await insertVisits(db, 'sqlite', many);
    const stored = await db
      .selectFrom('visit')
      .select(['reference', 'bookedAt'])
      .where('prisonNumber', '=', 'D4567EF')
      .orderBy('reference')
      .execute();
    expect(stored.slice(0, 4)).toEqual([
      { reference: 'E', bookedAt: '2026-11-03' },
      { reference: 'F', bookedAt: null },
      { reference: 'G', bookedAt: '2026-11-04' },
      { reference: 'H', bookedAt: '2026-11-05' },
    ]);
    expect(stored).toHaveLength(124);
    expect(countsBuilt).toEqual([1, 2, 64, 32, 16, 8]);
  });
});
