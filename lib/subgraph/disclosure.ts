import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/**
 * The response header in which a subgraph's own HTTP routes (a document's bytes) tell the gateway whose records
 * they returned, as DISCLOSED_EXTENSION does for GraphQL: identifiers separated by commas. The gateway does not
 * pass it on.
 */
export const DISCLOSED_HEADER = 'x-disclosed-offenders';

/** The response extension in which a subgraph tells the gateway whose records it returned. */
export const DISCLOSED_EXTENSION = 'disclosedOffenders';

/**
 * The response extension in which a subgraph tells the gateway which identifiers it holds for the people a
 * request concerned: the system of record's word that they are one person's, for the audit log to link them.
 */
export const IDENTIFIED_EXTENSION = 'identifiedOffenders';

/** One person's identifiers as a system links them (null where it records none). */
export interface IdentityLink {
  pncId: string | null;
  prisonNumber: string | null;
  croNumber: string | null;
}

/** A context that records the identifiers of the offenders whose records a request returned. */
export interface DisclosingContext {
  disclosed: Set<string>;
}

/** A context that records which identifiers go together for the people a request concerned. */
export interface IdentifyingContext {
  identified: Map<string, IdentityLink>;
}

/** Notes that an offender's records (by PNC ID or prison number) are being returned, for the audit log. */
export function disclose(context: DisclosingContext, identifier: string | null | undefined): void {
  if (identifier) context.disclosed.add(identifier);
}

/**
 * Notes the identifiers this system holds for a person the request concerned, so that the audit log can link a
 * look-up made by one of them (a prison number, say) to the person's others, whatever the caller asked to see.
 */
export function noteIdentity(context: IdentifyingContext, link: IdentityLink): void {
  context.identified.set(JSON.stringify([link.pncId, link.prisonNumber, link.croNumber]), link);
}

/**
 * Reports, in the response's extensions, the offenders whose records the subgraph returned and the identifiers it
 * linked: the gateway writes them to its audit log. Only the gateway reads subgraph extensions; it does not pass
 * them on to callers.
 */
export function disclosurePlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse: ({ response, contextValue }) => {
          const { disclosed, identified } = contextValue as Partial<DisclosingContext & IdentifyingContext>;
          if (response.body.kind !== 'single') return Promise.resolve();
          const reported = {
            ...(disclosed?.size ? { [DISCLOSED_EXTENSION]: [...disclosed] } : {}),
            ...(identified?.size ? { [IDENTIFIED_EXTENSION]: [...identified.values()] } : {}),
          };
          if (Object.keys(reported).length === 0) return Promise.resolve();
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, ...reported };
          return Promise.resolve();
        },
      }),
  };
}
