import type {
  ApolloServerPlugin,
  GraphQLRequestContext,
  GraphQLRequestContextWillSendResponse,
} from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { AuditEntry, AuditOutcome, AuditPerson } from '../audit/auditRecord';
import type { AuditStore } from '../audit/auditStore';
import type { GatewayContext } from '../gatewayContext';
import { closingNamesNoOneNew } from './openingRecord';
import { peopleConsulted } from './peopleConsulted';
import { purposeRefusal, recordedPurpose } from './statedPurpose';

/** Options of the audit plugin. */
export interface AuditPluginOptions {
  store: Pick<AuditStore, 'append'>;
  /**
   * Told of each audit write and whether it succeeded; `afterAnswer` for a closing record written as the answer
   * left (its failure withheld nothing: the request's opening record stands).
   */
  onAuditWrite?: (error: unknown, afterAnswer?: boolean) => void;
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
 * runs before this one; the records themselves are made by the request's RequestAudit.
 *
 * An operation that names people in its arguments is recorded twice: an opening record as its execution starts,
 * written and synced while the subgraphs are fetched, and a closing record with the outcome; the answer waits for
 * the closing record only when it names someone the opening record does not (openingRecord.ts).
 */
export function auditPlugin(options: AuditPluginOptions): ApolloServerPlugin<GatewayContext> {
  const report = (error: unknown) => options.onAuditWrite?.(error);
  return {
    requestDidStart: () => {
      let opening: { entry: AuditEntry; written: Promise<unknown> } | null = null;
      return Promise.resolve({
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
        executionDidStart: (context) => {
          const { operation, audit } = context.contextValue;
          if (!operation?.touchesPersonalData) return Promise.resolve();
          // Only an operation that names people gets an opening record: the record itself is built only then.
          const named = peopleConsulted(
            context.document,
            context.operationName,
            context.request.variables,
            null,
          );
          if (named.length > 0) {
            const entry = auditEntry(context, named, 'PENDING');
            // Written once the first subgraph request is on its way (the group commit then writes it at the end
            // of that turn of the event loop) and synced while the subgraphs answer.
            audit.atFirstFetch(() => {
              const written = options.store.append(entry);
              // A failure is reported where the answer waits for it (willSendResponse), and withholds it.
              written.then(
                () => report(null),
                () => undefined,
              );
              opening = { entry, written };
            });
          }
          return Promise.resolve();
        },
        willSendResponse: async (context) => {
          const body = context.response.body;
          if (!context.contextValue.operation?.touchesPersonalData || body.kind !== 'single') return;
          const closing = auditEntry(
            context,
            peopleConsulted(
              context.document,
              context.operationName,
              context.request.variables,
              body.singleResult.data,
            ),
            outcomeOf(context),
          );
          // No subgraph was asked: no opening record was written, and the record is written once, below.
          context.contextValue.audit.cancelFirstFetch();
          try {
            if (opening) {
              await opening.written;
              if (closingNamesNoOneNew(opening.entry, closing)) {
                // The durable opening record answers for this answer: the closing one follows it out.
                options.store.append(closing, { unhurried: true }).then(
                  () => report(null),
                  (error: unknown) => options.onAuditWrite?.(error, true),
                );
                return;
              }
            }
            await options.store.append(closing);
            report(null);
          } catch (error) {
            report(error);
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
      });
    },
  };
}

/** The request's audit record as it stands, naming `people`: before its answer (outcome PENDING) or with it. */
function auditEntry(
  context: GraphQLRequestContext<GatewayContext>,
  people: AuditPerson[],
  outcome: AuditOutcome,
): AuditEntry {
  const { caller, purpose, requestId, audit, operation } = context.contextValue;
  return audit.entry({
    requestId,
    caller,
    purpose: recordedPurpose(purpose),
    operationName: context.operationName ?? null,
    operationHash: context.queryHash ?? '',
    fields: operation?.fields ?? [],
    people,
    outcome,
  });
}
