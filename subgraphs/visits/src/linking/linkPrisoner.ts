import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import {
  type Actor,
  type BookingDependencies,
  moment,
  subjectOf,
  write,
} from '../booking/bookingDependencies';
import { actsAsStaff } from '../booking/visitAccess';
import { visitRefusal } from '../services/visitRefusal';
import { saveLinkUnit } from '../store/linkStatements';
import type { BookerLinkTable } from '../store/visitsTables';
import { prisonerNotMatched } from './bookerLinks';

/** What a member of the public states to link a prisoner to their booking account. */
export interface LinkPrisonerInput {
  prisonNumber: string;
  dateOfBirth: string;
  prisonCode: string;
}

/**
 * Links a prisoner to the caller's booking account once P-Nomis confirms that the prison number, date of birth
 * and prison name someone it holds there now. Every failure is PRISONER_NOT_MATCHED, reached by the same steps
 * (count the attempt, wait as the failures so far say, ask P-Nomis once), so that neither the answer nor its
 * timing tells an unknown number from a released prisoner or a wrong date of birth or prison. Failed attempts
 * are slowed and then refused per account and per prison number (linkAttempts.ts); an attempt that links, or
 * that P-Nomis could not answer, does not count.
 */
export async function linkPrisoner(
  dependencies: BookingDependencies,
  actor: Actor,
  input: LinkPrisonerInput,
): Promise<BookerLinkTable> {
  if (actsAsStaff(actor.caller)) {
    throw visitRefusal(
      'LINKING_NOT_FOR_STAFF',
      'Prison staff book visits for the prisoners of their caseload; only a booking account links prisoners',
    );
  }
  const bookingAccount = subjectOf(actor);
  const stated = {
    prisonNumber: requireIdentifier('prisonNumber', input.prisonNumber, 'prisonNumber'),
    dateOfBirth: input.dateOfBirth,
    prisonCode: requireIdentifier('prisonCode', input.prisonCode, 'prisonCode'),
  };
  const attempt = await dependencies.linkAttempts.begin(bookingAccount, stated.prisonNumber);
  let matches: boolean;
  try {
    matches = await dependencies.locator.confirmParticulars(stated, actor.credential);
  } catch (error) {
    await attempt.forgive();
    throw error;
  }
  if (!matches) throw prisonerNotMatched();
  await attempt.forgive();
  // The date of birth was only for P-Nomis to check: the visits store keeps no record of the prisoner.
  return write(
    dependencies,
    saveLinkUnit({
      bookingAccount,
      prisonNumber: stated.prisonNumber,
      prisonCode: stated.prisonCode,
      linkedAt: moment(dependencies).iso,
    }),
  );
}
