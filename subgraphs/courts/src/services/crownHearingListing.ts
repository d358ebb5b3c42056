import { badUserInput } from '@lib/graphql/errors';
import { londonDateOf, londonTimeToIso } from '@lib/time/londonTime';
import type { CrownCaseResponseStore, CrownHearing } from '../store/crownCaseResponseStore';
import type { CrownCaseTable } from '../store/crownCourtTables';
import type { MagistratesTransferStore } from '../store/magistratesTransferStore';
import { type CaseFinder, findNamedCase, type NamedCrownCase } from './crownCaseNaming';
import { refusalIn } from './crownCaseResponses';
import { defendantPncIdOf } from './defendantPncId';
import { responseError } from './responseErrors';
import { requireListingDate } from './sendingRules';

/** The further hearings a Crown Court clerk lists after the first. */
export const FURTHER_HEARING_TYPES = ['PLEA_AND_TRIAL_PREPARATION', 'TRIAL', 'SENTENCE'] as const;

/** A request to list a further hearing of a case, as the caller named it; the date and time in London. */
export interface HearingListing extends NamedCrownCase {
  type: (typeof FURTHER_HEARING_TYPES)[number];
  hearingOn: string;
  /** HH:MM, from 09:00 to 17:00; default 10:00, the start of the court day. */
  time: string | null;
}

/** A hearing listed, or its outcome recorded, and whether the request repeated one already made. */
export interface HearingChanged {
  hearing: CrownHearing;
  crownCase: CrownCaseTable;
  repeated: boolean;
}

/** Outcomes only a magistrates' court records. */
const MAGISTRATES_ONLY = ['COMMITTED_TO_CROWN'];

function requireTime(time: string | null): string {
  if (time === null) return '10:00';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time) || time < '09:00' || time > '17:00') {
    throw badUserInput(`A hearing is listed from 09:00 to 17:00, as HH:MM; "${time}" is not`, 'time');
  }
  return time;
}

/**
 * Listing the Crown Court's further hearings (plea and trial preparation, trial, sentence) and recording each
 * hearing's outcome. Both are transitions of the Crown Court store (crownCaseResponseStore.ts), allowed only for
 * an acknowledged case; repeating one changes nothing.
 */
export function createCrownHearingListing(
  responses: CrownCaseResponseStore,
  crown: CaseFinder,
  magistrates: Pick<MagistratesTransferStore, 'caseForSending'>,
  now: () => Date,
) {
  async function requireCase(named: NamedCrownCase, argument: string): Promise<CrownCaseTable> {
    const found = await findNamedCase(crown, named);
    if (!found) {
      const where = named.crownCourtCode ? ` at ${named.crownCourtCode}` : '';
      throw responseError('CASE_NOT_FOUND', `There is no Crown Court case ${named.caseNumber}${where}`, {
        argument,
      });
    }
    return found;
  }

  return {
    async list(listing: HearingListing, by: string | null): Promise<HearingChanged> {
      const at = now().toISOString();
      const hearingOn = requireListingDate(listing.hearingOn, londonDateOf(at), 'hearingOn');
      const startsAt = londonTimeToIso(hearingOn, requireTime(listing.time));
      const crownCase = await requireCase(listing, 'caseNumber');
      const listed = await responses.listHearing(
        {
          caseCourtCode: crownCase.courtCode,
          caseNumber: crownCase.caseNumber,
          // Listed at the centre that holds the case.
          courtCode: crownCase.courtCode,
          type: listing.type,
          startsAt,
        },
        { madeBy: by, at },
        { defendantPncId: await defendantPncIdOf(crownCase, magistrates) },
      );
      if ('refused' in listed) {
        if (listed.refused === null) {
          throw responseError('CASE_NOT_FOUND', `There is no Crown Court case ${crownCase.caseNumber}`);
        }
        throw refusalIn(listed.refused, crownCase.caseNumber, 'have a hearing listed');
      }
      return { hearing: listed.hearing, crownCase, repeated: listed.repeated };
    },

    async recordOutcome(hearingId: number, outcome: string, by: string | null): Promise<HearingChanged> {
      if (MAGISTRATES_ONLY.includes(outcome)) {
        throw badUserInput(
          `${outcome} is recorded by a magistrates' court, not at a Crown Court hearing`,
          'outcome',
        );
      }
      const at = now().toISOString();
      const found = await responses.hearingById(hearingId);
      if (!found) {
        throw responseError('HEARING_NOT_FOUND', `There is no Crown Court hearing ${hearingId}`, {
          argument: 'hearingId',
        });
      }
      if (outcome !== 'VACATED' && found.startsAt > at) {
        throw responseError(
          'HEARING_NOT_YET_HELD',
          `The hearing is listed for ${found.startsAt}: only VACATED can be recorded before it starts`,
          { argument: 'outcome' },
        );
      }
      const recorded = await responses.recordOutcome(hearingId, outcome, { madeBy: by, at });
      const crownCase = await requireCase(
        { crownCourtCode: found.caseCourtCode, caseNumber: found.caseNumber },
        'hearingId',
      );
      if (recorded.hearing === null) {
        throw responseError('HEARING_NOT_FOUND', `There is no Crown Court hearing ${hearingId}`);
      }
      if (recorded.status !== 'ACKNOWLEDGED') {
        throw refusalIn(recorded.status, crownCase.caseNumber, 'have an outcome recorded');
      }
      if (!recorded.changed && recorded.hearing.outcome !== outcome) {
        throw responseError(
          'OUTCOME_ALREADY_RECORDED',
          `The hearing's outcome is already recorded as ${recorded.hearing.outcome ?? 'none'}`,
          { argument: 'outcome' },
        );
      }
      return { hearing: recorded.hearing, crownCase, repeated: !recorded.changed };
    },
  };
}

/** Listing Crown Court hearings and recording their outcomes. */
export type CrownHearingListing = ReturnType<typeof createCrownHearingListing>;
