import { COURT_REGISTER } from '@lib/reference/courtRegister';
import { foldedDefendantNames } from '../../subgraphs/courts/src/store/foldedDefendantNames';
import { type Day, formatDay, formatInstant } from '../calendar';
import type { IdentifierKeys } from '../identifiers';
import { chargeOffence } from '../offences';
import { makePerson, type Person } from '../people';
import { chance, intBetween, pick, seededFaker, STREAM } from '../random';
import type { MagistratesRows } from '../rows/rowTypes';
import { hearing } from './courtPath';
import { urnForCase } from './journeyContext';
import type { ModeOfTrial, PlannedHearing } from './journeyTypes';

/** Courts-only people are made a thousand at a time, each thousand from its own random stream. */
export const COURTS_ONLY_CHUNK = 1000;

const MAGISTRATES_COURTS = COURT_REGISTER.filter((court) => court.jurisdiction === 'MAGISTRATES');
const FINAL_OUTCOMES = ['FINE', 'FINE', 'FINE', 'COMMUNITY_ORDER', 'DISCHARGE'] as const;

/** Where the courts-only people sit among all people, and the data set's settings. */
export interface CourtsOnlySpec {
  seed: number;
  asOf: Day;
  identifierKeys: IdentifierKeys;
  firstPosition: number;
  count: number;
}

/** A courts-only case's rows, and the person it is about. */
export interface CourtsOnlyCase {
  person: Person;
  rows: MagistratesRows;
}

/**
 * The courts-only cases of one chunk: charged in the year before the as-of date with summary-only offences or
 * either-way ones tried summarily; fined, given a community order or discharged on a guilty plea or after a
 * trial, or still adjourned. Always on bail, never in prison.
 */
export function courtsOnlyChunk(spec: CourtsOnlySpec, chunk: number): CourtsOnlyCase[] {
  const faker = seededFaker(spec.seed, STREAM.courtsOnly, chunk);
  const cases: CourtsOnlyCase[] = [];
  const end = Math.min(spec.count, (chunk + 1) * COURTS_ONLY_CHUNK);
  for (let index = chunk * COURTS_ONLY_CHUNK; index < end; index += 1) {
    const position = spec.firstPosition + index;
    const court = pick(faker, MAGISTRATES_COURTS);
    const place = court.name.replace(" Magistrates' Court", '');
    const modeOfTrial: ModeOfTrial = chance(faker, 0.6) ? 'SUMMARY_ONLY' : 'EITHER_WAY';
    const pending = chance(faker, 0.2);
    const chargedOn: Day = spec.asOf - (pending ? intBetween(faker, 3, 120) : intBetween(faker, 3, 365));
    const person = makePerson(
      faker,
      { position, firstInvolved: chargedOn, asOf: spec.asOf, maleShare: 0.75, recorded: true },
      spec.identifierKeys,
    );
    const firstAppearance = Math.min(chargedOn + intBetween(faker, 1, 28), spec.asOf - 1);
    const guiltyPlea = !pending && chance(faker, 0.7);
    const hearings: PlannedHearing[] = [];
    let outcome: string = pending ? 'ADJOURNED' : pick(faker, FINAL_OUTCOMES);
    let verdict: 'GUILTY' | null = null;
    if (guiltyPlea) {
      hearings.push(hearing(faker, firstAppearance, 'FIRST_APPEARANCE', outcome, court.code));
    } else {
      hearings.push(hearing(faker, firstAppearance, 'FIRST_APPEARANCE', 'ADJOURNED', court.code));
      const trialDay = firstAppearance + intBetween(faker, 28, 120);
      if (!pending && trialDay < spec.asOf) {
        hearings.push(hearing(faker, trialDay, 'TRIAL', outcome, court.code));
        verdict = 'GUILTY';
      } else outcome = 'ADJOURNED';
    }
    const plea = guiltyPlea ? 'GUILTY' : pending && chance(faker, 0.3) ? null : 'NOT_GUILTY';
    const urn = urnForCase(faker, position, court.code, spec.identifierKeys);
    const offenceCount = chance(faker, 0.7) ? 1 : chance(faker, 0.75) ? 2 : 3;
    cases.push({
      person,
      rows: {
        magistratesCase: [
          {
            urn,
            courtCode: court.code,
            defendantFirstName: person.firstName,
            defendantLastName: person.lastName,
            ...foldedDefendantNames({
              defendantFirstName: person.firstName,
              defendantLastName: person.lastName,
            }),
            defendantDateOfBirth: formatDay(person.dateOfBirth),
            defendantPncId: person.pncId,
            defendantCroNumber: person.croNumber,
            chargedOn: formatDay(chargedOn),
            allocationDecision: modeOfTrial === 'EITHER_WAY' && plea !== null ? 'SUMMARY_TRIAL' : null,
            bailStatus: chance(faker, 0.7) ? 'UNCONDITIONAL_BAIL' : 'CONDITIONAL_BAIL',
            outcome,
            sentToCrownCourtCode: null,
            sentToCrownCaseNumber: null,
          },
        ],
        magistratesOffence: Array.from({ length: offenceCount }, (_, sequence) => {
          const offence = chargeOffence(faker, sequence === 0 ? modeOfTrial : 'SUMMARY_ONLY', place);
          return {
            urn,
            sequence: sequence + 1,
            code: offence.code,
            wording: offence.wording,
            modeOfTrial: offence.modeOfTrial,
            committedOn: formatDay(chargedOn - intBetween(faker, 0, 30)),
            plea,
            verdict,
          };
        }),
        magistratesHearing: hearings.map((planned) => ({
          urn,
          courtCode: planned.courtCode,
          startsAt: formatInstant(planned.day, planned.minute),
          type: planned.type,
          outcome: planned.outcome,
        })),
      },
    });
  }
  return cases;
}
