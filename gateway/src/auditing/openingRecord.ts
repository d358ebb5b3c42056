import { canonicalPersonIdentifier, PERSON_IDENTIFIER_KINDS } from '@lib/identifiers/personIdentifier';
import type { AuditEntry, AuditPerson } from '../audit/auditRecord';

/**
 * When an answer may leave before its closing audit record is on disk.
 *
 * An operation that names people in its arguments gets an opening record (outcome PENDING) as its execution
 * starts: who asked, for which agency, why, which operation and fields, and whom it asked about. It is written
 * and synced while the subgraphs are fetched, so the answer does not wait for it. The closing record (how the
 * operation ended, which systems disclosed which identifiers, the identifiers the answer showed for each person)
 * is written when the answer is ready. The answer waits for the closing record to be on disk only when it names
 * someone the opening record does not: then the opening record alone would not say whose data left. Otherwise the
 * durable opening record already answers for the disclosure (DPA 2018 s.62: who consulted whose records, when and
 * why), and the closing record is written as the answer leaves; should the gateway stop in between, the log keeps
 * the opening record, PENDING, without the outcome and the further identifiers the answer showed for that person.
 */
export function closingNamesNoOneNew(opening: AuditEntry, closing: AuditEntry): boolean {
  const known = [...opening.people];
  if (!closing.people.every((person) => known.some((openingPerson) => samePerson(person, openingPerson)))) {
    return false;
  }
  // A disclosed identifier must be one of those people's (as the systems wrote it: canonical forms compared).
  const everyone = [...known, ...closing.people];
  return closing.offenders.every((identifier) =>
    PERSON_IDENTIFIER_KINDS.some((kind) => {
      const canonical = canonicalPersonIdentifier(kind, identifier);
      return canonical !== null && everyone.some((person) => person[kind] === canonical);
    }),
  );
}

/** Whether two people share an identifier and have no identifier of one kind that differs. */
function samePerson(a: AuditPerson, b: AuditPerson): boolean {
  let shared = false;
  for (const kind of PERSON_IDENTIFIER_KINDS) {
    const [first, second] = [a[kind], b[kind]];
    if (first === null || second === null) continue;
    if (first !== second) return false;
    shared = true;
  }
  return shared;
}
