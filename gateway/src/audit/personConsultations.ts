import type { Kysely } from 'kysely';
import {
  isPersonIdentifierKind,
  pncIdForms,
  type PersonIdentifier,
  type PersonIdentifierKind,
} from '@lib/identifiers/personIdentifier';
import type { AuditRecord } from './auditRecord';
import { fromAuditRows, readRecordLists } from './auditRows';
import type { AuditTables } from './auditTables';

/** Options for a data-protection officer's look-up of one person's consultations. */
export interface ConsultationsOptions {
  /** How many records to return (default 100, at most 1,000). */
  limit?: number;
  /** Only records older than this sequence: pass the last sequence of one page to get the next. */
  beforeSequence?: number;
}

/** An identifier a look-up searched: the one asked for, or one the log links to it, and the forms matched. */
export interface SearchedIdentifier extends PersonIdentifier {
  /** 'asked': the identifier given; 'linked': one the log saw with it, for the same person. */
  how: 'asked' | 'linked';
  /** For a linked identifier, the identifier it was seen with. */
  linkedThrough: PersonIdentifier | null;
  /** The forms matched in the records (a PNC ID is matched in its long and short forms). */
  forms: string[];
}

/**
 * An identifier the log saw with one being searched but that the look-up did not follow: another value of a kind
 * already known for the person (two prison numbers, say), or several values of one kind at once. Following it
 * could bring in another person's records, so it is reported for the officer to look into instead.
 */
export interface IdentifierNotFollowed extends PersonIdentifier {
  seenWith: PersonIdentifier;
  reason: string;
}

/** One person's consultations, and how the person was found in the log. */
export interface PersonConsultations {
  searched: SearchedIdentifier[];
  notFollowed: IdentifierNotFollowed[];
  /** Newest first. */
  records: AuditRecord[];
}

/** Checks a page size: a whole number from 1 to 1000. */
export function checkLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new RangeError(`limit must be a whole number from 1 to 1000, got ${limit}`);
  }
}

/** The values an identifier may be written as where systems disclosed it (PNC IDs and prison numbers only). */
function disclosedForms(identifier: PersonIdentifier): string[] {
  if (identifier.kind === 'pncId') return pncIdForms(identifier.value);
  return identifier.kind === 'prisonNumber' ? [identifier.value] : [];
}

/**
 * The identifiers the log links to `start`: those seen for the same person (in one audited answer, or in the
 * arguments and answer of one operation) as it, then as those, and so on. One person has one value of each kind,
 * so a second value of a kind is never followed: it is reported instead (see IdentifierNotFollowed).
 */
async function linkedIdentifiers(
  db: Kysely<AuditTables>,
  start: PersonIdentifier,
): Promise<{ searched: SearchedIdentifier[]; notFollowed: IdentifierNotFollowed[] }> {
  const known = new Map<PersonIdentifierKind, SearchedIdentifier>([
    [start.kind, { ...start, how: 'asked', linkedThrough: null, forms: [] }],
  ]);
  const notFollowed: IdentifierNotFollowed[] = [];
  const ambiguous = new Set<PersonIdentifierKind>();
  const report = (kind: PersonIdentifierKind, value: string, seenWith: PersonIdentifier, reason: string) => {
    if (!notFollowed.some((earlier) => earlier.kind === kind && earlier.value === value)) {
      notFollowed.push({ kind, value, seenWith, reason });
    }
  };
  let frontier: PersonIdentifier[] = [start];
  while (frontier.length > 0) {
    const seen = await db
      .selectFrom('auditIdentifier as asked')
      .innerJoin('auditIdentifier as other', (join) =>
        join.onRef('other.sequence', '=', 'asked.sequence').onRef('other.person', '=', 'asked.person'),
      )
      .select(['asked.kind as askedKind', 'asked.value as askedValue', 'other.kind', 'other.value'])
      .distinct()
      .where((eb) =>
        eb.or(
          frontier.map(({ kind, value }) =>
            eb.and([eb('asked.kind', '=', kind), eb('asked.value', '=', value)]),
          ),
        ),
      )
      .orderBy('other.kind')
      .orderBy('other.value')
      .execute();
    const candidates = new Map<PersonIdentifierKind, { value: string; seenWith: PersonIdentifier }[]>();
    for (const row of seen) {
      if (!isPersonIdentifierKind(row.kind) || !isPersonIdentifierKind(row.askedKind)) continue;
      const seenWith = { kind: row.askedKind, value: row.askedValue };
      const already = known.get(row.kind);
      if (already) {
        if (already.value !== row.value) {
          report(
            row.kind,
            row.value,
            seenWith,
            `the person is already known by ${row.kind} ${already.value}`,
          );
        }
        continue;
      }
      const list = candidates.get(row.kind) ?? [];
      if (!list.some((candidate) => candidate.value === row.value)) list.push({ value: row.value, seenWith });
      candidates.set(row.kind, list);
    }
    frontier = [];
    for (const [kind, values] of candidates) {
      const [only, ...others] = values;
      if (only && others.length === 0 && !ambiguous.has(kind)) {
        known.set(kind, { kind, value: only.value, how: 'linked', linkedThrough: only.seenWith, forms: [] });
        frontier.push({ kind, value: only.value });
        continue;
      }
      // Once two values of a kind were seen for the person, neither is taken, however it comes back.
      ambiguous.add(kind);
      const reason = `more than one ${kind} was seen with the person's identifiers`;
      for (const { value, seenWith } of values) report(kind, value, seenWith, reason);
    }
  }
  const searched = [...known.values()].map((identifier) => ({
    ...identifier,
    forms: identifier.kind === 'pncId' ? pncIdForms(identifier.value) : [identifier.value],
  }));
  return { searched, notFollowed };
}

/** The records, by sequence, read back whole (with their lists), newest first. */
export async function readRecords(
  db: Kysely<AuditTables>,
  sequences: readonly number[],
): Promise<AuditRecord[]> {
  if (sequences.length === 0) return [];
  const [rows, listsOf] = await Promise.all([
    db.selectFrom('auditRecord').selectAll().where('sequence', 'in', sequences).execute(),
    readRecordLists(db, sequences),
  ]);
  return rows.map((row) => fromAuditRows(row, listsOf(row.sequence))).sort((a, b) => b.sequence - a.sequence);
}

/** What a look-up matches records by. */
export interface RecordsNamed {
  /** People consulted, by kind and canonical value (audit_identifier). */
  people: readonly PersonIdentifier[];
  /** Offenders disclosed, as the systems wrote them (audit_offender). */
  disclosed: readonly string[];
}

/**
 * The records that name any of the identifiers, newest first: through the people they consulted (audit_identifier)
 * or the offenders the subgraphs said they disclosed (audit_offender). Each index is read newest first up to the
 * limit, so a page costs two index range scans, however long the log.
 */
export async function recordsNaming(
  db: Kysely<AuditTables>,
  { people, disclosed }: RecordsNamed,
  { limit = 100, beforeSequence }: ConsultationsOptions = {},
): Promise<AuditRecord[]> {
  checkLimit(limit);
  const [fromPeople, fromDisclosures] = await Promise.all([
    people.length === 0
      ? []
      : db
          .selectFrom('auditIdentifier')
          .select('sequence')
          .distinct()
          .where((eb) =>
            eb.or(people.map(({ kind, value }) => eb.and([eb('kind', '=', kind), eb('value', '=', value)]))),
          )
          .$if(beforeSequence !== undefined, (query) => query.where('sequence', '<', beforeSequence ?? 0))
          .orderBy('sequence', 'desc')
          .limit(limit)
          .execute(),
    disclosed.length === 0
      ? []
      : db
          .selectFrom('auditOffender')
          .select('sequence')
          .distinct()
          .where('identifier', 'in', disclosed)
          .$if(beforeSequence !== undefined, (query) => query.where('sequence', '<', beforeSequence ?? 0))
          .orderBy('sequence', 'desc')
          .limit(limit)
          .execute(),
  ]);
  const sequences = [...new Set([...fromPeople, ...fromDisclosures].map((row) => row.sequence))]
    .sort((a, b) => b - a)
    .slice(0, limit);
  return withoutClosedOpenings(db, await readRecords(db, sequences));
}

/**
 * The records less the opening records (PENDING) whose request's closing record is in the log: the closing
 * record says all the opening one does, and how the request ended (auditing/openingRecord.ts). An opening record
 * with no closing record stays: its request's gateway stopped before writing one. A closing record is matched by
 * request, caller and operation, and comes after its opening record (a client may send a request id again).
 */
async function withoutClosedOpenings(
  db: Kysely<AuditTables>,
  records: AuditRecord[],
): Promise<AuditRecord[]> {
  const openings = records.filter((record) => record.outcome === 'PENDING');
  if (openings.length === 0) return records;
  const closings = await db
    .selectFrom('auditRecord')
    .select(['sequence', 'requestId', 'subject', 'operationHash'])
    .where('requestId', 'in', [...new Set(openings.map((record) => record.requestId))])
    .where('outcome', '<>', 'PENDING')
    .execute();
  const closes = (opening: AuditRecord) =>
    closings.some(
      (closing) =>
        closing.requestId === opening.requestId &&
        closing.subject === opening.subject &&
        closing.operationHash === opening.operationHash &&
        closing.sequence > opening.sequence,
    );
  return records.filter((record) => record.outcome !== 'PENDING' || !closes(record));
}

/**
 * A person's consultations, found by any of their identifiers: the one given, in any of its forms, and every one
 * the log links to it (linkedIdentifiers). Why the audit log links identifiers itself rather than asking the
 * systems who the person is: the gateway holds no domain data, asking the graph would itself be a consultation of
 * the person's records, and the systems' links change (a prison number is issued later, a record is merged) while
 * the log must answer for what was looked at then, by the identifiers then in use.
 */
export async function consultationsOfPerson(
  db: Kysely<AuditTables>,
  identifier: PersonIdentifier,
  options: ConsultationsOptions = {},
): Promise<PersonConsultations> {
  const { searched, notFollowed } = await linkedIdentifiers(db, identifier);
  const disclosed = [...new Set(searched.flatMap(disclosedForms))];
  return {
    searched,
    notFollowed,
    records: await recordsNaming(db, { people: searched, disclosed }, options),
  };
}
