import type { Selectable } from 'kysely';
import type { AuditRecord } from './auditRecord';
import type { AuditOffenderTable, AuditRecordTable } from './auditTables';

/** A stored row that cannot be read back as a record (a list column that is not a JSON array of strings). */
export class MalformedAuditRow extends Error {}

/** The audit_record row that holds a record (its offenders go to audit_offender). */
export function toAuditRecordRow(record: AuditRecord): AuditRecordTable {
  return {
    sequence: record.sequence,
    recordedAt: record.recordedAt,
    requestId: record.requestId,
    subject: record.subject,
    agency: record.agency,
    purpose: record.purpose,
    operationName: record.operationName,
    operationHash: record.operationHash,
    subgraphs: JSON.stringify(record.subgraphs),
    fields: JSON.stringify(record.fields),
    denied: JSON.stringify(record.denied),
    outcome: record.outcome,
    previousHash: record.previousHash,
    hash: record.hash,
  };
}

/** The audit_offender rows that index a record by the offenders it returned, in the order given. */
export function toAuditOffenderRows(record: AuditRecord): AuditOffenderTable[] {
  return record.offenders.map((identifier, ordinal) => ({ sequence: record.sequence, ordinal, identifier }));
}

/**
 * Reads a record back from its row and its offenders. Throws MalformedAuditRow when a list column was edited
 * into something that is not a JSON array of strings, which verification reports as an alteration.
 */
export function fromAuditRows(row: Selectable<AuditRecordTable>, offenders: string[]): AuditRecord {
  return {
    sequence: row.sequence,
    recordedAt: row.recordedAt,
    requestId: row.requestId,
    subject: row.subject,
    agency: row.agency,
    purpose: row.purpose,
    operationName: row.operationName,
    operationHash: row.operationHash,
    offenders,
    subgraphs: parseStringArray(row.subgraphs, 'subgraphs'),
    fields: parseStringArray(row.fields, 'fields'),
    denied: parseStringArray(row.denied, 'denied'),
    outcome: row.outcome,
    previousHash: row.previousHash,
    hash: row.hash,
  };
}

/**
 * Groups offender rows, already ordered by sequence and ordinal, into each record's list of identifiers.
 */
export function groupOffenders(rows: readonly Pick<AuditOffenderTable, 'sequence' | 'identifier'>[]) {
  const bySequence = new Map<number, string[]>();
  for (const { sequence, identifier } of rows) {
    const list = bySequence.get(sequence);
    if (list) list.push(identifier);
    else bySequence.set(sequence, [identifier]);
  }
  return bySequence;
}

function parseStringArray(text: string, column: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new MalformedAuditRow(`${column} is not valid JSON`);
  }
  if (Array.isArray(value) && value.every((item): item is string => typeof item === 'string')) return value;
  throw new MalformedAuditRow(`${column} is not a JSON array of strings`);
}
