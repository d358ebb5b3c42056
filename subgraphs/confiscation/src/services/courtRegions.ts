/** The HMCTS regions, as the CourtRegion enum names them. */
export type CourtRegion =
  'LONDON' | 'MIDLANDS' | 'NORTH_EAST' | 'NORTH_WEST' | 'SOUTH_EAST' | 'SOUTH_WEST' | 'WALES' | 'UNKNOWN';

/** Every region, in the order figures list them. */
export const COURT_REGIONS: readonly CourtRegion[] = [
  'LONDON',
  'MIDLANDS',
  'NORTH_EAST',
  'NORTH_WEST',
  'SOUTH_EAST',
  'SOUTH_WEST',
  'WALES',
  'UNKNOWN',
];

/**
 * The region of each area code in the court register (lib/reference/courtRegister.ts), as HMCTS groups them:
 * Yorkshire with the North East, the East of England with the South East.
 */
const REGION_OF_AREA: Readonly<Record<string, CourtRegion>> = {
  '01': 'LONDON', // Westminster, Southwark
  '03': 'MIDLANDS', // Birmingham
  '05': 'NORTH_WEST', // Liverpool
  '06': 'NORTH_WEST', // Manchester
  '13': 'NORTH_EAST', // Leeds
  '14': 'NORTH_EAST', // Sheffield
  '17': 'NORTH_EAST', // Newcastle
  '20': 'MIDLANDS', // Nottingham
  '22': 'SOUTH_WEST', // Bristol
  '24': 'WALES', // Cardiff
  '26': 'SOUTH_WEST', // Exeter
  '30': 'SOUTH_EAST', // Norwich
  '33': 'MIDLANDS', // Leicester
  '36': 'SOUTH_EAST', // Winchester
  '40': 'SOUTH_EAST', // Lewes
};

/** The region of a court, from the two-digit area of its code (B01LO00 -> 01 -> LONDON). */
export function regionOfCourt(courtCode: string): CourtRegion {
  return REGION_OF_AREA[courtCode.slice(1, 3)] ?? 'UNKNOWN';
}
