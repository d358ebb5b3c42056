import type { Generated } from 'kysely';

/** A prosecution case in the magistrates' courts system. */
export interface MagistratesCaseTable {
  urn: string;
  courtCode: string;
  defendantFirstName: string;
  defendantLastName: string;
  /** The names as the search by name compares them (lib/search/foldedName.ts): written with the names. */
  defendantFirstNameFolded: string;
  defendantLastNameFolded: string;
  defendantDateOfBirth: string;
  defendantPncId: string | null;
  defendantCroNumber: string | null;
  chargedOn: string;
  allocationDecision: 'SUMMARY_TRIAL' | 'CROWN_COURT_TRIAL' | null;
  bailStatus: 'UNCONDITIONAL_BAIL' | 'CONDITIONAL_BAIL' | 'REMANDED_IN_CUSTODY';
  outcome: string | null;
  /**
   * The Crown Court case the case was sent to, by the court code of the centre that holds it and its number there:
   * the only trace of the sending on this side.
   */
  sentToCrownCourtCode: string | null;
  sentToCrownCaseNumber: string | null;
}

/** An offence charged in a magistrates' case. */
export interface MagistratesOffenceTable {
  offenceId: Generated<number>;
  urn: string;
  sequence: number;
  code: string;
  wording: string;
  modeOfTrial: 'SUMMARY_ONLY' | 'EITHER_WAY' | 'INDICTABLE_ONLY';
  committedOn: string;
  plea: 'GUILTY' | 'NOT_GUILTY' | null;
  verdict: 'GUILTY' | 'NOT_GUILTY' | null;
}

/** A hearing of a magistrates' case. */
export interface MagistratesHearingTable {
  hearingId: Generated<number>;
  urn: string;
  courtCode: string;
  startsAt: string;
  type: string;
  outcome: string | null;
}

/** The kinds of document a magistrates' case file holds. */
export type CaseDocumentKind =
  | 'CHARGE_SHEET'
  | 'CASE_SUMMARY'
  | 'WITNESS_STATEMENT'
  | 'INTERVIEW_RECORD'
  | 'EXHIBIT_LIST'
  | 'PREVIOUS_CONVICTIONS'
  | 'SENDING_SHEET';

/**
 * A document of a magistrates' case file: its metadata. The bytes are in the magistrates' content-addressed store
 * under `sha256` (documents/documentContentStore.ts); the Crown Court reads them through the gateway, checked
 * against the checksum on the way out.
 */
export interface CaseDocumentTable {
  /** The URN and the document's place in the file, e.g. 01AB2345678-03. */
  documentId: string;
  urn: string;
  sequence: number;
  kind: CaseDocumentKind;
  title: string;
  author: string;
  createdAt: string;
  mediaType: string;
  sizeBytes: number;
  /** SHA-256 of the content, lower-case hex: the content's key in the content-addressed store. */
  sha256: string;
  /**
   * Bytes stored in the row before documents had a content store: moved to the store at start-up, then null.
   * Nothing reads it.
   */
  content: Uint8Array | null;
  /** Who added the document through the gateway (subject and agency); null for one that came with the police file. */
  addedBy: string | null;
  /** When the document joined the case file. */
  addedAt: string;
  /** 1 when it joined the file after the case was sent to the Crown Court (the file sent is frozen), else 0. */
  servedAfterSending: number;
}

/** The content of documents, by SHA-256, when the magistrates' store is on PostgreSQL (files on disk otherwise). */
export interface DocumentContentTable {
  sha256: string;
  sizeBytes: number;
  chunkCount: number;
  /**
   * When the content was last put (stored, or the same bytes uploaded again), by the database's clock: the sweep
   * of unreferenced content keeps what is younger than its grace period (documents/postgresContentSweep.ts).
   */
  storedAt: Generated<Date>;
}

/** One chunk of a document's content, in order of `chunkIndex`. */
export interface DocumentContentChunkTable {
  /** The content's SHA-256, or `pending-<id>` while an upload is still being written. */
  sha256: string;
  chunkIndex: number;
  bytes: Uint8Array;
}

/**
 * A single-use permission to upload one document to a case, issued to one caller for a few minutes. Only the
 * SHA-256 of the ticket is kept, so that the table does not hold live tickets.
 */
export interface DocumentUploadTicketTable {
  ticketHash: string;
  urn: string;
  kind: CaseDocumentKind;
  title: string;
  author: string;
  /** The caller it was issued to: `<agency>:<subject>`. */
  issuedTo: string;
  issuedAt: string;
  expiresAt: string;
  /** When an upload claimed it; a ticket is claimed once. */
  claimedAt: string | null;
}

/**
 * Where a transfer to the Crown Court stands: PENDING, then COMPLETED (sent); ABANDONED and ROLLED_BACK for one
 * given up; RETURNED or WITHDRAWN once the sending it completed was returned by the Crown Court or withdrawn.
 */
export type TransferStatus = 'PENDING' | 'COMPLETED' | 'ABANDONED' | 'ROLLED_BACK' | 'RETURNED' | 'WITHDRAWN';

/**
 * A sending that ended without the Crown Court keeping the case: returned by the Crown Court (wrong court, file
 * incomplete) or withdrawn by the magistrates' court before acknowledgement. The case is back on the
 * magistrates' list, with the reason, and can be sent again.
 */
export interface ClosedSendingTable {
  closedSendingId: Generated<number>;
  urn: string;
  crownCaseNumber: string;
  crownCourtCode: string;
  kind: 'RETURNED' | 'WITHDRAWN';
  reason: string;
  closedAt: string;
}

/**
 * A transfer of a case to the Crown Court: the outbox record written before anything reaches the Crown Court
 * store. COMPLETED (with the Crown Court case number) is the commit point of the transfer; ABANDONED means it
 * was given up and any Crown Court record it made must be removed; ROLLED_BACK, that this was done.
 */
export interface CrownTransferTable {
  transferId: string;
  urn: string;
  /** The magistrates' court sending the case. */
  committingCourtCode: string;
  crownCourtCode: string;
  sendingType: 'SENT_FOR_TRIAL' | 'COMMITTED_FOR_SENTENCE' | 'APPEAL';
  firstHearingOn: string;
  /** The caller's idempotency key; moved to the new transfer when a given-up one is retried. */
  idempotencyKey: string | null;
  requestedBy: string | null;
  requestedAt: string;
  status: TransferStatus;
  crownCaseNumber: string | null;
  updatedAt: string;
  /** Why the transfer was given up, if it was. */
  failure: string | null;
}

/** The magistrates' courts store's tables. */
export interface MagistratesTables {
  magistratesCase: MagistratesCaseTable;
  magistratesOffence: MagistratesOffenceTable;
  magistratesHearing: MagistratesHearingTable;
  caseDocument: CaseDocumentTable;
  documentContent: DocumentContentTable;
  documentContentChunk: DocumentContentChunkTable;
  documentUploadTicket: DocumentUploadTicketTable;
  crownTransfer: CrownTransferTable;
  closedSending: ClosedSendingTable;
}
