import type { Scope } from './caller';

/** The access a kind of partner-agency caller is expected to hold. */
export interface AgencyProfile {
  /** The value of the token's `agency` claim. */
  agency: string;
  /** Who the callers are. */
  description: string;
  /** The scopes a token for this agency carries. */
  scopes: readonly Scope[];
  /**
   * Whether a token must carry a caseload: without one, prison staff would see every prison, so a token for
   * such an agency that lacks one is refused rather than read as unrestricted.
   */
  requiresCaseload: boolean;
  /**
   * Whether the agency is an outside partner, which may run only the operations it registered (trusted
   * documents); staff and analysts may send their own operations, within the gateway's limits.
   */
  partner: boolean;
}

/** The example agency profiles: the README documents them and the token script and tests issue them. */
export const AGENCY_PROFILES: readonly AgencyProfile[] = [
  {
    agency: 'offender-manager',
    description:
      'Probation offender managers, who follow a person through every system: the whole journey, read only.',
    scopes: ['courts:read', 'custody:read', 'visits:read', 'confiscation:read', 'education:read'],
    requiresCaseload: false,
    partner: false,
  },
  {
    agency: 'court-staff',
    description: 'Court and tribunal staff managing cases and hearings.',
    scopes: ['courts:read', 'courts:write', 'custody:read'],
    requiresCaseload: false,
    partner: false,
  },
  {
    agency: 'prison-staff',
    description: 'Prison staff, who see only the prisons of their caseload.',
    scopes: [
      'custody:read',
      'visits:read',
      'visits:book',
      'contacts:read',
      'education:read',
      'education:write',
    ],
    requiresCaseload: true,
    partner: false,
  },
  {
    agency: 'careers-service',
    description: 'Careers advisers supporting prisoners into education and work.',
    scopes: ['education:read'],
    requiresCaseload: false,
    partner: true,
  },
  {
    agency: 'financial-investigator',
    description: 'Financial investigators pursuing confiscation of the proceeds of crime.',
    scopes: ['courts:read', 'confiscation:read', 'confiscation:write'],
    requiresCaseload: false,
    partner: true,
  },
  {
    agency: 'public-visit-booker',
    description: 'The public visit-booking service, acting for friends and family of prisoners.',
    scopes: ['visits:book'],
    requiresCaseload: false,
    partner: true,
  },
  {
    agency: 'analyst',
    description: 'Analysts working with aggregate figures only.',
    scopes: ['aggregates:read', 'schema:introspect'],
    requiresCaseload: false,
    partner: false,
  },
  {
    agency: 'data-protection-officer',
    description: 'Data protection officers answering access requests and auditing use.',
    scopes: ['audit:read'],
    requiresCaseload: false,
    partner: false,
  },
];

const BY_AGENCY = new Map(AGENCY_PROFILES.map((profile) => [profile.agency, profile]));

/** The profile of an agency, or undefined for an agency with no example profile. */
export function findAgencyProfile(agency: string): AgencyProfile | undefined {
  return BY_AGENCY.get(agency);
}
