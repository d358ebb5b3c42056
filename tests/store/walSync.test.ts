import { mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase, type StoreDatabase } from '@lib/store/openDatabase';
import { DEFAULT_PRISON_SETTINGS } from '../../subgraphs/visits/src/services/prisonSettings';
import { createStoreWriter } from '../../subgraphs/visits/src/store/storeWriter';
import { visitsMigrations } from '../../subgraphs/visits/src/store/visitsMigrations';
import type { VisitsTables } from '../../subgraphs/visits/src/store/visitsTables';
import { migrateToLatest } from '@lib/store/migrateToLatest';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'wal-sync-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Counts the fdatasync calls made through any file handle while `work` runs. */
async function countingDatasyncs<Result>(work: () => Promise<Result>): Promise<[Result, number]> {
  const probe = await open(join(folder, 'probe'), 'w');
  const prototype = Object.getPrototypeOf(probe) as { datasync: () => Promise<void> };
  await probe.close();
  const spy = jest.spyOn(prototype, 'datasync');
  try {
    const result = await work();
    return [result, spy.mock.calls.length];
  } finally {
    spy.mockRestore();
  }
}

describe('syncing what a SQLite store has committed, off the event loop', () => {
  it('syncs the write-ahead log, sharing one sync among the callers that ask while one runs', async () => {
    const store = openDatabase<VisitsTables>(join(folder, 'visits.db'));
    try {
      await sql`create table note (id integer primary key, text text)`.execute(store.db);
      await sql`insert into note (text) values ('one')`.execute(store.db);
      const [, syncs] = await countingDatasyncs(() =>
        Promise.all(Array.from({ length: 20 }, () => store.syncCommitted())),
      );
      // The first call starts a sync; the other 19 arrive while it runs and share the one after it.
      expect(syncs).toBe(2);
    } finally {
      await store.close();
    }
  });

  it('resolves at once for an in-memory store, which has nothing to sync', async () => {
    const store = openDatabase<VisitsTables>(':memory:');
    const [, syncs] = await countingDatasyncs(() => store.syncCommitted());
    expect(syncs).toBe(0);
    await store.close();
  });
});

describe('the visits store writer on SQLite', () => {
  let store: StoreDatabase<VisitsTables>;
  beforeEach(async () => {
    store = openDatabase<VisitsTables>(join(folder, 'visits.db'));
    await migrateToLatest(store.db, visitsMigrations);
  });
  afterEach(() => store.close());

  it('acknowledges a write only after its commit has been synced to disk', async () => {
    let releaseSync: () => void = () => undefined;
    const synced = new Promise<void>((resolveSync) => {
      releaseSync = resolveSync;
    });
    const realSync = store.syncCommitted.bind(store);
    const writer = createStoreWriter({ ...store, syncCommitted: () => synced.then(realSync) });
    let acknowledged = false;
    const written = writer
      .write((trx) => trx.insertInto('prisonVisitSettings').values(settings('MDI')).execute())
      .then(() => {
        acknowledged = true;
      });
    // The commit happens on the next turns of the loop; the acknowledgement waits for the sync.
    await new Promise((wait) => setTimeout(wait, 50));
    const committed = await store.db.selectFrom('prisonVisitSettings').select('prisonCode').execute();
    expect(committed).toEqual([{ prisonCode: 'MDI' }]);
    expect(acknowledged).toBe(false);
    releaseSync();
    await written;
    expect(acknowledged).toBe(true);
  });

  it('runs the writes that arrive together in one transaction, one refused without undoing the others', async () => {
    const writer = createStoreWriter(store);
    const [syncOutcomes, syncs] = await countingDatasyncs(() =>
      Promise.allSettled([
        writer.write((trx) => trx.insertInto('prisonVisitSettings').values(settings('MDI')).execute()),
        writer.write((trx) => trx.insertInto('prisonVisitSettings').values(settings('MDI')).execute()),
        writer.write((trx) => trx.insertInto('prisonVisitSettings').values(settings('LEI')).execute()),
      ]),
    );
    expect(syncOutcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(syncs).toBe(1);
    const rows = await store.db
      .selectFrom('prisonVisitSettings')
      .select('prisonCode')
      .orderBy('prisonCode')
      .execute();
    expect(rows).toEqual([{ prisonCode: 'LEI' }, { prisonCode: 'MDI' }]);
  });
});

function settings(prisonCode: string) {
  return { prisonCode, ...DEFAULT_PRISON_SETTINGS };
}
