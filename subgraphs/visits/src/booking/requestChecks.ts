import { badUserInput } from '@lib/graphql/errors';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,100}$/;

/** A caller's idempotency key, refused unless it is 8 to 100 letters, digits or _.:- ; `what` names the write. */
export function requireIdempotencyKey(key: string, what: string): string {
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw badUserInput(
      `idempotencyKey must be 8 to 100 letters, digits or _.:- (a UUID will do), new for each ${what}`,
      'idempotencyKey',
    );
  }
  return key;
}
