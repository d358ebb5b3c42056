import type { Kysely } from 'kysely';
import type { OutboxTables } from './outboxTables';

/** How long a relay holds an outbox without renewing; a relay that died is replaced after this. */
export const RELAY_LEASE_MS = 5_000;

/**
 * The lease that lets one relay at a time hand a store's outbox on, so that events leave in the order they were
 * recorded even with several replicas of a subgraph: the others wait, and take over when the holder stops (it
 * gives the lease up) or dies (the lease runs out). It is renewed at half its life, not on every look.
 */
export function relayLease(db: Kysely<OutboxTables>, outbox: string, holder: string) {
  let heldUntil = 0;
  return {
    /** Whether this relay holds the lease now, taking or renewing it if need be. */
    async acquire(): Promise<boolean> {
      const now = Date.now();
      if (now < heldUntil - RELAY_LEASE_MS / 2) return true;
      const expiresAt = new Date(now + RELAY_LEASE_MS).toISOString();
      const renewed = await db
        .updateTable('eventRelayLease')
        .set({ holder, expiresAt })
        .where('outbox', '=', outbox)
        .where((eb) => eb.or([eb('holder', '=', holder), eb('expiresAt', '<', new Date(now).toISOString())]))
        .executeTakeFirst();
      let taken = Number(renewed.numUpdatedRows) === 1;
      if (!taken) {
        const inserted = await db
          .insertInto('eventRelayLease')
          .values({ outbox, holder, expiresAt })
          .onConflict((conflict) => conflict.column('outbox').doNothing())
          .executeTakeFirst();
        taken = Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
      }
      heldUntil = taken ? now + RELAY_LEASE_MS : 0;
      return taken;
    },

    /** Gives the lease up, so that another relay need not wait for it to run out. */
    async release(): Promise<void> {
      if (heldUntil === 0) return;
      heldUntil = 0;
      await db
        .updateTable('eventRelayLease')
        .set({ expiresAt: new Date(0).toISOString() })
        .where('outbox', '=', outbox)
        .where('holder', '=', holder)
        .execute();
    },
  };
}
