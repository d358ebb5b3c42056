import { HttpRefusal } from '@lib/http/httpRefusal';
import { findAgencyProfile } from '@lib/auth/agencyProfiles';
import type { GatewayContext } from '../gatewayContext';
import { operationId, type ManifestOperation } from './persistedQueryManifest';

interface RequestBody {
  query?: unknown;
  documentId?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } & Record<string, unknown>;
}

function notTrusted(message: string): HttpRefusal {
  return new HttpRefusal(403, 'PERSISTED_QUERY_NOT_IN_LIST', message);
}

/**
 * Lets partner agencies run only the operations they registered: a request names a registered operation by
 * id (`documentId`, or `extensions.persistedQuery.sha256Hash`) or sends its exact registered text; anything
 * else is refused. Staff and analysts pass through, within the gateway's limits.
 */
export function trustedDocumentGate(manifests: ReadonlyMap<string, ReadonlyMap<string, ManifestOperation>>) {
  return (body: unknown, context: GatewayContext): unknown => {
    const agency = context.caller?.agency;
    if (!agency || !findAgencyProfile(agency)?.partner) return body;
    const registered = manifests.get(agency) ?? new Map<string, ManifestOperation>();
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw notTrusted(`Agency ${agency} may run only its registered operations, sent by POST as JSON`);
    }
    const request = body as RequestBody;
    const hash = request.documentId ?? request.extensions?.persistedQuery?.sha256Hash;
    const id =
      typeof hash === 'string' ? hash : typeof request.query === 'string' ? operationId(request.query) : null;
    const operation = id ? registered.get(id) : undefined;
    if (!operation) throw notTrusted(`This operation is not registered for agency ${agency}`);
    // The id has done its work: Apollo Server gets the registered text, and no persisted-query extension.
    const extensions = { ...request.extensions };
    delete extensions.persistedQuery;
    const forwarded: RequestBody = { ...request, query: operation.body, extensions };
    delete forwarded.documentId;
    return forwarded;
  };
}
