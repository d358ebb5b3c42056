import type { LearningTables } from '../learning/learningTables';
import type { Generated } from 'kysely';

/** A person known to P-Nomis, by prison number. */
export interface OffenderTable {
  prisonNumber: string;
  pncId: string | null;
  croNumber: string | null;
  firstName: string;
  lastName: string;
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
}

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
}

/** The P-Nomis store's tables, the education and skills record among them. */
export interface PnomisTables extends LearningTables {
  offender: OffenderTable;
  booking: BookingTable;
  movement: MovementTable;
  sentence: SentenceTable;
}
