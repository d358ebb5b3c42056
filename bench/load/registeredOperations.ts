import { join } from 'node:path';
import { readManifests } from '../../gateway/src/trustedDocuments/persistedQueryManifest';
import { isThisGateway, type GatewayKind } from '../system/gatewayKinds';
import { REPOSITORY_ROOT } from '../system/serviceProcess';

/** A registered operation: its id in the agency's manifest and its text. */
export interface RegisteredOperation {
  id: string;
  name: string;
  body: string;
}

/** An operation an agency registered (trusted-documents/), by name: partners may send nothing else. */
export function registeredOperation(agency: string, name: string): RegisteredOperation {
  const operation = [
    ...(readManifests(join(REPOSITORY_ROOT, 'trusted-documents')).get(agency)?.values() ?? []),
  ].find((candidate) => candidate.name === name);
  if (!operation) throw new Error(`${name} is not a registered operation of ${agency}`);
  return operation;
}

/**
 * The body of a registered operation: this gateway is sent its id, as a partner's client would; the peers,
 * which have no registry of trusted documents, are sent the same document's text.
 */
export function registeredBody(
  gateway: GatewayKind,
  operation: RegisteredOperation,
  variables: unknown,
): string {
  const operationName = operation.name;
  return JSON.stringify(
    isThisGateway(gateway)
      ? { documentId: operation.id, operationName, variables }
      : { query: operation.body, operationName, variables },
  );
}
