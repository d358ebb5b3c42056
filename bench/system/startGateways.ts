import { gatewayCommand } from '@lib/config/processCommands';
import type { BenchData } from './benchData';
import type { RunningSubgraphs } from './startSubgraphs';
import { serviceEnvironment } from './startSubgraphs';
import { answersOk, startServiceProcess, type ReadinessCheck, type ServiceProcess } from './serviceProcess';

/** The gateways compared: this one as shipped, the same traced at 10%, and its two peers. */
export const GATEWAY_KINDS = ['justice', 'traced', 'apollo', 'hive'] as const;

/** One of the gateways compared. */
export type GatewayKind = (typeof GATEWAY_KINDS)[number];

/** How each gateway is named in the report. */
export const GATEWAY_LABELS: Record<GatewayKind, string> = {
  justice: 'this gateway',
  traced: 'this gateway, traced (10%)',
  apollo: 'stock @apollo/gateway',
  hive: 'Hive Gateway',
};

/** Whether `kind` is this gateway (traced or not), which runs compiled and takes registered operations by id. */
export function isThisGateway(kind: GatewayKind): boolean {
  return kind === 'justice' || kind === 'traced';
}

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

const ENTRIES: Record<GatewayKind, string> = {
  // Compiled, as shipped (npm run build): the benchmark builds before it starts anything.
  justice: gatewayCommand(true).argv[0] ?? '',
  traced: gatewayCommand(true).argv[0] ?? '',
  apollo: 'bench/peers/apolloGatewayMain.ts',
  hive: 'bench/peers/hiveGatewayMain.ts',
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
 * subgraph URLs overridden (SUBGRAPH_<NAME>_URL). This gateway runs as shipped: started with its own node
 * arguments, tokens verified, authorization, audit (to the run's scratch folder), limits and trusted documents on;
 * traced, it exports to `traceEndpoint`.
 */
export function startGatewayProcess(
  kind: GatewayKind,
  data: BenchData,
  subgraphs: RunningSubgraphs,
  traceEndpoint: string | null = null,
): Promise<ServiceProcess> {
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
  if (kind === 'hive') env.LOG_LEVEL = 'error';
  return startServiceProcess({
    name: GATEWAY_LABELS[kind],
    entry: ENTRIES[kind],
    portVariable: 'GATEWAY_PORT',
    env,
    isReady: isThisGateway(kind) ? answersOk('/health/ready') : answersGraphql,
    // This gateway is started as it is shipped; the peers through tsx, as the bench's own code.
    loaderArguments: isThisGateway(kind) ? gatewayCommand(true).node : undefined,
  });
}
