import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase, type StoreDatabase } from '@lib/store/openDatabase';
import { migrateAuditLog } from '../../gateway/src/audit/auditMigrations';
import { createAuditStore } from '../../gateway/src/audit/auditStore';
import type { AuditTables } from '../../gateway/src/audit/auditTables';
import { startAuditWriter, type AuditWriter } from '../../gateway/src/audit/auditWriter';
import { buildAuditLog } from '../../gateway/src/audit/buildAuditLog';
import { sampleEntry } from './support/sampleEntry';

describe('the SQLite audit writer on a worker thread', () => {
  let folder: string;
  let location: string;
  let reader: StoreDatabase<AuditTables>;
  const writers: AuditWriter[] = [];

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'audit-writer-'));
    location = join(folder, 'audit.db');
    reader = openDatabase<AuditTables>(location);
    await migrateAuditLog(reader.db);
  });

  afterEach(async () => {
    for (const writer of writers.splice(0)) await writer.close();
    await reader.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function writer(onFailure: (error: Error) => void = () => undefined): Promise<AuditWriter> {
    const started = await startAuditWriter(location, {}, onFailure);
    writers.push(started);
    return started;
  }

  it('writes batches at the end of the chain, readable from this thread at once', async () => {
    const audit = await writer();
    const first = await audit.writeEntries([
      sampleEntry({ requestId: 'a' }),
      sampleEntry({ requestId: 'b' }),
    ]);
    const second = await audit.writeEntries([sampleEntry({ requestId: 'c' })]);

    expect([...first, ...second].map((record) => record.sequence)).toEqual([1, 2, 3]);
    expect(second[0]?.previousHash).toBe(first[1]?.hash);
    await expect(createAuditStore(reader).verifyChain()).resolves.toEqual({ ok: true, records: 3 });
  });

  it('lets the event loop turn while a batch is committed', async () => {
    const audit = await writer();
    let turns = 0;
    let turnsDuringWrites = 0;
    const ticking = setInterval(() => (turns += 1), 0);
    try {
      for (let batch = 0; batch < 20; batch += 1) {
        const before = turns;
        await audit.writeEntries([sampleEntry({ requestId: `r${batch}` })]);
        turnsDuringWrites += turns - before;
      }
    } finally {
      clearInterval(ticking);
    }
    // A write in this thread runs in microtasks (better-sqlite3 is synchronous): no timer could fire meanwhile.
    expect(turnsDuringWrites).toBeGreaterThan(0);
  });

  it('fails every caller of a batch the store refuses, and writes the next batch afresh', async () => {
    const audit = await writer();
    await sql`delete from audit_chain_head`.execute(reader.db);
    await expect(audit.writeEntries([sampleEntry(), sampleEntry()])).rejects.toThrow(
      /audit chain head is missing/,
    );

    await sql`insert into audit_chain_head (id, last_sequence, last_hash) values (1, 0, ${'0'.repeat(64)})`.execute(
      reader.db,
    );
    await expect(audit.writeEntries([sampleEntry()])).resolves.toHaveLength(1);
  });

  it('fails the batches of a dead worker closed, restarts it once, then fails every append closed', async () => {
    const failures: Error[] = [];
    const audit = await writer((error) => failures.push(error));

    const first = await audit.worker();
    const lost = audit.writeEntries([sampleEntry()]);
    await first?.terminate();
    await expect(lost).rejects.toThrow(/audit writer's worker stopped/);
    expect(failures).toHaveLength(1);

    await expect(audit.writeEntries([sampleEntry({ requestId: 'after restart' })])).resolves.toHaveLength(1);
    await (await audit.worker())?.terminate();
    await expect(audit.writeEntries([sampleEntry()])).rejects.toThrow(/audit writer's worker stopped/);
    expect(failures).toHaveLength(2);
  });

  it('writes the batches already sent before closing', async () => {
    const audit = await startAuditWriter(location);
    const sent = Array.from({ length: 5 }, (_, index) =>
      audit.writeEntries([sampleEntry({ requestId: `r${index}` })]),
    );
    await audit.close();

    await expect(Promise.all(sent)).resolves.toHaveLength(5);
    await expect(audit.writeEntries([sampleEntry()])).rejects.toThrow(/closed/);
    await expect(createAuditStore(reader).verifyChain()).resolves.toEqual({ ok: true, records: 5 });
  });

  it('is what buildAuditLog appends through on SQLite, after migrating a new file', async () => {
    const fresh = join(folder, 'fresh.db');
    const log = await buildAuditLog(fresh);
    try {
      const records = await Promise.all(
        Array.from({ length: 30 }, (_, index) => log.store.append(sampleEntry({ requestId: `r${index}` }))),
      );
      expect(records.map((record) => record.sequence).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 30 }, (_, index) => index + 1),
      );
      await expect(log.store.verifyChain()).resolves.toEqual({ ok: true, records: 30 });
    } finally {
      await log.close();
    }
  });
});
