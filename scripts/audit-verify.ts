/**
 * `npx tsx scripts/audit-verify.ts [--database <path or postgres:// URL>] [--checkpoint-log <file>]`: checks the
 * audit log's hash chain and every signed checkpoint of it, and prints
 * `audit chain intact: N records, M checkpoints verified, the last at record S (time)` (exit 0), or the first
 * record or checkpoint found wrong: `audit chain broken at record S: PROBLEM detail` or
 * `audit checkpoint at record S fails: PROBLEM detail` (exit 1).
 *
 * The log is AUDIT_DATABASE_URL, or ${DATA_DIR:-data}/audit.db, unless --database names another; the checkpoints
 * are checked with AUDIT_CHECKPOINT_KEY, or the development key under ${DATA_DIR:-data}/keys (a `.env` file in the
 * working folder is read first, as the gateway reads it). --checkpoint-log names the gateway's log (LOG_FILE, or
 * wherever its output is kept): every checkpoint copied there must still be in the database, which shows the end
 * of the log cut off together with its checkpoints. Exits 2 when the log cannot be checked at all (no such
 * file, server unreachable, no key), which is not the same as a log found tampered with.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadDotEnv } from '@lib/config/loadDotEnv';
import { auditDatabaseLocation } from '../gateway/src/audit/auditDatabaseLocation';
import { buildAuditLog } from '../gateway/src/audit/buildAuditLog';
import { checkpointCopiesIn } from '../gateway/src/audit/checkpointCopies';
import { findCheckpointKey, readCheckpointSettings } from '../gateway/src/audit/checkpointKey';

function readOption(args: readonly string[], name: string): string | undefined {
  const flag = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (flag === -1) return undefined;
  const arg = args[flag] ?? '';
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[flag + 1];
  if (!value) throw new Error(`${name} needs a value`);
  return value;
}

async function main(): Promise<number> {
  loadDotEnv();
  const args = process.argv.slice(2);
  const location = readOption(args, '--database') ?? auditDatabaseLocation();
  // Opening a SQLite path creates the file; a mistyped path must not pass as an empty, intact log.
  if (!/^postgres(ql)?:\/\//.test(location) && !existsSync(location)) {
    throw new Error(`no audit log at ${location}`);
  }
  const key = findCheckpointKey(readCheckpointSettings(process.env));
  if (!key) {
    throw new Error(
      'no checkpoint key: set AUDIT_CHECKPOINT_KEY to the key the gateway signs with (or DATA_DIR to the folder ' +
        'holding the development key)',
    );
  }
  const checkpointLog = readOption(args, '--checkpoint-log');
  const copies = checkpointLog ? checkpointCopiesIn(readFileSync(checkpointLog, 'utf8')) : [];
  // Opened without checkpoints of its own: verifying writes nothing; the key is only read.
  const log = await buildAuditLog(location);
  try {
    const result = await log.store.verifyChain(key, copies);
    if (result.ok) {
      const { count = 0, last = null } = result.checkpoints ?? {};
      const lastOne = last ? `, the last at record ${last.sequence} (${last.recordedAt})` : '';
      const copied = checkpointLog ? `; ${copies.length} copies in ${checkpointLog} found in it` : '';
      console.log(
        `audit chain intact: ${result.records} records, ${count} checkpoints verified${lastOne}${copied}`,
      );
      return 0;
    }
    const what = result.problem.startsWith('CHECKPOINT_')
      ? `audit checkpoint at record ${result.sequence} fails`
      : `audit chain broken at record ${result.sequence}`;
    console.log(`${what}: ${result.problem} ${result.detail}`);
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
