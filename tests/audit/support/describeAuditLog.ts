import { CompiledQuery, sql } from 'kysely';
import { openDatabase, type StoreDatabase } from '@lib/store/openDatabase';
import { GENESIS_HASH, hashAuditRecord } from '../../../gateway/src/audit/auditHash';
import { migrateAuditLog } from '../../../gateway/src/audit/auditMigrations';
import { createAuditStore } from '../../../gateway/src/audit/auditStore';
import type { AuditTables } from '../../../gateway/src/audit/auditTables';
import { buildAuditLog, type AuditLog } from '../../../gateway/src/audit/buildAuditLog';
import type { AuditTestDatabases } from './auditTestDatabases';
import { runTs } from './runTs';
import { sampleEntry } from './sampleEntry';

/**
 * The audit log's behaviour, run once per engine: the same tests against a SQLite file and a PostgreSQL schema.
 */
export function describeAuditLog(databases: AuditTestDatabases): void {
  describe(`audit log on ${databases.engine}`, () => {
    const open: { close(): Promise<void> }[] = [];
    let location: string;
    let log: AuditLog;
    let raw: StoreDatabase<AuditTables>;

    /** Opens another handle on the test's database, closed after the test. */
    async function anotherLog(options: Parameters<typeof buildAuditLog>[1] = {}): Promise<AuditLog> {
      const another = await buildAuditLog(location, options);
      open.push(another);
      return another;
    }

    async function appendMany(count: number, target: AuditLog = log) {
      for (let index = 1; index <= count; index += 1) {
        await target.store.append(sampleEntry({ requestId: `req-${index}`, purpose: `purpose ${index}` }));
      }
    }

    beforeEach(async () => {
      location = await databases.fresh();
      log = await anotherLog();
      // The tampering an attacker with database access could do, straight in SQL, past the store.
      raw = openDatabase<AuditTables>(location);
      open.push(raw);
    });

    afterEach(async () => {
      for (const handle of open.splice(0).reverse()) await handle.close();
    });

    afterAll(() => databases.cleanUp());

    it('chains appended records from the genesis hash and verifies them', async () => {
      const first = await log.store.append(sampleEntry({ requestId: 'req-1' }));
      const second = await log.store.append(
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
      await expect(log.store.verifyChain()).resolves.toEqual({ ok: true, records: 2 });
    });

    it('verifies an empty log', async () => {
      await expect(log.store.verifyChain()).resolves.toEqual({ ok: true, records: 0 });
    });

    it('reads back exactly what was stored, lists in the order given', async () => {
      const appended = await log.store.append(
        sampleEntry({
          offenders: ['B', 'A', 'B'],
          subject: null,
          agency: null,
          purpose: null,
          operationName: null,
        }),
      );
      const [stored] = await log.store.consultationsOf('A');
      expect(stored).toEqual(appended);
    });

    it('has no way to update or delete a record', () => {
      expect(Object.keys(log.store).sort()).toEqual(['append', 'consultationsOf', 'ping', 'verifyChain']);
    });

    it('answers readiness pings', async () => {
      await expect(log.store.ping()).resolves.toBeUndefined();
    });

    it('refuses an entry with an unknown outcome or a malformed operation hash', async () => {
      const entry = { ...sampleEntry(), outcome: 'MAYBE' } as unknown as ReturnType<typeof sampleEntry>;
      await expect(log.store.append(entry)).rejects.toThrow(/outcome must be one of/);
      await expect(log.store.append(sampleEntry({ operationHash: 'abc' }))).rejects.toThrow(/operationHash/);
      await expect(log.store.verifyChain()).resolves.toEqual({ ok: true, records: 0 });
    });

    it('keeps sequence numbers unique in the database itself', async () => {
      const record = await log.store.append(sampleEntry());
      const copy = sql`insert into audit_record select * from audit_record where sequence = ${record.sequence}`;
      // Compared by message: better-sqlite3's errors can come from another module instance than the test's.
      const refusal = await copy.execute(raw.db).then(
        () => 'accepted',
        (error: unknown) => String(error),
      );
      expect(refusal).toMatch(/unique|duplicate/i);
    });

    it('detects a record altered in the database, at its sequence', async () => {
      await appendMany(5);
      await sql`update audit_record set purpose = ${'CURIOSITY'} where sequence = 3`.execute(raw.db);

      await expect(log.store.verifyChain()).resolves.toMatchObject({
        ok: false,
        sequence: 3,
        problem: 'ALTERED',
      });
    });

    it('detects an offender removed from the index, as an alteration of its record', async () => {
      await appendMany(4);
      await sql`delete from audit_offender where sequence = 2 and identifier = ${'A1234BC'}`.execute(raw.db);

      await expect(log.store.verifyChain()).resolves.toMatchObject({
        ok: false,
        sequence: 2,
        problem: 'ALTERED',
      });
    });

    it('detects a list column edited into something that is not a list', async () => {
      await appendMany(2);
      await sql`update audit_record set fields = ${'not json'} where sequence = 1`.execute(raw.db);

      await expect(log.store.verifyChain()).resolves.toMatchObject({
        ok: false,
        sequence: 1,
        problem: 'ALTERED',
      });
    });

    it('detects a record deleted from the middle of the log', async () => {
      await appendMany(5);
      await sql`delete from audit_offender where sequence = 3`.execute(raw.db);
      await sql`delete from audit_record where sequence = 3`.execute(raw.db);

      await expect(log.store.verifyChain()).resolves.toMatchObject({
        ok: false,
        sequence: 3,
        problem: 'REMOVED',
      });
    });

    it('detects the last record deleted, through the chain head', async () => {
      await appendMany(5);
      await sql`delete from audit_offender where sequence = 5`.execute(raw.db);
      await sql`delete from audit_record where sequence = 5`.execute(raw.db);

      await expect(log.store.verifyChain()).resolves.toMatchObject({
        ok: false,
        sequence: 5,
        problem: 'REMOVED',
      });
    });

    it('detects a record rewritten with a fresh hash, at the record after it', async () => {
      const records = [];
      for (let index = 1; index <= 4; index += 1) records.push(await log.store.append(sampleEntry()));
      const rehashed = hashAuditRecord({ ...records[1]!, purpose: 'CURIOSITY' });
      await sql`update audit_record set purpose = ${'CURIOSITY'}, hash = ${rehashed} where sequence = 2`.execute(
        raw.db,
      );

      await expect(log.store.verifyChain()).resolves.toMatchObject({
        ok: false,
        sequence: 3,
        problem: 'CHAIN_BROKEN',
      });
    });

    it('detects a record forged past the chain head', async () => {
      await appendMany(2);
      await sql`insert into audit_record select 3, recorded_at, request_id, subject, agency, purpose,
        operation_name, operation_hash, subgraphs, fields, denied, outcome, hash, hash
        from audit_record where sequence = 2`.execute(raw.db);

      await expect(log.store.verifyChain()).resolves.toMatchObject({
        ok: false,
        sequence: 3,
        problem: 'CHAIN_BROKEN',
      });
    });

    it('verifies page by page, finding problems across page boundaries', async () => {
      const paged = await anotherLog({ pageSize: 3 });
      await appendMany(10, paged);
      await expect(paged.store.verifyChain()).resolves.toEqual({ ok: true, records: 10 });

      await sql`update audit_record set subject = ${'someone.else'} where sequence = 7`.execute(raw.db);
      await expect(paged.store.verifyChain()).resolves.toMatchObject({
        ok: false,
        sequence: 7,
        problem: 'ALTERED',
      });
    });

    it('keeps one valid chain when two stores append at once', async () => {
      const other = await anotherLog();
      const stores = [log.store, other.store];
      const records = await Promise.all(
        Array.from({ length: 200 }, (_, index) =>
          stores[index % 2]!.append(sampleEntry({ requestId: `req-${index}` })),
        ),
      );

      const sequences = records.map((record) => record.sequence).sort((a, b) => a - b);
      expect(sequences).toEqual(Array.from({ length: 200 }, (_, index) => index + 1));
      await expect(log.store.verifyChain()).resolves.toEqual({ ok: true, records: 200 });
    });

    it('commits appends made at the same time together', async () => {
      const database = openDatabase<AuditTables>(location);
      open.push(database);
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
        runTs('tests/audit/support/appendMany.ts', [location, '60', 'first']),
        runTs('tests/audit/support/appendMany.ts', [location, '60', 'second']),
      ]);

      expect(results.map((result) => [result.code, result.stderr])).toEqual([
        [0, ''],
        [0, ''],
      ]);
      await expect(log.store.verifyChain()).resolves.toEqual({ ok: true, records: 120 });
    });

    it("returns one offender's consultations, newest first", async () => {
      const seen = [];
      for (let index = 1; index <= 6; index += 1) {
        const offenders = index % 2 === 0 ? ['2001/0000001A', 'A0000AA'] : ['2002/0000002B'];
        seen.push(await log.store.append(sampleEntry({ offenders, purpose: `purpose ${index}` })));
      }

      const consultations = await log.store.consultationsOf('A0000AA');
      expect(consultations.map((record) => record.sequence)).toEqual([6, 4, 2]);
      expect(consultations[0]).toEqual(seen[5]);
      const firstPage = await log.store.consultationsOf('2002/0000002B', { limit: 2 });
      expect(firstPage.map((record) => record.sequence)).toEqual([5, 3]);
      const nextPage = await log.store.consultationsOf('2002/0000002B', { limit: 2, beforeSequence: 3 });
      expect(nextPage.map((record) => record.sequence)).toEqual([1]);
      await expect(log.store.consultationsOf('nobody')).resolves.toEqual([]);
    });

    it('finds consultations through the offender index, not a scan', async () => {
      const database = openDatabase<AuditTables>(location);
      open.push(database);
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

    it('audit:verify exits 0 on an intact chain and 1 on a broken one', async () => {
      await appendMany(3);
      const intact = await runTs('scripts/audit-verify.ts', [], { AUDIT_DATABASE_URL: location });
      expect(intact).toMatchObject({ code: 0, stdout: 'audit chain intact: 3 records\n' });

      await sql`update audit_record set agency = ${'NOBODY'} where sequence = 2`.execute(raw.db);
      const broken = await runTs('scripts/audit-verify.ts', ['--database', location]);
      expect(broken.code).toBe(1);
      expect(broken.stdout).toMatch(/^audit chain broken at record 2: ALTERED /);
    });
  });
}
