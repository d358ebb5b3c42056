import { startGateway, type RunningGateway } from '../../gateway/src/startGateway';
import { readGatewayConfig } from '../../gateway/src/gatewayConfig';
import { startSubgraph, type StartedSubgraph } from '@lib/subgraph/startSubgraph';
import { startInCallOrder } from '@lib/subgraph/startInCallOrder';
import { stoppedAtTheEnd } from './leftRunning';
import type { SystemOf } from '@lib/subgraph/subgraphDescriptor';
import { createDevToken } from '../../scripts/token';
import { SUBGRAPHS, type SubgraphRegistry } from '../../subgraphs/registry';
import { storeEnvironment } from './testStoreLocations';
import { purposeHeaders } from './purposeHeaders';

/** Rate limits no suite's bursts reach (a test passes its own settings to test them). */
export const UNLIMITED_RATES = {
  RATE_LIMIT_CALLER_PER_MINUTE: '10000000',
  RATE_LIMIT_PUBLIC_BOOKER_PER_MINUTE: '10000000',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '10000000',
  RATE_LIMIT_FAILED_TOKENS_PER_MINUTE: '10000000',
};

/** Each registered subgraph running, by its name, with the system its composition root built. */
export type RunningSubgraphs = {
  [Descriptor in (typeof SUBGRAPHS)[number] as Descriptor['name']]: StartedSubgraph<SystemOf<Descriptor>>;
};

/** Every subgraph and the gateway, each on its own free port, talking over real HTTP. */
export interface RunningSupergraph extends RunningSubgraphs {
  gateway: RunningGateway;
  /** Every subgraph started, a test's own included, in the order of the list it was given. */
  subgraphs: StartedSubgraph<unknown>[];
  /** Sends a GraphQL operation to the gateway and returns the parsed response body. */
  query<Data = Record<string, unknown>>(
    document: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<Data>>;
  /**
   * A development token for an agency profile (scopes and caseload as the token script takes them; a caseload of
   * '' is an empty one, which restricts the token to no prison at all).
   */
  tokenFor(agency: string, options?: { scopes?: string; caseload?: string }): Promise<string>;
  /**
   * Sends an operation with a bearer token and a stated purpose, as a caseworker's front-end does: the first lawful
   * purpose of the token's agency, with `purpose` as its detail (tests/support/purposeHeaders.ts).
   */
  queryAs<Data = Record<string, unknown>>(
    token: string,
    document: string,
    variables?: Record<string, unknown>,
    purpose?: string,
  ): Promise<GraphQLResponse<Data>>;
  /**
   * Another gateway over the same subgraphs and the same audit log, as a second replica behind a load balancer
   * would be; the caller stops it.
   */
  startGatewayReplica(): Promise<RunningGateway>;
  /** The SQL statements every store has run since the last reset. */
  statementCount(): number;
  resetStatementCount(): void;
  stop(): Promise<void>;
}

/** A GraphQL response body. */
export interface GraphQLResponse<Data> {
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * Starts the registered subgraphs over the stores of `dataDir` and the gateway in front of them, in this process,
 * as apollographql/federation's own gateway tests do. The stores are SQLite files in the folder, or the PostgreSQL
 * schemas recorded in it when the harness runs on PostgreSQL (TEST_STORE_ENGINE). Extra environment settings are
 * passed to every config; `registry` is the registry, or a test's list with a subgraph more.
 */
export function startSupergraph(
  dataDir: string,
  env: Record<string, string> = {},
  registry: SubgraphRegistry = SUBGRAPHS,
): Promise<RunningSupergraph> {
  return stoppedAtTheEnd(startSupergraphNow(dataDir, env, registry));
}

async function startSupergraphNow(
  dataDir: string,
  env: Record<string, string>,
  registry: SubgraphRegistry,
): Promise<RunningSupergraph> {
  const environment = {
    ...process.env,
    LOG_LEVEL: 'silent',
    // Suites send bursts from one token, and refused tokens from one address, far beyond any person's rate; the
    // limits themselves are tested with their defaults and their own settings in tests/access/rateLimits.test.ts.
    ...UNLIMITED_RATES,
    DATA_DIR: dataDir,
    ...storeEnvironment(dataDir),
    ...env,
  };
  // Each on a free port, after those it asks live, given their URLs.
  const started = await startInCallOrder<StartedSubgraph<unknown>>(registry, (subgraph, calledUrls) =>
    startSubgraph(subgraph, { ...environment, [`${subgraph.envPrefix}_PORT`]: '0', ...calledUrls }),
  );
  const subgraphs = registry.map((subgraph) => started.get(subgraph.name) as StartedSubgraph<unknown>);
  const startGatewayOverSubgraphs = () =>
    startGateway(
      readGatewayConfig(
        {
          ...environment,
          GATEWAY_PORT: '0',
          ...Object.fromEntries(
            registry.map((subgraph) => [
              `SUBGRAPH_${subgraph.name.toUpperCase()}_URL`,
              started.get(subgraph.name)?.graphqlUrl,
            ]),
          ),
          // A test may point the gateway at a stand-in for one subgraph (a slow or broken one).
          ...env,
        },
        registry,
      ),
    );
  const gateway = await startGatewayOverSubgraphs().catch(async (error: unknown) => {
    // No subgraph outlives a harness that did not start: its servers would keep the test worker from exiting.
    await Promise.allSettled(subgraphs.map((subgraph) => subgraph.stop()));
    throw error;
  });
  const totalStatements = () => subgraphs.reduce((total, subgraph) => total + subgraph.storeStatements(), 0);
  let statementsAtReset = 0;
  async function query<Data>(
    document: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<Data>> {
    const response = await fetch(gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: document, variables }),
    });
    return (await response.json()) as GraphQLResponse<Data>;
  }
  return {
    ...(Object.fromEntries(started) as unknown as RunningSubgraphs),
    gateway,
    subgraphs,
    query,
    tokenFor: (agency, options = {}) =>
      createDevToken(
        [
          '--agency',
          agency,
          ...(options.scopes ? ['--scopes', options.scopes] : []),
          ...(options.caseload !== undefined ? ['--caseload', options.caseload] : []),
        ],
        environment,
      ),
    queryAs(token, document, variables, purpose = 'Integration test of the justice gateway') {
      return query(document, variables, {
        authorization: `Bearer ${token}`,
        ...purposeHeaders(token, purpose),
      });
    },
    startGatewayReplica: startGatewayOverSubgraphs,
    statementCount: () => totalStatements() - statementsAtReset,
    resetStatementCount: () => {
      statementsAtReset = totalStatements();
    },
    async stop() {
      await gateway.stop();
      await Promise.all(subgraphs.map((subgraph) => subgraph.stop()));
    },
  };
}
