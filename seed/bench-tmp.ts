import { openDatabase } from '@lib/store/openDatabase';
import { migrateToLatest } from '@lib/store/migrateToLatest';
import { visitsMigrations } from '../subgraphs/visits/src/store/visitsMigrations';
import type { VisitsTables } from '../subgraphs/visits/src/store/visitsTables';
import { rmSync } from 'node:fs';
import { sql } from 'kysely';
async function main() {
  rmSync('/tmp/kb/v.db', { force: true });
  const store = openDatabase<VisitsTables>('/tmp/kb/v.db');
  await migrateToLatest(store.db, visitsMigrations);
  const n = 100_000;
  const mk = (b: number) => { const rows = [];
      for (let i = b; i < b + 500; i++) rows.push({ reference: 'r' + i, prisonNumber: 'A1234BC', prisonCode: 'LEI', sessionTemplateId: 1, sessionDate: '2026-01-01', startTime: '09:00', endTime: '11:00', restriction: 'OPEN' as const, status: 'BOOKED' as const, bookedAt: '2026-01-01T00:00:00.000Z' }); return rows; };
  let t = Date.now();
  for (let b = 0; b < n; b += 500) store.db.insertInto('visit').values(mk(b)).compile();
  console.log('compile rows/s', Math.round(n / ((Date.now() - t) / 1000)));
  await sql`PRAGMA foreign_keys = OFF`.execute(store.db);
  t = Date.now();
  await store.db.transaction().execute(async (trx) => {
    for (let b = 0; b < n; b += 500) {
      const q = trx.insertInto('visit').values(mk(b)).compile();
      await trx.executeQuery(q);
    }
  });
  console.log('exec rows/s', Math.round(n / ((Date.now() - t) / 1000)));
  await store.close();
}
void main();
