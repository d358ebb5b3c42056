import type { BenchData } from './benchData';
import { answersOk, startServiceProcess, type ServiceProcess } from './serviceProcess';

/** The four subgraphs, each a process of its own, by their names in the supergraph. */
export interface RunningSubgraphs {
  courts: ServiceProcess;
  pnomis: ServiceProcess;
  visits: ServiceProcess;
  confiscation: ServiceProcess;
  all: ServiceProcess[];
  stop(): Promise<void>;
}

/**
 * The environment every service of the run shares, peers included: the seeded folder (its keys), quiet logs,
 * and production mode, as services are deployed (and as `npm start` runs them).
 */
export function serviceEnvironment(data: BenchData): Record<string, string | undefined> {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATA_DIR: data.seededDir,
    LOG_LEVEL: 'silent',
    LOG_FILE: '',
  };
}

function startSubgraph(
  name: 'courts' | 'pnomis' | 'visits' | 'confiscation',
  env: Record<string, string | undefined>,
  nodeArguments: string[],
) {
  return startServiceProcess({
    name,
    entry: `subgraphs/${name}/src/main.ts`,
    portVariable: `${name.toUpperCase()}_PORT`,
    env,
    isReady: answersOk('/health/ready'),
    nodeArguments,
  });
}

/**
 * Starts the subgraphs as they are deployed, each in its own process (scripts/start.ts does the same); visits
 * writes to the run's copy of its store and asks P-Nomis live. `nodeArguments` go to each process (a preloaded
 * timing hook).
 */
export async function startSubgraphs(
  data: BenchData,
  nodeArguments: string[] = [],
): Promise<RunningSubgraphs> {
  const env = serviceEnvironment(data);
  const [courts, pnomis, confiscation] = await Promise.all([
    startSubgraph('courts', env, nodeArguments),
    startSubgraph('pnomis', env, nodeArguments),
    startSubgraph('confiscation', env, nodeArguments),
  ]);
  const visits = await startSubgraph(
    'visits',
    { ...env, VISITS_DATABASE_URL: data.visitsLocation, VISITS_PNOMIS_URL: pnomis.graphqlUrl },
    nodeArguments,
  );
  const all = [courts, pnomis, visits, confiscation];
  return {
    courts,
    pnomis,
    visits,
    confiscation,
    all,
    stop: async () => {
      await Promise.all(all.map((service) => service.stop()));
    },
  };
}
