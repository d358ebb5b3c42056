import type { LearningTables } from '../learning/learningTables';
import type { Generated } from 'kysely';

/** A person known to P-Nomis, by prison number. */
export interface OffenderTable {
  prisonNumber: string;
  pncId: string | null;
  croNumber: string | null;
  firstName: string;
  lastName: string;
  /** The names as the search by name and reception compare them (lib/search/foldedName.ts): written with them. */
  firstNameFolded: string;
  lastNameFolded: string;
  dateOfBirth: string;
}

/** A period in custody. `status` is REMAND or SENTENCED while active. */
export interface BookingTable {
  bookingId: number;
  bookingNumber: string;
  prisonNumber: string;
  prisonCode: string;
  active: number;
  inOutStatus: 'IN' | 'OUT';
  status: 'REMAND' | 'SENTENCED';
  beganOn: string;
  endedOn: string | null;
  admissionReason: string;
  releaseDate: string | null;
  /** The incentive level on this booking; a new booking starts on the standard level. */
  incentiveLevel: IncentiveLevel;
}

/** The incentive levels of the incentives scheme, lowest first. */
export type IncentiveLevel = 'BASIC' | 'STANDARD' | 'ENHANCED';

/** An external movement in or out of an establishment. */
export interface MovementTable {
  movementId: Generated<number>;
  bookingId: number;
  occurredAt: string;
  type: 'ADMISSION' | 'RELEASE' | 'TRANSFER' | 'COURT';
  direction: 'IN' | 'OUT';
  fromLocation: string;
  toLocation: string;
  reason: string;
  /** The key of the request that recorded it through the graph; null for a movement loaded from the system. */
  idempotencyKey: string | null;
}

/** A sentence served in a booking. */
export interface SentenceTable {
  sentenceId: Generated<number>;
  bookingId: number;
  calculationType: string;
  description: string;
  startDate: string;
  termMonths: number;
  conditionalReleaseDate: string;
  sentenceExpiryDate: string;
  crownCourtCaseNumber: string | null;
  /** The court code of the Crown Court centre whose case `crownCourtCaseNumber` is; null when not recorded. */
  crownCourtCode: string | null;
}

/**
 * One of a prisoner's social contacts (family and friends), as NOMIS records them: only those approved for visits
 * may be named on a visit. Ids are assigned by the system of record (the seed gives them), as booking ids are.
 */
export interface PrisonerContactTable {
  contactId: number;
  prisonNumber: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  /** In the prisoner's terms, for example Wife, Son or Friend. */
  relationship: string;
  /** 1 once the prison has approved the contact as a visitor (checks done); 0 until then, or if refused. */
  approvedVisitor: number;
}

/** The kinds of restriction on a contact that bear on visits. */
export type ContactRestrictionType = 'BAN' | 'CLOSED';

/** A restriction on a contact's visits over a period: a ban, or visits behind a screen only. */
export interface ContactRestrictionTable {
  restrictionId: Generated<number>;
  contactId: number;
  restrictionType: ContactRestrictionType;
  startsOn: string;
  /** The last day it applies; null while it has no end date. */
  endsOn: string | null;
}

/** The P-Nomis store's tables, the education and skills record among them. */
export interface PnomisTables extends LearningTables {
  offender: OffenderTable;
  booking: BookingTable;
  movement: MovementTable;
  sentence: SentenceTable;
  prisonerContact: PrisonerContactTable;
  contactRestriction: ContactRestrictionTable;
}
