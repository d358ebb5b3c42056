import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { createLogger } from '@lib/observability/logger';
import { buildAuditLog } from '../../gateway/src/audit/buildAuditLog';
import { CHECKPOINT_LOG_MESSAGE, checkpointCopiesIn } from '../../gateway/src/audit/checkpointCopies';
import { loadCheckpointKey } from '../../gateway/src/audit/checkpointKey';
import { runTs } from './support/runTs';
import { sampleEntry } from './support/sampleEntry';
import { TEST_CHECKPOINT_KEY, TEST_CHECKPOINT_SECRET } from './support/testCheckpointKey';

describe('audit:verify', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'justice-gateway-audit-cli-'));
  });

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('exits 2, not 0, when there is no log to check', async () => {
    const missing = join(dataDir, 'nowhere', 'audit.db');
    const result = await runTs('scripts/audit-verify.ts', [`--database=${missing}`]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`no audit log at ${missing}`);
  });

  it('checks audit.db in DATA_DIR by default, with the development key there', async () => {
    const key = loadCheckpointKey({ secret: null, dataDir });
    const log = await buildAuditLog(join(dataDir, 'audit.db'), {
      checkpoints: { key, everyRecords: 1000, everySeconds: 3600 },
    });
    await log.store.append(sampleEntry());
    await log.close();

    const result = await runTs('scripts/audit-verify.ts', [], {
      DATA_DIR: dataDir,
      AUDIT_DATABASE_URL: '',
      AUDIT_CHECKPOINT_KEY: '',
    });

    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(
      /^audit chain intact: 1 records, 2 checkpoints verified, the last at record 1 /,
    );
  });

  it('exits 2 when it has no key to check the checkpoints with', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'justice-gateway-audit-cli-nokey-'));
    try {
      const result = await runTs('scripts/audit-verify.ts', ['--database', join(dataDir, 'audit.db')], {
        DATA_DIR: elsewhere,
        AUDIT_CHECKPOINT_KEY: '',
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('no checkpoint key: set AUDIT_CHECKPOINT_KEY');
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('exits 1 naming the first checkpoint when given another key than the one that signed', async () => {
    const location = join(dataDir, 'keyed.db');
    const log = await buildAuditLog(location, {
      checkpoints: { key: TEST_CHECKPOINT_KEY, everyRecords: 1000, everySeconds: 3600 },
    });
    await log.store.append(sampleEntry());
    await log.close();
    const right = await runTs('scripts/audit-verify.ts', ['--database', location], {
      AUDIT_CHECKPOINT_KEY: TEST_CHECKPOINT_SECRET,
    });
    expect(right.code).toBe(0);

    const wrong = await runTs('scripts/audit-verify.ts', ['--database', location], {
      AUDIT_CHECKPOINT_KEY: Buffer.alloc(32, 8).toString('base64'),
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(
      /^audit checkpoint at record 0 fails: CHECKPOINT_FORGED it was signed with key /,
    );
  });

  it('exits 2 on a key too short to be one', async () => {
    const result = await runTs('scripts/audit-verify.ts', ['--database', join(dataDir, 'audit.db')], {
      AUDIT_CHECKPOINT_KEY: 'secret',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('AUDIT_CHECKPOINT_KEY must be at least 32 random bytes in base64');
  });
  it("--checkpoint-log checks the database against the checkpoints copied into the gateway's log", async () => {
    const location = join(dataDir, 'copied.db');
    const logFile = join(dataDir, 'gateway.log');
    // The gateway's own logger, writing as startGateway has it write each checkpoint.
    const logger = createLogger('gateway', 'info', logFile);
    const log = await buildAuditLog(location, {
      checkpoints: {
        key: TEST_CHECKPOINT_KEY,
        everyRecords: 2,
        everySeconds: 3600,
        onCheckpoint: (auditCheckpoint) => logger.info({ auditCheckpoint }, CHECKPOINT_LOG_MESSAGE),
      },
    });
    for (let index = 0; index < 5; index += 1) await log.store.append(sampleEntry());
    await log.close();
    expect(checkpointCopiesIn(readFileSync(logFile, 'utf8')).map((copy) => copy.sequence)).toEqual([
      0, 2, 4, 5,
    ]);
    const env = { AUDIT_CHECKPOINT_KEY: TEST_CHECKPOINT_SECRET };
    const args = ['--database', location, '--checkpoint-log', logFile];

    const intact = await runTs('scripts/audit-verify.ts', args, env);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toContain(`; 4 copies in ${logFile} found in it`);

    // The last checkpoint removed from the database: its copy in the log still vouches for record 5.
    const raw = new SQLite(location);
    raw.prepare('delete from audit_checkpoint where sequence = 5').run();
    raw.close();
    const missing = await runTs('scripts/audit-verify.ts', args, env);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(
      /^audit checkpoint at record 5 fails: CHECKPOINT_MISSING .*it was removed/,
    );
  });
});
