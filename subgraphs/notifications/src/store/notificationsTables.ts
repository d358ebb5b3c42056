import type { Generated } from 'kysely';

/** An event relayed from a system: kept in the order received, once per event id. */
export interface EventLogTable {
  /** The feed's order, and its cursor. */
  seq: Generated<number>;
  eventId: string;
  eventType: string;
  subject: string;
  time: string;
  pncId: string | null;
  prisonNumber: string | null;
  establishmentCode: string | null;
  /** The CloudEvents envelope, as JSON, as it is delivered. */
  envelope: string;
  receivedAt: string;
  /** Its sequence in the JetStream stream it was taken from; null for an event relayed over HTTP. */
  streamSeq: number | null;
}

/** How delivery to a webhook stands, as the WebhookStatus enum names it (FAILING is ACTIVE with failures). */
export type WebhookState = 'ACTIVE' | 'PAUSED';

/** A webhook an agency registered, with its delivery cursor and how delivery is going. */
export interface WebhookTable {
  webhookId: string;
  agency: string;
  createdBy: string;
  url: string;
  description: string | null;
  /** JSON array of EventType names. */
  types: string;
  /** JSON array of prison codes (the registering caller's caseload), or null for no caseload restriction. */
  caseload: string | null;
  secret: string;
  createdAt: string;
  state: WebhookState;
  /**
   * The seq of the last event delivered or skipped; 0 before the first. Delivery from a JetStream consumer records
   * `deliveredStreamSeq` instead, and the cursor is read from the log (services/webhookCursor.ts).
   */
  cursor: number;
  /**
   * The stream sequence of the last event its JetStream consumer delivered since it was registered or replayed
   * from a cursor; null when none has been.
   */
  deliveredStreamSeq: number | null;
  deliveredCount: number;
  lastDeliveredAt: string | null;
  failingSince: string | null;
  lastError: string | null;
  consecutiveFailures: number;
  /** When the worker may next try it: now while healthy, later while failing. */
  nextAttemptAt: string;
  /** Until when a delivery worker holds it; another worker takes it once this has passed. */
  claimedUntil: string | null;
}

/** The notifications store's tables. */
export interface NotificationsTables {
  eventLog: EventLogTable;
  webhook: WebhookTable;
}
