import { readCroNumber } from '@lib/identifiers/croNumber';
import { IDENTIFIER_FORMATS } from '@lib/identifiers/identifierFormats';
import { readPncId } from '@lib/identifiers/pncId';
import { findCourt } from '@lib/reference/courtRegister';
import { findPrison } from '@lib/reference/prisonRegister';
import { sizeBandOf } from '@lib/reference/orderSizeBands';
import { generateJustice } from '../../seed/generateJustice';
import { orderAmountPence } from '../../seed/journeys/confiscationOrders';
import { intBetween, seededFaker } from '../../seed/random';
import { plannedCollection } from '../../seed/rows/plannedCollection';
import { AS_OF, dayOf, generated } from './seedFixture';

const { pattern: PRISON_NUMBER } = IDENTIFIER_FORMATS.prisonNumber;

function expectUnique(values: readonly string[], what: string): void {
  const seen = new Set<string>();
  const duplicates = values.filter((value) => seen.size === seen.add(value).size);
  expect({ what, duplicates }).toEqual({ what, duplicates: [] });
}

describe('generateJustice', () => {
  it('gives byte-identical rows and manifest for the same seed and as-of date', () => {
    const first = generateJustice({ scale: 0.002, seed: 5, asOf: AS_OF });
    const second = generateJustice({ scale: 0.002, seed: 5, asOf: AS_OF });
    expect(JSON.stringify(second.rows)).toBe(JSON.stringify(first.rows));
    expect(JSON.stringify(second.manifest)).toBe(JSON.stringify(first.manifest));
  });

  it('gives different data for a different seed', () => {
    const first = generateJustice({ scale: 0.002, seed: 5, asOf: AS_OF });
    const other = generateJustice({ scale: 0.002, seed: 6, asOf: AS_OF });
    expect(other.rows.magistrates.magistratesCase[0]).not.toEqual(first.rows.magistrates.magistratesCase[0]);
    expect(other.manifest.samples).not.toEqual(first.manifest.samples);
  });

  it('writes every identifier in its real-world format, with valid PNC and CRO check characters', () => {
    const { rows, manifest } = generated();
    const malformed = new Set(
      manifest.faults
        .filter((fault) => fault.kind === 'CONFISCATION_PNC_MALFORMED')
        .map((fault) => fault.recordedValue),
    );
    const pncIds = [
      ...rows.magistrates.magistratesCase.map((row) => row.defendantPncId),
      ...rows.crown.crownCase.map((row) => row.defendantPncId),
      ...rows.pnomis.offender.map((row) => row.pncId),
      ...rows.confiscation.confiscationOrder.map((row) => row.defendantPncId),
    ].filter((pncId): pncId is string => pncId !== null && pncId !== undefined && !malformed.has(pncId));
    for (const pncId of pncIds) expect(readPncId(pncId)).toEqual({ valid: true, canonical: pncId });
    for (const pncId of malformed) expect(readPncId(pncId ?? '').valid).toBe(false);
    const croNumbers = [
      ...rows.magistrates.magistratesCase.map((row) => row.defendantCroNumber),
      ...rows.pnomis.offender.map((row) => row.croNumber),
    ];
    for (const cro of croNumbers)
      if (cro) expect(readCroNumber(cro)).toEqual({ valid: true, canonical: cro });

    const matches = (
      kind: keyof typeof IDENTIFIER_FORMATS,
      values: readonly (string | null | undefined)[],
    ) => {
      for (const value of values) if (value !== null) expect(value).toMatch(IDENTIFIER_FORMATS[kind].pattern);
    };
    matches('prisonNumber', [
      ...rows.pnomis.offender.map((row) => row.prisonNumber),
      ...rows.visits.visit.map((row) => row.prisonNumber),
    ]);
    matches(
      'bookingNumber',
      rows.pnomis.booking.map((row) => row.bookingNumber),
    );
    matches('urn', [
      ...rows.magistrates.magistratesCase.map((row) => row.urn),
      ...rows.crown.crownCase.map((row) => row.urn),
    ]);
    matches('crownCourtCaseNumber', [
      ...rows.crown.crownCase.map((row) => row.caseNumber),
      ...rows.magistrates.magistratesCase.map((row) => row.sentToCrownCaseNumber),
      ...rows.pnomis.sentence.map((row) => row.crownCourtCaseNumber),
      ...rows.confiscation.confiscationOrder.map((row) => row.crownCourtCaseNumber),
    ]);
    matches(
      'visitReference',
      rows.visits.visit.map((row) => row.reference),
    );
    for (const row of rows.confiscation.confiscationOrder)
      expect(row.accountNumber).toMatch(/^25\d{7}[A-Z]$/);
    for (const row of rows.crown.crownCase) expect(row.caseNumber).toMatch(/^[TS]20\d{6}$/);
    for (const row of rows.magistrates.magistratesCase)
      expect(findCourt(row.courtCode)?.jurisdiction).toBe('MAGISTRATES');
    for (const row of rows.crown.crownCase) expect(findCourt(row.courtCode)?.jurisdiction).toBe('CROWN');
    for (const row of rows.pnomis.booking) expect(findPrison(row.prisonCode)).toBeDefined();
    expect(rows.pnomis.offender.every((row) => PRISON_NUMBER.test(row.prisonNumber))).toBe(true);
  });

  it('never reuses an identifier', () => {
    const { rows, plan } = generated();
    expectUnique(
      plan.journeys.flatMap((journey) => (journey.person.pncId ? [journey.person.pncId] : [])),
      'PNC IDs',
    );
    expectUnique(
      rows.magistrates.magistratesCase.flatMap((row) => (row.defendantPncId ? [row.defendantPncId] : [])),
      'magistrates PNC IDs',
    );
    expectUnique(
      rows.pnomis.offender.map((row) => row.prisonNumber),
      'prison numbers',
    );
    expectUnique(
      rows.pnomis.booking.map((row) => row.bookingNumber),
      'booking numbers',
    );
    expectUnique(
      rows.magistrates.magistratesCase.map((row) => row.urn),
      'URNs',
    );
    // Each Crown Court centre numbers its own cases: a number is unique at its centre.
    expectUnique(
      rows.crown.crownCase.map((row) => `${row.courtCode}/${row.caseNumber}`),
      'case numbers at a centre',
    );
    expectUnique(
      rows.visits.visit.map((row) => row.reference),
      'visit references',
    );
    expectUnique(
      rows.confiscation.confiscationOrder.map((row) => row.accountNumber),
      'account numbers',
    );
    const croNumbers = rows.magistrates.magistratesCase.flatMap((row) =>
      row.defendantCroNumber ? [row.defendantCroNumber] : [],
    );
    expectUnique(croNumbers, 'CRO numbers');
    expect(croNumbers.length / rows.magistrates.magistratesCase.length).toBeCloseTo(0.6, 1);
  });

  it('spreads confiscation amounts log-normally around £10,000 with about 1 in 200 over £1m', () => {
    const faker = seededFaker(1, 99);
    const amounts = Array.from({ length: 40_000 }, () => orderAmountPence(faker)).sort((a, b) => a - b);
    const median = amounts[amounts.length / 2] ?? 0;
    expect(median).toBeGreaterThan(850_000);
    expect(median).toBeLessThan(1_150_000);
    const overAMillion = amounts.filter((pence) => pence > 100_000_000).length / amounts.length;
    expect(overAMillion).toBeGreaterThan(0.003);
    expect(overAMillion).toBeLessThan(0.008);
  });

  it('plans each size band to collect its NAO rate of the amount due, and most small orders in full', () => {
    const faker = seededFaker(2, 99);
    const asOf = dayOf(AS_OF);
    const orders = Array.from({ length: 20_000 }, (_, index) => {
      const duePence = orderAmountPence(faker);
      const madeOn = asOf - intBetween(faker, 7, 730);
      const accountNumber = String(index);
      return {
        accountNumber,
        duePence,
        capPence: duePence,
        firstPaymentDay: madeOn + 1,
        lastPaymentDay: asOf - 1,
      };
    });
    const paid = plannedCollection(faker, orders, asOf);
    const rates = new Map<string, { due: number; paid: number }>();
    let smallOrders = 0;
    let smallPaid = 0;
    for (const order of orders) {
      const paidPence = paid.get(order.accountNumber) ?? 0;
      expect(paidPence).toBeLessThanOrEqual(order.capPence);
      for (const key of [sizeBandOf(order.duePence), 'overall']) {
        const rate = rates.get(key) ?? { due: 0, paid: 0 };
        rates.set(key, { due: rate.due + order.duePence, paid: rate.paid + paidPence });
      }
      if (order.duePence <= 100_000) {
        smallOrders += 1;
        if (paidPence === order.duePence) smallPaid += 1;
      }
    }
    const rateOf = (key: string) => (rates.get(key)?.paid ?? 0) / (rates.get(key)?.due ?? 1);
    expect(rateOf('overall')).toBeCloseTo(0.45, 3);
    expect(rateOf('UP_TO_1_THOUSAND')).toBeCloseTo(0.96, 3);
    expect(rateOf('OVER_1_MILLION')).toBeCloseTo(0.22, 3);
    expect(smallPaid / smallOrders).toBeGreaterThan(0.8);
  });
});
