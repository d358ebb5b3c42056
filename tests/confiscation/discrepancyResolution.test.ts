import { formatPence, parsePounds } from '@lib/money';
import type { SeedFault } from '../../seed/seedManifest';
import { yearOf } from '../../subgraphs/confiscation/src/services/collectionFigures';
import { sizeBandOf } from '@lib/reference/orderSizeBands';
import { seededDataDir } from '../support/seededDataDir';
import { startSupergraph, type GraphQLResponse, type RunningSupergraph } from '../support/startSupergraph';
import { financialInvestigatorOperation } from './support/registeredOperations';

/**
 * The seed's manifest as ground truth for the whole workflow: every injected fault of a confiscation order is an
 * open discrepancy; a scripted run through the graph, as a financial investigator, resolves each (the keyed
 * amount, date and case corrected to the court's, the wrong PNC IDs relinked to the probable defendant the courts
 * find); then none is open, and the analysts' figures change exactly as the corrections imply.
 */
const REPORT = financialInvestigatorOperation('ConfiscationDiscrepancyReport');
const RESOLVE = financialInvestigatorOperation('ResolveConfiscationDiscrepancy');
const CONFIRM = financialInvestigatorOperation('ConfirmProbableDefendant');

const KIND_OF_FAULT: Record<string, string> = {
  CONFISCATION_AMOUNT_MISMATCH: 'AMOUNT_MISMATCH',
  CONFISCATION_DATE_MISMATCH: 'DATE_MISMATCH',
  CONFISCATION_CASE_UNKNOWN: 'CASE_UNKNOWN',
  CONFISCATION_PNC_MALFORMED: 'PNC_MALFORMED',
  CONFISCATION_PNC_OTHER_PERSON: 'PNC_OTHER_PERSON',
};

interface ReportOrder {
  accountNumber: string;
  discrepancies: { kind: string; status: string; court: { value: string | null } }[] | null;
  probableDefendant: {
    pncId: string;
    confidencePercent: number;
    evidence: { kind: string; supports: boolean }[];
  } | null;
  discrepancyResolutions: { kind: string; resolution: string }[];
}

interface Figures {
  orders: number | null;
  amountOrdered: string | null;
  amountDue: string | null;
  amountCollected: string | null;
  suppressed: boolean;
}

interface FiguresAnswer {
  confiscationFigures: {
    overall: Figures;
    bySizeBand: { band: string; figures: Figures }[];
    years: { year: string; ordersMade: number | null; amountOrdered: string | null }[];
  };
}

const FIGURES = /* GraphQL */ `
  query Figures {
    confiscationFigures {
      overall {
        orders
        amountOrdered
        amountDue
        amountCollected
        suppressed
      }
      bySizeBand {
        band
        figures {
          orders
          amountOrdered
          amountDue
          amountCollected
          suppressed
        }
      }
      years {
        year
        ordersMade
        amountOrdered
      }
    }
  }
`;

let supergraph: RunningSupergraph;
let faults: SeedFault[];
let investigator: string;
let analyst: string;

async function report(): Promise<Map<string, ReportOrder>> {
  const orders = new Map<string, ReportOrder>();
  let after: string | null = null;
  for (let page = 0; page < 100; page += 1) {
    const response: GraphQLResponse<{
      confiscationOrders: { orders: ReportOrder[]; hasNextPage: boolean; endCursor: string | null };
    }> = await supergraph.queryAs(investigator, REPORT, { first: 50, after });
    expect(response.errors).toBeUndefined();
    const list = response.data?.confiscationOrders;
    for (const order of list?.orders ?? []) orders.set(order.accountNumber, order);
    if (!list?.hasNextPage) break;
    after = list.endCursor;
  }
  return orders;
}

async function figures(): Promise<FiguresAnswer['confiscationFigures']> {
  const response = await supergraph.queryAs<FiguresAnswer>(analyst, FIGURES);
  expect(response.errors).toBeUndefined();
  const answer = response.data?.confiscationFigures;
  if (!answer) throw new Error('no figures');
  return answer;
}

let before: Map<string, ReportOrder>;
let figuresBefore: FiguresAnswer['confiscationFigures'];

beforeAll(async () => {
  const { dataDir, manifest } = await seededDataDir();
  faults = manifest.faults.filter((fault) => fault.kind in KIND_OF_FAULT);
  supergraph = await startSupergraph(dataDir);
  investigator = await supergraph.tokenFor('financial-investigator');
  analyst = await supergraph.tokenFor('analyst');
  before = await report();
  figuresBefore = await figures();
});

afterAll(() => supergraph.stop());

describe('the discrepancy workflow measured against the seed manifest', () => {
  it('shows every injected fault as an open discrepancy, and no other', () => {
    expect(faults.length).toBeGreaterThan(0);
    const open = [...before.values()].flatMap((order) =>
      (order.discrepancies ?? []).map((d) => `${d.status} ${d.kind} ${order.accountNumber}`),
    );
    expect(open.sort()).toEqual(
      faults.map((fault) => `OPEN ${KIND_OF_FAULT[fault.kind] ?? ''} ${fault.record}`).sort(),
    );
  });

  it('shows the true person for each wrong PNC ID, with a confidence and the evidence', () => {
    for (const fault of faults.filter((f) => f.field === 'defendantPncId')) {
      const found = before.get(fault.record)?.probableDefendant;
      expect(found?.pncId).toBe(fault.pncId);
      expect(found?.confidencePercent).toBeGreaterThanOrEqual(80);
      const evidence = found?.evidence.filter((item) => item.supports).map((item) => item.kind);
      expect(evidence).toEqual(
        expect.arrayContaining([
          'CASE_DEFENDANT',
          fault.kind === 'CONFISCATION_PNC_MALFORMED' ? 'KEYED_PNC_MISTYPED' : 'KEYED_PNC_OTHER_PERSON',
        ]),
      );
    }
    const others = [...before.values()].filter(
      (order) => order.probableDefendant && !faults.some((fault) => fault.record === order.accountNumber),
    );
    expect(others).toEqual([]);
  });

  it('resolves each one through the graph, after which none is open and the figures move as corrected', async () => {
    for (const fault of faults) {
      const order = before.get(fault.record);
      const response =
        fault.field === 'defendantPncId'
          ? await supergraph.queryAs<{ confirmProbableDefendant: { replayed: boolean } }>(
              investigator,
              CONFIRM,
              {
                input: {
                  accountNumber: fault.record,
                  pncId: order?.probableDefendant?.pncId,
                  reason: 'Name, date of birth and Crown Court case agree',
                  idempotencyKey: `confirm-${fault.id}`,
                },
              },
            )
          : await supergraph.queryAs(investigator, RESOLVE, {
              input: {
                accountNumber: fault.record,
                kind: KIND_OF_FAULT[fault.kind],
                resolution: 'CORRECTED',
                reason: 'Keyed wrongly from the court result sheet',
                idempotencyKey: `resolve-${fault.id}`,
              },
            });
      expect(response.errors).toBeUndefined();
    }

    const after = await report();
    const stillListed = [...after.values()].flatMap((order) => order.discrepancies ?? []);
    expect(stillListed).toEqual([]);
    for (const fault of faults) {
      const resolutions = after.get(fault.record)?.discrepancyResolutions ?? [];
      expect(resolutions.map(({ kind, resolution }) => ({ kind, resolution }))).toEqual([
        { kind: KIND_OF_FAULT[fault.kind], resolution: 'CORRECTED' },
      ]);
      expect(after.get(fault.record)?.probableDefendant).toBeNull();
    }

    const figuresAfter = await figures();
    const amountFaults = faults.filter((fault) => fault.kind === 'CONFISCATION_AMOUNT_MISMATCH');
    const delta = amountFaults.reduce(
      (sum, fault) => sum + Number(fault.courtValue) - Number(fault.recordedValue),
      0,
    );
    const pence = (money: string | null) => parsePounds(money ?? '') ?? Number.NaN;
    expect(figuresAfter.overall.orders).toBe(figuresBefore.overall.orders);
    expect(pence(figuresAfter.overall.amountOrdered)).toBe(
      pence(figuresBefore.overall.amountOrdered) + delta,
    );
    expect(pence(figuresAfter.overall.amountDue)).toBe(pence(figuresBefore.overall.amountDue) + delta);
    expect(figuresAfter.overall.amountCollected).toBe(figuresBefore.overall.amountCollected);

    // Each published band and year, before and after, moves by the corrected orders alone.
    const bandShift = new Map<string, { orders: number; pence: number }>();
    const shift = (key: string, orders: number, amount: number) => {
      const current = bandShift.get(key) ?? { orders: 0, pence: 0 };
      bandShift.set(key, { orders: current.orders + orders, pence: current.pence + amount });
    };
    for (const fault of amountFaults) {
      shift(`band:${sizeBandOf(Number(fault.recordedValue))}`, -1, -Number(fault.recordedValue));
      shift(`band:${sizeBandOf(Number(fault.courtValue))}`, 1, Number(fault.courtValue));
    }
    for (const fault of faults.filter((f) => f.kind === 'CONFISCATION_DATE_MISMATCH')) {
      shift(`year:${yearOf(fault.recordedValue ?? '', 'FINANCIAL')}`, -1, 0);
      shift(`year:${yearOf(fault.courtValue ?? '', 'FINANCIAL')}`, 1, 0);
    }
    let compared = 0;
    for (const { band, figures: was } of figuresBefore.bySizeBand) {
      const now = figuresAfter.bySizeBand.find((entry) => entry.band === band)?.figures;
      if (!now || was.suppressed || now.suppressed) continue;
      const moved = bandShift.get(`band:${band}`) ?? { orders: 0, pence: 0 };
      expect([now.orders, pence(now.amountOrdered)]).toEqual([
        (was.orders ?? 0) + moved.orders,
        pence(was.amountOrdered) + moved.pence,
      ]);
      compared += 1;
    }
    for (const year of figuresBefore.years) {
      const now = figuresAfter.years.find((entry) => entry.year === year.year);
      if (!now || year.ordersMade === null || now.ordersMade === null) continue;
      expect(now.ordersMade).toBe(year.ordersMade + (bandShift.get(`year:${year.year}`)?.orders ?? 0));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(0);
    console.log(
      `Discrepancy workflow over the seeded data: ${faults.length} faults open, ${faults.length} resolved through ` +
        `the graph, 0 open after; amount ordered moved by ${formatPence(delta)}; ${compared} published band and ` +
        'year figures compared before and after',
    );
  });

  it('returns the first resolution for a repeated request, and refuses a resolved discrepancy', async () => {
    const fault = faults.find((f) => f.field !== 'defendantPncId');
    if (!fault) throw new Error('no fault to repeat');
    const input = {
      accountNumber: fault.record,
      kind: KIND_OF_FAULT[fault.kind],
      resolution: 'CORRECTED',
      reason: 'Keyed wrongly from the court result sheet',
    };
    const repeated = await supergraph.queryAs<{ resolveConfiscationDiscrepancy: { replayed: boolean } }>(
      investigator,
      RESOLVE,
      { input: { ...input, idempotencyKey: `resolve-${fault.id}` } },
    );
    expect(repeated.data?.resolveConfiscationDiscrepancy.replayed).toBe(true);
    const again = await supergraph.queryAs(investigator, RESOLVE, {
      input: { ...input, idempotencyKey: `resolve-again-${fault.id}` },
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('DISCREPANCY_NOT_FOUND');
  });

  it('puts each amendment in the person’s timeline and each relinking in the audit log', async () => {
    const manager = await supergraph.tokenFor('offender-manager');
    for (const fault of faults) {
      if (!fault.pncId) continue;
      const response = await supergraph.queryAs<{
        offender: { confiscationEvents: { kind: string; reference: string; summary: string }[] };
      }>(
        manager,
        '{ offender(pncId: "' + fault.pncId + '") { confiscationEvents { kind reference summary } } }',
      );
      expect(response.errors).toBeUndefined();
      const amended = response.data?.offender.confiscationEvents.filter(
        (event) => event.reference === fault.record && /corrected|relinked/.test(event.summary),
      );
      expect(amended).toHaveLength(1);
    }
    for (const fault of faults.filter((f) => f.field === 'defendantPncId')) {
      const records = await supergraph.gateway.auditLog.store.consultationsOf(fault.pncId ?? '', {
        limit: 50,
      });
      expect(records.map((record) => record.operationName)).toContain('ConfirmProbableDefendant');
    }
  });
});
