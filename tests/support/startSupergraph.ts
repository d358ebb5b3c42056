import { startGateway, type RunningGateway } from '../../gateway/src/startGateway';
import { readGatewayConfig } from '../../gateway/src/gatewayConfig';
import { readSubgraphConfig } from '@lib/subgraph/subgraphConfig';
import { createDevToken } from '../../scripts/token';
import { startConfiscationSubgraph } from '../../subgraphs/confiscation/src/confiscationSubgraph';
import { startCourtsSubgraph } from '../../subgraphs/courts/src/courtsSubgraph';
import { startPnomisSubgraph } from '../../subgraphs/pnomis/src/pnomisSubgraph';
import { startVisitsSubgraph } from '../../subgraphs/visits/src/visitsSubgraph';
import { storeEnvironment } from './testStoreLocations';

/** Every subgraph and the gateway, each on its own free port, talking over real HTTP. */
export interface RunningSupergraph {
  gateway: RunningGateway;
  courts: Awaited<ReturnType<typeof startCourtsSubgraph>>;
  pnomis: Awaited<ReturnType<typeof startPnomisSubgraph>>;
  visits: Awaited<ReturnType<typeof startVisitsSubgraph>>;
  confiscation: Awaited<ReturnType<typeof startConfiscationSubgraph>>;
  /** Sends a GraphQL operation to the gateway and returns the parsed response body. */
  query<Data = Record<string, unknown>>(
    document: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<Data>>;
  /** A development token for an agency profile (scopes and caseload as the token script takes them). */
  tokenFor(agency: string, options?: { scopes?: string; caseload?: string }): Promise<string>;
  /** Sends an operation with a bearer token and a stated purpose, as a caseworker's front-end does. */
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
 * Starts the four subgraphs over the stores of `dataDir` and the gateway in front of them, in this process, as
 * apollographql/federation's own gateway tests do. The stores are SQLite files in the folder, or the PostgreSQL
 * schemas recorded in it when the harness runs on PostgreSQL (TEST_STORE_ENGINE). Extra environment settings are
 * passed to every config.
 */
export async function startSupergraph(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<RunningSupergraph> {
  const environment = {
    ...process.env,
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    ...storeEnvironment(dataDir),
    ...env,
  };
  const pnomisStarting = startPnomisSubgraph(readSubgraphConfig('PNOMIS', 0, environment));
  const [courts, pnomis, visits, confiscation] = await Promise.all([
    startCourtsSubgraph(readSubgraphConfig('COURTS', 0, environment)),
    pnomisStarting,
    // Visits asks P-Nomis, live, where a prisoner is held when a visit is booked.
    pnomisStarting.then((started) =>
      startVisitsSubgraph(readSubgraphConfig('VISITS', 0, environment), {
        VISITS_PNOMIS_URL: started.graphqlUrl,
        ...environment,
      }),
    ),
    startConfiscationSubgraph(readSubgraphConfig('CONFISCATION', 0, environment)),
  ]);
  const startGatewayOverSubgraphs = () =>
    startGateway(
      readGatewayConfig({
        ...environment,
        GATEWAY_PORT: '0',
        SUBGRAPH_COURTS_URL: courts.graphqlUrl,
        SUBGRAPH_PNOMIS_URL: pnomis.graphqlUrl,
        SUBGRAPH_VISITS_URL: visits.graphqlUrl,
        SUBGRAPH_CONFISCATION_URL: confiscation.graphqlUrl,
        // A test may point the gateway at a stand-in for one subgraph (a slow or broken one).
        ...env,
      }),
      environment,
    );
  const gateway = await startGatewayOverSubgraphs();
  const counters = [
    courts.courts.databases.magistrates.statements,
    courts.courts.databases.crown.statements,
    pnomis.pnomis.database.statements,
    visits.visits.database.statements,
    confiscation.confiscation.database.statements,
  ];
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
    gateway,
    courts,
    pnomis,
    visits,
    confiscation,
    query,
    tokenFor: (agency, options = {}) =>
      createDevToken(
        [
          '--agency',
          agency,
          ...(options.scopes ? ['--scopes', options.scopes] : []),
          ...(options.caseload ? ['--caseload', options.caseload] : []),
        ],
        environment,
      ),
    queryAs(token, document, variables, purpose = 'Integration test of the justice gateway') {
      return query(document, variables, { authorization: `Bearer ${token}`, 'x-access-purpose': purpose });
    },
    startGatewayReplica: startGatewayOverSubgraphs,
    statementCount: () => counters.reduce((total, counter) => total + counter.count, 0),
    resetStatementCount: () => counters.forEach((counter) => counter.reset()),
    async stop() {
      await gateway.stop();
      await Promise.all([courts.stop(), pnomis.stop(), visits.stop(), confiscation.stop()]);
    },
  };
}
