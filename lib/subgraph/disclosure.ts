import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/** The response extension in which a subgraph tells the gateway whose records it returned. */
export const DISCLOSED_EXTENSION = 'disclosedOffenders';

/** A context that records the identifiers of the offenders whose records a request returned. */
export interface DisclosingContext {
  disclosed: Set<string>;
}

/** Notes that an offender's records (by PNC ID or prison number) are being returned, for the audit log. */
export function disclose(context: DisclosingContext, identifier: string | null | undefined): void {
  if (identifier) context.disclosed.add(identifier);
}

/**
 * Reports, in the response's extensions, the offenders whose records the subgraph returned: the gateway writes
 * them to its audit log. Only the gateway reads subgraph extensions; it does not pass them on to callers.
 */
export function disclosurePlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response, contextValue }) => {
          const disclosed = (contextValue as Partial<DisclosingContext>).disclosed;
          if (response.body.kind !== 'single' || !disclosed || disclosed.size === 0) return Promise.resolve();
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            [DISCLOSED_EXTENSION]: [...disclosed],
          };
          return Promise.resolve();
        },
      }),
  };
}
