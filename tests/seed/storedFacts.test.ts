import { createHash } from 'node:crypto';
import { defaultTermBand } from '@lib/reference/defaultTerms';
import { defaultTermFor } from '../../seed/rows/confiscationRows';
import { crownCaseKey, generated, groupBy, indexBy } from './seedFixture';

const { rows, manifest } = generated();
const { magistratesCase, magistratesOffence, caseDocument } = rows.magistrates;
const faultsByAccount = groupBy(manifest.faults, (fault) => fault.record);

describe("the seed's case files", () => {
  const documentsByUrn = groupBy(caseDocument, (document) => document.urn);
  const offencesByUrn = groupBy(magistratesOffence, (offence) => offence.urn);

  it("writes a case file for every magistrates' case, and none for a case that does not exist", () => {
    expect(magistratesCase.length).toBeGreaterThan(0);
    expect(new Set(documentsByUrn.keys())).toEqual(new Set(magistratesCase.map((found) => found.urn)));
    expect(manifest.counts.case_document).toBe(caseDocument.length);
  });

  it('files what fits the case: statements and convictions always, exhibits for cases the Crown Court may try, a sending sheet once sent', () => {
    for (const found of magistratesCase) {
      const documents = documentsByUrn.get(found.urn) ?? [];
      const kinds = documents.map((document) => document.kind);
      expect(kinds).toEqual(
        expect.arrayContaining(['CHARGE_SHEET', 'CASE_SUMMARY', 'WITNESS_STATEMENT', 'PREVIOUS_CONVICTIONS']),
      );
      const triable = (offencesByUrn.get(found.urn) ?? []).some(
        (offence) => offence.modeOfTrial !== 'SUMMARY_ONLY',
      );
      expect(kinds.includes('EXHIBIT_LIST')).toBe(triable);
      const sheets = documents.filter((document) => document.kind === 'SENDING_SHEET');
      expect(sheets).toHaveLength(found.sentToCrownCaseNumber ? 1 : 0);
      if (found.sentToCrownCaseNumber) {
        expect(Buffer.from(sheets[0]?.content ?? []).toString('utf8')).toContain(
          `Crown Court case number: ${found.sentToCrownCaseNumber}`,
        );
      }
      expect(documents.map((document) => document.sequence)).toEqual(documents.map((_, index) => index + 1));
    }
  });

  it('stores each document with its true size and checksum', () => {
    for (const document of caseDocument.slice(0, 2000)) {
      // In memory the bytes ride on the row; a store gets them in its content store (seedDocumentContent.ts).
      const content = Buffer.from(document.content ?? []);
      expect(document.mediaType).toBe('application/pdf');
      expect(document.sizeBytes).toBe(content.length);
      expect(document.sha256).toBe(createHash('sha256').update(content).digest('hex'));
    }
  });
});

describe("the seed's confiscation orders", () => {
  const { confiscationOrder } = rows.confiscation;
  const crownCases = indexBy(rows.crown.crownCase, crownCaseKey);

  it('store the Crown Court that made each order, its benefit, available amount and default term', () => {
    expect(confiscationOrder.length).toBeGreaterThan(0);
    for (const order of confiscationOrder) {
      expect(order.crownCourtCode).toMatch(/^C\d{2}[A-Z]{2}00$/);
      const crownCase = crownCases.get(
        crownCaseKey({ courtCode: order.crownCourtCode, caseNumber: order.crownCourtCaseNumber }),
      );
      if (crownCase) expect(order.crownCourtCode).toBe(crownCase.courtCode);
      expect(order.availableAmountPence).toBeGreaterThan(0);
      expect(order.availableAmountPence).toBeLessThanOrEqual(order.benefitPence);
      const band = defaultTermBand(order.availableAmountPence);
      expect(order.defaultSentenceMonths).toBeGreaterThan(band.aboveMonths);
      expect(order.defaultSentenceMonths).toBeLessThanOrEqual(band.maximumMonths);
    }
  });

  it('order the available amount, as keyed, unless a fault changed the keyed amount', () => {
    for (const order of confiscationOrder) {
      const faults = (faultsByAccount.get(order.accountNumber) ?? []).map((fault) => fault.kind);
      if (faults.includes('CONFISCATION_AMOUNT_MISMATCH')) continue;
      expect(order.amountOrderedPence).toBe(order.availableAmountPence);
    }
  });

  it('find benefits larger than the amount ordered for most orders, equal for some', () => {
    const larger = confiscationOrder.filter((order) => order.benefitPence > order.availableAmountPence);
    expect(larger.length).toBeGreaterThan(confiscationOrder.length / 2);
    expect(larger.length).toBeLessThan(confiscationOrder.length);
  });

  it('fix default terms that grow with the amount, within each statutory band', () => {
    expect(
      [1, 1_000_000, 1_000_001, 50_000_000, 50_000_001, 100_000_000, 100_000_001].map(defaultTermFor),
    ).toEqual([1, 6, 7, 60, 61, 84, 85]);
    expect(defaultTermFor(25_000_000)).toBeGreaterThan(defaultTermFor(5_000_000));
    expect(defaultTermFor(5_000_000_000)).toBe(168);
  });
});
