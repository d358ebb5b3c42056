import { GraphQLError } from 'graphql';
import { badUserInput } from '@lib/graphql/errors';
import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import type { CrownCaseKey } from '../store/crownCaseKey';
import type { CrownCaseTable } from '../store/crownCourtTables';
import type { CrownTransferStore } from '../store/crownTransferStore';

/**
 * A Crown Court case as a caller names it: its number, and the court code of the centre that holds it when they
 * give one. Each centre numbers its own cases, so a number alone names a case only while one centre holds it.
 */
export interface NamedCrownCase {
  caseNumber: string;
  crownCourtCode: string | null;
}

/** Where a caller named the case: the names of the number's and the court code's arguments, for the errors. */
export interface NamingArguments {
  caseNumber: string;
  crownCourtCode: string;
}

const ARGUMENTS: NamingArguments = { caseNumber: 'caseNumber', crownCourtCode: 'crownCourtCode' };

/** Checks the number and the court code (a Crown Court centre's C code) a caller named a case by. */
export function namedCrownCase(
  caseNumber: string,
  crownCourtCode: string | null | undefined,
  names: NamingArguments = ARGUMENTS,
): NamedCrownCase {
  const number = requireIdentifier('crownCourtCaseNumber', caseNumber, names.caseNumber);
  if (crownCourtCode === null || crownCourtCode === undefined)
    return { caseNumber: number, crownCourtCode: null };
  const code = requireIdentifier('courtCode', crownCourtCode, names.crownCourtCode);
  if (!code.startsWith('C')) {
    throw badUserInput(
      `${code} is a magistrates' court: a Crown Court case is held by a Crown Court centre (a C code)`,
      names.crownCourtCode,
    );
  }
  return { caseNumber: number, crownCourtCode: code };
}

/** The refusal of a number held at several centres, named without the centre: it names their court codes. */
export function caseNumberAmbiguous(
  caseNumber: string,
  courtCodes: readonly string[],
  names: NamingArguments = ARGUMENTS,
): GraphQLError {
  return new GraphQLError(
    `Case number ${caseNumber} is held by ${courtCodes.length} Crown Court centres (${courtCodes.join(', ')}): ` +
      `give the centre's court code as ${names.crownCourtCode}`,
    {
      extensions: {
        code: 'CASE_NUMBER_AMBIGUOUS',
        argument: names.crownCourtCode,
        crownCourtCodes: [...courtCodes],
      },
    },
  );
}

/**
 * The case a caller named, of the cases found: with the court code, the one at that centre; without it, the one
 * centre's case of that number, or a CASE_NUMBER_AMBIGUOUS refusal when several centres hold it. Null when none.
 */
export function caseNamed(
  named: NamedCrownCase,
  found: readonly CrownCaseTable[],
  names: NamingArguments = ARGUMENTS,
): CrownCaseTable | null {
  const candidates = found.filter(
    (crownCase) =>
      crownCase.caseNumber === named.caseNumber &&
      (named.crownCourtCode === null || crownCase.courtCode === named.crownCourtCode),
  );
  if (candidates.length > 1) {
    throw caseNumberAmbiguous(
      named.caseNumber,
      candidates.map((crownCase) => crownCase.courtCode).sort(),
      names,
    );
  }
  return candidates[0] ?? null;
}

/** The Crown Court store's reads that find a case as a caller names it. */
export type CaseFinder = Pick<CrownTransferStore, 'caseByKey' | 'casesByNumber'>;

/** Finds the case a caller named in the Crown Court store (see caseNamed); null when there is none. */
export async function findNamedCase(
  crown: CaseFinder,
  named: NamedCrownCase,
  names: NamingArguments = ARGUMENTS,
): Promise<CrownCaseTable | null> {
  if (named.crownCourtCode === null)
    return caseNamed(named, await crown.casesByNumber(named.caseNumber), names);
  const key: CrownCaseKey = { courtCode: named.crownCourtCode, caseNumber: named.caseNumber };
  return (await crown.caseByKey(key)) ?? null;
}
