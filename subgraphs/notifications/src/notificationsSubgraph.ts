import { projectPath } from '@lib/config/projectRoot';
import { defineSubgraph } from '@lib/subgraph/subgraphDescriptor';

/**
 * The notifications subgraph: the events the other systems relay, as a feed and as signed webhook deliveries to
 * the agencies that registered for them. It holds no record of any system, only what they announced.
 */
export const notificationsSubgraph = defineSubgraph({
  name: 'notifications',
  systemName: 'Notifications',
  defaultPort: 4005,
  envPrefix: 'NOTIFICATIONS',
  schemaPath: projectPath('schema/notifications.graphql'),
  stores: ['notifications'],
  root: () => import('./notificationsRoot').then((module) => module.notificationsRoot),
});
