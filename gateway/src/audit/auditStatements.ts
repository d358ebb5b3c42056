import type { Kysely } from 'kysely';
import { fixedStatement, insertStatementForRows, type Placeholders } from '@lib/store/fixedStatement';
import type {
  AuditCheckpointTable,
  AuditIdentifierTable,
  AuditOffenderTable,
  AuditRecordTable,
  AuditTables,
} from './auditTables';

// The statements of an append, built and compiled once (per power of two rows for the inserts): an append runs four
// of them for every batch of records, and Kysely took longer to build and compile each than SQLite to run it,
// on the path every answer carrying personal data waits on.

type NoValues = Record<string, never>;

/** The chain head, read under the write lock SQLite's BEGIN IMMEDIATE has already taken. */
export const selectChainHead = fixedStatement((db: Kysely<AuditTables>, _values: Placeholders<NoValues>) =>
  db.selectFrom('auditChainHead').select(['lastSequence', 'lastHash']).where('id', '=', 1),
);

/** The chain head, locked for the rest of the transaction (PostgreSQL: serialises the writers). */
export const selectChainHeadForUpdate = fixedStatement(
  (db: Kysely<AuditTables>, _values: Placeholders<NoValues>) =>
    db.selectFrom('auditChainHead').select(['lastSequence', 'lastHash']).where('id', '=', 1).forUpdate(),
);

/** Moves the chain head to the last record written. */
export const updateChainHead = fixedStatement(
  (db: Kysely<AuditTables>, values: Placeholders<{ lastSequence: number; lastHash: string }>) =>
    db
      .updateTable('auditChainHead')
      .set({ lastSequence: values.lastSequence, lastHash: values.lastHash })
      .where('id', '=', 1),
);

const RECORD_COLUMNS: readonly (keyof AuditRecordTable)[] = [
  'sequence',
  'recordedAt',
  'requestId',
  'subject',
  'agency',
  'purpose',
  'operationName',
  'operationHash',
  'subgraphs',
  'fields',
  'denied',
  'outcome',
  'previousHash',
  'hash',
];

/** Inserts audit_record rows. */
export const insertRecords = insertStatementForRows(
  RECORD_COLUMNS,
  (db: Kysely<AuditTables>, rows: readonly AuditRecordTable[]) => db.insertInto('auditRecord').values(rows),
);

/** Inserts audit_offender rows. */
export const insertOffenders = insertStatementForRows(
  ['sequence', 'ordinal', 'identifier'],
  (db: Kysely<AuditTables>, rows: readonly AuditOffenderTable[]) =>
    db.insertInto('auditOffender').values(rows),
);

/** Inserts audit_identifier rows. */
export const insertIdentifiers = insertStatementForRows(
  ['sequence', 'person', 'kind', 'value'],
  (db: Kysely<AuditTables>, rows: readonly AuditIdentifierTable[]) =>
    db.insertInto('auditIdentifier').values(rows),
);

/** The last checkpoint written, read under the chain's write lock to know when the next one is due. */
export const selectLastCheckpoint = fixedStatement(
  (db: Kysely<AuditTables>, _values: Placeholders<NoValues>) =>
    db
      .selectFrom('auditCheckpoint')
      .select(['sequence', 'everyRecords'])
      .orderBy('sequence', 'desc')
      .limit(1),
);

/** Inserts audit_checkpoint rows. */
export const insertCheckpoints = insertStatementForRows(
  ['sequence', 'previousSequence', 'headHash', 'recordedAt', 'everyRecords', 'keyId', 'mac'],
  (db: Kysely<AuditTables>, rows: readonly AuditCheckpointTable[]) =>
    db.insertInto('auditCheckpoint').values(rows),
);
