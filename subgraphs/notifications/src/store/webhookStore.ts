import type { Updateable } from 'kysely';
import type { StoreDatabase } from '@lib/store/openDatabase';
import type { NotificationsTables, WebhookTable } from './notificationsTables';

/** A webhook as stored. */
export type WebhookRow = WebhookTable;

/** The webhooks agencies registered, and the delivery workers' claims on them. */
export function createWebhookStore({ db, dialect }: StoreDatabase<NotificationsTables>) {
  return {
    insert: (row: WebhookRow) => db.insertInto('webhook').values(row).execute(),

    ofAgency: (agency: string) =>
      db.selectFrom('webhook').selectAll().where('agency', '=', agency).orderBy('createdAt').execute(),

    find: (webhookId: string) =>
      db.selectFrom('webhook').selectAll().where('webhookId', '=', webhookId).executeTakeFirst(),

    /** Changes a webhook; resolves to it as changed, or undefined when there is none. */
    update: (webhookId: string, changes: Updateable<WebhookTable>) =>
      db
        .updateTable('webhook')
        .set(changes)
        .where('webhookId', '=', webhookId)
        .returningAll()
        .executeTakeFirst(),

    /** Every webhook's id and state, for the JetStream delivery to match consumers and pullers to them. */
    states: () => db.selectFrom('webhook').select(['webhookId', 'state']).execute(),

    /**
     * Counts one event delivered from the webhook's consumer (added to the count in the statement, as replicas
     * deliver to one webhook in turn), its failures forgotten, with the event's stream sequence: the log's intake
     * may not have reached the event, so its place in the log is read when the webhook is (webhookCursor.ts).
     */
    recordDelivered: (webhookId: string, streamSeq: number, at: string) =>
      db
        .updateTable('webhook')
        .set((eb) => ({
          deliveredCount: eb('deliveredCount', '+', 1),
          lastDeliveredAt: at,
          failingSince: null,
          lastError: null,
          consecutiveFailures: 0,
          nextAttemptAt: at,
          deliveredStreamSeq: streamSeq,
        }))
        .where('webhookId', '=', webhookId)
        .execute(),

    remove: async (webhookId: string) =>
      Number(
        (await db.deleteFrom('webhook').where('webhookId', '=', webhookId).executeTakeFirst()).numDeletedRows,
      ) === 1,

    /**
     * Claims the webhook most overdue for delivery that has events waiting (its cursor behind the log's newest),
     * until `until`: one statement, so that two workers never hold one webhook. On PostgreSQL the candidate row is
     * locked with SKIP LOCKED, so that workers on several replicas each take a different webhook at once.
     */
    claimDue: (now: string, until: string, latestSeq: number) =>
      db
        .updateTable('webhook')
        .set({ claimedUntil: until })
        .where('webhookId', '=', (eb) =>
          eb
            .selectFrom('webhook')
            .select('webhookId')
            .where('state', '=', 'ACTIVE')
            .where('nextAttemptAt', '<=', now)
            .where('cursor', '<', latestSeq)
            .where((inner) => inner.or([inner('claimedUntil', 'is', null), inner('claimedUntil', '<', now)]))
            .orderBy('nextAttemptAt')
            .limit(1)
            .$if(dialect === 'postgres', (query) => query.forUpdate().skipLocked()),
        )
        .where((eb) => eb.or([eb('claimedUntil', 'is', null), eb('claimedUntil', '<', now)]))
        .returningAll()
        .executeTakeFirst(),
  };
}

/** The webhooks. */
export type WebhookStore = ReturnType<typeof createWebhookStore>;
