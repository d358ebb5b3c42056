import type { PurposeCode } from './accessPurposes';
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
  /**
   * The purposes its callers may state for reading personal data (accessPurposes.ts); any other is refused with
   * PURPOSE_NOT_ALLOWED. Empty for an agency that reads no personal data.
   */
  purposes: readonly PurposeCode[];
}

/** The example agency profiles: the README documents them and the token script and tests issue them. */
export const AGENCY_PROFILES: readonly AgencyProfile[] = [
  {
    agency: 'offender-manager',
    description:
      'Probation offender managers, who follow a person through every system: the whole journey, read only.',
    scopes: [
      'courts:read',
      'custody:read',
      'visits:read',
      'confiscation:read',
      'education:read',
      'education:released',
      'education:share',
      'events:subscribe',
    ],
    requiresCaseload: false,
    partner: false,
    purposes: [
      'SENTENCE_MANAGEMENT',
      'RELEASE_PLANNING',
      'CASE_PREPARATION',
      'SAFEGUARDING',
      'EDUCATION_AND_EMPLOYMENT',
    ],
  },
  {
    agency: 'court-staff',
    description: 'Court and tribunal staff managing cases and hearings.',
    scopes: ['courts:read', 'courts:write', 'custody:read', 'events:subscribe'],
    requiresCaseload: false,
    partner: false,
    purposes: ['CASE_PREPARATION', 'CASE_TRANSFER', 'HEARING_LISTING', 'SAFEGUARDING'],
  },
  {
    agency: 'prison-staff',
    description: 'Prison staff, who see only the prisons of their caseload.',
    scopes: [
      'custody:read',
      'custody:write',
      'visits:read',
      'visits:book',
      'contacts:read',
      'education:read',
      'education:write',
      'events:subscribe',
    ],
    requiresCaseload: true,
    partner: false,
    purposes: [
      'SENTENCE_MANAGEMENT',
      'RELEASE_PLANNING',
      'SAFEGUARDING',
      'VISIT_BOOKING',
      'EDUCATION_AND_EMPLOYMENT',
    ],
  },
  {
    agency: 'careers-service',
    description: 'Careers advisers supporting prisoners into education and work.',
    scopes: ['education:read', 'education:released', 'education:share', 'events:subscribe'],
    requiresCaseload: false,
    partner: true,
    purposes: ['EDUCATION_AND_EMPLOYMENT'],
  },
  {
    agency: 'employer',
    description:
      'Employers a released person has agreed, for a time, may see their qualifications and skills, and nothing else.',
    scopes: ['education:shared'],
    requiresCaseload: false,
    partner: true,
    purposes: ['RECRUITMENT'],
  },
  {
    agency: 'financial-investigator',
    description: 'Financial investigators pursuing confiscation of the proceeds of crime.',
    scopes: ['courts:read', 'confiscation:read', 'confiscation:write', 'events:subscribe'],
    requiresCaseload: false,
    partner: true,
    purposes: ['ENFORCEMENT', 'FINANCIAL_INVESTIGATION'],
  },
  {
    agency: 'public-visit-booker',
    description: 'The public visit-booking service, acting for friends and family of prisoners.',
    scopes: ['visits:book'],
    requiresCaseload: false,
    partner: true,
    purposes: ['VISIT_BOOKING'],
  },
  {
    agency: 'analyst',
    description: 'Analysts working with aggregate figures only.',
    scopes: ['aggregates:read', 'schema:introspect'],
    requiresCaseload: false,
    partner: false,
    purposes: [],
  },
  {
    agency: 'data-protection-officer',
    description: 'Data protection officers answering access requests and auditing use.',
    scopes: ['audit:read'],
    requiresCaseload: false,
    partner: false,
    purposes: ['SUBJECT_ACCESS_REQUEST', 'ACCESS_AUDIT'],
  },
];

const BY_AGENCY = new Map(AGENCY_PROFILES.map((profile) => [profile.agency, profile]));

/** The profile of an agency, or undefined for an agency with no example profile. */
export function findAgencyProfile(agency: string): AgencyProfile | undefined {
  return BY_AGENCY.get(agency);
}
