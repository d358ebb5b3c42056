import { createHash } from 'node:crypto';
import type { AuditRecord } from './auditRecord';

/** The previousHash of the first record: there is no record before it. */
export const GENESIS_HASH = '0'.repeat(64);

/** sha256 of a UTF-8 string, in lower-case hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The bytes a record's hash is taken over: a JSON object whose keys are written in one fixed order, whatever
 * order the caller's object has, with arrays kept in the order given (their order is part of what was logged).
 * Changing this function breaks every existing chain, so it is spelled out field by field rather than derived.
 *
 * `people` came later than the other fields: it is written last and only when there is someone in it, so that the
 * records written before it hash as they did (and removing every person from a record still changes its hash).
 */
export function canonicalAuditRecord(record: Omit<AuditRecord, 'hash'>): string {
  const people = record.people.map(({ pncId, prisonNumber, croNumber }) => ({
    pncId,
    prisonNumber,
    croNumber,
  }));
  return JSON.stringify({
    sequence: record.sequence,
    recordedAt: record.recordedAt,
    requestId: record.requestId,
    subject: record.subject,
    agency: record.agency,
    purpose: record.purpose,
    operationName: record.operationName,
    operationHash: record.operationHash,
    offenders: record.offenders,
    subgraphs: record.subgraphs,
    fields: record.fields,
    denied: record.denied,
    outcome: record.outcome,
    previousHash: record.previousHash,
    ...(people.length > 0 ? { people } : {}),
  });
}

/** A record's hash: sha256 of its canonical serialisation, which includes the previous record's hash. */
export function hashAuditRecord(record: Omit<AuditRecord, 'hash'>): string {
  return sha256Hex(canonicalAuditRecord(record));
}

/** The operationHash of an operation document: sha256 of the document text exactly as the client sent it. */
export function hashOperationDocument(document: string): string {
  return sha256Hex(document);
}
