import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '@lib/config/environment';
import { readGatewayConfig } from '../../gateway/src/gatewayConfig';
import {
  checkpointKey,
  DEV_CHECKPOINT_KEY_FILE,
  findCheckpointKey,
  loadCheckpointKey,
  readCheckpointSettings,
} from '../../gateway/src/audit/checkpointKey';
import { temporaryDataDir } from '../auth/support/testKeys';
import { TEST_CHECKPOINT_SECRET } from './support/testCheckpointKey';

describe('the audit checkpoint key', () => {
  it('is read once with the gateway config, with checkpoints every 1000 records or 60 s by default', () => {
    const config = readGatewayConfig({ AUDIT_CHECKPOINT_KEY: TEST_CHECKPOINT_SECRET, DATA_DIR: '/srv/data' });
    expect(config.auditCheckpoints).toEqual({
      secret: Buffer.from(TEST_CHECKPOINT_SECRET, 'base64'),
      everyRecords: 1000,
      everySeconds: 60,
      dataDir: '/srv/data',
    });
  });

  it.each([
    ['a password', 'correct horse battery staple'],
    ['too few bytes', Buffer.alloc(16, 1).toString('base64')],
    ['not base64', `${'!'.repeat(50)}`],
  ])('refuses %s, naming the setting and how to make a key', (_what, value) => {
    const read = () => readCheckpointSettings({ AUDIT_CHECKPOINT_KEY: value });
    expect(read).toThrow(ConfigurationError);
    expect(read).toThrow(
      /AUDIT_CHECKPOINT_KEY must be at least 32 random bytes in base64 \(.*openssl rand -base64 32\)/,
    );
  });

  it('refuses checkpoint intervals out of range', () => {
    expect(() => readCheckpointSettings({ AUDIT_CHECKPOINT_EVERY_RECORDS: '0' })).toThrow(
      /AUDIT_CHECKPOINT_EVERY_RECORDS must be a whole number/,
    );
    expect(() => readCheckpointSettings({ AUDIT_CHECKPOINT_EVERY_S: 'soon' })).toThrow(
      /AUDIT_CHECKPOINT_EVERY_S/,
    );
  });

  it('names a key by a digest of it: the same secret, the same id; another secret, another id', () => {
    const secret = Buffer.from(TEST_CHECKPOINT_SECRET, 'base64');
    expect(checkpointKey(secret, 'a').id).toBe(checkpointKey(Buffer.from(secret), 'b').id);
    expect(checkpointKey(Buffer.alloc(32, 8), 'c').id).not.toBe(checkpointKey(secret, 'a').id);
    expect(checkpointKey(secret, 'a').id).toMatch(/^hmac-sha256-[0-9a-f]{16}$/);
    expect(checkpointKey(secret, 'a').id).not.toContain(TEST_CHECKPOINT_SECRET);
  });

  it('falls back to a development key made once under DATA_DIR/keys, readable by its owner only', () => {
    const dataDir = temporaryDataDir();
    expect(findCheckpointKey({ secret: null, dataDir })).toBeNull();

    const made = loadCheckpointKey({ secret: null, dataDir });
    const file = join(dataDir, 'keys', DEV_CHECKPOINT_KEY_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')).toHaveLength(32);
    expect(made.source).toBe(file);
    expect(loadCheckpointKey({ secret: null, dataDir }).id).toBe(made.id);
    expect(findCheckpointKey({ secret: null, dataDir })?.id).toBe(made.id);
  });

  it('prefers AUDIT_CHECKPOINT_KEY to the development key', () => {
    const dataDir = temporaryDataDir();
    loadCheckpointKey({ secret: null, dataDir });
    const configured = loadCheckpointKey({ secret: Buffer.from(TEST_CHECKPOINT_SECRET, 'base64'), dataDir });
    expect(configured.source).toBe('AUDIT_CHECKPOINT_KEY');
    expect(findCheckpointKey({ secret: configured.secret, dataDir })?.id).toBe(configured.id);
  });
});
