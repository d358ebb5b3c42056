import { createHash, randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { devKeysDirectory, ensureDevSecret, readDevSecret } from '@lib/auth/devKeys';
import { ConfigurationError, readInteger, readString } from '@lib/config/environment';

/**
 * The secret the audit log's checkpoints are signed with (HMAC-SHA256). It is kept out of the audit database on
 * purpose: whoever can write to the database can rewrite records and rehash the chain, but cannot sign a
 * checkpoint for the rewritten chain without this key.
 */
export interface CheckpointKey {
  /** Names the key in each checkpoint, so that verification can say which key a checkpoint was made with. */
  id: string;
  secret: Buffer;
  /** Where the key came from, for the start-up log: the setting or the development key file. */
  source: string;
}

/** How the audit log is checkpointed, as the environment gives it (the key is loaded at start-up). */
export interface CheckpointSettings {
  /** AUDIT_CHECKPOINT_KEY decoded; null means the development key under DATA_DIR/keys. */
  secret: Buffer | null;
  /** A checkpoint is due once this many records follow the last one (AUDIT_CHECKPOINT_EVERY_RECORDS, 1000). */
  everyRecords: number;
  /** And every this many seconds while records arrive (AUDIT_CHECKPOINT_EVERY_S, 60). */
  everySeconds: number;
  /** Where the development key lives (DATA_DIR, default data). */
  dataDir: string;
}

/** The development key's file, beside the development signing keys (never committed: data/ is ignored). */
export const DEV_CHECKPOINT_KEY_FILE = 'audit-checkpoint.key';

const MIN_KEY_BYTES = 32;
const BASE64 = /^(?:[A-Za-z0-9+/]+={0,2}|[A-Za-z0-9_-]+)$/;

type Environment = Record<string, string | undefined>;

/** Decodes a key given as base64 (or base64url), refusing one too short to be a random 256-bit key. */
function decodeSecret(text: string, source: string): Buffer {
  const trimmed = text.trim();
  const secret = BASE64.test(trimmed) ? Buffer.from(trimmed, 'base64') : Buffer.alloc(0);
  if (secret.length < MIN_KEY_BYTES) {
    throw new ConfigurationError(
      `${source} must be at least ${MIN_KEY_BYTES} random bytes in base64 (make one with: openssl rand -base64 32)`,
    );
  }
  return secret;
}

/**
 * Reads the checkpoint settings: AUDIT_CHECKPOINT_KEY, AUDIT_CHECKPOINT_EVERY_RECORDS, AUDIT_CHECKPOINT_EVERY_S
 * and DATA_DIR. Fails with a ConfigurationError naming the variable when one is malformed; reads no file.
 */
export function readCheckpointSettings(env: Environment): CheckpointSettings {
  const key = readString(env, 'AUDIT_CHECKPOINT_KEY', '');
  return {
    secret: key === '' ? null : decodeSecret(key, 'AUDIT_CHECKPOINT_KEY'),
    everyRecords: readInteger(env, 'AUDIT_CHECKPOINT_EVERY_RECORDS', 1000, 1, 1_000_000),
    everySeconds: readInteger(env, 'AUDIT_CHECKPOINT_EVERY_S', 60, 1, 86_400),
    dataDir: resolve(readString(env, 'DATA_DIR', 'data')),
  };
}

/** A key from its secret: its id is a digest of the secret, so the same secret always has the same id. */
export function checkpointKey(secret: Buffer, source: string): CheckpointKey {
  const digest = createHash('sha256').update('justice-gateway audit checkpoint key\n').update(secret);
  return { id: `hmac-sha256-${digest.digest('hex').slice(0, 16)}`, secret, source };
}

/**
 * The key checkpoints are signed with: AUDIT_CHECKPOINT_KEY, or else the development key under DATA_DIR/keys,
 * made on first start as the development signing keys are (lib/auth/devKeys.ts).
 */
export function loadCheckpointKey(settings: Pick<CheckpointSettings, 'secret' | 'dataDir'>): CheckpointKey {
  if (settings.secret) return checkpointKey(settings.secret, 'AUDIT_CHECKPOINT_KEY');
  const text = ensureDevSecret(settings.dataDir, DEV_CHECKPOINT_KEY_FILE, () =>
    randomBytes(MIN_KEY_BYTES).toString('base64'),
  );
  return devKey(text, settings.dataDir);
}

/**
 * The key a verifier checks checkpoints against: AUDIT_CHECKPOINT_KEY, or the development key if one was made,
 * never a new one (a key made now would only say that every checkpoint is forged); null when there is neither.
 */
export function findCheckpointKey(
  settings: Pick<CheckpointSettings, 'secret' | 'dataDir'>,
): CheckpointKey | null {
  if (settings.secret) return checkpointKey(settings.secret, 'AUDIT_CHECKPOINT_KEY');
  const text = readDevSecret(settings.dataDir, DEV_CHECKPOINT_KEY_FILE);
  return text === null ? null : devKey(text, settings.dataDir);
}

function devKey(text: string, dataDir: string): CheckpointKey {
  const path = join(devKeysDirectory(dataDir), DEV_CHECKPOINT_KEY_FILE);
  return checkpointKey(decodeSecret(text, path), path);
}
