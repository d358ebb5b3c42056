import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { GENESIS_HASH, hashAuditRecord } from '../../gateway/src/audit/auditHash';
import type { AuditRecord } from '../../gateway/src/audit/auditRecord';
import { toAuditOffenderRows, toAuditRecordRow } from '../../gateway/src/audit/auditRows';
import { buildAuditLog, type AuditLog } from '../../gateway/src/audit/buildAuditLog';
import { sampleEntry } from './support/sampleEntry';

const RECORDS = 100_000;

/**
 * Writes a valid chain of `count` records straight into the tables, in one transaction: appending them one by
 * one would spend the test's time on fsyncs rather than on what is measured here, which is verification.
 */
function writeChain(file: string, count: number): void {
  const sqlite = new SQLite(file);
  const insertRecord = sqlite.prepare(
    `insert into audit_record (sequence, recorded_at, request_id, subject, agency, purpose, operation_name,
       operation_hash, subgraphs, fields, denied, outcome, previous_hash, hash)
     values (@sequence, @recordedAt, @requestId, @subject, @agency, @purpose, @operationName, @operationHash,
       @subgraphs, @fields, @denied, @outcome, @previousHash, @hash)`,
  );
  const insertOffender = sqlite.prepare(
    'insert into audit_offender (sequence, ordinal, identifier) values (@sequence, @ordinal, @identifier)',
  );
  sqlite.transaction(() => {
    let previousHash = GENESIS_HASH;
    for (let sequence = 1; sequence <= count; sequence += 1) {
      const offenders = [
        `A${String(sequence % 5000).padStart(4, '0')}BC`,
        `2019/${String(sequence).padStart(7, '0')}X`,
      ];
      const unhashed: Omit<AuditRecord, 'hash'> = {
        ...sampleEntry({ requestId: `req-${sequence}`, offenders }),
        sequence,
        recordedAt: new Date(Date.UTC(2026, 0, 1) + sequence * 1000).toISOString(),
        previousHash,
      };
      const record = { ...unhashed, hash: hashAuditRecord(unhashed) };
      insertRecord.run(toAuditRecordRow(record));
      for (const row of toAuditOffenderRows(record)) insertOffender.run(row);
      previousHash = record.hash;
    }
    sqlite
      .prepare('update audit_chain_head set last_sequence = ?, last_hash = ? where id = 1')
      .run(count, previousHash);
  })();
  sqlite.close();
}

describe('audit log at scale (SQLite)', () => {
  let folder: string;
  let log: AuditLog;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'justice-gateway-audit-scale-'));
    const large = join(folder, 'large.db');
    await (await buildAuditLog(large)).close();
    writeChain(large, RECORDS);
    log = await buildAuditLog(large);
  }, 180_000);

  afterAll(async () => {
    await log.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('appends 1,000 records one after another, each synced to disk', async () => {
    const small = await buildAuditLog(join(folder, 'small.db'));
    try {
      for (let index = 0; index < 1000; index += 1) await small.store.append(sampleEntry());
      await expect(small.store.verifyChain()).resolves.toEqual({ ok: true, records: 1000 });
    } finally {
      await small.close();
    }
  }, 120_000);

  it('appends 1,000 records at once, committed in groups', async () => {
    const small = await buildAuditLog(join(folder, 'grouped.db'));
    try {
      await Promise.all(Array.from({ length: 1000 }, () => small.store.append(sampleEntry())));
      await expect(small.store.verifyChain()).resolves.toEqual({ ok: true, records: 1000 });
    } finally {
      await small.close();
    }
  });

  it(`verifies ${RECORDS.toLocaleString('en-GB')} records a page at a time`, async () => {
    await expect(log.store.verifyChain()).resolves.toEqual({ ok: true, records: RECORDS });
  }, 120_000);

  it("finds one offender's latest consultations among them at once", async () => {
    const consultations = await log.store.consultationsOf('A1234BC', { limit: 5 });
    expect(consultations.map((record) => record.sequence)).toEqual([96234, 91234, 86234, 81234, 76234]);
  });
});
