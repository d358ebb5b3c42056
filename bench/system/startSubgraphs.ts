import { subgraphCommand } from '@lib/config/processCommands';
import { startInCallOrder } from '@lib/subgraph/startInCallOrder';
import type { SubgraphDescriptor } from '@lib/subgraph/subgraphDescriptor';
import { SUBGRAPHS, type SubgraphName } from '../../subgraphs/registry';
import type { BenchData } from './benchData';
import { answersOk, startServiceProcess, type TimedServiceProcess } from './serviceProcess';

/** The registered subgraphs, each a process of its own, by their names in the supergraph. */
export type RunningSubgraphs = Record<SubgraphName, TimedServiceProcess> & {
  all: TimedServiceProcess[];
  stop(): Promise<void>;
};

/**
 * The environment every service of the run shares, peers included: the seeded folder (its keys), where the stores
 * are, quiet logs, and production mode, as services are deployed (and as `npm start` runs them).
 */
export function serviceEnvironment(data: BenchData): Record<string, string | undefined> {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATA_DIR: data.seededDir,
    LOG_LEVEL: 'silent',
    LOG_FILE: '',
    ...data.storeVariables,
  };
}

function startSubgraph(
  subgraph: SubgraphDescriptor,
  env: Record<string, string | undefined>,
  nodeArguments: string[],
) {
  // Compiled, as deployed (npm run build): the benchmark builds before it starts anything.
  const command = subgraphCommand(subgraph.name, true);
  const [entry = '', ...entryArguments] = command.argv;
  return startServiceProcess({
    name: subgraph.name,
    entry,
    entryArguments,
    loaderArguments: command.node,
    portVariable: `${subgraph.envPrefix}_PORT`,
    env,
    isReady: answersOk('/health/ready'),
    nodeArguments,
  });
}

/**
 * Starts the registered subgraphs as they are deployed, each in its own process (scripts/start.ts does the same):
 * those that ask no other first, then those that do (visits asks P-Nomis live), each given the URLs of those it
 * asks. Visits writes to the run's copy of its store. `nodeArguments` go to each process (a preloaded timing hook).
 */
export async function startSubgraphs(
  data: BenchData,
  nodeArguments: string[] = [],
): Promise<RunningSubgraphs> {
  const env = { ...serviceEnvironment(data), VISITS_DATABASE_URL: data.visitsLocation };
  const started = await startInCallOrder(SUBGRAPHS, (subgraph, calledUrls) =>
    startSubgraph(subgraph, { ...env, ...calledUrls }, nodeArguments),
  );
  const all = SUBGRAPHS.map((subgraph) => started.get(subgraph.name)).filter(
    (service): service is TimedServiceProcess => service !== undefined,
  );
  return {
    ...(Object.fromEntries(started) as Record<SubgraphName, TimedServiceProcess>),
    all,
    stop: async () => {
      await Promise.all(all.map((service) => service.stop()));
    },
  };
}
