import SQLite from 'better-sqlite3';
import { type Generated, Kysely, SqliteDialect, sql } from 'kysely';
import { withStatementCache } from '@lib/store/statementCache';

describe('the prepared-statement cache of a SQLite store', () => {
  let sqlite: SQLite.Database;
  beforeEach(() => {
    sqlite = new SQLite(':memory:');
    sqlite.exec('create table item (id integer primary key, name text not null)');
  });
  afterEach(() => {
    if (sqlite.open) sqlite.close();
  });

  it('prepares a statement once and reuses it for the same SQL', () => {
    const database = withStatementCache(sqlite);
    const first = database.prepare('select * from item where id = ?');
    expect(database.prepare('select * from item where id = ?')).toBe(first);
    expect(database.prepare('select name from item where id = ?')).not.toBe(first);
  });

  it('gives a statement of its own to a caller while the cached one is still being iterated', () => {
    sqlite.exec("insert into item (name) values ('a'), ('b')");
    const database = withStatementCache(sqlite);
    const query = 'select name from item order by id';
    const iterating = database.prepare(query).iterate([]);
    expect(iterating.next().value).toEqual({ name: 'a' });
    expect(database.prepare(query).all([])).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect([...iterating]).toEqual([{ name: 'b' }]);
  });

  it('keeps at most the statements it was sized for, dropping the least recently used', () => {
    const database = withStatementCache(sqlite, 2);
    const one = database.prepare('select 1');
    const two = database.prepare('select 2');
    expect(database.prepare('select 1')).toBe(one);
    database.prepare('select 3');
    expect(database.prepare('select 1')).toBe(one);
    expect(database.prepare('select 2')).not.toBe(two);
  });

  it('answers correctly through Kysely, reusing statements, across writes and a change of schema', async () => {
    const db = new Kysely<{ item: { id: Generated<number>; name: string; size: number | null } }>({
      dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    });
    for (const name of ['a', 'b', 'c']) await db.insertInto('item').values({ name }).execute();
    const names = () => db.selectFrom('item').selectAll().orderBy('id').execute();
    expect((await names()).map((row) => row.name)).toEqual(['a', 'b', 'c']);
    await sql`alter table item add column size integer`.execute(db);
    await db.updateTable('item').set({ size: 2 }).where('name', '=', 'b').execute();
    expect(await names()).toEqual([
      { id: 1, name: 'a', size: null },
      { id: 2, name: 'b', size: 2 },
      { id: 3, name: 'c', size: null },
    ]);
    await db.destroy();
    expect(sqlite.open).toBe(false);
  });
});
