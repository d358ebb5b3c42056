import { generateJustice, type GeneratedJustice } from '../../seed/generateJustice';
import { crownCaseKeyText } from '../../subgraphs/courts/src/store/crownCaseKey';

/** The as-of date of the test data sets. */
export const AS_OF = '2026-11-01';

/** A day number (days since 1970-01-01) of a YYYY-MM-DD date, for date arithmetic in assertions. */
export function dayOf(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

const cache = new Map<string, GeneratedJustice>();

/** A generated data set, made once per test file for each scale and seed. */
export function generated(scale = 0.004, seed = 11, faultRate?: number): GeneratedJustice {
  const key = `${scale}|${seed}|${faultRate}`;
  let data = cache.get(key);
  if (!data) {
    data = generateJustice({ scale, seed, asOf: AS_OF, faultRate });
    cache.set(key, data);
  }
  return data;
}

/** Groups rows by a key. */
export function groupBy<Row, Key>(rows: readonly Row[], keyOf: (row: Row) => Key): Map<Key, Row[]> {
  const groups = new Map<Key, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Indexes rows by a unique key, failing on a duplicate. */
export function indexBy<Row, Key>(rows: readonly Row[], keyOf: (row: Row) => Key): Map<Key, Row> {
  const index = new Map<Key, Row>();
  for (const row of rows) {
    const key = keyOf(row);
    if (index.has(key)) throw new Error(`Duplicate key ${String(key)}`);
    index.set(key, row);
  }
  return index;
}

/** A Crown Court case's key as text (C13LS00/T20260001): each centre numbers its own cases. */
export const crownCaseKey = (crownCase: { courtCode: string; caseNumber: string }): string =>
  crownCaseKeyText(crownCase);
