import type { IncomingMessage, ServerResponse } from 'node:http';
import { AuthenticationError } from '@lib/auth/authenticationError';
import type { Caller } from '@lib/auth/caller';
import type { AccessTokenVerifier } from '@lib/auth/verifyAccessToken';
import { PERSON_IDENTIFIER_KINDS, type PersonIdentifier } from '@lib/identifiers/personIdentifier';
import { sendGraphQLError, sendJson } from '@lib/http/sendJson';
import { sha256Hex } from '../audit/auditHash';
import type { AuditEntry, AuditOutcome, AuditPerson, AuditRecord } from '../audit/auditRecord';
import type { AuditStore } from '../audit/auditStore';
import type { PersonConsultations, SearchedIdentifier } from '../audit/personConsultations';
import { requestIdOf } from '../gatewayContext';
import { purposeRefusal, readStatedPurpose, recordedPurpose } from './statedPurpose';
import { readConsultationsQuery } from './consultationsQuery';

/** The scope a data-protection officer holds. */
const AUDIT_SCOPE = 'audit:read';

/** How the officer's own look-ups are named in the audit log. */
export const CONSULTATIONS_OPERATION = 'GET /audit/consultations';

/** Options of the route. */
export interface ConsultationsRouteOptions {
  /** Told of each audit write of an officer's look-up and whether it succeeded. */
  onAuditWrite?: (error: unknown) => void;
  /** Told of a look-up the audit log could not answer (answered 503). */
  onLookUpError?: (error: unknown) => void;
}

/** The officer's look-up as an audit record: who asked, why, about whom, and how it ended. */
function lookUpEntry(
  request: IncomingMessage,
  caller: Caller,
  outcome: AuditOutcome,
  people: AuditPerson[],
): AuditEntry {
  return {
    requestId: requestIdOf(request),
    subject: caller.subject,
    agency: caller.agency,
    purpose: recordedPurpose(readStatedPurpose(request)),
    operationName: CONSULTATIONS_OPERATION,
    // The request as sent: the look-up, page and all, can be matched later without the log storing it.
    operationHash: sha256Hex(`GET ${request.url ?? ''}`),
    offenders: [],
    people,
    subgraphs: [],
    fields: [],
    denied: outcome === 'DENIED' ? [CONSULTATIONS_OPERATION] : [],
    outcome,
  };
}

/** The person searched for, as one audit person: every identifier the look-up searched by. */
function personSearched(searched: readonly PersonIdentifier[]): AuditPerson {
  const person: AuditPerson = { pncId: null, prisonNumber: null, croNumber: null };
  for (const { kind, value } of searched) person[kind] = value;
  return person;
}

/** Which of the identifiers searched (in any of their forms) a record names. */
function matchedIn(record: AuditRecord, searched: readonly SearchedIdentifier[]): string[] {
  const named = new Set([
    ...record.offenders,
    ...record.people.flatMap((person) => PERSON_IDENTIFIER_KINDS.map((kind) => person[kind])),
  ]);
  return searched.filter(({ forms }) => forms.some((form) => named.has(form))).map(({ value }) => value);
}

/**
 * GET /audit/consultations?pncId=|prisonNumber=|croNumber=|identifier=<…>[&limit=N][&before=S]: for a
 * data-protection officer, who consulted one person's records, when and why, newest first, whichever of the
 * person's identifiers each look-up used (the log links them: audit/personConsultations.ts). The answer says
 * which identifiers were searched, and any the log links to the person but that were not followed.
 *
 * The officer's look-up reads personal data too, so it is held to the same rules as any other: a stated purpose
 * (x-access-purpose, PURPOSE_REQUIRED otherwise), and an audit record of its own (subject, purpose, the person
 * searched) written before the answer leaves, or no answer (503 AUDIT_UNAVAILABLE). A refused caller's attempt
 * is recorded as DENIED. The audit log is the gateway's own record, not domain data, so it is served here rather
 * than through the graph.
 */
export function consultationsRoute(
  store: Pick<AuditStore, 'consultationsOfPerson' | 'append'>,
  verifyAccessToken: AccessTokenVerifier,
  options: ConsultationsRouteOptions = {},
) {
  /** Writes the look-up's audit record; false when it could not be written. */
  const audit = async (entry: AuditEntry): Promise<boolean> => {
    try {
      await store.append(entry);
      options.onAuditWrite?.(null);
      return true;
    } catch (error) {
      options.onAuditWrite?.(error);
      return false;
    }
  };

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'GET') return sendGraphQLError(response, 405, 'METHOD_NOT_ALLOWED', 'Use GET');
    let caller: Caller | null;
    try {
      caller = await verifyAccessToken(request.headers.authorization);
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error;
      return sendGraphQLError(response, 401, 'UNAUTHENTICATED', `Access token refused: ${error.reason}`);
    }
    if (!caller) return sendGraphQLError(response, 401, 'UNAUTHENTICATED', 'A bearer token is required');
    const query = readConsultationsQuery(new URL(request.url ?? '/', 'http://localhost'));
    if (!caller.scopes.has(AUDIT_SCOPE)) {
      // An attempt on the audit trail is worth knowing of: recorded, with the person asked about if well-formed.
      const asked = 'problem' in query ? [] : [personSearched([query.identifier])];
      await audit(lookUpEntry(request, caller, 'DENIED', asked));
      return sendGraphQLError(response, 403, 'FORBIDDEN', `Requires the ${AUDIT_SCOPE} scope`);
    }
    const purposeRefused = purposeRefusal(caller, readStatedPurpose(request));
    if (purposeRefused) {
      return sendGraphQLError(response, purposeRefused.status, purposeRefused.code, purposeRefused.message);
    }
    if ('problem' in query) return sendGraphQLError(response, 400, 'BAD_USER_INPUT', query.problem);
    const unavailable = () =>
      sendGraphQLError(response, 503, 'AUDIT_UNAVAILABLE', 'The audit log is unavailable: try again later');
    let found: PersonConsultations;
    try {
      found = await store.consultationsOfPerson(query.identifier, {
        limit: query.limit,
        beforeSequence: query.beforeSequence,
      });
    } catch (error) {
      options.onLookUpError?.(error);
      return unavailable();
    }
    const { searched, notFollowed, records } = found;
    if (!(await audit(lookUpEntry(request, caller, 'SUCCESS', [personSearched(searched)]))))
      return unavailable();
    const last = records[records.length - 1];
    sendJson(response, 200, {
      identifier: query.identifier.value,
      kind: query.identifier.kind,
      searched,
      notFollowed,
      consultations: records.map((record) => ({
        sequence: record.sequence,
        recordedAt: record.recordedAt,
        subject: record.subject,
        agency: record.agency,
        purpose: record.purpose,
        operationName: record.operationName,
        fields: record.fields,
        outcome: record.outcome,
        matched: matchedIn(record, searched),
      })),
      // The next page: records older than the last one returned, when this page was full.
      before: last && records.length === query.limit ? last.sequence : null,
    });
  };
}
