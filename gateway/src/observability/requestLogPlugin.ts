import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '@lib/observability/logger';
import { operationLabeller } from '@lib/observability/metricsRoute';
import type { GatewayContext } from '../gatewayContext';
import type { GatewayMetrics } from './gatewayMetrics';

/**
 * One log line and one set of metrics per request: request id, operation, agency, outcome, error codes,
 * subgraphs used and duration. Never identifiers, variables or tokens: logs carry no personal data.
 */
export function requestLogPlugin(
  logger: Logger,
  metrics: GatewayMetrics,
  registeredOperations: ReadonlySet<string>,
): ApolloServerPlugin<GatewayContext> {
  const operationLabel = operationLabeller(registeredOperations);
  return {
    requestDidStart: () => {
      const started = performance.now();
      return Promise.resolve({
        willSendResponse: ({ response, contextValue, operationName }) => {
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const errorCodes = [
            ...new Set(
              (body?.errors ?? []).map((error) =>
                typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNKNOWN',
              ),
            ),
          ];
          const outcome = !body?.errors?.length ? 'success' : body.data ? 'partial' : 'error';
          const seconds = (performance.now() - started) / 1000;
          const operation = operationLabel(operationName);
          metrics.requests.inc({ operation, outcome });
          metrics.requestDuration.observe({ operation }, seconds);
          logger.info(
            {
              requestId: contextValue.requestId,
              operation,
              agency: contextValue.caller?.agency ?? null,
              outcome,
              status: response.http.status ?? 200,
              errorCodes,
              subgraphs: contextValue.audit.subgraphsAsked(),
              durationMs: Math.round(seconds * 1000),
            },
            'request',
          );
          return Promise.resolve();
        },
      });
    },
  };
}
