import { describeRefusal, readTrapLog } from '../outbound/outboundTrapLog';
import { removeSqliteTemplate } from '../sqliteTemplate';
import { endPostgresRunOnce } from './postgresRunOnce';

/**
 * Jest's global teardown for both projects: drops the PostgreSQL run's schemas, if a run was started, and removes
 * the SQLite template, if one was seeded, then fails
 * the run if any process of it tried to reach past loopback (see outboundTrapForRun.js).
 */
export default async function storesGlobalTeardown(): Promise<void> {
  await endPostgresRunOnce();
  removeSqliteTemplate();
  const log = process.env.OUTBOUND_TRAP_LOG;
  if (!log) return;
  const { refused } = readTrapLog(log);
  if (refused.length > 0) {
    throw new Error(
      `Outbound traffic past loopback during the test run:\n${refused.map(describeRefusal).join('\n')}`,
    );
  }
}
