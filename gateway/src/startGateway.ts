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
import { AuthorizingGateway } from './authorization/authorizingGateway';
import { createGateway } from './createGateway';
import { gatewayContextFactory, type GatewayContext } from './gatewayContext';
import { gatewayCredentialKey } from './gatewayCredentialKey';
import type { GatewayConfig } from './gatewayConfig';

/** A running gateway. */
export interface RunningGateway extends RunningHttpServer {
  graphqlUrl: string;
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
  const gateway = new AuthorizingGateway(
    createGateway(config, supergraphSdl, await gatewayCredentialKey(config)),
    {
      requirements: readAuthorizationRequirements(supergraphSdl),
      rejectUnauthorized: config.rejectUnauthorized,
      callerOf: (context) => (context as GatewayContext).caller,
      onDenied: (context, coordinates) => (context as GatewayContext).audit.denied.push(...coordinates),
    },
  );
  const server = new ApolloServer<GatewayContext>({
    gateway,
    plugins: [ApolloServerPluginLandingPageDisabled()],
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
        maxBodyBytes: config.maxBodyBytes,
      }),
      '/health/live': (_request, response) => sendJson(response, 200, { status: 'live' }),
      '/health/ready': (_request, response) => sendJson(response, 200, { status: 'ready' }),
    },
    { host: config.host, port: config.port, onError: (error) => console.error('[gateway]', error) },
  );
  return {
    ...http,
    graphqlUrl: `${http.url}/graphql`,
    stop: async () => {
      await http.close();
      await server.stop();
    },
  };
}
