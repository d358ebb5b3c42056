import type { Kysely, Selectable } from 'kysely';
import { isPersonIdentifierKind, PERSON_IDENTIFIER_KINDS } from '@lib/identifiers/personIdentifier';
import type { AuditPerson, AuditRecord } from './auditRecord';
import type { AuditIdentifierTable, AuditOffenderTable, AuditRecordTable, AuditTables } from './auditTables';

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

/** The audit_identifier rows that index a record by the people it consulted, each by their identifiers. */
export function toAuditIdentifierRows(record: AuditRecord): AuditIdentifierTable[] {
  return record.people.flatMap((person, index) =>
    PERSON_IDENTIFIER_KINDS.flatMap((kind) => {
      const value = person[kind];
      return value === null ? [] : [{ sequence: record.sequence, person: index, kind, value }];
    }),
  );
}

/** The rows a record's lists are kept in, outside its own row. */
export interface RecordLists {
  offenders: string[];
  identifiers: Pick<AuditIdentifierTable, 'person' | 'kind' | 'value'>[];
}

/**
 * Reads a record back from its row and its lists. Throws MalformedAuditRow when a list column was edited into
 * something that is not a JSON array of strings, or an identifier row into one of no known kind, which
 * verification reports as an alteration.
 */
export function fromAuditRows(row: Selectable<AuditRecordTable>, lists: RecordLists): AuditRecord {
  return {
    sequence: row.sequence,
    recordedAt: row.recordedAt,
    requestId: row.requestId,
    subject: row.subject,
    agency: row.agency,
    purpose: row.purpose,
    operationName: row.operationName,
    operationHash: row.operationHash,
    offenders: lists.offenders,
    people: peopleOf(lists.identifiers),
    subgraphs: parseStringArray(row.subgraphs, 'subgraphs'),
    fields: parseStringArray(row.fields, 'fields'),
    denied: parseStringArray(row.denied, 'denied'),
    outcome: row.outcome,
    previousHash: row.previousHash,
    hash: row.hash,
  };
}

/** The people of a record from its identifier rows, in the order of their numbers. */
function peopleOf(rows: RecordLists['identifiers']): AuditPerson[] {
  const byPerson = new Map<number, AuditPerson>();
  for (const { person, kind, value } of [...rows].sort((a, b) => a.person - b.person)) {
    if (!isPersonIdentifierKind(kind))
      throw new MalformedAuditRow(`identifier kind ${kind} is not one the log writes`);
    let entry = byPerson.get(person);
    if (!entry) {
      entry = { pncId: null, prisonNumber: null, croNumber: null };
      byPerson.set(person, entry);
    }
    entry[kind] = value;
  }
  return [...byPerson.values()];
}

/**
 * The lists of the records whose sequences are in [from, to], or in `sequences`: their offenders (in the order
 * given) and their people's identifiers, read in two queries whatever the number of records.
 */
export async function readRecordLists(
  db: Kysely<AuditTables>,
  sequences: { from: number; to: number } | readonly number[],
): Promise<(sequence: number) => RecordLists> {
  if (Array.isArray(sequences) && sequences.length === 0) return () => ({ offenders: [], identifiers: [] });
  const list = Array.isArray(sequences) ? (sequences as readonly number[]) : null;
  const { from, to } = list ? { from: 0, to: 0 } : (sequences as { from: number; to: number });
  const [offenderRows, identifierRows] = await Promise.all([
    db
      .selectFrom('auditOffender')
      .select(['sequence', 'identifier'])
      .where((eb) => (list ? eb('sequence', 'in', list) : eb.between('sequence', from, to)))
      .orderBy('sequence')
      .orderBy('ordinal')
      .execute(),
    db
      .selectFrom('auditIdentifier')
      .select(['sequence', 'person', 'kind', 'value'])
      .where((eb) => (list ? eb('sequence', 'in', list) : eb.between('sequence', from, to)))
      .execute(),
  ]);
  const lists = new Map<number, RecordLists>();
  const listsOf = (sequence: number) => {
    let entry = lists.get(sequence);
    if (!entry) {
      entry = { offenders: [], identifiers: [] };
      lists.set(sequence, entry);
    }
    return entry;
  };
  for (const { sequence, identifier } of offenderRows) listsOf(sequence).offenders.push(identifier);
  for (const { sequence, ...identifier } of identifierRows) listsOf(sequence).identifiers.push(identifier);
  return (sequence) => lists.get(sequence) ?? { offenders: [], identifiers: [] };
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
