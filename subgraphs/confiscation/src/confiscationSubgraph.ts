import { projectPath } from '@lib/config/projectRoot';
import { defineSubgraph } from '@lib/subgraph/subgraphDescriptor';

/** The confiscation subgraph: confiscation orders under the Proceeds of Crime Act, and their enforcement. */
export const confiscationSubgraph = defineSubgraph({
  name: 'confiscation',
  systemName: 'Confiscation',
  defaultPort: 4004,
  envPrefix: 'CONFISCATION',
  schemaPath: projectPath('schema/confiscation.graphql'),
  stores: ['confiscation'],
  // It asks the courts for their record of an order, and its relay hands the events its store records to the
  // notifications subgraph (lib/events).
  calls: { courts: 'CONFISCATION_COURTS_URL', notifications: 'EVENTS_NOTIFICATIONS_URL' },
  root: () => import('./confiscationRoot').then((module) => module.confiscationRoot),
});
