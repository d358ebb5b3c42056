import type { Faker } from '@faker-js/faker';
import { type Day, formatDay, yearOf } from '../calendar';
import { pick, sample } from '../random';
import { FAULT_KINDS, type FaultKind } from '../seedManifest';
import { type IssuedSerials, unissuedCaseNumber } from './crownCaseNumbers';
import { mistypedAmount, mistypedDate, mistypedPncId } from './faultValues';
import type { Journey } from './journeyTypes';

/** The records each fault kind can affect (samples are never eligible). */
function eligibleFor(kind: FaultKind, journey: Journey): boolean {
  if (journey.sample) return false;
  if (kind === 'PNOMIS_PNC_MISSING') return journey.shape === 'SENTENCED' && journey.person.pncId !== null;
  if (kind === 'CROWN_CASE_WITHOUT_MAGISTRATES_RECORD') return true;
  return journey.order !== null && journey.person.pncId !== null;
}

/** What the faults need to know besides the journeys. */
export interface FaultContext {
  asOf: Day;
  /** The serials issued per Crown Court case number series; invented numbers are added to it. */
  issuedSerials: IssuedSerials;
}

/** The wrong value a fault writes, as a string, or null when the field or record is left out. */
function recordedValueFor(
  faker: Faker,
  kind: FaultKind,
  journey: Journey,
  others: readonly Journey[],
  context: FaultContext,
): string | null {
  const order = journey.order;
  const pncId = journey.person.pncId ?? '';
  switch (kind) {
    case 'CONFISCATION_AMOUNT_MISMATCH':
      return String(mistypedAmount(faker, order?.amountPence ?? 0));
    case 'CONFISCATION_DATE_MISMATCH':
      return formatDay(mistypedDate(faker, order?.orderedOn ?? context.asOf, context.asOf - 1));
    case 'CONFISCATION_PNC_MALFORMED':
      return mistypedPncId(faker, pncId);
    case 'CONFISCATION_PNC_OTHER_PERSON':
      for (;;) {
        const other = pick(faker, others).person.pncId;
        if (other !== null && other !== pncId) return other;
      }
    case 'CONFISCATION_CASE_UNKNOWN':
      return unissuedCaseNumber(
        faker,
        journey.crown.courtCode,
        journey.crown.caseNumber,
        context.issuedSerials,
        yearOf(context.asOf),
      );
    case 'CROWN_CASE_WITHOUT_MAGISTRATES_RECORD':
    case 'PNOMIS_PNC_MISSING':
      return null;
  }
}

/**
 * Injects the faults: for each kind, `faultRate` of its eligible records (rounded, at least one when the rate is
 * above zero) are drawn at random from people who have no fault yet, so no person gets two. Fault ids follow
 * the kinds' order, then the people's order.
 */
export function injectFaults(
  faker: Faker,
  journeys: readonly Journey[],
  faultRate: number,
  context: FaultContext,
): void {
  const faulty: Journey[] = [];
  for (const kind of FAULT_KINDS) {
    const eligible = journeys.filter((journey) => eligibleFor(kind, journey));
    const wanted = faultRate > 0 ? Math.max(1, Math.round(faultRate * eligible.length)) : 0;
    const chosen = sample(
      faker,
      eligible.filter((journey) => journey.fault === null),
      wanted,
    );
    chosen.sort((a, b) => a.person.position - b.person.position);
    for (const journey of chosen) {
      journey.fault = {
        id: '',
        kind,
        recordedValue: recordedValueFor(faker, kind, journey, journeys, context),
      };
      faulty.push(journey);
    }
  }
  faulty.forEach((journey, index) => {
    if (journey.fault) journey.fault.id = `F${String(index + 1).padStart(5, '0')}`;
  });
}
