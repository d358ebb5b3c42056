import { gatewayCommand } from '@lib/config/processCommands';
import { startGrafbase } from '../peers/grafbaseGateway';
import { RUST_QUERY_PLANNER_ARGUMENT } from '../peers/peerSettings';
import type { BenchData } from './benchData';
import type { RunningSubgraphs } from './startSubgraphs';
import { serviceEnvironment } from './startSubgraphs';
import { GATEWAY_LABELS, isThisGateway, type GatewayKind } from './gatewayKinds';
import { answersOk, startServiceProcess, type ReadinessCheck, type ServiceProcess } from './serviceProcess';

/**
 * Tracing as a deployment would run it: OTLP export to a collector (the run's sink), one trace in ten sampled, and
 * every request a traced caller sampled (the benchmark's callers send no traceparent).
 */
function tracingEnvironment(endpoint: string): Record<string, string> {
  return {
    OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
    OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
    OTEL_TRACES_SAMPLER_ARG: '0.1',
  };
}

/** The Node gateways' entries, and the arguments to them. */
const ENTRIES: Record<Exclude<GatewayKind, 'grafbase'>, [entry: string, ...entryArguments: string[]]> = {
  // Compiled, as shipped (npm run build): the benchmark builds before it starts anything.
  justice: [gatewayCommand(true).argv[0] ?? ''],
  traced: [gatewayCommand(true).argv[0] ?? ''],
  apollo: ['bench/peers/apolloGatewayMain.ts'],
  hive: ['bench/peers/hiveGatewayMain.ts'],
  'hive-rust-planner': ['bench/peers/hiveGatewayMain.ts', RUST_QUERY_PLANNER_ARGUMENT],
};

/** The peers have no readiness route of one kind: a trivial operation answering is their readiness. */
const answersGraphql: ReadinessCheck = (baseUrl) =>
  fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  }).then(
    (response) => response.ok,
    () => false,
  );

/** Per-minute limits no simulated user of the benchmark reaches. */
const UNREACHABLE_RATE_LIMITS = {
  RATE_LIMIT_CALLER_PER_MINUTE: '10000000',
  RATE_LIMIT_PUBLIC_BOOKER_PER_MINUTE: '10000000',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '10000000',
};

/**
 * Starts one gateway as a process of its own over the running subgraphs, on the committed supergraph with the
 * subgraph URLs overridden (SUBGRAPH_<NAME>_URL); Grafbase composes the subgraphs' SDLs itself. This gateway runs
 * as shipped: started with its own node arguments, tokens verified, authorization, audit (to the run's scratch
 * folder), limits and trusted documents on; traced, it exports to `traceEndpoint`.
 */
export async function startGatewayProcess(
  kind: GatewayKind,
  data: BenchData,
  subgraphs: RunningSubgraphs,
  traceEndpoint: string | null = null,
): Promise<ServiceProcess> {
  // A binary: its own configuration, written for the run, and none of the environment below (grafbaseGateway.ts).
  if (kind === 'grafbase') return startGrafbase(data, subgraphs, answersGraphql);
  const env: Record<string, string | undefined> = {
    ...serviceEnvironment(data),
    AUDIT_DATABASE_URL: data.auditLocation,
    // Rate limiting stays on and counts every request, as shipped; each simulated user sends at a load test's rate,
    // far above a person's, so the limits are raised out of reach rather than refusing the measurement.
    ...UNREACHABLE_RATE_LIMITS,
    ...Object.fromEntries(
      subgraphs.all.map((subgraph) => [`SUBGRAPH_${subgraph.name.toUpperCase()}_URL`, subgraph.graphqlUrl]),
    ),
  };
  if (kind === 'traced') {
    if (!traceEndpoint) throw new Error('the traced gateway needs a trace endpoint');
    Object.assign(env, tracingEnvironment(traceEndpoint));
  }
  // Hive Gateway reads LOG_LEVEL too, and knows no "silent": errors only, like the others.
  if (kind === 'hive' || kind === 'hive-rust-planner') env.LOG_LEVEL = 'error';
  const [entry, ...entryArguments] = ENTRIES[kind];
  return startServiceProcess({
    name: GATEWAY_LABELS[kind],
    entry,
    entryArguments,
    portVariable: 'GATEWAY_PORT',
    env,
    isReady: isThisGateway(kind) ? answersOk('/health/ready') : answersGraphql,
    // This gateway is started as it is shipped; the peers through tsx, as the bench's own code.
    loaderArguments: isThisGateway(kind) ? gatewayCommand(true).node : undefined,
  });
}

/**
 * Starts the loopback round-robin (roundRobin.ts) in a process of its own in front of `replicas`; its readiness
 * is a replica's, asked through it.
 */
export function startRoundRobinProcess(replicas: readonly ServiceProcess[]): Promise<ServiceProcess> {
  return startServiceProcess({
    name: 'round-robin',
    entry: 'bench/system/roundRobinMain.ts',
    portVariable: 'BALANCER_PORT',
    env: {
      ...process.env,
      BALANCER_BACKENDS: replicas.map((replica) => new URL(replica.baseUrl).port).join(','),
    },
    isReady: answersOk('/health/ready'),
  });
}
