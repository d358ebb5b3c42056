import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAuditLog } from '../../gateway/src/audit/buildAuditLog';
import { runTs } from './support/runTs';
import { sampleEntry } from './support/sampleEntry';

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

  it('checks audit.db in DATA_DIR by default', async () => {
    const log = await buildAuditLog(join(dataDir, 'audit.db'));
    await log.store.append(sampleEntry());
    await log.close();

    const result = await runTs('scripts/audit-verify.ts', [], { DATA_DIR: dataDir, AUDIT_DATABASE_URL: '' });

    expect(result).toMatchObject({ code: 0, stdout: 'audit chain intact: 1 records\n' });
  });
});
