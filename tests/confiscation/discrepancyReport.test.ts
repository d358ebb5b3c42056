import { formatPence } from '@lib/money';
import type { FaultKind, SeedFault } from '../../seed/seedManifest';
import { seededDataDir } from '../support/seededDataDir';
import { startSupergraph, type GraphQLResponse, type RunningSupergraph } from '../support/startSupergraph';
import { financialInvestigatorOperation } from './support/registeredOperations';

const REPORT = financialInvestigatorOperation('ConfiscationDiscrepancyReport');

/** The seed's fault kinds that concern a confiscation order and the court's record of it, by the report's kind. */
const FAULT_KIND_OF: Record<string, FaultKind> = {
  AMOUNT_MISMATCH: 'CONFISCATION_AMOUNT_MISMATCH',
  DATE_MISMATCH: 'CONFISCATION_DATE_MISMATCH',
  PNC_MALFORMED: 'CONFISCATION_PNC_MALFORMED',
  PNC_OTHER_PERSON: 'CONFISCATION_PNC_OTHER_PERSON',
  CASE_UNKNOWN: 'CONFISCATION_CASE_UNKNOWN',
};

interface HeldValue {
  system: string;
  record: string | null;
  value: string | null;
}
interface Discrepancy {
  kind: string;
  field: string;
  enforcement: HeldValue;
  court: HeldValue;
  description: string;
}
interface ReportPage {
  confiscationOrders: {
    totalCount: number;
    hasNextPage: boolean;
    endCursor: string | null;
    orders: { accountNumber: string; crownCourtCaseNumber: string; discrepancies: Discrepancy[] | null }[];
  };
}

let supergraph: RunningSupergraph;
let faults: SeedFault[];
let found: (Discrepancy & { accountNumber: string })[];
let ordersSeen: string[];

beforeAll(async () => {
  const { dataDir, manifest } = await seededDataDir();
  faults = manifest.faults.filter((fault) => Object.values(FAULT_KIND_OF).includes(fault.kind));
  supergraph = await startSupergraph(dataDir);
  const investigator = await supergraph.tokenFor('financial-investigator');
  found = [];
  ordersSeen = [];
  // Small pages, so that the report is walked the way a client walks it.
  let after: string | null = null;
  for (let page = 0; page < 100; page += 1) {
    const response: GraphQLResponse<ReportPage> = await supergraph.queryAs<ReportPage>(investigator, REPORT, {
      first: 7,
      after,
    });
    expect(response.errors).toBeUndefined();
    const list = response.data?.confiscationOrders;
    if (!list) throw new Error('no report page');
    for (const order of list.orders) {
      ordersSeen.push(order.accountNumber);
      for (const discrepancy of order.discrepancies ?? [])
        found.push({ ...discrepancy, accountNumber: order.accountNumber });
    }
    if (!list.hasNextPage) break;
    after = list.endCursor;
  }
  expect(ordersSeen).toHaveLength(manifest.counts.confiscation_order ?? -1);
});

afterAll(() => supergraph.stop());

/** The value of a fault as the report writes it: amounts as exact decimals of pounds. */
function reported(fault: SeedFault, value: string | null): string | null {
  return fault.kind === 'CONFISCATION_AMOUNT_MISMATCH' && value !== null ? formatPence(Number(value)) : value;
}

describe('the discrepancy report over the seeded data', () => {
  it('walks every order once, page by page', () => {
    expect(new Set(ordersSeen).size).toBe(ordersSeen.length);
    expect([...ordersSeen].sort()).toEqual(ordersSeen);
  });

  it('finds every injected fault and nothing else (recall and precision 100%)', () => {
    const expected = new Set(faults.map((fault) => `${fault.kind} ${fault.record}`));
    const reportedFaults = found.map(
      (discrepancy) => `${FAULT_KIND_OF[discrepancy.kind] ?? discrepancy.kind} ${discrepancy.accountNumber}`,
    );
    const truePositives = reportedFaults.filter((finding) => expected.has(finding));
    const recall = truePositives.length / expected.size;
    const precision = reportedFaults.length === 0 ? 1 : truePositives.length / reportedFaults.length;
    console.log(
      `Confiscation discrepancy report at the default test scale: ${faults.length} injected faults, ` +
        `${reportedFaults.length} reported over ${ordersSeen.length} orders; ` +
        `recall ${(recall * 100).toFixed(1)}%, precision ${(precision * 100).toFixed(1)}%`,
    );
    expect(faults.length).toBeGreaterThan(0);
    expect(reportedFaults.sort()).toEqual([...expected].sort());
    expect([recall, precision]).toEqual([1, 1]);
  });

  it('gives each fault’s two values and says which system holds which', () => {
    for (const fault of faults) {
      const discrepancy = found.find(
        (candidate) =>
          candidate.accountNumber === fault.record && FAULT_KIND_OF[candidate.kind] === fault.kind,
      );
      expect({
        field: discrepancy?.field,
        enforcement: discrepancy?.enforcement,
        court: discrepancy?.court.value,
      }).toEqual({
        field: fault.field === 'amountOrderedPence' ? 'amountOrdered' : fault.field,
        enforcement: {
          system: 'CONFISCATION',
          record: fault.record,
          value: reported(fault, fault.recordedValue),
        },
        court: reported(fault, fault.courtValue),
      });
      expect(discrepancy?.court.system).toBe('CROWN_COURT');
    }
  });
});
