import { refused } from '@lib/graphql/errors';
import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import { inCaseload, outsideCaseload } from '@lib/authorization/caseload';
import type { PnomisContext } from '../context';
import { requireHeldAt } from './learningRules';
import { requireHeldInCaseload } from '../services/heldInCaseload';

/** Today's date, the date against which "not in the future" and "not in the past" are judged. */
export const today = () => new Date().toISOString().slice(0, 10);

/** A reference to a prison entity by its code. */
export const prisonRef = (code: string) => ({ code });

/** The person P-Nomis knows by a prison number, or a PRISONER_NOT_FOUND refusal. */
export async function requirePrisoner(prisonNumberInput: string, context: PnomisContext): Promise<string> {
  const prisonNumber = requireIdentifier('prisonNumber', prisonNumberInput, 'prisonNumber');
  const record = await context.offenderByPrisonNumber.load(prisonNumber);
  if (!record) throw refused('PRISONER_NOT_FOUND', `P-Nomis holds no prisoner ${prisonNumber}`);
  return prisonNumber;
}

/**
 * The establishment where something is recorded: a well-formed code (BAD_USER_INPUT), in the caller's caseload
 * (OUTSIDE_CASELOAD), and one that has held the person (NOT_HELD_AT_PRISON). The person must be in the caseload
 * too (OUTSIDE_CASELOAD): staff of a prison that held them once record nothing for them after a transfer or a
 * release from another prison, as they no longer see their record.
 */
export async function requireEstablishment(
  prisonCodeInput: string,
  prisonNumber: string,
  context: PnomisContext,
): Promise<string> {
  const prisonCode = requireIdentifier('prisonCode', prisonCodeInput, 'prisonCode');
  if (!inCaseload(context.caller, prisonCode)) throw outsideCaseload();
  await requireHeldInCaseload(prisonNumber, context);
  requireHeldAt(await context.store.prisonsEverHeld(prisonNumber), prisonCode, prisonNumber);
  return prisonCode;
}
