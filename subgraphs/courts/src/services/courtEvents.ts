import type { JourneyEvent, JourneyEventKind, JourneySystem } from '@lib/journey/journeyEvent';
import { endOfBusinessDay, startOfDay } from '@lib/journey/journeyEvent';
import { displayPence } from '@lib/money';
import type { CrownCaseEventTable, CrownCaseTable, CrownHearingTable } from '../store/crownCourtTables';
import type {
  MagistratesCaseTable,
  MagistratesHearingTable,
  MagistratesOffenceTable,
} from '../store/magistratesTables';
import { courtOf } from './courtOf';

type Hearing = Pick<
  MagistratesHearingTable | CrownHearingTable,
  'courtCode' | 'startsAt' | 'type' | 'outcome'
>;

const HEARING_LABELS: Record<string, string> = {
  FIRST_APPEARANCE: 'First appearance',
  ALLOCATION: 'Allocation hearing',
  PLEA_AND_TRIAL_PREPARATION: 'Plea and trial preparation hearing',
  TRIAL: 'Trial',
  SENTENCE: 'Sentencing hearing',
  CONFISCATION: 'Confiscation hearing',
  APPEAL: 'Appeal hearing',
};

const OUTCOME_KINDS: Record<string, JourneyEventKind> = {
  COMMITTED_TO_CROWN: 'SENT_TO_CROWN_COURT',
  FINE: 'SENTENCE',
  COMMUNITY_ORDER: 'SENTENCE',
  CUSTODY: 'SENTENCE',
  DISCHARGE: 'SENTENCE',
  ACQUITTED: 'VERDICT',
  CONFISCATION_ORDER: 'CONFISCATION_ORDER',
};

function outcomeText(outcome: string, crownCase?: CrownCaseTable): string {
  switch (outcome) {
    case 'COMMITTED_TO_CROWN':
      return 'sent to the Crown Court';
    case 'CUSTODY':
      return crownCase?.custodialSentenceMonths
        ? `sentenced to ${crownCase.custodialSentenceMonths} months' custody`
        : 'sentenced to custody';
    case 'CONFISCATION_ORDER':
      return crownCase?.confiscationAmountPence != null
        ? `confiscation order of ${displayPence(crownCase.confiscationAmountPence)} made`
        : 'confiscation order made';
    default:
      return outcome.toLowerCase().replace(/_/g, ' ');
  }
}

function hearingEvent(
  system: JourneySystem,
  reference: string,
  hearing: Hearing,
  crownCase?: CrownCaseTable,
): JourneyEvent {
  const label = `${HEARING_LABELS[hearing.type] ?? 'Hearing'} at ${courtOf(hearing.courtCode).name}`;
  return {
    occurredAt: hearing.startsAt,
    system,
    reference,
    kind: (hearing.outcome && OUTCOME_KINDS[hearing.outcome]) || 'HEARING',
    summary: hearing.outcome ? `${label}: ${outcomeText(hearing.outcome, crownCase)}` : label,
  };
}

/** The events of a magistrates' case: the charge, then each hearing. */
export function magistratesCaseEvents(
  magistratesCase: MagistratesCaseTable,
  offences: readonly Pick<MagistratesOffenceTable, 'wording'>[],
  hearings: readonly Hearing[],
): JourneyEvent[] {
  const charges = offences.map((offence) => offence.wording).join('; ');
  return [
    {
      occurredAt: startOfDay(magistratesCase.chargedOn),
      system: 'MAGISTRATES_COURT',
      kind: 'CHARGE',
      reference: magistratesCase.urn,
      summary: `Charged: ${charges || 'offence details not recorded'}`,
    },
    ...hearings.map((hearing) => hearingEvent('MAGISTRATES_COURT', magistratesCase.urn, hearing)),
  ];
}

type CaseChange = Pick<CrownCaseEventTable, 'kind' | 'occurredAt' | 'reason'>;

/** The answer to a sending, as one line of the timeline; listings and outcomes show as the hearings themselves. */
function changeEvent(crownCase: CrownCaseTable, change: CaseChange): JourneyEvent[] {
  const crownCourt = courtOf(crownCase.courtCode).name;
  const magistrates = crownCase.committingCourtCode
    ? courtOf(crownCase.committingCourtCode).name
    : "the magistrates' court";
  const summaries: Partial<Record<CaseChange['kind'], string>> = {
    ACKNOWLEDGED: `Case acknowledged by ${crownCourt}`,
    RETURNED: `Case returned by ${crownCourt} to ${magistrates}: ${change.reason ?? 'no reason recorded'}`,
    WITHDRAWN: `Sending withdrawn by ${magistrates}: ${change.reason ?? 'no reason recorded'}`,
  };
  const summary = summaries[change.kind];
  if (!summary) return [];
  return [
    {
      occurredAt: change.occurredAt,
      system: 'CROWN_COURT',
      kind: 'SENT_TO_CROWN_COURT',
      reference: crownCase.caseNumber,
      summary,
    },
  ];
}

/**
 * The events of a Crown Court case: its receipt from the magistrates' court, its acknowledgement, return or
 * withdrawal, and each hearing. A case received by digital transfer is received at the moment it was sent; one
 * received on paper, at the end of its day.
 */
export function crownCaseEvents(
  crownCase: CrownCaseTable,
  hearings: readonly Hearing[],
  changes: readonly CaseChange[] = [],
): JourneyEvent[] {
  const from = crownCase.committingCourtCode ? ` from ${courtOf(crownCase.committingCourtCode).name}` : '';
  const how = crownCase.transferId ? ' by digital transfer' : '';
  return [
    {
      occurredAt: crownCase.receivedAt ?? endOfBusinessDay(crownCase.receivedOn),
      system: 'CROWN_COURT',
      kind: 'SENT_TO_CROWN_COURT',
      reference: crownCase.caseNumber,
      summary: `Case received by ${courtOf(crownCase.courtCode).name}${from}${how} (${crownCase.sendingType.toLowerCase().replace(/_/g, ' ')})`,
    },
    ...changes.flatMap((change) => changeEvent(crownCase, change)),
    ...hearings.map((hearing) => hearingEvent('CROWN_COURT', crownCase.caseNumber, hearing, crownCase)),
  ];
}
