import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { apolloReportingDisabled } from '@lib/network/vendorReporting';
import type { Logger } from '@lib/observability/logger';
import type { AuditLog } from './audit/buildAuditLog';
import { auditPlugin } from './auditing/auditPlugin';
import { reportAuditWrites } from './auditing/auditWrites';
import { authorizationPlugin } from './authorization/authorizationPlugin';
import type { AuthorizingGateway } from './authorization/authorizingGateway';
import type { GatewayConfig } from './gatewayConfig';
import type { GatewayContext } from './gatewayContext';
import { gatewayErrorFormatter } from './gatewayErrorFormatter';
import { operationLimits } from './hardening/operationLimits';
import type { GatewayMetrics } from './observability/gatewayMetrics';
import { requestLogPlugin } from './observability/requestLogPlugin';

/** What the gateway's Apollo Server is built from. */
export interface GatewayServerParts {
  config: GatewayConfig;
  gateway: AuthorizingGateway;
  auditLog: AuditLog;
  logger: Logger;
  metrics: GatewayMetrics;
  /** The names of the partner agencies' registered operations: the operations metrics are labelled by. */
  registeredOperations: ReadonlySet<string>;
}

/** The gateway's Apollo Server: secure defaults, limits, audit, and a log line and metrics per request. */
export function buildGatewayServer({
  config,
  gateway,
  auditLog,
  logger,
  metrics,
  registeredOperations,
}: GatewayServerParts) {
  const limits = operationLimits<GatewayContext>(config.limits);
  return new ApolloServer<GatewayContext>({
    gateway,
    logger,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // Automatic persisted queries would let any caller register an operation; partners use trusted documents.
    persistedQueries: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Introspection is answered only for callers with the schema:introspect scope (see analyseOperation).
    introspection: true,
    plugins: [
      ...limits.plugins,
      ApolloServerPluginLandingPageDisabled(),
      ...apolloReportingDisabled(),
      // Answers are never cacheable: graphqlHttpHandler says no-store on every one, which is all this plugin
      // would have concluded from subgraphs that give no cache hints.
      ApolloServerPluginCacheControlDisabled(),
      // Authorization first: the audit plugin acts on its finding (what the operation reads, what was refused).
      authorizationPlugin({
        requirements: () => gateway.requirements,
        onDecision: (cached) => metrics.authorizationDecisions.inc({ cache: cached ? 'hit' : 'miss' }),
      }),
      auditPlugin({ store: auditLog.store, onAuditWrite: reportAuditWrites(metrics, logger) }),
      requestLogPlugin(logger, metrics, registeredOperations),
    ],
    includeStacktraceInErrorResponses: false,
    // main.ts stops the gateway itself on SIGTERM (HTTP, then this server, then the audit log). Left to Apollo too,
    // its handler would stop the server alongside and then kill the process with the signal again, possibly
    // before the audit log had closed.
    stopOnTerminationSignals: false,
    // Field suggestions ("did you mean") would reveal the schema to callers who may not introspect it.
    hideSchemaDetailsFromClientErrors: true,
    formatError: gatewayErrorFormatter(logger),
  });
}
