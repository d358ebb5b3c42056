import {
  identifyPersonIdentifier,
  PERSON_IDENTIFIER_KINDS,
  readPersonIdentifier,
  type PersonIdentifier,
} from '@lib/identifiers/personIdentifier';

/** What a data-protection officer asked of GET /audit/consultations. */
export interface ConsultationsQuery {
  identifier: PersonIdentifier;
  limit: number;
  /** Only records older than this sequence (the next page). */
  beforeSequence?: number;
}

const LABELS = { pncId: 'a PNC ID', prisonNumber: 'a prison number', croNumber: 'a CRO number' } as const;
const FORMATS = {
  pncId: 'YYYY/NNNNNNNC or YY/NNNNNNNC',
  prisonNumber: 'A1234BC',
  croNumber: 'NNNNNN/YYC or SFYY/NNNNNNC',
};

/**
 * Reads the person asked about: ?pncId=, ?prisonNumber= or ?croNumber=, or ?identifier= for any of them, whose
 * kind is then worked out. A PNC ID and a CRO number can share a shape (10/26E is both), and looking up the
 * wrong kind would show another person's records, so such an identifier must be given by kind.
 */
function readIdentifier(params: URLSearchParams): PersonIdentifier | string {
  const given = (['identifier', ...PERSON_IDENTIFIER_KINDS] as const).filter((name) => params.has(name));
  const [name] = given;
  if (!name || given.length > 1) {
    return 'Give the person as exactly one of ?pncId=, ?prisonNumber=, ?croNumber= or ?identifier=';
  }
  const input = params.get(name) ?? '';
  if (name !== 'identifier') {
    const reading = readPersonIdentifier(name, input);
    return reading.valid ? { kind: name, value: reading.canonical } : reading.reason;
  }
  const { found, reasons } = identifyPersonIdentifier(input);
  if (found.length === 1 && found[0]) return found[0];
  if (found.length > 1) {
    const readings = found.map(({ kind, value }) => `${LABELS[kind]} (${value})`).join(' and ');
    return `"${input}" is valid both as ${readings}: give it as ${found.map(({ kind }) => `?${kind}=`).join(' or ')}`;
  }
  // A PNC ID or CRO number with the wrong check character says so, rather than "not an identifier".
  const checked = reasons.find((reason) => reason.includes('check character'));
  const kinds = PERSON_IDENTIFIER_KINDS.map((kind) => `${LABELS[kind]} (${FORMATS[kind]})`);
  return checked ?? `"${input}" is not ${kinds.join(', ')}`;
}

/** Reads the query string, or says what is wrong with it (a BAD_USER_INPUT answer). */
export function readConsultationsQuery(url: URL): ConsultationsQuery | { problem: string } {
  const identifier = readIdentifier(url.searchParams);
  if (typeof identifier === 'string') return { problem: identifier };
  const limit = Number(url.searchParams.get('limit') ?? 100);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    return { problem: 'limit must be a whole number from 1 to 1000' };
  }
  const before = url.searchParams.get('before');
  if (before === null) return { identifier, limit };
  const beforeSequence = Number(before);
  if (!Number.isInteger(beforeSequence) || beforeSequence < 1) {
    return { problem: 'before must be the sequence of a record (a whole number from 1)' };
  }
  return { identifier, limit, beforeSequence };
}
