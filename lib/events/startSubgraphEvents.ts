import { openDatabase, type StoreDatabase } from '../store/openDatabase';
import type { Environment } from '../subgraph/subgraphDescriptor';
import { readEventsConfig } from './eventsConfig';
import { startEventRelay, type EventRelay, type EventScan } from './eventRelay';
import { httpEventPublisher } from './httpEventPublisher';
import { natsEventPublisher } from './natsEventStream';

/** What a subgraph that records events gives its relay. */
export interface SubgraphEvents {
  /**
   * The stores whose outboxes are relayed, by name, at their locations. The relay opens a connection of its own
   * to each, so that its looking neither waits on the subgraph's connection nor counts among
   * the statements the subgraph's requests run.
   */
  outboxes: readonly { name: string; location: string }[];
  scans?: readonly EventScan[];
}

/**
 * Starts a subgraph's relay: to JetStream when EVENTS_NATS_URL is set, otherwise to the notifications subgraph
 * over HTTP when EVENTS_NOTIFICATIONS_URL is (start-up sets it), otherwise nowhere: the events wait in the
 * outbox, and the scans still record theirs.
 */
export async function startSubgraphEvents(
  subgraphName: string,
  events: SubgraphEvents,
  env: Environment,
  dataDir: string,
  log: (message: string, error: unknown) => void,
): Promise<EventRelay> {
  const config = readEventsConfig(env, dataDir);
  const databases: StoreDatabase<unknown>[] = events.outboxes.map((outbox) =>
    openDatabase(outbox.location, { postgresPoolSize: 2 }),
  );
  try {
    const publisher = config.natsUrl
      ? await natsEventPublisher(config.natsUrl, config.natsStream, `${subgraphName}-relay`)
      : config.notificationsUrl
        ? httpEventPublisher(config.notificationsUrl, config.relaySecret)
        : null;
    const relay = startEventRelay({
      outboxes: events.outboxes.map((outbox, index) => ({
        name: outbox.name,
        db: databases[index]!.db,
        location: outbox.location,
      })),
      scans: events.scans,
      publisher,
      intervalMs: config.relayIntervalMs,
      idleIntervalMs: config.relayIdleIntervalMs,
      scanIntervalMs: config.scanIntervalMs,
      keepRelayedMs: config.keepRelayedMs,
      log,
    });
    return {
      ...relay,
      async stop() {
        await relay.stop();
        await Promise.all(databases.map((database) => database.close()));
      },
    };
  } catch (error) {
    await Promise.all(databases.map((database) => database.close()));
    throw error;
  }
}

/** The outboxes of the named stores, at their configured locations. */
export function outboxesOf(
  config: { databaseLocation(storeName: string): string },
  stores: readonly string[],
): SubgraphEvents['outboxes'] {
  return stores.map((name) => ({ name, location: config.databaseLocation(name) }));
}
