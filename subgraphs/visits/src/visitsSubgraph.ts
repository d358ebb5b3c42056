import { projectPath } from '@lib/config/projectRoot';
import { defineSubgraph } from '@lib/subgraph/subgraphDescriptor';

/** The visits subgraph: prison visit sessions and bookings, made online. */
export const visitsSubgraph = defineSubgraph({
  name: 'visits',
  systemName: 'Visits',
  defaultPort: 4003,
  envPrefix: 'VISITS',
  schemaPath: projectPath('schema/visits.graphql'),
  stores: ['visits'],
  calls: {
    notifications: 'EVENTS_NOTIFICATIONS_URL',
    pnomis: 'VISITS_PNOMIS_URL',
  },
  root: () => import('./visitsRoot').then((module) => module.visitsRoot),
});
