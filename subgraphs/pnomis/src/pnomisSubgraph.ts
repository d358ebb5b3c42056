import { projectPath } from '@lib/config/projectRoot';
import { defineSubgraph } from '@lib/subgraph/subgraphDescriptor';

/** The P-Nomis subgraph: the prisons' case-management system (custody, movements, education and skills). */
export const pnomisSubgraph = defineSubgraph({
  name: 'pnomis',
  systemName: 'P-Nomis',
  defaultPort: 4002,
  envPrefix: 'PNOMIS',
  schemaPath: projectPath('schema/pnomis.graphql'),
  stores: ['pnomis'],
  // Its relay hands the events its store records to the notifications subgraph (lib/events).
  calls: { notifications: 'EVENTS_NOTIFICATIONS_URL' },
  root: () => import('./pnomisRoot').then((module) => module.pnomisRoot),
});
