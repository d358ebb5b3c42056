import { openDatabase } from '@lib/store/openDatabase';
import { recordEvent } from '@lib/events/recordEvent';
import { percentile } from '../load/percentile';
import type { EventsSystem } from './eventsSystem';

/** What one phase measured. */
export interface PhaseResult {
  committed: number;
  delivered: number;
  lost: number;
  duplicated: number;
  /** Events a second from the first commit to the last verified delivery. */
  eventsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/**
 * Commits `count` events to the confiscation store, each in a transaction of its own as a state change would
 * (at `ratePerSecond`, or as fast as they commit when null), and waits for the receiver to have verified each:
 * the latency of an event is from its commit to its verified delivery. Lost are those not delivered within
 * `drainMs` of the last commit; duplicated are the repeats the receiver dropped by id.
 */
export async function drivePhase(
  system: EventsSystem,
  count: number,
  ratePerSecond: number | null,
  drainMs = 60_000,
): Promise<PhaseResult> {
  const store = openDatabase(system.confiscationStore);
  const committedAt = new Map<string, number>();
  const before = system.receiver.received.length;
  const duplicatesBefore = system.receiver.counts.duplicates;
  const started = Date.now();
  try {
    for (let index = 0; index < count; index += 1) {
      if (ratePerSecond !== null) {
        const due = started + (index * 1000) / ratePerSecond;
        if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
      }
      const id = crypto.randomUUID();
      await store.db.transaction().execute((trx) =>
        recordEvent(trx, {
          id,
          type: 'CONFISCATION_PAYMENT_RECEIVED',
          identifiers: { confiscationAccountNumber: `BENCH${String(index % 50).padStart(4, '0')}` },
          facts: { paymentId: String(index) },
        }),
      );
      committedAt.set(id, Date.now());
    }
  } finally {
    await store.close();
  }
  const deadline = Date.now() + drainMs;
  const arrived = () => system.receiver.received.slice(before).filter((entry) => committedAt.has(entry.id));
  while (arrived().length < count && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 20));
  const delivered = arrived();
  const latencies = delivered.map(
    (entry) => entry.receivedAt - (committedAt.get(entry.id) ?? entry.receivedAt),
  );
  const last = Math.max(...delivered.map((entry) => entry.receivedAt));
  return {
    committed: count,
    delivered: delivered.length,
    lost: count - delivered.length,
    duplicated: system.receiver.counts.duplicates - duplicatesBefore,
    eventsPerSecond: delivered.length / ((last - started) / 1000),
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
  };
}
