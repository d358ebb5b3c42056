import type { IncomingMessage } from 'node:http';
import type { Caller } from '@lib/auth/caller';
import { sha256Hex } from '../audit/auditHash';
import type { AuditEntry, AuditOutcome } from '../audit/auditRecord';
import type { AuditStore } from '../audit/auditStore';
import { recordedPurpose, type StatedPurpose } from '../auditing/statedPurpose';

/** What a document transfer was, for its audit record. */
export interface DocumentTransfer {
  request: IncomingMessage;
  requestId: string;
  caller: Caller;
  purpose: StatedPurpose | null;
  /** "POST /documents/upload" or "GET /documents/download". */
  operationName: string;
  /** The defendants whose case file it touched, as the courts named them. */
  offenders: string[];
  outcome: AuditOutcome;
}

/** A document transfer as an audit record: who, why, which defendant's file, how it ended. */
export function documentAuditEntry(transfer: DocumentTransfer): AuditEntry {
  return {
    requestId: transfer.requestId,
    subject: transfer.caller.subject,
    agency: transfer.caller.agency,
    purpose: recordedPurpose(transfer.purpose),
    operationName: transfer.operationName,
    // The request as sent (the document's id, the ticket), matchable later without the log storing it.
    operationHash: sha256Hex(`${transfer.request.method ?? ''} ${transfer.request.url ?? ''}`),
    offenders: transfer.offenders,
    people: [],
    subgraphs: transfer.offenders.length > 0 || transfer.outcome !== 'DENIED' ? ['courts'] : [],
    fields: [],
    denied: transfer.outcome === 'DENIED' ? [transfer.operationName] : [],
    outcome: transfer.outcome,
  };
}

/** Writes a transfer's audit record; false when it could not be written (the transfer is then not answered). */
export async function auditTransfer(
  store: Pick<AuditStore, 'append'>,
  transfer: DocumentTransfer,
  onAuditWrite?: (error: unknown) => void,
): Promise<boolean> {
  try {
    await store.append(documentAuditEntry(transfer));
    onAuditWrite?.(null);
    return true;
  } catch (error) {
    onAuditWrite?.(error);
    return false;
  }
}
