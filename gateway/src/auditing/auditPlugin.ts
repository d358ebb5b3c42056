import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { AuditOutcome } from '../audit/auditRecord';
import type { AuditStore } from '../audit/auditStore';
import type { GatewayContext } from '../gatewayContext';
import { peopleConsulted } from './peopleConsulted';
import { purposeRefusal, recordedPurpose } from './statedPurpose';

/** Options of the audit plugin. */
export interface AuditPluginOptions {
  store: Pick<AuditStore, 'append'>;
  /** Told of each audit write and whether it succeeded. */
  onAuditWrite?: (error: unknown) => void;
}

function outcomeOf(context: GraphQLRequestContextWillSendResponse<GatewayContext>): AuditOutcome {
  const body = context.response.body;
  if (body.kind !== 'single') return 'SUCCESS';
  const { data, errors } = body.singleResult;
  const denied = context.contextValue.audit.anyDenied;
  if (!data) return denied ? 'DENIED' : 'ERROR';
  if (errors?.length)
    return denied && errors.every((error) => error.extensions?.code === 'UNAUTHORIZED_FIELD_OR_TYPE')
      ? 'DENIED'
      : 'PARTIAL';
  return 'SUCCESS';
}

/**
 * Audits every operation that touches personal data, as section 62 of the Data Protection Act 2018 requires:
 * the caller must state a lawful purpose of their agency's, and a record of who consulted whose records, when and why is written before
 * the answer leaves. If the record cannot be written, the personal data is not returned (fail closed). Whether an
 * operation touches personal data is the authorization plugin's finding (the operation is walked once), which
 * runs before this one; the record itself is made by the request's RequestAudit.
 */
export function auditPlugin(options: AuditPluginOptions): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: (context) => {
          const operation = context.contextValue.operation;
          if (operation?.readsPersonalData) {
            // Personal data the caller will be given needs a lawful purpose of their agency, not any text
            // (PURPOSE_REQUIRED, PURPOSE_NOT_ALLOWED); an attempt refused field by field is audited all the same.
            const refusal = purposeRefusal(context.contextValue.caller, context.contextValue.purpose);
            if (refusal) {
              throw new GraphQLError(refusal.message, {
                extensions: { code: refusal.code, http: { status: refusal.status } },
              });
            }
          }
          return Promise.resolve();
        },
        willSendResponse: async (context) => {
          const { caller, purpose, requestId, audit, operation } = context.contextValue;
          const body = context.response.body;
          if (!operation?.touchesPersonalData || body.kind !== 'single') return;
          try {
            await options.store.append(
              audit.entry({
                requestId,
                caller,
                purpose: recordedPurpose(purpose),
                operationName: context.operationName ?? null,
                operationHash: context.queryHash,
                fields: operation.fields,
                people: peopleConsulted(
                  context.document,
                  context.operationName,
                  context.request.variables,
                  body.singleResult.data,
                ),
                outcome: outcomeOf(context),
              }),
            );
            options.onAuditWrite?.(null);
          } catch (error) {
            options.onAuditWrite?.(error);
            context.response.http.status = 503;
            body.singleResult = {
              errors: [
                {
                  message: 'The audit log is unavailable, so no personal data can be returned',
                  extensions: { code: 'AUDIT_UNAVAILABLE' },
                },
              ],
            };
          }
        },
      }),
  };
}
