import { readFileSync } from 'node:fs';
import { loadAuthConfig } from '@lib/auth/authConfig';
import { createAccessTokenVerifier } from '@lib/auth/verifyAccessToken';
import { readAuthorizationRequirements } from '@lib/authorization/authorizationRequirements';
import { graphqlHttpHandler } from '@lib/http/graphqlHttpHandler';
import { sendJson } from '@lib/http/sendJson';
import { type RouteHandler, type RunningHttpServer, startHttpServer } from '@lib/http/startHttpServer';
import { createLogger } from '@lib/observability/logger';
import { metricsRoute } from '@lib/observability/metricsRoute';
import { buildAuditLog, type AuditLog } from './audit/buildAuditLog';
import { CHECKPOINT_LOG_MESSAGE } from './audit/checkpointCopies';
import { loadCheckpointKey } from './audit/checkpointKey';
import { reportAuditWrites } from './auditing/auditWrites';
import { consultationsRoute } from './auditing/consultationsRoute';
import { AuthorizingGateway } from './authorization/authorizingGateway';
import { buildGatewayServer } from './buildGatewayServer';
import { createGateway } from './createGateway';
import { createSubgraphCircuits } from './resilience/subgraphCircuits';
import type { GatewayConfig } from './gatewayConfig';
import { gatewayContextFactory } from './gatewayContext';
import { gatewayCredentialKey } from './gatewayCredentialKey';
import { documentRoutes } from './documents/documentRoutes';
import { createGatewayMetrics, type GatewayMetrics } from './observability/gatewayMetrics';
import { readinessRoute } from './observability/readinessRoute';
import { purposesRoute } from './auditing/purposesRoute';
import { rateLimitedContext, requestRateLimits } from './hardening/requestRateLimits';
import { rateLimitedRoute } from './hardening/rateLimitedRoute';
import { createRateLimiterStore } from '@lib/rateLimit/rateLimiterStore';
import { subgraphUrls } from './subgraphUrls';
import { readManifests } from './trustedDocuments/persistedQueryManifest';
import { trustedDocumentGate } from './trustedDocuments/trustedDocumentGate';
import { webRoutes } from './web/webRoutes';
import { stopOnce } from '@lib/process/stopOnce';

/** A running gateway. */
export interface RunningGateway extends RunningHttpServer {
  graphqlUrl: string;
  auditLog: AuditLog;
  metrics: GatewayMetrics;
  stop(): Promise<void>;
}

/**
 * Starts the gateway: GraphQL at /graphql, /health/live, /health/ready, /metrics, the data-protection
 * officer's /audit/consultations, case documents' bytes (/documents/upload, /documents/download), and the browser pages (GraphiQL, the caseworker journey page).
 */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const logger = createLogger('gateway', config.logLevel, config.logFile);
  const metrics = createGatewayMetrics();
  const verifyAccessToken = createAccessTokenVerifier(await loadAuthConfig(config.auth));
  const checkpointKey = loadCheckpointKey(config.auditCheckpoints);
  const auditLog = await buildAuditLog(config.auditDatabaseLocation, {
    checkpoints: {
      key: checkpointKey,
      everyRecords: config.auditCheckpoints.everyRecords,
      everySeconds: config.auditCheckpoints.everySeconds,
      // A copy of every checkpoint outside the audit database: the log can be checked against it
      // (npm run audit:verify -- --checkpoint-log <file>) should checkpoints be removed from the database.
      onCheckpoint: (auditCheckpoint) => logger.info({ auditCheckpoint }, CHECKPOINT_LOG_MESSAGE),
      onCheckpointError: (error) => logger.error({ err: error }, 'audit checkpoint not written'),
    },
  });
  logger.info({ keyId: checkpointKey.id, keySource: checkpointKey.source }, 'audit checkpoints signed');
  const initialSupergraph = readFileSync(config.supergraphPath, 'utf8');
  const urls = subgraphUrls(initialSupergraph, config);
  // 0 closed, 2 open (1, half-open, is never reported: an open circuit's probes are the gateway's own).
  const circuitLevels = { closed: 0, open: 2 } as const;
  const circuits = createSubgraphCircuits(
    config.circuits,
    (subgraph) => urls.get(subgraph),
    (subgraph, state) => {
      metrics.subgraphCircuitState.set({ subgraph }, circuitLevels[state]);
      if (state === 'open') logger.warn({ subgraph, circuit: state }, 'subgraph circuit open');
      else logger.info({ subgraph, circuit: state }, 'subgraph circuit closed');
    },
  );
  const credentialKey = await gatewayCredentialKey(config);
  const gateway = new AuthorizingGateway(
    createGateway(
      config,
      credentialKey,
      {
        logger,
        onFetch: (subgraph, seconds, failure) => {
          metrics.subgraphFetchDuration.observe({ subgraph }, seconds);
          if (failure) metrics.subgraphFetchErrors.inc({ subgraph, kind: failure });
        },
      },
      circuits,
    ),
    {
      requirements: readAuthorizationRequirements(initialSupergraph),
      rejectUnauthorized: config.rejectUnauthorized,
    },
  );
  const manifests = readManifests(config.trustedDocumentsDir);
  const registeredOperations = new Set(
    [...manifests.values()].flatMap((operations) =>
      [...operations.values()].map((operation) => operation.name),
    ),
  );
  const server = buildGatewayServer({ config, gateway, auditLog, logger, metrics, registeredOperations });
  // Counted in Redis when the replicas share one (RATE_LIMIT_REDIS_URL), else in this process.
  const rateLimiterStore = createRateLimiterStore({
    redisUrl: config.rateLimits.redisUrl,
    keyPrefix: config.rateLimits.keyPrefix,
    onError: (error) =>
      logger.warn({ err: error }, 'rate-limit store unreachable; counting in memory meanwhile'),
  });
  await Promise.all([server.start(), rateLimiterStore.ready()]);
  const limits = requestRateLimits(config.rateLimits, rateLimiterStore, (limit) => {
    metrics.rateLimited.inc({ limit });
    logger.warn({ limit }, 'request refused for its rate');
  });
  const { trustedProxyHops } = config.rateLimits;
  const limited = (route: RouteHandler) =>
    rateLimitedRoute(route, verifyAccessToken, limits, trustedProxyHops);
  // One context builder for /graphql and the document routes: the same token check and the same rate limits.
  const limitedContext = rateLimitedContext(
    gatewayContextFactory(verifyAccessToken, config.requestDeadlineMs),
    limits,
    trustedProxyHops,
  );
  const http = await startHttpServer(
    {
      '/graphql': graphqlHttpHandler(server, {
        context: limitedContext,
        beforeExecute: trustedDocumentGate(manifests),
        maxBodyBytes: config.maxBodyBytes,
      }),
      '/audit/consultations': limited(
        consultationsRoute(auditLog.store, verifyAccessToken, {
          onAuditWrite: reportAuditWrites(metrics, logger),
          onLookUpError: (error) => logger.error({ err: error }, 'audit trail look-up failed'),
        }),
      ),
      '/access/purposes': limited(purposesRoute(verifyAccessToken)),
      ...documentRoutes({
        buildContext: limitedContext,
        courtsUrl: () => urls.get('courts'),
        credentialKey,
        auditStore: auditLog.store,
        onAuditWrite: reportAuditWrites(metrics, logger),
      }),
      '/metrics': metricsRoute(metrics.registry),
      '/health/live': (_request, response) => sendJson(response, 200, { status: 'live' }),
      '/health/ready': readinessRoute(
        () => gateway.loaded,
        () => urls,
        () => circuits.states(),
      ),
      // GraphiQL at / and /graphiql, the caseworker page at /journey, and their files under /web/.
      ...webRoutes(config.webDir),
    },
    {
      host: config.host,
      port: config.port,
      onError: (error) => logger.error({ err: error }, 'request failed'),
    },
  );
  logger.info({ url: `${http.url}/graphql` }, 'gateway listening');
  return {
    ...http,
    graphqlUrl: `${http.url}/graphql`,
    auditLog,
    metrics,
    stop: stopOnce(async () => {
      // In-flight requests finish (within the shutdown grace period) before the stores close.
      await http.close(config.shutdownGraceMs);
      await server.stop();
      circuits.stop();
      await rateLimiterStore.close();
      await auditLog.close();
    }),
  };
}
