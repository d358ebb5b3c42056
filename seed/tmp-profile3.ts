import { rmSync } from 'node:fs';
import { sql } from 'kysely';
import { openDatabase } from '@lib/store/openDatabase';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { planJustice } from './planJustice';
import { storeStreams } from './storeStreams';
import { writeRowGroups } from './writeStores';
import type { MagistratesTables } from './rows/rowTypes';
async function main() {
  const plan = planJustice({ scale: Number(process.argv[2]), seed: 42, asOf: '2026-11-01' });
  const stream = storeStreams(plan).magistrates;
  let t = Date.now(); let n = 0;
  for (const g of stream.rowGroups()) n += Object.keys(g).length;
  console.log('generate', Date.now() - t);
  for (const mode of process.argv.slice(3)) {
    rmSync('/tmp/kb/m.db', { force: true }); rmSync('/tmp/kb/m.db-wal', { force: true }); rmSync('/tmp/kb/m.db-shm', { force: true });
    const store = openDatabase<MagistratesTables>('/tmp/kb/m.db');
    await migrateToLatest(store.db, stream.migrations);
    if (mode.includes('cache')) await sql`PRAGMA cache_size = -262144`.execute(store.db);
    if (mode.includes('delete')) await sql`PRAGMA journal_mode = DELETE`.execute(store.db);
    t = Date.now();
    await writeRowGroups(store.db, stream, 'sqlite');
    console.log(mode, Date.now() - t);
    await store.close();
  }
}
void main();
