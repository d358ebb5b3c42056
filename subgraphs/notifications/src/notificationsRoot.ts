import { sql } from 'kysely';
import { RELAY_PATH } from '@lib/events/httpEventPublisher';
import type { SubgraphRoot } from '@lib/subgraph/subgraphDescriptor';
import { buildNotifications, type Notifications, type NotificationsOptions } from './buildNotifications';
import { createNotificationsContext } from './context';
import { readNotificationsConfig } from './notificationsConfig';
import { notificationsResolvers } from './resolvers/notificationsResolvers';
import { relayIntakeRoute } from './services/relayIntake';

/** The notifications subgraph's composition root: the event log, the webhooks, their delivery and intake. */
export const notificationsRoot: SubgraphRoot<Notifications, NotificationsOptions> = {
  build: (config, env, options, warn) =>
    buildNotifications(
      config.databaseLocation('notifications'),
      readNotificationsConfig(env, config.dataDir),
      { log: warn, ...options },
    ),
  resolvers: notificationsResolvers,
  createContext: createNotificationsContext,
  checkStores: async (notifications) => {
    await sql`select 1`.execute(notifications.database.db);
  },
  storeStatements: (notifications) => notifications.database.statements.count,
  selfAuthenticatedRoutes: (notifications) => ({
    [RELAY_PATH]: relayIntakeRoute(
      notifications.intakeLog,
      notifications.config.events.relaySecret,
      notifications.onIngested,
    ),
  }),
};
