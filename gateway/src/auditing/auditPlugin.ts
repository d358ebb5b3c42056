import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { AuthorizationRequirements } from '@lib/authorization/authorizationRequirements';
import type { AuditOutcome } from '../audit/auditRecord';
import type { AuditStore } from '../audit/auditStore';
import type { GatewayContext } from '../gatewayContext';
import { PURPOSE_HEADER } from '../gatewayContext';
import { operationFootprint, type OperationFootprint } from './operationFootprint';

/** Options of the audit plugin. */
export interface AuditPluginOptions {
  store: Pick<AuditStore, 'append'>;
  /** The requirements of the supergraph in service (they change when a new one is loaded). */
  requirements: () => AuthorizationRequirements;
  /** Told of each audit write and whether it succeeded. */
  onAuditWrite?: (error: unknown) => void;
}

const FOOTPRINT_CACHE_LIMIT = 5000;

function outcomeOf(context: GraphQLRequestContextWillSendResponse<GatewayContext>): AuditOutcome {
  const body = context.response.body;
  if (body.kind !== 'single') return 'SUCCESS';
  const { data, errors } = body.singleResult;
  const denied = context.contextValue.audit.denied.length > 0;
  if (!data) return denied ? 'DENIED' : 'ERROR';
  if (errors?.length)
    return denied && errors.every((error) => error.extensions?.code === 'UNAUTHORIZED_FIELD_OR_TYPE')
      ? 'DENIED'
      : 'PARTIAL';
  return 'SUCCESS';
}

/**
 * Audits every operation that touches personal data, as section 62 of the Data Protection Act 2018 requires:
 * the caller must state a purpose, and a record of who consulted whose records, when and why is written before
 * the answer leaves. If the record cannot be written, the personal data is not returned (fail closed).
 */
export function auditPlugin(options: AuditPluginOptions): ApolloServerPlugin<GatewayContext> {
  // Footprints are cached per operation, and recomputed when a new supergraph brings new requirements.
  const footprints = new LRUCache<
    string,
    { requirements: AuthorizationRequirements; footprint: OperationFootprint }
  >({ max: FOOTPRINT_CACHE_LIMIT });
  const footprintOf = (
    schema: GraphQLSchema,
    queryHash: string,
    document: Parameters<typeof operationFootprint>[2],
  ) => {
    const requirements = options.requirements();
    const cached = footprints.get(queryHash);
    if (cached?.requirements === requirements) return cached.footprint;
    const footprint = operationFootprint(schema, requirements, document);
    footprints.set(queryHash, { requirements, footprint });
    return footprint;
  };
  return {
    requestDidStart: () => {
      let footprint: OperationFootprint | undefined;
      return Promise.resolve({
        didResolveOperation: (context) => {
          footprint = footprintOf(context.schema, context.queryHash, context.document);
          if (footprint.touchesPersonalData && !context.contextValue.purpose) {
            throw new GraphQLError(
              `This operation reads personal data: state why in the ${PURPOSE_HEADER} request header`,
              { extensions: { code: 'PURPOSE_REQUIRED', http: { status: 400 } } },
            );
          }
          return Promise.resolve();
        },
        willSendResponse: async (context) => {
          if (!footprint?.touchesPersonalData || context.response.body.kind !== 'single') return;
          const { caller, purpose, requestId, audit } = context.contextValue;
          try {
            await options.store.append({
              requestId,
              subject: caller?.subject ?? null,
              agency: caller?.agency ?? null,
              purpose,
              operationName: context.operationName ?? null,
              operationHash: context.queryHash,
              offenders: [...audit.offenders].sort(),
              subgraphs: [...audit.subgraphs].sort(),
              fields: footprint.fields,
              denied: [...new Set(audit.denied)].sort(),
              outcome: outcomeOf(context),
            });
            options.onAuditWrite?.(null);
          } catch (error) {
            options.onAuditWrite?.(error);
            context.response.http.status = 503;
            context.response.body.singleResult = {
              errors: [
                {
                  message: 'The audit log is unavailable, so no personal data can be returned',
                  extensions: { code: 'AUDIT_UNAVAILABLE' },
                },
              ],
            };
          }
        },
      });
    },
  };
}
