import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { print } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Caller } from '@lib/auth/caller';
import type { AuthorizationRequirements } from '@lib/authorization/authorizationRequirements';
import type { GatewayContext } from '../gatewayContext';
import { analyseOperation, type OperationAnalysis } from './analyseOperation';

/** An operation analysed for a caller, with the hash of what is executed (the caller's, or the one cut down). */
export type AuthorizedOperationAnalysis = OperationAnalysis & { queryHash: string };

/** Options of the authorization plugin. */
export interface AuthorizationPluginOptions {
  /** The requirements of the supergraph in service (they change when a new one is loaded). */
  requirements: () => AuthorizationRequirements;
  /** Told whether each decision came from the cache (for metrics). */
  onDecision?: (cached: boolean) => void;
}

/** Operations and callers repeat; deciding once per operation and set of scopes keeps the walk off the hot path. */
const CACHE_LIMIT = 5000;

function scopesKey(caller: Caller | null): string {
  return caller ? [...caller.scopes].sort().join(' ') : '(anonymous)';
}

/**
 * Decides, once the operation is resolved and before anything is planned, what the caller may see of it: one walk
 * of the operation (analyseOperation), cached per operation and set of scopes, put on the request's context for
 * the parts that act on it (the audit plugin's purpose check and record, and the executor, which runs the
 * operation cut down: see authorizingGateway.ts). Refused fields are noted for the audit record. It must come
 * before the audit plugin in the server's list: Apollo Server calls their didResolveOperation in that order.
 */
export function authorizationPlugin(options: AuthorizationPluginOptions): ApolloServerPlugin<GatewayContext> {
  const decisions = new LRUCache<
    string,
    { requirements: AuthorizationRequirements; analysis: AuthorizedOperationAnalysis }
  >({ max: CACHE_LIMIT });
  const decide = (
    context: GraphQLRequestContextDidResolveOperation<GatewayContext>,
  ): AuthorizedOperationAnalysis => {
    const caller = context.contextValue.caller;
    const requirements = options.requirements();
    const key = `${context.queryHash}|${context.operationName ?? ''}|${scopesKey(caller)}`;
    const cached = decisions.get(key);
    // A new supergraph brings new requirements: decisions made under the old ones no longer hold.
    const hit = cached?.requirements === requirements ? cached.analysis : undefined;
    options.onDecision?.(hit !== undefined);
    if (hit) return hit;
    const analysed = analyseOperation(
      context.schema,
      requirements,
      caller,
      context.document,
      context.operationName,
    );
    const queryHash =
      analysed.document && analysed.denied.length > 0
        ? createHash('sha256').update(print(analysed.document)).digest('hex')
        : context.queryHash;
    const analysis = { ...analysed, queryHash };
    decisions.set(key, { requirements, analysis });
    return analysis;
  };
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: (context) => {
          const analysis = decide(context);
          context.contextValue.operation = analysis;
          context.contextValue.audit.noteDenied(analysis.denied.map((field) => field.coordinate));
          return Promise.resolve();
        },
      }),
  };
}
