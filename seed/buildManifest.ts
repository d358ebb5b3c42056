import { formatDay } from './calendar';
import type { Journey } from './journeys/journeyTypes';
import type { JusticePlan } from './planJustice';
import type { SeedFault, SeedManifest } from './seedManifest';

/** Where a fault sits and the true value of the field it changes. */
function faultSite(journey: Journey): Pick<SeedFault, 'system' | 'record' | 'field' | 'courtValue'> {
  const { order, crown, magistrates, custody, person, fault } = journey;
  const account = order?.accountNumber ?? '';
  switch (fault?.kind) {
    case 'CONFISCATION_AMOUNT_MISMATCH':
      return {
        system: 'CONFISCATION',
        record: account,
        field: 'amountOrderedPence',
        courtValue: String(order?.amountPence),
      };
    case 'CONFISCATION_DATE_MISMATCH':
      return {
        system: 'CONFISCATION',
        record: account,
        field: 'orderedOn',
        courtValue: order ? formatDay(order.orderedOn) : null,
      };
    case 'CONFISCATION_PNC_MALFORMED':
    case 'CONFISCATION_PNC_OTHER_PERSON':
      return { system: 'CONFISCATION', record: account, field: 'defendantPncId', courtValue: person.pncId };
    case 'CONFISCATION_CASE_UNKNOWN':
      return {
        system: 'CONFISCATION',
        record: account,
        field: 'crownCourtCaseNumber',
        courtValue: crown.caseNumber,
      };
    case 'CROWN_CASE_WITHOUT_MAGISTRATES_RECORD':
      return {
        system: 'CROWN_COURT',
        record: `${crown.courtCode}/${crown.caseNumber}`,
        field: 'urn',
        courtValue: magistrates.urn,
      };
    case 'PNOMIS_PNC_MISSING':
      return {
        system: 'PNOMIS',
        record: custody?.prisonNumber ?? '',
        field: 'pncId',
        courtValue: person.pncId,
      };
    case undefined:
      throw new Error('faultSite needs a journey with a fault');
  }
}

/** The injected faults, in id order. */
export function manifestFaults(plan: JusticePlan): SeedFault[] {
  return plan.journeys
    .flatMap((journey) =>
      journey.fault
        ? [
            {
              id: journey.fault.id,
              kind: journey.fault.kind,
              ...faultSite(journey),
              recordedValue: journey.fault.recordedValue,
              pncId: journey.person.pncId,
            },
          ]
        : [],
    )
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The manifest of a plan, given the rows written per table. */
export function buildManifest(plan: JusticePlan, counts: Record<string, number>): SeedManifest {
  const { seed, scale, asOf, faultRate } = plan.options;
  return {
    generator: { seed, scale, asOf, faultRate, version: 1 },
    counts,
    faults: manifestFaults(plan),
    samples: plan.samples,
  };
}
