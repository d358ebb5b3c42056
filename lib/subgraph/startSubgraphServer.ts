import { readFileSync } from 'node:fs';
import { ApolloServer, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { ResolverMap } from '../graphql/resolverMap';
import { HttpRefusal } from '../http/httpRefusal';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AuthenticationError } from '../auth/authenticationError';
import type { Caller } from '../auth/caller';
import { GATEWAY_CREDENTIAL_HEADER, type SubgraphCredentialVerifier } from '../auth/subgraphCredential';
import { readAuthorizationRequirements } from '../authorization/authorizationRequirements';
import { enforceRequirements } from '../authorization/enforceRequirements';
import { apolloReportingDisabled } from '../network/vendorReporting';
import { metricsRoute } from '../observability/metricsRoute';
import { createSubgraphMetrics, subgraphRequestLogPlugin } from '../observability/subgraphObservability';
import { disclosurePlugin } from './disclosure';
import { subgraphErrorFormatter } from './subgraphErrorFormatter';
import { graphqlHttpHandler } from '../http/graphqlHttpHandler';
import { sendGraphQLError, sendJson } from '../http/sendJson';
import { type RouteHandler, type RunningHttpServer, startHttpServer } from '../http/startHttpServer';
import type { Logger } from '../observability/logger';

/** The resolver map as buildSubgraphSchema declares it (its type is not exported from the package root). */
type SubgraphResolvers = Extract<
  Parameters<typeof buildSubgraphSchema>[0],
  { typeDefs: unknown }
>['resolvers'];

/** What a subgraph brings to the shared server: its SDL, resolvers and per-request context. */
export interface SubgraphServerOptions<Context extends BaseContext> {
  name: string;
  /** Path of the subgraph's SDL in schema/: the contract, loaded as it is. */
  schemaPath: string;
  /** Typed by the subgraph with the `Resolvers` generated from its SDL, its context among them. */
  resolvers: ResolverMap;
  /** Builds the per-request context for the caller the gateway vouched for (null when anonymous). */
  createContext: (caller: Caller | null) => Promise<Context>;
  /** Verifies the gateway's credential on each request, so that nothing reaches the subgraph around the gateway. */
  verifyCredential: SubgraphCredentialVerifier;
  host: string;
  port: number;
  maxBodyBytes: number;
  /** The process's log, made before the server (startSubgraph.ts) so that its services report to it too. */
  logger: Logger;
  /** Checks that the subgraph's stores answer; readiness fails while it throws. */
  checkStores: () => Promise<void>;
  /** How many SQL statements the subgraph's stores have run, for /metrics. */
  storeStatements?: () => number;
  /** HTTP routes of its own besides /graphql (the courts' document transfers), each behind the gateway's credential. */
  routes?: Record<string, CallerRoute>;
  /**
   * Routes that are not reached through the gateway and check who calls them themselves (the notifications' relay
   * intake, which verifies each batch's signature).
   */
  selfAuthenticatedRoutes?: Record<string, RouteHandler>;
}

/** A subgraph route that serves the caller the gateway vouched for (null when anonymous). */
export type CallerRoute = (
  request: IncomingMessage,
  response: ServerResponse,
  caller: Caller | null,
) => Promise<void>;

/** A subgraph's own route, answered only for a request that carries the gateway's credential (401 otherwise). */
function withGatewayCredential(route: CallerRoute, verify: SubgraphCredentialVerifier): RouteHandler {
  return async (request, response) => {
    const header = request.headers[GATEWAY_CREDENTIAL_HEADER];
    let caller: Caller | 'anonymous';
    try {
      caller = await verify(Array.isArray(header) ? header[0] : header);
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error;
      request.resume();
      return sendGraphQLError(
        response,
        401,
        'UNAUTHENTICATED',
        `Requests must come through the gateway: ${error.reason}`,
      );
    }
    await route(request, response, caller === 'anonymous' ? null : caller);
  };
}

/** A subgraph serving GraphQL at /graphql, with /health/live and /health/ready. */
export interface RunningSubgraph extends RunningHttpServer {
  graphqlUrl: string;
  /** Its log, for the work it does besides answering requests. */
  logger: Logger;
  stop(): Promise<void>;
}

/** Checks the gateway's credential and builds the context for the caller it carries; 401 without one. */
async function authenticatedContext<Context extends BaseContext>(
  request: IncomingMessage,
  options: SubgraphServerOptions<Context>,
): Promise<Context> {
  const header = request.headers[GATEWAY_CREDENTIAL_HEADER];
  try {
    const caller = await options.verifyCredential(Array.isArray(header) ? header[0] : header);
    return await options.createContext(caller === 'anonymous' ? null : caller);
  } catch (error) {
    if (!(error instanceof AuthenticationError)) throw error;
    throw new HttpRefusal(401, 'UNAUTHENTICATED', `Requests must come through the gateway: ${error.reason}`);
  }
}

/** Builds the subgraph schema from its SDL file and serves it over HTTP. */
export async function startSubgraphServer<Context extends BaseContext>(
  options: SubgraphServerOptions<Context>,
): Promise<RunningSubgraph> {
  const { logger } = options;
  const metrics = createSubgraphMetrics(options.name, options.storeStatements);
  const sdl = readFileSync(options.schemaPath, 'utf8');
  const typeDefs = parse(sdl);
  const server = new ApolloServer<Context>({
    // The resolver map is typed by this subgraph's generated types; buildSubgraphSchema takes any map.
    schema: enforceRequirements(
      buildSubgraphSchema({ typeDefs, resolvers: options.resolvers as SubgraphResolvers }),
      readAuthorizationRequirements(sdl),
    ),
    // Traces and the landing page are for a gateway and for people; a subgraph serves only the gateway. Cache
    // control is off too: no answer may be cached (graphqlHttpHandler says no-store on every one), the schemas
    // give no cache hints, and the plugin alone made Apollo Server wrap every field's resolver to look for them
    // (docs/PERFORMANCE.md).
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ...apolloReportingDisabled(),
      disclosurePlugin(),
      subgraphRequestLogPlugin(logger, metrics),
    ],
    includeStacktraceInErrorResponses: false,
    // The process stops the subgraph itself on SIGTERM (runSubgraphProcess.ts): HTTP first, then this server.
    // Left to Apollo too, both would stop it at once, and a second stop() waits on a barrier that Apollo Server
    // 5.5 resolves only when stopping fails, so the process hung whenever a handle kept it alive.
    stopOnTerminationSignals: false,
    formatError: subgraphErrorFormatter(options.name, logger, () => metrics.storeErrors.inc()),
  });
  await server.start();
  const http = await startHttpServer(
    {
      ...options.selfAuthenticatedRoutes,
      '/graphql': graphqlHttpHandler(server, {
        context: (request) => authenticatedContext(request, options),
        maxBodyBytes: options.maxBodyBytes,
      }),
      ...Object.fromEntries(
        Object.entries(options.routes ?? {}).map(([path, route]) => [
          path,
          withGatewayCredential(route, options.verifyCredential),
        ]),
      ),
      '/metrics': metricsRoute(metrics.registry),
      '/health/live': (_request, response) =>
        sendJson(response, 200, { status: 'live', subgraph: options.name }),
      '/health/ready': async (_request, response) => {
        try {
          await options.checkStores();
          sendJson(response, 200, { status: 'ready', subgraph: options.name });
        } catch {
          sendJson(response, 503, {
            status: 'unavailable',
            subgraph: options.name,
            reason: 'store unavailable',
          });
        }
      },
    },
    {
      host: options.host,
      port: options.port,
      onError: (error) => logger.error({ err: error }, 'request failed'),
    },
  );
  return {
    ...http,
    graphqlUrl: `${http.url}/graphql`,
    logger,
    stop: async () => {
      await http.close();
      await server.stop();
    },
  };
}
