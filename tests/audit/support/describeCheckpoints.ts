import { type AuditCheckpoint, signCheckpoint } from '../../../gateway/src/audit/auditCheckpoint';
import type { AuditLog, AuditLogOptions } from '../../../gateway/src/audit/buildAuditLog';
import { checkpointKey } from '../../../gateway/src/audit/checkpointKey';
import type { ChainVerification } from '../../../gateway/src/audit/verifyAuditChain';
import { useAuditLogFixture } from './auditLogFixture';
import type { AuditTestDatabases } from './auditTestDatabases';
import { removeCheckpointsFrom, rewriteAndRehash, truncateAfter } from './insiderAttacks';
import { runTs } from './runTs';
import { TEST_CHECKPOINT_KEY as KEY, TEST_CHECKPOINT_SECRET } from './testCheckpointKey';

const EVERY_RECORDS = 5;

/** Checkpoints every EVERY_RECORDS records (and never by the clock, in a test's time). */
function checkpointed(onCheckpoint?: (checkpoint: AuditCheckpoint) => void): AuditLogOptions {
  return { checkpoints: { key: KEY, everyRecords: EVERY_RECORDS, everySeconds: 3600, onCheckpoint } };
}

/** Expects verification to fail at `sequence` with `problem`, its detail saying `detail`. */
async function expectFailure(
  verification: Promise<ChainVerification>,
  sequence: number,
  problem: string,
  detail = '',
) {
  await expect(verification).resolves.toMatchObject({
    ok: false,
    sequence,
    problem,
    detail: expect.stringContaining(detail) as string,
  });
}

/**
 * Signed checkpoints against an insider: someone who can write to the audit database (and so rewrite records and
 * rehash the chain after them) but does not hold the checkpoint key. Run once per engine.
 */
export function describeCheckpoints(databases: AuditTestDatabases): void {
  describe(`signed checkpoints of the audit log on ${databases.engine}`, () => {
    const fixture = useAuditLogFixture(databases, checkpointed());
    const appendMany = (count: number, target?: AuditLog) => fixture.appendMany(count, target);
    /** Verifies the test's log, chain and checkpoints, with the key it was signed with. */
    const verify = () => fixture.log.store.verifyChain();

    const checkpointSequences = async () =>
      (
        await fixture.raw.db.selectFrom('auditCheckpoint').select('sequence').orderBy('sequence').execute()
      ).map((row) => row.sequence);

    it('checkpoints the empty log on opening, then every N records with the records themselves', async () => {
      await appendMany(12);

      expect(await checkpointSequences()).toEqual([0, 5, 10]);
      await expect(fixture.log.store.verifyChain()).resolves.toEqual({
        ok: true,
        records: 12,
        checkpoints: {
          count: 3,
          last: { sequence: 10, recordedAt: expect.any(String) as string },
          copies: 0,
        },
      });
    });

    it('checkpoints what an earlier run left on opening, and on a clean close, once', async () => {
      await appendMany(3);
      await fixture.log.close();
      expect(await checkpointSequences()).toEqual([0, 3]);

      const reopened = await fixture.anotherLog(checkpointed());
      expect(await checkpointSequences()).toEqual([0, 3]);
      await expect(reopened.store.checkpoint()).resolves.toBeNull();
      await appendMany(1, reopened);
      await expect(reopened.store.checkpoint()).resolves.toMatchObject({ sequence: 4, previousSequence: 3 });
    });

    it('reports each checkpoint, once committed, for a copy outside the database', async () => {
      const copies: number[] = [];
      await appendMany(
        7,
        await fixture.anotherLog(checkpointed((checkpoint) => copies.push(checkpoint.sequence))),
      );
      expect(copies).toEqual([5]);
    });

    it('fails verification, naming the checkpoint, when a record is rewritten and the chain rehashed', async () => {
      await appendMany(12);
      await rewriteAndRehash(fixture.raw.db, 3, { purpose: 'nothing to see' });

      // The chain alone is fooled: every hash and link holds.
      await expect(fixture.log.store.verifyChain(null)).resolves.toEqual({ ok: true, records: 12 });
      await expectFailure(verify(), 5, 'CHECKPOINT_MISMATCH', 'records up to 5 were rewritten');
    });

    it('fails when the checkpoints that vouched for the rewritten records are removed too', async () => {
      await appendMany(12);
      await rewriteAndRehash(fixture.raw.db, 3, { subject: 'someone.else' });
      await removeCheckpointsFrom(fixture.raw.db, 3);

      const detail = 'records 1 to 12 follow the last checkpoint (0)';
      await expectFailure(verify(), 12, 'CHECKPOINT_MISSING', detail);
    });

    it('fails when a checkpoint is removed from the middle', async () => {
      await appendMany(12);
      await fixture.raw.db.deleteFrom('auditCheckpoint').where('sequence', '=', 5).execute();

      await expectFailure(verify(), 10, 'CHECKPOINT_MISSING', 'checkpoints were removed');
    });

    it('fails on a checkpoint forged without the key, for a rewritten chain', async () => {
      await appendMany(12);
      await rewriteAndRehash(fixture.raw.db, 8, { agency: 'NOBODY' });
      const rewritten = await fixture.raw.db
        .selectFrom('auditRecord')
        .select('hash')
        .where('sequence', '=', 10)
        .executeTakeFirstOrThrow();
      // The insider's best guess at a key: the checkpoint is right in every field but its MAC.
      const guess = checkpointKey(Buffer.alloc(32, 1), 'guess');
      const forged = signCheckpoint(guess, {
        sequence: 10,
        previousSequence: 5,
        headHash: rewritten.hash,
        recordedAt: new Date().toISOString(),
        everyRecords: EVERY_RECORDS,
      });
      await fixture.raw.db
        .updateTable('auditCheckpoint')
        .set({ ...forged, keyId: KEY.id })
        .where('sequence', '=', 10)
        .execute();

      await expectFailure(verify(), 10, 'CHECKPOINT_FORGED', 'MAC does not verify');
    });

    it('fails when checked with another key than the one that signed', async () => {
      await appendMany(6);

      const wrong = checkpointKey(Buffer.alloc(32, 9), 'wrong');
      await expectFailure(fixture.log.store.verifyChain(wrong), 0, 'CHECKPOINT_FORGED', 'not the key given');
    });

    it('fails when the log is cut short after a checkpoint', async () => {
      await appendMany(12);
      await truncateAfter(fixture.raw.db, 7);

      // The chain head was moved back to match: the chain alone sees nothing wrong.
      await expect(fixture.log.store.verifyChain(null)).resolves.toEqual({ ok: true, records: 7 });
      await expectFailure(verify(), 10, 'CHECKPOINT_BEYOND_END', 'the log ends at record 7');
    });

    it('cannot see, alone, the end of the log cut off with its checkpoints; the copies outside it show it', async () => {
      const copies: AuditCheckpoint[] = [];
      const copied = await fixture.anotherLog(checkpointed((checkpoint) => copies.push(checkpoint)));
      await appendMany(12, copied);
      await truncateAfter(fixture.raw.db, 7);
      await removeCheckpointsFrom(fixture.raw.db, 8);

      // What the database holds is consistent: fewer records than a checkpoint promised follow the last one left.
      await expect(copied.store.verifyChain()).resolves.toMatchObject({ ok: true, records: 7 });
      await expectFailure(
        copied.store.verifyChain(KEY, copies),
        10,
        'CHECKPOINT_BEYOND_END',
        'the log ends at record 7',
      );
    });

    it('fails when checkpoints are emptied out of a log that has records', async () => {
      await appendMany(3);
      await fixture.raw.db.deleteFrom('auditCheckpoint').execute();

      await expectFailure(verify(), 3, 'CHECKPOINT_MISSING', 'no checkpoint');
    });

    it('audit:verify exits 0 on an untouched log and 1 naming the checkpoint on a rewritten one', async () => {
      await appendMany(7);
      const env = { AUDIT_CHECKPOINT_KEY: TEST_CHECKPOINT_SECRET };
      const intact = await runTs('scripts/audit-verify.ts', ['--database', fixture.location], env);
      expect(intact).toMatchObject({ code: 0, stderr: '' });
      expect(intact.stdout).toMatch(
        /^audit chain intact: 7 records, 2 checkpoints verified, the last at record 5 \(\d{4}-\d\d-\d\dT[^)]+\)\n$/,
      );

      await rewriteAndRehash(fixture.raw.db, 2, { purpose: 'nothing to see' });
      const broken = await runTs('scripts/audit-verify.ts', ['--database', fixture.location], env);
      expect(broken.code).toBe(1);
      expect(broken.stdout).toMatch(/^audit checkpoint at record 5 fails: CHECKPOINT_MISMATCH /);
    });
  });
}
