import { mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAuditLog, type AuditLog } from '../../gateway/src/audit/buildAuditLog';
import { sampleEntry } from './support/sampleEntry';

let folder: string;
let log: AuditLog | null = null;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'audit-durability-'));
});
afterEach(async () => {
  await log?.close();
  log = null;
  rmSync(folder, { recursive: true, force: true });
});

/** The prototype every promise-based file handle shares: its datasync is what walSync.ts calls. */
async function fileHandlePrototype(): Promise<{ datasync: () => Promise<void> }> {
  const probe = await open(join(folder, 'probe'), 'w');
  await probe.close();
  return Object.getPrototypeOf(probe) as { datasync: () => Promise<void> };
}

describe('the audit log on SQLite', () => {
  it('acknowledges an append only once its write-ahead log is synced, the sync off the event loop', async () => {
    log = await buildAuditLog(join(folder, 'audit.db'));
    // Synced after COMMIT, through a file handle on the thread pool, and the append waits for it.
    const prototype = await fileHandlePrototype();
    const realDatasync = prototype.datasync;
    let releaseSync: () => void = () => undefined;
    const syncHeld = new Promise<void>((resolve) => (releaseSync = resolve));
    const spy = jest.spyOn(prototype, 'datasync').mockImplementation(async function (this: unknown) {
      await syncHeld;
      return realDatasync.call(this);
    });
    try {
      let acknowledged = false;
      const append = log.store.append(sampleEntry({ requestId: 'held-sync' })).then((record) => {
        acknowledged = true;
        return record;
      });
      while (spy.mock.calls.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(acknowledged).toBe(false);

      releaseSync();
      expect((await append).requestId).toBe('held-sync');
    } finally {
      spy.mockRestore();
    }
  });
});
