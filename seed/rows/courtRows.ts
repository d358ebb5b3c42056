import { formatDay, formatInstant } from '../calendar';
import { caseFileDocuments, type CaseSending } from '../caseFiles/caseFileDocuments';
import { COURTS_ONLY_CHUNK, courtsOnlyChunk } from '../journeys/courtsOnlyCases';
import type { Journey, PlannedHearing } from '../journeys/journeyTypes';
import { chargeOffence } from '../offences';
import type { JusticePlan } from '../planJustice';
import { findCourt } from '@lib/reference/courtRegister';
import { foldedDefendantNames } from '../../subgraphs/courts/src/store/foldedDefendantNames';
import { chance, intBetween, seededFaker, STREAM } from '../random';
import type { CrownCourtRows, MagistratesRows } from './rowTypes';

function hearingRow(planned: PlannedHearing) {
  return {
    courtCode: planned.courtCode,
    startsAt: formatInstant(planned.day, planned.minute),
    type: planned.type,
    outcome: planned.outcome,
  };
}

/** The defendant columns, the same in both court systems, the folded names with the names as the stores write them. */
function defendantOf(journey: Journey) {
  const { person } = journey;
  const names = { defendantFirstName: person.firstName, defendantLastName: person.lastName };
  return {
    ...names,
    ...foldedDefendantNames(names),
    defendantDateOfBirth: formatDay(person.dateOfBirth),
    defendantPncId: person.pncId,
    defendantCroNumber: person.croNumber,
  };
}

/** A case's rows with its case file added: every magistrates' case is written with its documents. */
function withCaseFile(rows: MagistratesRows, sending: CaseSending | null): MagistratesRows {
  const [found] = rows.magistratesCase ?? [];
  if (!found) return rows;
  const documents = caseFileDocuments(
    { ...found, defendantPncId: found.defendantPncId ?? null },
    rows.magistratesOffence ?? [],
    sending,
  );
  return { ...rows, caseDocument: documents };
}

/**
 * The magistrates' store's rows: each Crown case's magistrates' case (left out where a
 * CROWN_CASE_WITHOUT_MAGISTRATES_RECORD fault says so), then the courts-only cases a chunk at a time, each with
 * its case file (a sent case's with its sending sheet).
 * Pleas follow the sending: guilty on a committal for sentence, not guilty on an either-way case sent for trial,
 * none taken on an indictable-only one; verdicts are the Crown Court's business.
 */
export function* magistratesRowGroups(plan: JusticePlan): Generator<MagistratesRows> {
  const faker = seededFaker(plan.options.seed, STREAM.magistrates);
  for (const journey of plan.journeys) {
    if (journey.fault?.kind === 'CROWN_CASE_WITHOUT_MAGISTRATES_RECORD') continue;
    const { magistrates, crown } = journey;
    const place = (findCourt(magistrates.courtCode)?.name ?? '').replace(" Magistrates' Court", '');
    const plea =
      crown.sendingType === 'COMMITTED_FOR_SENTENCE'
        ? 'GUILTY'
        : magistrates.modeOfTrial === 'EITHER_WAY'
          ? 'NOT_GUILTY'
          : null;
    const offenceCount = chance(faker, 0.6) ? 1 : intBetween(faker, 2, 3);
    const sending: CaseSending = {
      crownCaseNumber: crown.caseNumber,
      crownCourtCode: crown.courtCode,
      sendingType: crown.sendingType,
      sentOn: formatDay(crown.receivedOn),
    };
    const rows: MagistratesRows = {
      magistratesCase: [
        {
          urn: magistrates.urn,
          courtCode: magistrates.courtCode,
          ...defendantOf(journey),
          chargedOn: formatDay(magistrates.chargedOn),
          allocationDecision: magistrates.allocationDecision,
          bailStatus: magistrates.bailStatus,
          outcome: 'COMMITTED_TO_CROWN',
          sentToCrownCourtCode: crown.courtCode,
          sentToCrownCaseNumber: crown.caseNumber,
        },
      ],
      magistratesOffence: Array.from({ length: offenceCount }, (_, sequence) => {
        const offence = chargeOffence(faker, sequence === 0 ? magistrates.modeOfTrial : 'EITHER_WAY', place);
        return {
          urn: magistrates.urn,
          sequence: sequence + 1,
          code: offence.code,
          wording: offence.wording,
          modeOfTrial: offence.modeOfTrial,
          committedOn: formatDay(magistrates.chargedOn - intBetween(faker, 0, 60)),
          plea,
          verdict: null,
        };
      }),
      magistratesHearing: magistrates.hearings.map((planned) => ({
        urn: magistrates.urn,
        ...hearingRow(planned),
      })),
    };
    yield withCaseFile(rows, sending);
  }
  const chunks = Math.ceil(plan.courtsOnly.count / COURTS_ONLY_CHUNK);
  for (let chunk = 0; chunk < chunks; chunk += 1) {
    for (const courtsOnlyCase of courtsOnlyChunk(plan.courtsOnly, chunk)) {
      yield withCaseFile(courtsOnlyCase.rows, null);
    }
  }
}

/** The Crown Court store's rows: each case, with the confiscation order announced at its hearing, if any. */
export function* crownCourtRowGroups(plan: JusticePlan): Generator<CrownCourtRows> {
  for (const journey of plan.journeys) {
    const { magistrates, crown, order } = journey;
    yield {
      crownCase: [
        {
          caseNumber: crown.caseNumber,
          urn: magistrates.urn,
          courtCode: crown.courtCode,
          sendingType: crown.sendingType,
          committingCourtCode: magistrates.courtCode,
          receivedOn: formatDay(crown.receivedOn),
          ...defendantOf(journey),
          outcome: crown.outcome,
          custodialSentenceMonths: crown.custodialSentenceMonths,
          confiscationAmountPence: order?.amountPence ?? null,
          confiscationOrderedOn: order ? formatDay(order.orderedOn) : null,
        },
      ],
      crownHearing: crown.hearings.map((planned) => ({
        caseCourtCode: crown.courtCode,
        caseNumber: crown.caseNumber,
        ...hearingRow(planned),
      })),
    };
  }
}
