import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CloudEventEnvelope } from './cloudEvent';
import type { OutboxTables } from './outboxTables';
import { listenForOutboxCommits } from './outboxCommitListener';
import { onOutboxCommitted } from './outboxSignal';
import { pruneRelayedEvents } from './outboxPruning';
import { relayLease } from './relayLease';

/** Where relayed events go: the notifications subgraph over HTTP, or a JetStream stream. */
export interface EventPublisher {
  /** Hands events on, in order; resolves once every one is accepted (then they may be marked relayed). */
  publish(events: readonly CloudEventEnvelope[]): Promise<void>;
  close(): Promise<void>;
}

/** A store whose outbox the relay hands on, by a name unique within the subgraph ("magistrates"). */
export interface EventOutbox {
  name: string;
  db: Kysely<unknown>;
  /**
   * Where the store is. For a postgres:// location the relay listens there for commits of every process
   * (outboxCommitListener.ts), so that what another replica records is relayed at once; without one (and on
   * SQLite, used by one process) only this process's commits wake it.
   */
  location?: string;
}

/**
 * A scan that records events for dated facts (due for release, a payment overdue) in the store `outbox`, through
 * the relay's connection to it; resolves to how many it recorded.
 */
export interface EventScan {
  name: string;
  outbox: string;
  run(db: Kysely<unknown>, now: Date): Promise<number>;
}

/** What the relay is started with. */
export interface EventRelayOptions {
  outboxes: readonly EventOutbox[];
  publisher: EventPublisher | null;
  /** How soon the relay looks again after a look that relayed something, or after a commit of this process. */
  intervalMs: number;
  /**
   * The longest wait between looks while they find nothing (default intervalMs): the wait doubles from intervalMs
   * up to it. A commit of this process that records an event wakes the relay at once, as does one of another
   * process or replica in a PostgreSQL outbox given its location; this bounds how late it finds any other (one
   * recorded while the relay was down, or while its listening connection was lost).
   */
  idleIntervalMs?: number;
  scans?: readonly EventScan[];
  scanIntervalMs?: number;
  /**
   * How long relayed events stay in the outbox (null: for ever). They are pruned at start and every hour: once
   * relayed, the notifications log (and JetStream's stream) hold them for consumers and replays.
   */
  keepRelayedMs?: number | null;
  /** Where failures are reported; the relay keeps going (what was not relayed waits in the outbox). */
  log: (message: string, error: unknown) => void;
}

/** A running relay. */
export interface EventRelay {
  /** Relays every waiting event now (tests and the benchmark use it); resolves to how many were relayed. */
  relayNow(): Promise<number>;
  /** Runs every scan now; resolves to how many events they recorded. */
  scanNow(now?: Date): Promise<number>;
  /** Prunes every outbox's events relayed longer ago than kept; resolves to how many were deleted. */
  pruneNow(now?: Date): Promise<number>;
  stop(): Promise<void>;
}

const BATCH = 200;
const PRUNE_INTERVAL_MS = 60 * 60_000;

/**
 * Hands each outbox's events on, in the order they were recorded, and marks them relayed only once the publisher
 * has accepted them: a process killed in between relays them again when it (or another replica) next runs, and
 * the receiver drops the repeats by event id. So nothing committed is lost, and nothing is announced twice.
 */
export function startEventRelay(options: EventRelayOptions): EventRelay {
  const holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const outboxes = options.outboxes.map((outbox) => {
    const db = outbox.db as Kysely<OutboxTables>;
    return { name: outbox.name, db, lease: relayLease(db, outbox.name, holder) };
  });

  async function relayOutbox({ db, lease }: (typeof outboxes)[number]): Promise<number> {
    if (!options.publisher) return 0;
    let relayed = 0;
    for (;;) {
      const waiting = await db
        .selectFrom('eventOutbox')
        .select(['seq', 'envelope'])
        .where('relayedAt', 'is', null)
        .orderBy('seq')
        .limit(BATCH)
        .execute();
      if (waiting.length === 0 || !(await lease.acquire())) return relayed;
      await options.publisher.publish(waiting.map((row) => JSON.parse(row.envelope) as CloudEventEnvelope));
      await db
        .updateTable('eventOutbox')
        .set({ relayedAt: new Date().toISOString() })
        .where(
          'seq',
          'in',
          waiting.map((row) => row.seq),
        )
        .execute();
      relayed += waiting.length;
      if (waiting.length < BATCH) return relayed;
    }
  }

  // One pass at a time: a pass asked for while another runs waits for it rather than sending the same rows.
  let pass: Promise<number> | null = null;
  const runPass = async (): Promise<number> => {
    let total = 0;
    for (const outbox of outboxes) {
      try {
        total += await relayOutbox(outbox);
      } catch (error) {
        options.log(`events of the ${outbox.name} store not relayed yet`, error);
      }
    }
    return total;
  };
  const relayNow = async (): Promise<number> => {
    while (pass) await pass;
    pass = runPass();
    try {
      return await pass;
    } finally {
      pass = null;
    }
  };
  let scanning: Promise<number> | null = null;
  const scanNow = async (now = new Date()): Promise<number> => {
    while (scanning) await scanning;
    scanning = (async () => {
      let recorded = 0;
      for (const scan of options.scans ?? []) {
        const outbox = outboxes.find((candidate) => candidate.name === scan.outbox);
        if (!outbox) throw new Error(`the ${scan.name} scan names no outbox of this subgraph`);
        try {
          recorded += await scan.run(outbox.db as Kysely<unknown>, now);
        } catch (error) {
          options.log(`the ${scan.name} scan failed`, error);
        }
      }
      return recorded;
    })();
    try {
      return await scanning;
    } finally {
      scanning = null;
    }
  };

  const keepRelayedMs = options.keepRelayedMs ?? null;
  const pruneNow = async (now = new Date()): Promise<number> => {
    if (keepRelayedMs === null) return 0;
    let deleted = 0;
    for (const outbox of outboxes) {
      try {
        deleted += await pruneRelayedEvents(outbox.db, new Date(now.getTime() - keepRelayedMs));
      } catch (error) {
        options.log(`relayed events of the ${outbox.name} store not pruned`, error);
      }
    }
    return deleted;
  };

  // Looks at intervalMs while there is something to relay, waiting twice as long after each look that found
  // nothing, up to idleIntervalMs; a commit of this process (on PostgreSQL, of any process) wakes it at once.
  const idleIntervalMs = Math.max(options.intervalMs, options.idleIntervalMs ?? options.intervalMs);
  let wait = options.intervalMs;
  let relayTimer: NodeJS.Timeout | null = null;
  let looking: Promise<void> | null = null;
  let woken = false;
  let stopped = false;
  const lookAfter = (ms: number) => {
    if (relayTimer) clearTimeout(relayTimer);
    relayTimer = stopped ? null : setTimeout(look, ms);
  };
  const look = () => {
    relayTimer = null;
    woken = false;
    // A pass reports its failures through options.log; should that throw too, the relay still keeps looking.
    looking = relayNow()
      .catch(() => 0)
      .then((relayed) => {
        looking = null;
        // Woken during the look: what was committed may have been after its SELECT, so look again at once.
        if (woken) return lookAfter(0);
        wait = relayed > 0 ? options.intervalMs : Math.min(wait * 2, idleIntervalMs);
        lookAfter(wait);
      });
  };
  const wake = () => {
    wait = options.intervalMs;
    if (looking) woken = true;
    // A timeout of 0 rather than a look now, so that the commits of one turn of the event loop share a look.
    else lookAfter(0);
  };
  const stopListening = onOutboxCommitted(wake);
  // On PostgreSQL, other processes' commits too: the replica holding the lease relays what any replica records.
  const commitListeners = options.outboxes.flatMap(({ name, location }) =>
    location && /^postgres(ql)?:\/\//.test(location)
      ? [
          listenForOutboxCommits(location, wake, (message, error) =>
            options.log(`${message} (the ${name} store)`, error),
          ),
        ]
      : [],
  );
  lookAfter(options.intervalMs);
  const scanTimer =
    options.scans?.length && options.scanIntervalMs
      ? setInterval(() => {
          if (!scanning) void scanNow();
        }, options.scanIntervalMs)
      : null;
  // The first scan runs at start, so that a restart does not wait a whole interval.
  if (scanTimer) void scanNow();
  let pruning: Promise<number> | null = null;
  const prune = () => {
    if (!pruning) {
      pruning = pruneNow().finally(() => {
        pruning = null;
      });
    }
  };
  const pruneTimer = keepRelayedMs === null ? null : setInterval(prune, PRUNE_INTERVAL_MS);
  if (pruneTimer) prune();
  return {
    relayNow,
    scanNow,
    pruneNow,
    async stop() {
      stopped = true;
      stopListening();
      await Promise.all(commitListeners.map((listener) => listener.close()));
      if (relayTimer) clearTimeout(relayTimer);
      await looking;
      if (scanTimer) clearInterval(scanTimer);
      if (pruneTimer) clearInterval(pruneTimer);
      await Promise.all([pass, scanning, pruning]);
      await Promise.all(outboxes.map((outbox) => outbox.lease.release().catch(() => undefined)));
      await options.publisher?.close();
    },
  };
}
