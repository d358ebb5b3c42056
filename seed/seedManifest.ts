import type { StoreName } from './storeStreams';

/**
 * The manifest written next to the seeded stores: how the data was generated, how many rows each table got,
 * the data-quality faults injected on purpose (the ground truth for a discrepancy report: the generator makes
 * no other discrepancies) and sample people of each journey shape, untouched by faults.
 */

/** The kinds of injected data-quality fault. */
export const FAULT_KINDS = [
  'CONFISCATION_AMOUNT_MISMATCH',
  'CONFISCATION_DATE_MISMATCH',
  'CONFISCATION_PNC_MALFORMED',
  'CONFISCATION_PNC_OTHER_PERSON',
  'CONFISCATION_CASE_UNKNOWN',
  'CROWN_CASE_WITHOUT_MAGISTRATES_RECORD',
  'PNOMIS_PNC_MISSING',
] as const;

/** A kind of injected data-quality fault. */
export type FaultKind = (typeof FAULT_KINDS)[number];

/** The system whose record carries the fault. */
export type FaultSystem = 'CONFISCATION' | 'CROWN_COURT' | 'PNOMIS';

/** One injected fault. */
export interface SeedFault {
  /** F00001, F00002... in manifest order. */
  id: string;
  kind: FaultKind;
  system: FaultSystem;
  /**
   * The faulty record's key: an account number (CONFISCATION), the centre's court code and the case number
   * (CROWN_COURT, C13LS00/T20260001: each centre numbers its own cases) or a prison number (PNOMIS).
   */
  record: string;
  /** The field that is wrong, as named in the store's table type (camelCase). */
  field: string;
  /** The true value, as the court recorded it (amounts in pence, as strings). */
  courtValue: string | null;
  /** The value the faulty record holds instead; null when the field or record is missing. */
  recordedValue: string | null;
  /** The person's true PNC ID, or null when they have none. */
  pncId: string | null;
}

/** The options the data set was generated with. */
export interface SeedGeneratorInfo {
  seed: number;
  scale: number;
  asOf: string;
  faultRate: number;
  version: 1;
}

/** Sample people for tests and demonstrations, five of each shape where available. */
export interface SeedSamples {
  /** Sentenced prisoners in custody with a magistrates' case, a Crown case, visits and a confiscation order. */
  fullJourney: { pncId: string; prisonNumber: string }[];
  /** People known only to the magistrates' courts. */
  courtsOnly: { pncId: string }[];
  /** Remand prisoners with no PNC ID anywhere: found by prison number only. */
  remandPrisoner: { prisonNumber: string }[];
  /** Released people with a confiscation order. */
  releasedWithConfiscation: { pncId: string; prisonNumber: string }[];
}

/** The manifest of a seeded data set. */
export interface SeedManifest {
  generator: SeedGeneratorInfo;
  /** Rows written per table (SQL table names), of the stores written. */
  counts: Record<string, number>;
  faults: SeedFault[];
  samples: SeedSamples;
  /**
   * The stores written, when not all (a benchmark's data set for a workload that reads only these): the others
   * were left empty, so the faults and samples they would hold are in the plan only. Absent when all were written.
   */
  storesWritten?: StoreName[];
}
