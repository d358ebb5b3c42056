import { projectPath } from '@lib/config/projectRoot';
import { defineSubgraph } from '@lib/subgraph/subgraphDescriptor';

/** The courts subgraph: magistrates' courts and the Crown Court, and the digital transfer between them. */
export const courtsSubgraph = defineSubgraph({
  name: 'courts',
  systemName: 'Courts',
  defaultPort: 4001,
  envPrefix: 'COURTS',
  schemaPath: projectPath('schema/courts.graphql'),
  stores: ['magistrates', 'crown'],
  // Its relay hands the events its store records to the notifications subgraph (lib/events).
  calls: { notifications: 'EVENTS_NOTIFICATIONS_URL' },
  root: () => import('./courtsRoot').then((module) => module.courtsRoot),
});
