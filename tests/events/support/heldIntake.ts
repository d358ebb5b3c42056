import type { NotificationsOptions } from '../../../subgraphs/notifications/src/buildNotifications';
import { notificationsSubgraph } from '../../../subgraphs/notifications/src/notificationsSubgraph';
import type { EventLogStore } from '../../../subgraphs/notifications/src/store/eventLogStore';
import { SUBGRAPHS, type SubgraphRegistry } from '../../../subgraphs/registry';

/**
 * A hold on the notifications subgraph's JetStream intake: while held, the events it takes wait before the log
 * keeps them, as they do behind an intake that has fallen behind under load, while the webhooks' own consumers
 * go on delivering.
 */
export function heldIntake() {
  let released: Promise<void> = Promise.resolve();
  let release = () => {};
  let waiting = 0;
  const wrapIntakeLog = (eventLog: EventLogStore): EventLogStore => ({
    ...eventLog,
    async ingest(events, streamSeqs) {
      waiting += 1;
      await released;
      waiting -= 1;
      return eventLog.ingest(events, streamSeqs);
    },
  });
  return {
    /** The registry with the notifications subgraph built with this hold on its intake. */
    registry: (): SubgraphRegistry =>
      SUBGRAPHS.map((subgraph) =>
        subgraph === notificationsSubgraph
          ? {
              ...notificationsSubgraph,
              root: async () => {
                const root = await notificationsSubgraph.root();
                const options: NotificationsOptions = { wrapIntakeLog };
                return {
                  ...root,
                  build: (config, env, _options, warn) => root.build(config, env, options, warn),
                };
              },
            }
          : subgraph,
      ),
    hold() {
      released = new Promise((resolve) => {
        release = resolve;
      });
    },
    release: () => release(),
    /** How many batches wait at the hold. */
    waiting: () => waiting,
  };
}
