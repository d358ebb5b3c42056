import { readPncId } from '@lib/identifiers/pncId';

/** A person as the courts recorded them on a case. */
export interface RecordedPerson {
  firstName: string | null;
  lastName: string | null;
  dateOfBirth: string | null;
}

/** What the courts know that bears on who an order concerns. */
export interface IdentityFacts {
  /** The PNC ID keyed into the order, as keyed (perhaps malformed). */
  keyedPncId: string | null;
  caseNumber: string;
  /** The Crown Court defendant of the case that made the order, with the PNC ID the case shows for them. */
  defendant: RecordedPerson & { pncId: string | null };
  /** The PNC IDs of every defendant the courts record with the defendant's name and date of birth. */
  namesakePncIds: readonly string[];
  /** Whom the keyed PNC ID belongs to in the courts, when it is valid and known. */
  keyedOwner: RecordedPerson | null;
  /** Whether the court recorded, in the case, an order of the amount and date keyed into the order. */
  courtOrderMatches: boolean;
}

type EvidenceKind =
  | 'CASE_DEFENDANT'
  | 'NAME_AND_BIRTH_DATE'
  | 'KEYED_PNC_MISTYPED'
  | 'KEYED_PNC_OTHER_PERSON'
  | 'COURT_ORDER_MATCHES';

interface Evidence {
  kind: EvidenceKind;
  supports: boolean;
  description: string;
  /** Percentage points it adds to (or takes from) the confidence. */
  weight: number;
}

/** The probable defendant, as the ProbableDefendant type shows them. */
export interface ProbableDefendant extends RecordedPerson {
  pncId: string;
  confidencePercent: number;
  confidence: 'HIGH' | 'MEDIUM' | 'LOW';
  evidence: { kind: EvidenceKind; supports: boolean; description: string }[];
}

function named(person: RecordedPerson): string {
  const name =
    [person.firstName, person.lastName].filter(Boolean).join(' ') || 'a defendant with no name recorded';
  return person.dateOfBirth ? `${name}, born ${person.dateOfBirth}` : name;
}

function samePerson(a: RecordedPerson, b: RecordedPerson): boolean {
  const fold = (text: string | null) => text?.trim().toLowerCase() ?? '';
  return (
    fold(a.lastName) === fold(b.lastName) &&
    fold(a.firstName) === fold(b.firstName) &&
    a.dateOfBirth === b.dateOfBirth
  );
}

/** Whether a keyed PNC ID is the candidate's with one character mistyped, in the long or the short form. */
function oneCharacterOff(keyed: string, candidate: string): boolean {
  const short = candidate.slice(2);
  return [candidate, short].some(
    (form) =>
      form.length === keyed.length &&
      [...form].filter((character, index) => character !== keyed[index]).length === 1,
  );
}

/**
 * Who an order probably concerns when its keyed PNC ID is not the Crown Court defendant's: the defendant of the
 * case that made it (their PNC ID from the case, or, when the case shows none, the one PNC ID the courts record
 * under their name and date of birth), with the evidence weighed into a confidence. Null when the order already
 * names the defendant, or nobody can be found.
 */
export function probableDefendantOf(facts: IdentityFacts): ProbableDefendant | null {
  const keyed = facts.keyedPncId ? readPncId(facts.keyedPncId) : null;
  const keyedCanonical = keyed?.valid ? keyed.canonical : null;
  const onlyNamesake = facts.namesakePncIds.length === 1 ? (facts.namesakePncIds[0] ?? null) : null;
  const pncId = facts.defendant.pncId ?? onlyNamesake;
  if (pncId === null || pncId === keyedCanonical) return null;
  const who = named(facts.defendant);
  const evidence: Evidence[] = [
    facts.defendant.pncId
      ? {
          kind: 'CASE_DEFENDANT',
          supports: true,
          weight: 50,
          description: `Crown Court case ${facts.caseNumber} names ${who}, PNC ID ${pncId}`,
        }
      : {
          kind: 'CASE_DEFENDANT',
          supports: true,
          weight: 30,
          description: `Crown Court case ${facts.caseNumber} names ${who}, with no PNC ID`,
        },
  ];
  const others = facts.namesakePncIds.filter((other) => other !== pncId);
  if (others.length > 0) {
    evidence.push({
      kind: 'NAME_AND_BIRTH_DATE',
      supports: false,
      weight: -25,
      description: `The courts also record ${who} under PNC ID ${others.join(', ')}`,
    });
  } else if (facts.namesakePncIds.includes(pncId)) {
    evidence.push({
      kind: 'NAME_AND_BIRTH_DATE',
      supports: true,
      weight: 20,
      description: `Every court case naming ${who} gives PNC ID ${pncId}`,
    });
  }
  if (facts.keyedPncId && !keyedCanonical && oneCharacterOff(facts.keyedPncId.trim().toUpperCase(), pncId)) {
    evidence.push({
      kind: 'KEYED_PNC_MISTYPED',
      supports: true,
      weight: 20,
      description: `The keyed PNC ID ${facts.keyedPncId} fails its check and differs from ${pncId} in one character`,
    });
  }
  if (facts.keyedOwner) {
    const same = samePerson(facts.keyedOwner, facts.defendant);
    evidence.push(
      same
        ? {
            kind: 'KEYED_PNC_OTHER_PERSON',
            supports: false,
            weight: -20,
            description: `The keyed PNC ID ${keyedCanonical ?? ''} is recorded for ${named(facts.keyedOwner)} too: perhaps one person under two PNC IDs`,
          }
        : {
            kind: 'KEYED_PNC_OTHER_PERSON',
            supports: true,
            weight: 20,
            description: `The keyed PNC ID ${keyedCanonical ?? ''} belongs to ${named(facts.keyedOwner)}, not the defendant in case ${facts.caseNumber}`,
          },
    );
  }
  if (facts.courtOrderMatches) {
    evidence.push({
      kind: 'COURT_ORDER_MATCHES',
      supports: true,
      weight: 10,
      description: `The court recorded in case ${facts.caseNumber} an order of the same amount and date`,
    });
  }
  const confidencePercent = Math.min(
    99,
    Math.max(
      1,
      evidence.reduce((total, item) => total + item.weight, 0),
    ),
  );
  return {
    pncId,
    firstName: facts.defendant.firstName,
    lastName: facts.defendant.lastName,
    dateOfBirth: facts.defendant.dateOfBirth,
    confidencePercent,
    confidence: confidencePercent >= 80 ? 'HIGH' : confidencePercent >= 50 ? 'MEDIUM' : 'LOW',
    evidence: evidence
      .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
      .map(({ kind, supports, description }) => ({ kind, supports, description })),
  };
}
