import { hashAuditRecord } from './auditHash';
import type { AuditEntry, AuditRecord } from './auditRecord';

/** The chain as it stands: the last record's sequence and hash (0 and the genesis hash when empty). */
export interface ChainHead {
  lastSequence: number;
  lastHash: string;
}

/**
 * Turns entries into the records that follow `head`: consecutive sequences, each linked to the hash of the one
 * before. The lists are copied, so a caller that reuses its arrays cannot change what was hashed.
 */
export function chainEntries(
  head: ChainHead,
  entries: readonly AuditEntry[],
  recordedAt: string,
): AuditRecord[] {
  let { lastSequence, lastHash } = head;
  return entries.map((entry) => {
    const unhashed: Omit<AuditRecord, 'hash'> = {
      sequence: lastSequence + 1,
      recordedAt,
      requestId: entry.requestId,
      subject: entry.subject,
      agency: entry.agency,
      purpose: entry.purpose,
      operationName: entry.operationName,
      operationHash: entry.operationHash,
      offenders: [...entry.offenders],
      people: entry.people.map((person) => ({ ...person })),
      subgraphs: [...entry.subgraphs],
      fields: [...entry.fields],
      denied: [...entry.denied],
      outcome: entry.outcome,
      previousHash: lastHash,
    };
    const record = { ...unhashed, hash: hashAuditRecord(unhashed) };
    lastSequence = record.sequence;
    lastHash = record.hash;
    return record;
  });
}
