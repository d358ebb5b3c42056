import { CompiledQuery, sql } from 'kysely';
import { openDatabase } from '@lib/store/openDatabase';
import { GENESIS_HASH, hashAuditRecord } from '../../../gateway/src/audit/auditHash';
import { migrateAuditLog } from '../../../gateway/src/audit/auditMigrations';
import { createAuditStore } from '../../../gateway/src/audit/auditStore';
import type { AuditTables } from '../../../gateway/src/audit/auditTables';
import { useAuditLogFixture } from './auditLogFixture';
import type { AuditTestDatabases } from './auditTestDatabases';
import { TEST_CHECKPOINT_SECRET } from './testCheckpointKey';
import { runTs } from './runTs';
import { sampleEntry } from './sampleEntry';

/**
 * The audit log's behaviour, run once per engine: the same tests against a SQLite file and a PostgreSQL schema.
 */
export function describeAuditLog(databases: AuditTestDatabases): void {
  describe(`audit log on ${databases.engine}`, () => {
    const fixture = useAuditLogFixture(databases);

    it('chains appended records from the genesis hash and verifies them', async () => {
      const first = await fixture.log.store.append(sampleEntry({ requestId: 'req-1' }));
      const second = await fixture.log.store.append(
        sampleEntry({ requestId: 'req-2', outcome: 'PARTIAL', denied: ['X.y'] }),
      );

      expect(first).toMatchObject({ sequence: 1, previousHash: GENESIS_HASH, requestId: 'req-1' });
      expect(second).toMatchObject({
        sequence: 2,
        previousHash: first.hash,
        denied: ['X.y'],
        outcome: 'PARTIAL',
      });
      const { hash, ...unhashed } = second;
      expect(hash).toBe(hashAuditRecord(unhashed));
      expect(new Date(first.recordedAt).toISOString()).toBe(first.recordedAt);
      await expect(fixture.log.store.verifyChain()).resolves.toEqual({ ok: true, records: 2 });
    });

    it('verifies an empty log', async () => {
      await expect(fixture.log.store.verifyChain()).resolves.toEqual({ ok: true, records: 0 });
    });

    it('reads back exactly what was stored, lists in the order given', async () => {
      const appended = await fixture.log.store.append(
        sampleEntry({
          offenders: ['B', 'A', 'B'],
          subject: null,
          agency: null,
          purpose: null,
          operationName: null,
        }),
      );
      const [stored] = await fixture.log.store.consultationsOf('A');
      expect(stored).toEqual(appended);
    });

    it('has no way to update or delete a record', () => {
      expect(Object.keys(fixture.log.store).sort()).toEqual([
        'append',
        'checkpoint',
        'consultationsOf',
        'consultationsOfPerson',
        'ping',
        'settled',
        'verifyChain',
      ]);
    });

    it('answers readiness pings', async () => {
      await expect(fixture.log.store.ping()).resolves.toBeUndefined();
    });

    it('refuses an entry with an unknown outcome or a malformed operation hash', async () => {
      const entry = { ...sampleEntry(), outcome: 'MAYBE' } as unknown as ReturnType<typeof sampleEntry>;
      await expect(fixture.log.store.append(entry)).rejects.toThrow(/outcome must be one of/);
      await expect(fixture.log.store.append(sampleEntry({ operationHash: 'abc' }))).rejects.toThrow(
        /operationHash/,
      );
      await expect(fixture.log.store.verifyChain()).resolves.toEqual({ ok: true, records: 0 });
    });

    it('keeps sequence numbers unique in the database itself', async () => {
      const record = await fixture.log.store.append(sampleEntry());
      const copy = sql`insert into audit_record select * from audit_record where sequence = ${record.sequence}`;
      // Compared by message: better-sqlite3's errors can come from another module instance than the test's.
      const refusal = await copy.execute(fixture.raw.db).then(
        () => 'accepted',
        (error: unknown) => String(error),
      );
      expect(refusal).toMatch(/unique|duplicate/i);
    });

    it('detects a record altered in the database, at its sequence', async () => {
      await fixture.appendMany(5);
      await sql`update audit_record set purpose = ${'CURIOSITY'} where sequence = 3`.execute(fixture.raw.db);

      await expect(fixture.log.store.verifyChain()).resolves.toMatchObject({
        ok: false,
        sequence: 3,
        problem: 'ALTERED',
      });
    });

    it('detects an offender removed from the index, as an alteration of its record', async () => {
      await fixture.appendMany(4);
      await sql`delete from audit_offender where sequence = 2 and identifier = ${'A1234BC'}`.execute(
        fixture.raw.db,
      );

      await expect(fixture.log.store.verifyChain()).resolves.toMatchObject({
        ok: false,
        sequence: 2,
        problem: 'ALTERED',
      });
    });

    it('detects a list column edited into something that is not a list', async () => {
      await fixture.appendMany(2);
      await sql`update audit_record set fields = ${'not json'} where sequence = 1`.execute(fixture.raw.db);

      await expect(fixture.log.store.verifyChain()).resolves.toMatchObject({
        ok: false,
        sequence: 1,
        problem: 'ALTERED',
      });
    });

    it('detects a record deleted from the middle of the log', async () => {
      await fixture.appendMany(5);
      await sql`delete from audit_offender where sequence = 3`.execute(fixture.raw.db);
      await sql`delete from audit_record where sequence = 3`.execute(fixture.raw.db);

      await expect(fixture.log.store.verifyChain()).resolves.toMatchObject({
        ok: false,
        sequence: 3,
        problem: 'REMOVED',
      });
    });

    it('detects the last record deleted, through the chain head', async () => {
      await fixture.appendMany(5);
      await sql`delete from audit_offender where sequence = 5`.execute(fixture.raw.db);
      await sql`delete from audit_record where sequence = 5`.execute(fixture.raw.db);

      await expect(fixture.log.store.verifyChain()).resolves.toMatchObject({
        ok: false,
        sequence: 5,
        problem: 'REMOVED',
      });
    });

    it('detects a record rewritten with a fresh hash, at the record after it', async () => {
      const records = [];
      for (let index = 1; index <= 4; index += 1) records.push(await fixture.log.store.append(sampleEntry()));
      const rehashed = hashAuditRecord({ ...records[1]!, purpose: 'CURIOSITY' });
      await sql`update audit_record set purpose = ${'CURIOSITY'}, hash = ${rehashed} where sequence = 2`.execute(
        fixture.raw.db,
      );

      await expect(fixture.log.store.verifyChain()).resolves.toMatchObject({
        ok: false,
        sequence: 3,
        problem: 'CHAIN_BROKEN',
      });
    });

    it('detects a record forged past the chain head', async () => {
      await fixture.appendMany(2);
      await sql`insert into audit_record select 3, recorded_at, request_id, subject, agency, purpose,
        operation_name, operation_hash, subgraphs, fields, denied, outcome, hash, hash
        from audit_record where sequence = 2`.execute(fixture.raw.db);

      await expect(fixture.log.store.verifyChain()).resolves.toMatchObject({
        ok: false,
        sequence: 3,
        problem: 'CHAIN_BROKEN',
      });
    });

    it('verifies page by page, finding problems across page boundaries', async () => {
      const paged = await fixture.anotherLog({ pageSize: 3 });
      await fixture.appendMany(10, paged);
      await expect(paged.store.verifyChain()).resolves.toEqual({ ok: true, records: 10 });

      await sql`update audit_record set subject = ${'someone.else'} where sequence = 7`.execute(
        fixture.raw.db,
      );
      await expect(paged.store.verifyChain()).resolves.toMatchObject({
        ok: false,
        sequence: 7,
        problem: 'ALTERED',
      });
    });

    it('keeps one valid chain when two stores append at once', async () => {
      const other = await fixture.anotherLog();
      const stores = [fixture.log.store, other.store];
      const records = await Promise.all(
        Array.from({ length: 200 }, (_, index) =>
          stores[index % 2]!.append(sampleEntry({ requestId: `req-${index}` })),
        ),
      );

      const sequences = records.map((record) => record.sequence).sort((a, b) => a - b);
      expect(sequences).toEqual(Array.from({ length: 200 }, (_, index) => index + 1));
      await expect(fixture.log.store.verifyChain()).resolves.toEqual({ ok: true, records: 200 });
    });

    it('commits appends made at the same time together', async () => {
      const database = fixture.closeAfterTest(openDatabase<AuditTables>(fixture.location));
      const store = createAuditStore(database);
      database.statements.recording = true;
      await Promise.all(Array.from({ length: 100 }, () => store.append(sampleEntry())));
      database.statements.recording = false;

      const commits = database.statements.recorded.filter((statement) => statement.sql === 'commit');
      expect(commits.length).toBeLessThanOrEqual(5);
      await expect(store.verifyChain()).resolves.toEqual({ ok: true, records: 100 });
    });

    it('keeps one valid chain when two gateway processes append at once', async () => {
      const results = await Promise.all([
        runTs('tests/audit/support/appendMany.ts', [fixture.location, '60', 'first']),
        runTs('tests/audit/support/appendMany.ts', [fixture.location, '60', 'second']),
      ]);

      expect(results.map((result) => [result.code, result.stderr])).toEqual([
        [0, ''],
        [0, ''],
      ]);
      await expect(fixture.log.store.verifyChain()).resolves.toEqual({ ok: true, records: 120 });
    });

    it("returns one offender's consultations, newest first", async () => {
      const seen = [];
      for (let index = 1; index <= 6; index += 1) {
        const offenders = index % 2 === 0 ? ['2001/0000001A', 'A0000AA'] : ['2002/0000002B'];
        seen.push(await fixture.log.store.append(sampleEntry({ offenders, purpose: `purpose ${index}` })));
      }

      const consultations = await fixture.log.store.consultationsOf('A0000AA');
      expect(consultations.map((record) => record.sequence)).toEqual([6, 4, 2]);
      expect(consultations[0]).toEqual(seen[5]);
      const firstPage = await fixture.log.store.consultationsOf('2002/0000002B', { limit: 2 });
      expect(firstPage.map((record) => record.sequence)).toEqual([5, 3]);
      const nextPage = await fixture.log.store.consultationsOf('2002/0000002B', {
        limit: 2,
        beforeSequence: 3,
      });
      expect(nextPage.map((record) => record.sequence)).toEqual([1]);
      await expect(fixture.log.store.consultationsOf('nobody')).resolves.toEqual([]);
    });

    it('finds consultations through the offender index, not a scan', async () => {
      const database = fixture.closeAfterTest(openDatabase<AuditTables>(fixture.location));
      await migrateAuditLog(database.db);
      const store = createAuditStore(database);
      await store.append(sampleEntry());
      database.statements.recording = true;
      await store.consultationsOf('A1234BC');
      database.statements.recording = false;
      const lookup = database.statements.recorded.find((statement) =>
        /from "audit_offender"/.test(statement.sql),
      );
      if (!lookup) throw new Error('no audit_offender look-up was recorded');

      const plan = await database.db.connection().execute(async (connection) => {
        // A handful of rows is cheaper to scan; forbid that so the plan shows whether the index can serve.
        // (SQLite's planner always takes the index here.)
        if (database.dialect === 'postgres') await sql`set enable_seqscan = off`.execute(connection);
        const explain = database.dialect === 'postgres' ? 'explain ' : 'explain query plan ';
        const { rows } = await connection.executeQuery(
          CompiledQuery.raw(explain + lookup.sql, [...lookup.parameters]),
        );
        if (database.dialect === 'postgres') await sql`reset enable_seqscan`.execute(connection);
        return JSON.stringify(rows);
      });
      expect(plan).toMatch(
        database.dialect === 'postgres'
          ? /(Index Only Scan (Backward )?using|Index Scan (Backward )?using|Bitmap Index Scan on) audit_offender_identifier/
          : /SEARCH audit_offender USING COVERING INDEX audit_offender_identifier \(identifier=\?/,
      );
    });

    it('audit:verify exits 1 on a broken chain, naming the record', async () => {
      await fixture.appendMany(3);
      await sql`update audit_record set agency = ${'NOBODY'} where sequence = 2`.execute(fixture.raw.db);
      const broken = await runTs('scripts/audit-verify.ts', ['--database', fixture.location], {
        AUDIT_CHECKPOINT_KEY: TEST_CHECKPOINT_SECRET,
      });
      expect(broken.code).toBe(1);
      expect(broken.stdout).toMatch(/^audit chain broken at record 2: ALTERED /);
    });
  });
}
