import { readCroNumber } from '@lib/identifiers/croNumber';
import { IDENTIFIER_FORMATS } from '@lib/identifiers/identifierFormats';
import { readPncId } from '@lib/identifiers/pncId';
import { findCourt } from '@lib/reference/courtRegister';
import { findPrison } from '@lib/reference/prisonRegister';
import { generateJustice } from '../../seed/generateJustice';
import { orderAmountPence } from '../../seed/journeys/confiscationOrders';
import { seededFaker } from '../../seed/random';
import { paymentsFor } from '../../seed/rows/confiscationRows';
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

  it('collects about 45% of the value ordered and most small orders in full', () => {
    const faker = seededFaker(2, 99);
    let ordered = 0;
    let collected = 0;
    let smallOrders = 0;
    let smallPaid = 0;
    for (let index = 0; index < 20_000; index += 1) {
      const amount = orderAmountPence(faker);
      const payments = paymentsFor(faker, 'A', amount, dayOf('2024-01-01'), dayOf(AS_OF));
      const paid = payments.reduce((sum, payment) => sum + payment.amountPence, 0);
      expect(paid).toBeLessThanOrEqual(amount);
      ordered += amount;
      collected += paid;
      if (amount <= 100_000) {
        smallOrders += 1;
        if (paid === amount) smallPaid += 1;
      }
    }
    expect(collected / ordered).toBeGreaterThan(0.3);
    expect(collected / ordered).toBeLessThan(0.6);
    expect(smallPaid / smallOrders).toBeGreaterThan(0.8);
  });
});
