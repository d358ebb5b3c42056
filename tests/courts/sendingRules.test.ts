import { GraphQLError } from 'graphql';
import { caseNumberSeries, nextCaseNumber } from '../../subgraphs/courts/src/store/crownCaseNumbers';
import {
  checkEligibility,
  requireCrownCourt,
  requireFirstHearingDate,
} from '../../subgraphs/courts/src/services/sendingRules';

/** The extensions.code of the error a rule throws, or null when it lets the request through. */
function codeOf(rule: () => unknown): unknown {
  try {
    rule();
    return null;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return error.extensions.code;
  }
}

const offence = (
  modeOfTrial: 'SUMMARY_ONLY' | 'EITHER_WAY' | 'INDICTABLE_ONLY',
  plea: 'GUILTY' | null = null,
) => ({
  modeOfTrial,
  plea,
  verdict: null,
});

describe('the rules for sending a case', () => {
  it.each([
    ['SENT_FOR_TRIAL', [offence('SUMMARY_ONLY')], 'SUMMARY_ONLY_CASE'],
    ['SENT_FOR_TRIAL', [offence('SUMMARY_ONLY'), offence('EITHER_WAY')], null],
    ['SENT_FOR_TRIAL', [offence('INDICTABLE_ONLY')], null],
    ['COMMITTED_FOR_SENTENCE', [offence('EITHER_WAY')], 'NOT_CONVICTED'],
    ['COMMITTED_FOR_SENTENCE', [offence('SUMMARY_ONLY', 'GUILTY'), offence('EITHER_WAY')], 'NOT_CONVICTED'],
    ['COMMITTED_FOR_SENTENCE', [offence('EITHER_WAY', 'GUILTY')], null],
    ['COMMITTED_FOR_SENTENCE', [offence('SUMMARY_ONLY', 'GUILTY')], 'SUMMARY_ONLY_CASE'],
    ['APPEAL', [offence('SUMMARY_ONLY', 'GUILTY')], null],
    ['APPEAL', [offence('EITHER_WAY')], 'NOT_CONVICTED'],
  ] as const)('%s with %j: %s', (sendingType, offences, expected) => {
    expect(codeOf(() => checkEligibility('13AA0000001', sendingType, offences))).toBe(expected);
  });

  it('accepts only Crown Court centres of the register', () => {
    expect(codeOf(() => requireCrownCourt('C13LS00'))).toBeNull();
    expect(codeOf(() => requireCrownCourt('B13LS00'))).toBe('NOT_A_CROWN_COURT');
    expect(codeOf(() => requireCrownCourt('C99ZZ00'))).toBe('UNKNOWN_COURT');
  });

  it('accepts a first hearing on a weekday from the day of sending to a year ahead', () => {
    expect(codeOf(() => requireFirstHearingDate('2026-11-27', '2026-11-27'))).toBeNull();
    expect(codeOf(() => requireFirstHearingDate('2026-11-26', '2026-11-27'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => requireFirstHearingDate('2026-11-28', '2026-11-27'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => requireFirstHearingDate('2027-11-29', '2026-11-27'))).toBe('BAD_USER_INPUT');
  });
});

describe('Crown Court case numbers', () => {
  it('follow the prefix of the sending and the year of receipt, with a four-digit serial', () => {
    const trials = caseNumberSeries('C13LS00', 'SENT_FOR_TRIAL', '2026-11-27');
    expect(nextCaseNumber(trials, null)).toBe('T20260001');
    expect(nextCaseNumber(trials, 'T20260122')).toBe('T20260123');
    expect(nextCaseNumber(caseNumberSeries('C13LS00', 'COMMITTED_FOR_SENTENCE', '2027-01-04'), null)).toBe(
      'S20270001',
    );
    expect(nextCaseNumber(caseNumberSeries('C05LV00', 'APPEAL', '2026-03-01'), 'A20269998')).toBe(
      'A20269999',
    );
  });

  it('run out rather than overflow into the next year', () => {
    expect(
      nextCaseNumber(caseNumberSeries('C13LS00', 'SENT_FOR_TRIAL', '2026-11-27'), 'T20269999'),
    ).toBeNull();
  });
});
