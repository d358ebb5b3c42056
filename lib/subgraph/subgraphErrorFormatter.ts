import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../observability/logger';
import { isStoreUnavailable } from '../store/storeFailure';

/**
 * Keeps internal details (stack traces, SQL messages) out of errors that leave a subgraph; they go to the
 * subgraph's own log. A store that is down or locked is said plainly, as STORE_UNAVAILABLE, naming the system.
 */
export function subgraphErrorFormatter(subgraph: string, logger: Logger, onStoreError?: () => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (code !== 'INTERNAL_SERVER_ERROR' && code !== undefined) return formatted;
    if (isStoreUnavailable(error)) {
      onStoreError?.();
      logger.warn({ path: formatted.path, err: error }, 'store unavailable');
      return {
        message: `The ${subgraph} store is unavailable; try again later`,
        path: formatted.path,
        extensions: { code: 'STORE_UNAVAILABLE', subgraph },
      };
    }
    logger.error({ path: formatted.path, err: error }, 'internal error');
    return {
      message: 'Internal error in subgraph',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
