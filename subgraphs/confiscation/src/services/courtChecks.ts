import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import { findCourt } from '@lib/reference/courtRegister';
import { enforcementError } from './enforcementErrors';

/**
 * A court code of the court register for a court of the kind an order names: the Crown Court that made it, or the
 * magistrates' court that enforces it. Malformed, BAD_USER_INPUT; not in the register, UNKNOWN_COURT; of the other
 * kind, NOT_A_CROWN_COURT or NOT_A_MAGISTRATES_COURT. Each names the argument.
 */
export function requireCourtOf(
  jurisdiction: 'CROWN' | 'MAGISTRATES',
  input: string,
  argument: string,
): string {
  const code = requireIdentifier('courtCode', input, argument);
  const court = findCourt(code);
  if (!court) {
    throw enforcementError('UNKNOWN_COURT', `${code} is not a court in the court register`, { argument });
  }
  if (court.jurisdiction !== jurisdiction) {
    throw jurisdiction === 'CROWN'
      ? enforcementError(
          'NOT_A_CROWN_COURT',
          `${code} is ${court.name}: a confiscation order is made by a Crown Court centre (a C code)`,
          { argument },
        )
      : enforcementError(
          'NOT_A_MAGISTRATES_COURT',
          `${code} is ${court.name}: a confiscation order is enforced by a magistrates' court (a B code)`,
          { argument },
        );
  }
  return code;
}
