import { findCourt } from '@lib/reference/courtRegister';
import { badUserInput } from '@lib/graphql/errors';
import type { CrownCaseTable } from '../store/crownCourtTables';
import type { MagistratesOffenceTable } from '../store/magistratesTables';
import { addDays, isWeekend } from '@lib/time/londonTime';
import { transferError } from './transferErrors';

type SendingType = CrownCaseTable['sendingType'];
type Offence = Pick<MagistratesOffenceTable, 'modeOfTrial' | 'plea' | 'verdict'>;

/** How far ahead the first Crown Court hearing may be listed: a date beyond is taken for a mistake. */
export const LISTING_HORIZON_DAYS = 366;

/** Checks that a court code names a Crown Court centre of the register; returns the centre. */
export function requireCrownCourt(code: string) {
  const court = findCourt(code);
  if (!court) {
    throw transferError('UNKNOWN_COURT', `${code} is not a court in the court register`, {
      argument: 'crownCourtCode',
    });
  }
  if (court.jurisdiction !== 'CROWN') {
    throw transferError(
      'NOT_A_CROWN_COURT',
      `${code} is ${court.name}, a magistrates' court: a case can only be sent to a Crown Court centre (a C code)`,
      { argument: 'crownCourtCode' },
    );
  }
  return court;
}

/** Checks the first Crown Court hearing date: a weekday from the day of sending up to a year ahead. */
export function requireFirstHearingDate(firstHearingOn: string, sentOn: string): string {
  return requireListingDate(firstHearingOn, sentOn, 'firstHearingOn', 'the day the case is sent');
}

/**
 * Checks the date a Crown Court hearing is listed for: a weekday from `today` (named `todayName` in the message)
 * up to a year ahead; a date beyond is taken for a mistake.
 */
export function requireListingDate(
  listedOn: string,
  today: string,
  argument: string,
  todayName = 'today',
): string {
  if (listedOn < today) {
    throw badUserInput(
      `The Crown Court hearing (${listedOn}) cannot be before ${todayName} (${today})`,
      argument,
    );
  }
  if (listedOn > addDays(today, LISTING_HORIZON_DAYS)) {
    throw badUserInput(
      `The Crown Court hearing (${listedOn}) is more than a year ahead; check the date`,
      argument,
    );
  }
  if (isWeekend(listedOn)) {
    throw badUserInput(
      `The Crown Court does not sit at weekends: ${listedOn} is a Saturday or Sunday`,
      argument,
    );
  }
  return listedOn;
}

const triableInCrownCourt = (offence: Offence) => offence.modeOfTrial !== 'SUMMARY_ONLY';
const convicted = (offence: Offence) => offence.plea === 'GUILTY' || offence.verdict === 'GUILTY';

/**
 * Whether a case may go to the Crown Court in this way. Sending for trial and committal for sentence need an
 * offence the Crown Court can try (either way or indictable only); a committal for sentence, like an appeal,
 * also needs a conviction in the magistrates' court to follow. An appeal lies against any conviction, summary
 * ones included.
 */
export function checkEligibility(urn: string, sendingType: SendingType, offences: readonly Offence[]): void {
  if (sendingType !== 'APPEAL' && !offences.some(triableInCrownCourt)) {
    throw transferError(
      'SUMMARY_ONLY_CASE',
      `Case ${urn} has only summary-only offences, which only a magistrates' court can try: it cannot be ${
        sendingType === 'SENT_FOR_TRIAL' ? 'sent for trial' : 'committed for sentence'
      } to the Crown Court`,
      { argument: 'urn' },
    );
  }
  const relevant = sendingType === 'APPEAL' ? offences : offences.filter(triableInCrownCourt);
  if (sendingType !== 'SENT_FOR_TRIAL' && !relevant.some(convicted)) {
    throw transferError(
      'NOT_CONVICTED',
      `Case ${urn} has no conviction${sendingType === 'APPEAL' ? '' : ' for an offence the Crown Court can try'}: there is nothing to ${
        sendingType === 'APPEAL' ? 'appeal against' : 'commit for sentence'
      }`,
      { argument: 'sendingType' },
    );
  }
}
