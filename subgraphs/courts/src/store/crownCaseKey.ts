/**
 * What names a Crown Court case: the court code of the centre that holds it, and its case number there. Each centre
 * numbers its own cases by kind and year (T20260001 is the first trial case a centre received in 2026), so the same
 * number names a case at several centres.
 */
export interface CrownCaseKey {
  courtCode: string;
  caseNumber: string;
}

/** A case's key as one string (C13LS00/T20260001), for the per-request loaders and for maps. */
export function crownCaseKeyText(key: CrownCaseKey): string {
  return `${key.courtCode}/${key.caseNumber}`;
}

/** The key of the case a row names, whichever way its table spells the court code of the case. */
export function caseKeyOf(row: { caseCourtCode: string; caseNumber: string }): CrownCaseKey {
  return { courtCode: row.caseCourtCode, caseNumber: row.caseNumber };
}

/** The key a loader's string stands for (see crownCaseKeyText). */
export function crownCaseKeyFromText(text: string): CrownCaseKey {
  const [courtCode = '', caseNumber = ''] = text.split('/');
  return { courtCode, caseNumber };
}

/**
 * What a read of many cases' rows asks the store for: the court codes and the case numbers named, each once. The
 * rows of both lists are a seek on the key's columns; those of pairs not asked for are dropped by `onlyThoseAsked`.
 */
export function keyColumns(keys: readonly CrownCaseKey[]): { courtCodes: string[]; caseNumbers: string[] } {
  return {
    courtCodes: [...new Set(keys.map((key) => key.courtCode))],
    caseNumbers: [...new Set(keys.map((key) => key.caseNumber))],
  };
}

/** The rows that belong to one of the cases asked for. */
export function onlyThoseAsked<Row>(
  keys: readonly CrownCaseKey[],
  rows: readonly Row[],
  keyOf: (row: Row) => CrownCaseKey,
): Row[] {
  const asked = new Set(keys.map(crownCaseKeyText));
  return rows.filter((row) => asked.has(crownCaseKeyText(keyOf(row))));
}
