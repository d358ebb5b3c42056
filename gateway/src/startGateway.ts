import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError } from 'graphql';
import { graphqlHttpHandler } from '@lib/http/graphqlHttpHandler';
import { sendJson } from '@lib/http/sendJson';
import { type RunningHttpServer, startHttpServer } from '@lib/http/startHttpServer';
import { readFileSync } from 'node:fs';
import { readAuthConfig } from '@lib/auth/authConfig';
import { createAccessTokenVerifier } from '@lib/auth/verifyAccessToken';
import { readAuthorizationRequirements } from '@lib/authorization/authorizationRequirements';
import { buildAuditLog, type AuditLog } from './audit/buildAuditLog';
import { auditPlugin } from './auditing/auditPlugin';
import { consultationsRoute } from './auditing/consultationsRoute';
import { operationLimits } from './hardening/operationLimits';
import { readManifests } from './trustedDocuments/persistedQueryManifest';
import { trustedDocumentGate } from './trustedDocuments/trustedDocumentGate';
import { AuthorizingGateway } from './authorization/authorizingGateway';
import { createGateway } from './createGateway';
import { gatewayContextFactory, type GatewayContext } from './gatewayContext';
import { gatewayCredentialKey } from './gatewayCredentialKey';
import type { GatewayConfig } from './gatewayConfig';

/** A running gateway. */
export interface RunningGateway extends RunningHttpServer {
  graphqlUrl: string;
  auditLog: AuditLog;
  stop(): Promise<void>;
}

/** Errors that carry no code of ours are internal: callers get a plain message, never details or stack traces. */
function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  return formatted;
}

/** Starts the gateway: GraphQL at /graphql, liveness and readiness under /health. */
export async function startGateway(
  config: GatewayConfig,
  env: Record<string, string | undefined> = process.env,
): Promise<RunningGateway> {
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
  const verifyAccessToken = createAccessTokenVerifier(
    await readAuthConfig({ ...env, DATA_DIR: config.dataDir }),
  );
  const requirements = readAuthorizationRequirements(supergraphSdl);
  const auditLog = await buildAuditLog(config.auditDatabaseLocation);
  const gateway = new AuthorizingGateway(
    createGateway(config, supergraphSdl, await gatewayCredentialKey(config)),
    {
      requirements,
      rejectUnauthorized: config.rejectUnauthorized,
      callerOf: (context) => (context as GatewayContext).caller,
      onDenied: (context, coordinates) => (context as GatewayContext).audit.denied.push(...coordinates),
    },
  );
  const limits = operationLimits<GatewayContext>(config.limits);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    validationRules: limits.validationRules,
    // Automatic persisted queries would let any caller register an operation; partners use trusted documents.
    persistedQueries: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Introspection is answered only for callers with the schema:introspect scope (see authorizeOperation).
    introspection: true,
    plugins: [
      ...limits.plugins,
      ApolloServerPluginLandingPageDisabled(),
      auditPlugin({
        store: auditLog.store,
        requirements,
        onAuditFailure: (error) => console.error('[gateway] audit record not written', error),
      }),
    ],
    includeStacktraceInErrorResponses: false,
    // Field suggestions ("did you mean") would reveal the schema to callers who may not introspect it.
    hideSchemaDetailsFromClientErrors: true,
    formatError,
  });
  await server.start();
  const http = await startHttpServer(
    {
      '/graphql': graphqlHttpHandler(server, {
        context: gatewayContextFactory(verifyAccessToken),
        beforeExecute: trustedDocumentGate(readManifests(config.trustedDocumentsDir)),
        maxBodyBytes: config.maxBodyBytes,
      }),
      '/audit/consultations': consultationsRoute(auditLog.store, verifyAccessToken),
      '/health/live': (_request, response) => sendJson(response, 200, { status: 'live' }),
      '/health/ready': (_request, response) => sendJson(response, 200, { status: 'ready' }),
    },
    { host: config.host, port: config.port, onError: (error) => console.error('[gateway]', error) },
  );
  return {
    ...http,
    graphqlUrl: `${http.url}/graphql`,
    auditLog,
    stop: async () => {
      await http.close();
      await server.stop();
      await auditLog.close();
    },
  };
}
