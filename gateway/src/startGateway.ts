import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError } from 'graphql';
import { graphqlHttpHandler } from '@lib/http/graphqlHttpHandler';
import { sendJson } from '@lib/http/sendJson';
import { type RunningHttpServer, startHttpServer } from '@lib/http/startHttpServer';
import { createGateway } from './createGateway';
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
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const server = new ApolloServer({
    gateway: createGateway(config),
    plugins: [ApolloServerPluginLandingPageDisabled()],
    includeStacktraceInErrorResponses: false,
    formatError,
  });
  await server.start();
  const http = await startHttpServer(
    {
      '/graphql': graphqlHttpHandler(server, {
        context: () => Promise.resolve({}),
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
