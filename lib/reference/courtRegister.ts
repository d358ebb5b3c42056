/** A court centre in the court register. */
export interface CourtEntry {
  code: string;
  name: string;
  jurisdiction: 'MAGISTRATES' | 'CROWN';
}

/**
 * The court centres of each area: a magistrates' court (code B..) and the Crown Court location (code C..)
 * that receives its cases. Codes follow the OU code form B/C, two-digit area, two letters, 00.
 */
const AREAS: readonly { area: string; letters: string; town: string }[] = [
  { area: '01', letters: 'LO', town: 'Westminster' },
  { area: '01', letters: 'SK', town: 'Southwark' },
  { area: '03', letters: 'BM', town: 'Birmingham' },
  { area: '05', letters: 'LV', town: 'Liverpool' },
  { area: '06', letters: 'MN', town: 'Manchester' },
  { area: '13', letters: 'LS', town: 'Leeds' },
  { area: '14', letters: 'SF', town: 'Sheffield' },
  { area: '17', letters: 'NC', town: 'Newcastle' },
  { area: '20', letters: 'NT', town: 'Nottingham' },
  { area: '22', letters: 'BS', town: 'Bristol' },
  { area: '24', letters: 'CF', town: 'Cardiff' },
  { area: '26', letters: 'EX', town: 'Exeter' },
  { area: '30', letters: 'NR', town: 'Norwich' },
  { area: '33', letters: 'LE', town: 'Leicester' },
  { area: '36', letters: 'WN', town: 'Winchester' },
  { area: '40', letters: 'LW', town: 'Lewes' },
];

/** Every court centre in the register. */
export const COURT_REGISTER: readonly CourtEntry[] = AREAS.flatMap(({ area, letters, town }) => [
  { code: `B${area}${letters}00`, name: `${town} Magistrates' Court`, jurisdiction: 'MAGISTRATES' as const },
  { code: `C${area}${letters}00`, name: `${town} Crown Court`, jurisdiction: 'CROWN' as const },
]);

const BY_CODE = new Map(COURT_REGISTER.map((court) => [court.code, court]));

/** The register entry for a court code, or undefined when the register has no such court. */
export function findCourt(code: string): CourtEntry | undefined {
  return BY_CODE.get(code);
}

/** The Crown Court centre that receives cases sent from a magistrates' court (same area and town). */
export function crownCourtFor(magistratesCourtCode: string): CourtEntry | undefined {
  return findCourt(`C${magistratesCourtCode.slice(1)}`);
}
