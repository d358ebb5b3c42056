import { readPncId } from '@lib/identifiers/pncId';
import type { JusticeRows } from '../../seed/generateJustice';
import { FAULT_KINDS, type SeedManifest } from '../../seed/seedManifest';
import { AS_OF, crownCaseKey, dayOf, generated, groupBy, indexBy } from './seedFixture';

/**
 * A discrepancy check across the stores, as a report built on the gateway would make it: every finding is a
 * fault kind and the record it is found on. The generator promises that it finds exactly the manifest's faults.
 */
function findDiscrepancies(rows: JusticeRows): string[] {
  const findings: string[] = [];
  const crownCases = indexBy(rows.crown.crownCase, crownCaseKey);
  const magistratesUrns = new Set(rows.magistrates.magistratesCase.map((row) => row.urn));
  for (const order of rows.confiscation.confiscationOrder) {
    const crownCase = crownCases.get(
      crownCaseKey({ courtCode: order.crownCourtCode, caseNumber: order.crownCourtCaseNumber }),
    );
    const found = (kind: string) => findings.push(`${kind} ${order.accountNumber}`);
    if (!crownCase) {
      found('CONFISCATION_CASE_UNKNOWN');
      continue;
    }
    if (crownCase.confiscationAmountPence !== order.amountOrderedPence) found('CONFISCATION_AMOUNT_MISMATCH');
    if (crownCase.confiscationOrderedOn !== order.orderedOn) found('CONFISCATION_DATE_MISMATCH');
    if (!readPncId(order.defendantPncId ?? '').valid) found('CONFISCATION_PNC_MALFORMED');
    else if (order.defendantPncId !== crownCase.defendantPncId) found('CONFISCATION_PNC_OTHER_PERSON');
  }
  for (const crownCase of rows.crown.crownCase) {
    if (crownCase.urn && !magistratesUrns.has(crownCase.urn))
      findings.push(`CROWN_CASE_WITHOUT_MAGISTRATES_RECORD ${crownCaseKey(crownCase)}`);
  }
  for (const magistratesCase of rows.magistrates.magistratesCase) {
    const { sentToCrownCourtCode, sentToCrownCaseNumber } = magistratesCase;
    if (
      sentToCrownCaseNumber &&
      !crownCases.has(
        crownCaseKey({ courtCode: sentToCrownCourtCode ?? '', caseNumber: sentToCrownCaseNumber }),
      )
    )
      findings.push(`SENT_CASE_MISSING ${magistratesCase.urn}`);
  }
  const bookings = indexBy(rows.pnomis.booking, (row) => row.bookingId);
  const offenders = indexBy(rows.pnomis.offender, (row) => row.prisonNumber);
  for (const sentence of rows.pnomis.sentence) {
    const offender = offenders.get(bookings.get(sentence.bookingId)?.prisonNumber ?? '');
    // P-Nomis records the case a sentence was passed in by its centre's court code and its number.
    const crownCase = crownCases.get(
      crownCaseKey({
        courtCode: sentence.crownCourtCode ?? '',
        caseNumber: sentence.crownCourtCaseNumber ?? '',
      }),
    );
    if (!crownCase || !offender) findings.push(`SENTENCE_UNLINKED ${sentence.bookingId}`);
    else if (offender.pncId === null && crownCase.defendantPncId !== null)
      findings.push(`PNOMIS_PNC_MISSING ${offender.prisonNumber}`);
    else if (offender.pncId !== crownCase.defendantPncId || offender.lastName !== crownCase.defendantLastName)
      findings.push(`PERSON_MISMATCH ${offender.prisonNumber}`);
  }
  return findings.sort();
}

/** The sample lists of a manifest, each sample as its identifiers. */
function sampleLists(manifest: SeedManifest): Record<string, string>[][] {
  const { fullJourney, courtsOnly, remandPrisoner, releasedWithConfiscation } = manifest.samples;
  return [fullJourney, courtsOnly, remandPrisoner, releasedWithConfiscation];
}

describe('injected faults', () => {
  it('are the only discrepancies between the stores', () => {
    const { rows, manifest } = generated();
    const expected = manifest.faults.map((fault) => `${fault.kind} ${fault.record}`).sort();
    expect(findDiscrepancies(rows)).toEqual(expected);
  });

  it('hold the recorded value in the faulty record and the court’s value on the court side', () => {
    const { rows, manifest } = generated();
    const orders = indexBy(rows.confiscation.confiscationOrder, (row) => row.accountNumber);
    const crownCases = indexBy(rows.crown.crownCase, crownCaseKey);
    for (const fault of manifest.faults) {
      if (fault.system === 'CONFISCATION') {
        const order = orders.get(fault.record) as unknown as Record<string, unknown>;
        expect(String(order[fault.field])).toBe(fault.recordedValue);
      } else if (fault.system === 'CROWN_COURT') {
        expect(crownCases.get(fault.record)?.urn).toBe(fault.courtValue);
      }
      expect(fault.courtValue).not.toBe(fault.recordedValue);
    }
  });

  it('affect the documented share of eligible records, at least one of every kind, never two for one person', () => {
    const { manifest, plan } = generated();
    const byKind = groupBy(manifest.faults, (fault) => fault.kind);
    for (const kind of FAULT_KINDS) expect(byKind.get(kind)?.length ?? 0).toBeGreaterThanOrEqual(1);
    const orders = plan.journeys.filter((journey) => journey.order && !journey.sample).length;
    expect(byKind.get('CONFISCATION_AMOUNT_MISMATCH')).toHaveLength(Math.max(1, Math.round(0.02 * orders)));
    const crownCases = plan.journeys.filter((journey) => !journey.sample).length;
    expect(byKind.get('CROWN_CASE_WITHOUT_MAGISTRATES_RECORD')).toHaveLength(
      Math.max(1, Math.round(0.02 * crownCases)),
    );
    const people = manifest.faults.map((fault) => fault.pncId ?? fault.record);
    expect(new Set(people).size).toBe(people.length);
    expect(manifest.faults.map((fault) => fault.id)).toEqual(
      manifest.faults.map((_, index) => `F${String(index + 1).padStart(5, '0')}`),
    );
  });

  it('are not injected at a fault rate of zero', () => {
    const { manifest, rows } = generated(0.002, 3, 0);
    expect(manifest.faults).toEqual([]);
    expect(findDiscrepancies(rows)).toEqual([]);
  });

  it('still cover every kind, with samples of every shape, at the smallest scale', () => {
    const { manifest, rows } = generated(0.00001, 4);
    expect(new Set(manifest.faults.map((fault) => fault.kind))).toEqual(new Set(FAULT_KINDS));
    expect(findDiscrepancies(rows)).toEqual(
      manifest.faults.map((fault) => `${fault.kind} ${fault.record}`).sort(),
    );
    for (const samples of sampleLists(manifest)) expect(samples.length).toBeGreaterThanOrEqual(1);
    expect(manifest.samples.fullJourney).toHaveLength(5);
    expect(manifest.samples.releasedWithConfiscation).toHaveLength(5);
  });
});

describe('manifest samples', () => {
  const { manifest, rows } = generated();
  const faultyPeople = new Set(manifest.faults.flatMap((fault) => [fault.pncId, fault.record]));
  const visitsByPrisoner = groupBy(rows.visits.visit, (visit) => visit.prisonNumber);
  const bookings = indexBy(rows.pnomis.booking, (row) => row.prisonNumber);

  it('name five people of every shape, none touched by a fault', () => {
    for (const samples of sampleLists(manifest)) {
      expect(samples).toHaveLength(5);
      for (const sample of samples)
        for (const key of Object.values(sample)) expect(faultyPeople.has(key)).toBe(false);
    }
  });

  it('give full journeys: magistrates’ and Crown cases, visits and a confiscation order for a prisoner in custody', () => {
    for (const { pncId, prisonNumber } of manifest.samples.fullJourney) {
      const crownCase = rows.crown.crownCase.find((row) => row.defendantPncId === pncId);
      expect(
        rows.magistrates.magistratesCase.some(
          (row) => row.urn === crownCase?.urn && row.defendantPncId === pncId,
        ),
      ).toBe(true);
      expect(crownCase?.confiscationAmountPence).toBeGreaterThan(0);
      expect(rows.confiscation.confiscationOrder.some((row) => row.defendantPncId === pncId)).toBe(true);
      expect(bookings.get(prisonNumber)).toMatchObject({ active: 1, status: 'SENTENCED' });
      expect(visitsByPrisoner.get(prisonNumber)?.some((visit) => visit.status === 'BOOKED')).toBe(true);
    }
  });

  it('give remand prisoners known by prison number only, and released people with orders', () => {
    for (const { prisonNumber } of manifest.samples.remandPrisoner) {
      expect(bookings.get(prisonNumber)).toMatchObject({ active: 1, status: 'REMAND' });
      expect(rows.pnomis.offender.find((row) => row.prisonNumber === prisonNumber)?.pncId).toBeNull();
    }
    for (const { pncId, prisonNumber } of manifest.samples.releasedWithConfiscation) {
      expect(bookings.get(prisonNumber)).toMatchObject({ active: 0 });
      expect(dayOf(bookings.get(prisonNumber)?.endedOn ?? '')).toBeLessThan(dayOf(AS_OF));
      expect(rows.confiscation.confiscationOrder.some((row) => row.defendantPncId === pncId)).toBe(true);
    }
    for (const { pncId } of manifest.samples.courtsOnly) {
      expect(
        rows.magistrates.magistratesCase.find((row) => row.defendantPncId === pncId)?.sentToCrownCaseNumber,
      ).toBeNull();
    }
  });
});
