/** What the generator is asked for. */
export interface GenerateOptions {
  /** 1.0 is the national volume (DOMAIN.md); 0.01 is a hundredth of it. */
  scale: number;
  seed: number;
  /** The date the data set describes, YYYY-MM-DD: who is in custody then, and history before it. */
  asOf: string;
  /** Share of the eligible records of each fault kind that get that fault (default 0.02; 0 injects none). */
  faultRate?: number;
}

/** The defaults of the seed script and of the start script's seeding. */
export const DEFAULT_GENERATE_OPTIONS = {
  scale: 0.01,
  seed: 42,
  asOf: '2026-11-01',
  faultRate: 0.02,
} as const;

/** National volumes from DOMAIN.md and the brief, at scale 1.0. */
const NATIONAL = {
  prisonPopulation: 87_726,
  sentencedShare: 0.84,
  releasedInTwoYears: 20_000,
  crownNonCustodial: 12_000,
  magistratesCasesPerYear: 1_370_000,
  confiscationOrdersPerYear: 6_000,
  visitsPerYear: 1_500_000,
} as const;

/**
 * Floors that hold whatever the scale: at least four people of each shape, and enough sentenced and released
 * people and orders for five samples of each kind plus one fault of every kind on other people.
 */
const MINIMUM = { people: 4, sentenced: 20, released: 10, orders: 20 } as const;

/** How many people and records of each kind a data set has. */
export interface Volumes {
  sentenced: number;
  remand: number;
  released: number;
  crownNonCustodial: number;
  courtsOnly: number;
  confiscationOrders: number;
  visitsPerYear: number;
}

/** The volumes at a scale, rounded, with the floors applied. */
export function volumesFor(scale: number): Volumes {
  if (!(scale > 0) || scale > 2) throw new Error(`scale must be more than 0 and at most 2, got ${scale}`);
  const at = (national: number, floor: number): number => Math.max(floor, Math.round(national * scale));
  const sentenced = at(NATIONAL.prisonPopulation * NATIONAL.sentencedShare, MINIMUM.sentenced);
  const remand = at(NATIONAL.prisonPopulation * (1 - NATIONAL.sentencedShare), MINIMUM.people);
  const released = at(NATIONAL.releasedInTwoYears, MINIMUM.released);
  const crownNonCustodial = at(NATIONAL.crownNonCustodial, MINIMUM.people);
  const crownCases = sentenced + remand + released + crownNonCustodial;
  return {
    sentenced,
    remand,
    released,
    crownNonCustodial,
    courtsOnly: Math.max(MINIMUM.people, Math.round(NATIONAL.magistratesCasesPerYear * scale) - crownCases),
    confiscationOrders: at(NATIONAL.confiscationOrdersPerYear * 2, MINIMUM.orders),
    visitsPerYear: at(NATIONAL.visitsPerYear, 1),
  };
}
