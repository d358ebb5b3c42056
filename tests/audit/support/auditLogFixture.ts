import { openDatabase, type StoreDatabase } from '@lib/store/openDatabase';
import type { AuditTables } from '../../../gateway/src/audit/auditTables';
import { buildAuditLog, type AuditLog, type AuditLogOptions } from '../../../gateway/src/audit/buildAuditLog';
import type { AuditTestDatabases } from './auditTestDatabases';
import { sampleEntry } from './sampleEntry';

/** One test's audit log: a fresh database, the log open on it, and a raw connection past the store. */
export interface AuditLogFixture {
  location: string;
  log: AuditLog;
  /** The tampering an attacker with database access could do, straight in SQL, past the store. */
  raw: StoreDatabase<AuditTables>;
  /** Opens another handle on the test's database, closed after the test. */
  anotherLog(options?: AuditLogOptions): Promise<AuditLog>;
  /** Closes `handle` after the test, and returns it. */
  closeAfterTest<Handle extends { close(): Promise<void> }>(handle: Handle): Handle;
  /** Appends `count` sample records one after another (to `target`, or the test's log). */
  appendMany(count: number, target?: AuditLog): Promise<void>;
}

/**
 * Registers, in the calling describe block, a fresh audit log per test (opened with `options`) on the engine of
 * `databases`, everything it opened closed after each test and the databases dropped after all of them.
 */
export function useAuditLogFixture(
  databases: AuditTestDatabases,
  options: AuditLogOptions = {},
): AuditLogFixture {
  const open: { close(): Promise<void> }[] = [];
  const fixture = {
    closeAfterTest: <Handle extends { close(): Promise<void> }>(handle: Handle) => {
      open.push(handle);
      return handle;
    },
    anotherLog: async (logOptions: AuditLogOptions = {}) =>
      fixture.closeAfterTest(await buildAuditLog(fixture.location, logOptions)),
    appendMany: async (count: number, target?: AuditLog) => {
      for (let index = 1; index <= count; index += 1) {
        await (target ?? fixture.log).store.append(
          sampleEntry({ requestId: `req-${index}`, purpose: `purpose ${index}` }),
        );
      }
    },
  } as AuditLogFixture;

  beforeEach(async () => {
    fixture.location = await databases.fresh();
    fixture.log = await fixture.anotherLog(options);
    fixture.raw = fixture.closeAfterTest(openDatabase<AuditTables>(fixture.location));
  });

  afterEach(async () => {
    for (const handle of open.splice(0).reverse()) await handle.close();
  });

  afterAll(() => databases.cleanUp());

  return fixture;
}
