/**
 * `npx tsx scripts/audit-verify.ts [--database <path or postgres:// URL>]`: checks the audit log's hash chain
 * and prints `audit chain intact: N records` (exit 0) or `audit chain broken at record S: PROBLEM detail`
 * (exit 1). The log is AUDIT_DATABASE_URL, or ${DATA_DIR:-data}/audit.db, unless --database names another.
 * Exits 2 when the log cannot be checked at all (no such file, server unreachable), which is not the same as
 * a broken chain.
 */
import { existsSync } from 'node:fs';
import { auditDatabaseLocation } from '../gateway/src/audit/auditDatabaseLocation';
import { buildAuditLog } from '../gateway/src/audit/buildAuditLog';

function readLocation(args: readonly string[]): string {
  const flag = args.findIndex((arg) => arg === '--database' || arg.startsWith('--database='));
  if (flag === -1) return auditDatabaseLocation();
  const arg = args[flag] ?? '';
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[flag + 1];
  if (!value) throw new Error('--database needs a SQLite file path or a postgres:// URL');
  return value;
}

async function main(): Promise<number> {
  const location = readLocation(process.argv.slice(2));
  // Opening a SQLite path creates the file; a mistyped path must not pass as an empty, intact log.
  if (!/^postgres(ql)?:\/\//.test(location) && !existsSync(location)) {
    throw new Error(`no audit log at ${location}`);
  }
  const log = await buildAuditLog(location);
  try {
    const result = await log.store.verifyChain();
    if (result.ok) {
      console.log(`audit chain intact: ${result.records} records`);
      return 0;
    }
    console.log(`audit chain broken at record ${result.sequence}: ${result.problem} ${result.detail}`);
    return 1;
  } finally {
    await log.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`audit verification failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
