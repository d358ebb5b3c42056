/** How an operation that touched personal data ended, as far as the caller is concerned. */
export const AUDIT_OUTCOMES = ['SUCCESS', 'PARTIAL', 'DENIED', 'ERROR', 'PENDING'] as const;

/**
 * SUCCESS: everything asked for was returned; PARTIAL: some fields were refused or failed; DENIED: nothing was
 * returned because access was refused; ERROR: the operation failed. PENDING marks an opening record: written
 * while the operation runs, naming who asked, why, for whom and which fields, before anything is returned; the
 * request's closing record (same requestId, one of the other outcomes) follows it. An opening record with no
 * closing record after it is a request whose gateway stopped before the closing record was written: the answer
 * may have been sent (auditing/openingRecord.ts says when the answer waits for the closing record).
 */
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/**
 * One person an operation consulted, by every identifier it showed for them, each in its canonical form (a PNC ID
 * in its long form): from the operation's arguments and from the identifiers in its answer (auditing/
 * peopleConsulted.ts). They let the data-protection officer find a person's consultations by any of the person's
 * identifiers, whichever one each look-up used.
 */
export interface AuditPerson {
  pncId: string | null;
  prisonNumber: string | null;
  croNumber: string | null;
}

/**
 * One consultation or disclosure of personal data, as the Data Protection Act 2018 s.62 asks it to be logged:
 * who (subject, agency), why (purpose), when (recordedAt) and what (offenders, fields), chained to the record
 * before it so that an edit or a deletion shows.
 */
export interface AuditRecord {
  /** Position in the log: 1, 2, 3… with no gaps; assigned by the store. */
  sequence: number;
  /** When the store wrote the record (ISO 8601, UTC); assigned by the store. */
  recordedAt: string;
  /** The gateway's identifier for the request, to join the audit record to the request's own logs. */
  requestId: string;
  /** Who consulted the data (the token's subject), or null when the caller could not be identified. */
  subject: string | null;
  /** The agency the subject acts for, as the token states it. */
  agency: string | null;
  /** The justification the caller gave for the operation. */
  purpose: string | null;
  /** The operation's name, when the document named it. */
  operationName: string | null;
  /** sha256 (hex) of the operation document, so the exact query can be matched later without storing it. */
  operationHash: string;
  /** Identifiers (PNC IDs, prison numbers) of the offenders whose records were returned, in the order given. */
  offenders: string[];
  /** The people the operation asked about or was shown, each by their identifiers (none for older records). */
  people: AuditPerson[];
  /** The subgraphs the gateway fetched from. */
  subgraphs: string[];
  /** The schema coordinates (Type.field) the operation read. */
  fields: string[];
  /** The schema coordinates (Type.field) the caller was refused. */
  denied: string[];
  /** How the operation ended. */
  outcome: AuditOutcome;
  /** The hash of the record before this one; 64 zeros for the first record. */
  previousHash: string;
  /** sha256 (hex) of the record's canonical serialisation, every field but this one included. */
  hash: string;
}

/** What the gateway hands the store: a record without the fields the store assigns when it chains it. */
export type AuditEntry = Omit<AuditRecord, 'sequence' | 'recordedAt' | 'previousHash' | 'hash'>;
