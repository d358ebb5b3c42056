import type { BookingTable } from '../store/pnomisTables';
import { movementError } from './movementErrors';

/** On what footing a person is received: the booking's status, and the admission reason P-Nomis records. */
export const ADMISSION_REASONS = {
  REMAND: 'Remanded by court',
  SENTENCED: 'Sentenced',
} as const satisfies Record<BookingTable['status'], string>;

/** Why a prisoner is moved to another prison, as the TransferReason enum names it, and the reason recorded. */
export const TRANSFER_REASONS = {
  ALLOCATION: 'Transfer: allocation',
  POPULATION_PRESSURE: 'Transfer: population pressure',
  CLOSER_TO_HOME: 'Transfer: closer to home',
  RESETTLEMENT: 'Transfer: resettlement before release',
  SECURITY: 'Transfer: security',
} as const;

/** A transfer reason, as the graph names it. */
export type TransferReason = keyof typeof TRANSFER_REASONS;

/** Why a prisoner is released, as the ReleaseReason enum names it: the reason recorded, and who may leave so. */
export const RELEASE_REASONS = {
  CONDITIONAL_RELEASE: { text: 'Conditional release', statuses: ['SENTENCED'] },
  HOME_DETENTION_CURFEW: { text: 'Home detention curfew', statuses: ['SENTENCED'] },
  END_OF_SENTENCE: { text: 'Sentence expired', statuses: ['SENTENCED'] },
  BAIL: { text: 'Released on bail', statuses: ['REMAND'] },
  DISCHARGED_BY_COURT: { text: 'Discharged by court', statuses: ['REMAND', 'SENTENCED'] },
} as const satisfies Record<string, { text: string; statuses: readonly BookingTable['status'][] }>;

/** A release reason, as the graph names it. */
export type ReleaseReason = keyof typeof RELEASE_REASONS;

/**
 * Refuses a release reason that does not fit how the person is held (RELEASE_REASON_NOT_ALLOWED): bail is for
 * someone on remand; conditional release, home detention curfew and the end of a sentence are for someone serving
 * one. A court may discharge either.
 */
export function requireReleaseReasonFor(reason: ReleaseReason, status: BookingTable['status']): void {
  const allowed: readonly string[] = RELEASE_REASONS[reason].statuses;
  if (!allowed.includes(status)) {
    throw movementError(
      'RELEASE_REASON_NOT_ALLOWED',
      `${reason} is not a release for a prisoner held ${status === 'REMAND' ? 'on remand' : 'under sentence'}`,
      'reason',
    );
  }
}
