import { checkpointKey } from '../../../gateway/src/audit/checkpointKey';

/** The secret the tests' audit logs are checkpointed with, as AUDIT_CHECKPOINT_KEY gives it (base64). */
export const TEST_CHECKPOINT_SECRET = Buffer.alloc(32, 7).toString('base64');

/** The key made from it, as the gateway and audit:verify make it. */
export const TEST_CHECKPOINT_KEY = checkpointKey(Buffer.from(TEST_CHECKPOINT_SECRET, 'base64'), 'test');
