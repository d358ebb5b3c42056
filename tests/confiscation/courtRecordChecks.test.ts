import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { crownCaseRow, EXAMPLE_PNC, handmadeDataDir, orderRow } from './support/handmadeStores';
import { financialInvestigatorOperation } from './support/registeredOperations';

const ACCOUNT = financialInvestigatorOperation('ConfiscationOrderAccount');
const PNC = EXAMPLE_PNC;

const crownCase = crownCaseRow;

const order = (accountNumber: string, crownCourtCaseNumber: string, defendantPncId: string | null = PNC) =>
  orderRow({
    accountNumber,
    crownCourtCaseNumber,
    defendantPncId,
    orderedOn: '2025-06-02',
    amountOrderedPence: 1_000_000,
    timeToPayEnds: '2025-09-02',
  });

let supergraph: RunningSupergraph;
let investigator: string;

beforeAll(async () => {
  const dataDir = await handmadeDataDir({
    crownCases: [
      crownCase({ caseNumber: 'T20250001' }),
      crownCase({
        caseNumber: 'T20250002',
        outcome: 'ACQUITTED',
        confiscationAmountPence: null,
        confiscationOrderedOn: null,
      }),
      // No PNC ID keyed in by the Crown Court (as with a case received by digital transfer): the defendant's is
      // read through the URN from the magistrates' case.
      crownCase({
        caseNumber: 'T20250004',
        urn: '13LS0000001',
        defendantPncId: null,
        confiscationOrderedOn: '2025-06-03',
      }),
    ],
    crownHearings: [
      {
        caseCourtCode: 'C13LS00',
        caseNumber: 'T20250001',
        courtCode: 'C13LS00',
        startsAt: '2025-06-02T09:30:00.000Z',
        type: 'CONFISCATION',
        outcome: 'CONFISCATION_ORDER',
      },
    ],
    magistratesCases: [
      {
        urn: '13LS0000001',
        courtCode: 'B13LS00',
        defendantFirstName: 'Alex',
        defendantLastName: 'Example',
        defendantFirstNameFolded: 'alex',
        defendantLastNameFolded: 'example',
        defendantDateOfBirth: '1990-01-01',
        defendantPncId: PNC,
        defendantCroNumber: null,
        chargedOn: '2024-10-01',
        allocationDecision: 'CROWN_COURT_TRIAL',
        bailStatus: 'CONDITIONAL_BAIL',
        outcome: 'COMMITTED_TO_CROWN',
        sentToCrownCaseNumber: 'T20250004',
      },
    ],
    orders: [
      order('250000011A', 'T20250001'),
      order('250000012B', 'T20250001', '12/52494Q'),
      order('250000013C', 'T20250002'),
      order('250000014D', 'T20250001', '12/394773H'),
      { ...order('250000015E', 'T20250004'), orderedOn: '2025-06-03' },
      order('250000016F', 'T20259999'),
    ],
  });
  supergraph = await startSupergraph(dataDir);
  investigator = await supergraph.tokenFor('financial-investigator');
});

afterAll(async () => {
  // Stops what is still running: the courts were stopped by a test, and a stop asked again returns the first.
  await supergraph.stop();
});

type Account = {
  courtRecord: Record<string, unknown> | null;
  discrepancies: { kind: string; court: { record: string | null; value: string | null } }[] | null;
};

async function account(accountNumber: string) {
  const response = await supergraph.queryAs<{ confiscationOrder: Account }>(investigator, ACCOUNT, {
    accountNumber,
  });
  return response;
}

async function kindsOf(accountNumber: string) {
  const response = await account(accountNumber);
  expect(response.errors).toBeUndefined();
  return response.data?.confiscationOrder.discrepancies?.map((discrepancy) => discrepancy.kind);
}

describe('the court’s record of an order, brought by the courts subgraph', () => {
  it('shows the case, its outcome and the hearing that made the order beside the order', async () => {
    const response = await account('250000011A');
    expect(response.data?.confiscationOrder.courtRecord).toEqual({
      caseFound: true,
      likelyCaseNumber: null,
      courtCode: 'C13LS00',
      defendantPncId: PNC,
      caseOutcome: 'CUSTODY',
      orderAmount: '10000.00',
      orderedOn: '2025-06-02',
      hearingStartsAt: '2025-06-02T09:30:00.000Z',
    });
    expect(response.data?.confiscationOrder.discrepancies).toEqual([]);
  });

  it('matches the short and long forms of one PNC ID', async () => {
    expect(await kindsOf('250000012B')).toEqual([]);
  });

  it('reports a case with no order recorded and no conviction', async () => {
    expect(await kindsOf('250000013C')).toEqual(['NO_ORDER_AT_COURT', 'OUTCOME_NOT_CONVICTION']);
  });

  it('reports a PNC ID that no court knows as a mismatch, not as another person', async () => {
    expect(await kindsOf('250000014D')).toEqual(['PNC_MISMATCH']);
  });

  it('reads the defendant’s PNC ID through the link to the magistrates’ case when the Crown Court has none', async () => {
    expect(await kindsOf('250000015E')).toEqual([]);
  });

  it('suggests the case an order keyed to an unknown case number belongs to', async () => {
    const response = await account('250000016F');
    const found = response.data?.confiscationOrder.discrepancies ?? [];
    expect(found.map(({ kind, court }) => [kind, court.record, court.value])).toEqual([
      ['CASE_UNKNOWN', 'T20250001', 'T20250001'],
    ]);
  });

  it('gives no all-clear when the courts cannot answer: no discrepancies, and an error naming the courts', async () => {
    await supergraph.courts.stop();
    const response = await account('250000011A');
    expect(response.data?.confiscationOrder.discrepancies).toBeNull();
    expect(response.data?.confiscationOrder.courtRecord).toBeNull();
    expect(response.errors?.map((error) => error.extensions?.code)).toContain('SUBGRAPH_UNAVAILABLE');
  });
});
