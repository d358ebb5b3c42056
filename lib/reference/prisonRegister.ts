/** A prison establishment in the national prison register. */
export interface PrisonEntry {
  code: string;
  name: string;
  /** The operational capacity, used to spread the synthetic population realistically. */
  capacity: number;
}

/** Establishments of the prison register (codes as in ministryofjustice/prison-register), largest first. */
export const PRISON_REGISTER: readonly PrisonEntry[] = [
  { code: 'BWI', name: 'HMP Berwyn', capacity: 2100 },
  { code: 'OWI', name: 'HMP Oakwood', capacity: 2100 },
  { code: 'FWI', name: 'HMP Five Wells', capacity: 1680 },
  { code: 'PRI', name: 'HMP Parc', capacity: 1700 },
  { code: 'BMI', name: 'HMP Birmingham', capacity: 1450 },
  { code: 'WWI', name: 'HMP Wandsworth', capacity: 1600 },
  { code: 'HOI', name: 'HMP High Down', capacity: 1200 },
  { code: 'LEI', name: 'HMP Leeds', capacity: 1100 },
  { code: 'MDI', name: 'HMP Moorland', capacity: 1000 },
  { code: 'HMI', name: 'HMP Humber', capacity: 1060 },
  { code: 'DNI', name: 'HMP Doncaster', capacity: 1140 },
  { code: 'LPI', name: 'HMP Liverpool', capacity: 1000 },
  { code: 'MRI', name: 'HMP Manchester', capacity: 750 },
  { code: 'NMI', name: 'HMP Nottingham', capacity: 1060 },
  { code: 'PVI', name: 'HMP Pentonville', capacity: 1200 },
  { code: 'WSI', name: 'HMP Wormwood Scrubs', capacity: 1200 },
  { code: 'BXI', name: 'HMP Brixton', capacity: 800 },
  { code: 'BLI', name: 'HMP Bristol', capacity: 600 },
  { code: 'CFI', name: 'HMP Cardiff', capacity: 800 },
  { code: 'DMI', name: 'HMP Durham', capacity: 1000 },
  { code: 'EXI', name: 'HMP Exeter', capacity: 500 },
  { code: 'WDI', name: 'HMP Wakefield', capacity: 750 },
  { code: 'FSI', name: 'HMP Full Sutton', capacity: 600 },
  { code: 'WLI', name: 'HMP Wayland', capacity: 1000 },
  { code: 'LWI', name: 'HMP Lewes', capacity: 700 },
  { code: 'BFI', name: 'HMP Bedford', capacity: 500 },
  { code: 'WCI', name: 'HMP Winchester', capacity: 700 },
  { code: 'NWI', name: 'HMP Norwich', capacity: 750 },
  { code: 'LII', name: 'HMP Lincoln', capacity: 650 },
  { code: 'SWI', name: 'HMP Swansea', capacity: 450 },
] as const;

const BY_CODE = new Map(PRISON_REGISTER.map((prison) => [prison.code, prison]));

/** The register entry for an establishment code, or undefined when the register has no such prison. */
export function findPrison(code: string): PrisonEntry | undefined {
  return BY_CODE.get(code);
}
