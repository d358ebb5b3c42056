import type { AuditCheckpoint } from './auditCheckpoint';
import type { AuditOutcome } from './auditRecord';

/**
 * One audit record. The list columns hold JSON arrays of strings; the offenders live in audit_offender instead,
 * so that they can be indexed and so that an edit to that index breaks the record's hash too.
 */
export interface AuditRecordTable {
  sequence: number;
  recordedAt: string;
  requestId: string;
  subject: string | null;
  agency: string | null;
  purpose: string | null;
  operationName: string | null;
  operationHash: string;
  subgraphs: string;
  fields: string;
  denied: string;
  outcome: AuditOutcome;
  previousHash: string;
  hash: string;
}

/** One offender whose record an audited operation returned; `ordinal` keeps the order the gateway gave. */
export interface AuditOffenderTable {
  sequence: number;
  ordinal: number;
  identifier: string;
}

/**
 * One identifier of one person an audited operation consulted (AuditPerson): `person` numbers the people of the
 * record in the order given, `kind` is pncId, prisonNumber or croNumber and `value` its canonical form. Indexed by
 * value, for the data-protection officer's look-up of a person; covered by the record's hash, as offenders are.
 */
export interface AuditIdentifierTable {
  sequence: number;
  person: number;
  kind: string;
  value: string;
}

/**
 * The single row (id 1) naming the last record written and its hash. Appends lock it and update it in the same
 * transaction, which serialises writers and lets verification notice records removed from the end of the log.
 */
export interface AuditChainHeadTable {
  id: number;
  lastSequence: number;
  lastHash: string;
}

/**
 * A signed checkpoint of the chain, stored as it was signed (auditCheckpoint.ts): the MAC is made with a key held
 * outside this database, so that whoever can write here cannot vouch for a chain they rewrote.
 */
export type AuditCheckpointTable = AuditCheckpoint;

/** The audit log's tables. */
export interface AuditTables {
  auditRecord: AuditRecordTable;
  auditOffender: AuditOffenderTable;
  auditChainHead: AuditChainHeadTable;
  auditCheckpoint: AuditCheckpointTable;
  auditIdentifier: AuditIdentifierTable;
}
