import type { EventLogStore } from '../store/eventLogStore';
import type { WebhookRow } from '../store/webhookStore';

/**
 * Where a webhook stands in the log: its stored cursor, or, once its JetStream consumer has delivered, the place
 * of the event delivered last, read from the log. Delivery records the event's stream sequence (which it always
 * knows) because the log's own consumer may take the event after the webhook's consumer has delivered it; read
 * here, the cursor is the event's place as soon as the log has it, and until then the newest logged before it
 * (never past an event the webhook has not had). Never behind the stored cursor, which a consumer starts after.
 */
export async function webhookCursor(
  eventLog: EventLogStore,
  webhook: Pick<WebhookRow, 'cursor' | 'deliveredStreamSeq'>,
): Promise<number> {
  if (webhook.deliveredStreamSeq === null) return webhook.cursor;
  const logged = await eventLog.seqUpToStreamSeq(webhook.deliveredStreamSeq);
  return Math.max(webhook.cursor, logged ?? 0);
}
