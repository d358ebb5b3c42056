import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { crownCaseRow, handmadeDataDir, orderRow } from './support/handmadeStores';
import { financialInvestigatorOperation } from './support/registeredOperations';

/**
 * An order keyed against the wrong Crown Court centre, corrected through the graph: a case number names a case only
 * with its centre's code, so the centre is amended like any other fact, and the order's court record follows it.
 */
const ACCOUNT = financialInvestigatorOperation('ConfiscationOrderAccount');
const AMEND = financialInvestigatorOperation('AmendConfiscationOrder');
const RESOLVE = financialInvestigatorOperation('ResolveConfiscationDiscrepancy');
const RECORD = financialInvestigatorOperation('RecordConfiscationOrder');

const LEEDS = 'C13LS00';
const SHEFFIELD = 'C14SF00';
const LIVERPOOL = 'C05LV00';

interface Account {
  crownCourtCaseNumber: string;
  crownCourtCode: string;
  amendments: { cause: string; changes: { field: string; previousValue: string; newValue: string }[] }[];
  courtRecord: { caseFound: boolean; courtCode: string | null; orderAmount: string | null } | null;
  discrepancies: { kind: string; status: string }[] | null;
}

interface Amended {
  amendConfiscationOrder: {
    replayed: boolean;
    amendment: { changes: { field: string; previousValue: string; newValue: string }[] };
    order: { crownCourtCaseNumber: string; crownCourtCode: string };
  };
}

let supergraph: RunningSupergraph;
let investigator: string;

/** An order of £10,000 made on 2 June 2025, keyed into the enforcement system against Leeds. */
const order = (accountNumber: string, crownCourtCaseNumber: string) =>
  orderRow({
    accountNumber,
    crownCourtCaseNumber,
    crownCourtCode: LEEDS,
    orderedOn: '2025-06-02',
    amountOrderedPence: 1_000_000,
    timeToPayEnds: '2025-09-02',
  });

beforeAll(async () => {
  const dataDir = await handmadeDataDir({
    crownCases: [
      // The same number at Leeds is another case, in which no confiscation order was made.
      crownCaseRow({
        caseNumber: 'T20250001',
        courtCode: LEEDS,
        confiscationAmountPence: null,
        confiscationOrderedOn: null,
      }),
      // The orders were made in Sheffield.
      crownCaseRow({ caseNumber: 'T20250001', courtCode: SHEFFIELD }),
      crownCaseRow({ caseNumber: 'T20250002', courtCode: SHEFFIELD }),
      // Another Leeds case with no order in it.
      crownCaseRow({
        caseNumber: 'T20250004',
        courtCode: LEEDS,
        confiscationAmountPence: null,
        confiscationOrderedOn: null,
      }),
      // Liverpool's case of the same number has no order recorded either.
      crownCaseRow({
        caseNumber: 'T20250001',
        courtCode: LIVERPOOL,
        confiscationAmountPence: null,
        confiscationOrderedOn: null,
      }),
    ],
    orders: [
      order('260000101A', 'T20250001'),
      order('260000102B', 'T20259999'),
      order('260000103C', 'T20250001'),
      order('260000104D', 'T20250001'),
      order('260000105E', 'T20250001'),
    ],
  });
  supergraph = await startSupergraph(dataDir);
  investigator = await supergraph.tokenFor('financial-investigator');
});

afterAll(() => supergraph.stop());

async function account(accountNumber: string): Promise<Account> {
  const response = await supergraph.queryAs<{ confiscationOrder: Account }>(investigator, ACCOUNT, {
    accountNumber,
  });
  const found = response.data?.confiscationOrder;
  if (!found) throw new Error(`no order ${accountNumber}: ${JSON.stringify(response.errors)}`);
  return found;
}

/** Each discrepancy's kind and where it stands. */
const standing = (discrepancies: Account['discrepancies']) =>
  discrepancies?.map(({ kind, status }) => ({ kind, status }));

const amend = (accountNumber: string, fields: Record<string, unknown>, idempotencyKey: string) =>
  supergraph.queryAs<Amended>(investigator, AMEND, {
    input: { accountNumber, reason: 'Keyed against the wrong Crown Court centre', idempotencyKey, ...fields },
  });

describe('amending the Crown Court centre of an order', () => {
  it('moves the order to the centre, records old and new, and reads the court record from the new centre', async () => {
    const before = await account('260000101A');
    expect(before.courtRecord).toMatchObject({ caseFound: true, courtCode: LEEDS, orderAmount: null });
    expect(before.discrepancies?.map((discrepancy) => discrepancy.kind)).toContain('NO_ORDER_AT_COURT');

    const amended = await amend('260000101A', { crownCourtCode: 'c14sf00' }, 'court-1');
    expect(amended.errors).toBeUndefined();
    expect(amended.data?.amendConfiscationOrder).toEqual({
      replayed: false,
      amendment: expect.objectContaining({
        changes: [{ field: 'crownCourtCode', previousValue: LEEDS, newValue: SHEFFIELD }],
      }) as unknown,
      order: expect.objectContaining({
        crownCourtCaseNumber: 'T20250001',
        crownCourtCode: SHEFFIELD,
      }) as unknown,
    });

    const after = await account('260000101A');
    expect(after.crownCourtCode).toBe(SHEFFIELD);
    expect(after.amendments.map((amendment) => amendment.changes)).toEqual([
      [{ field: 'crownCourtCode', previousValue: LEEDS, newValue: SHEFFIELD }],
    ]);
    expect(after.courtRecord).toMatchObject({
      caseFound: true,
      courtCode: SHEFFIELD,
      orderAmount: '10000.00',
    });
    expect(after.discrepancies).toEqual([]);
  });

  it('amends the case number and the centre together, as one amendment', async () => {
    expect((await account('260000102B')).courtRecord?.caseFound).toBe(false);
    const amended = await amend(
      '260000102B',
      { crownCourtCaseNumber: 'T20250002', crownCourtCode: SHEFFIELD },
      'court-2',
    );
    expect(amended.errors).toBeUndefined();
    expect(amended.data?.amendConfiscationOrder.amendment.changes).toEqual([
      { field: 'crownCourtCaseNumber', previousValue: 'T20259999', newValue: 'T20250002' },
      { field: 'crownCourtCode', previousValue: LEEDS, newValue: SHEFFIELD },
    ]);
    const after = await account('260000102B');
    expect([after.crownCourtCaseNumber, after.crownCourtCode]).toEqual(['T20250002', SHEFFIELD]);
    expect(after.amendments).toHaveLength(1);
    expect(after.courtRecord).toMatchObject({ caseFound: true, courtCode: SHEFFIELD });
    expect(after.discrepancies).toEqual([]);
  });

  it('refuses a malformed code, one not in the register and a magistrates’ court, and changes nothing', async () => {
    const refusals = [
      ['C14SF0', 'BAD_USER_INPUT'],
      ['C99ZZ00', 'UNKNOWN_COURT'],
      ['B14SF00', 'NOT_A_CROWN_COURT'],
    ];
    for (const [crownCourtCode, code] of refusals) {
      const refused = await amend('260000103C', { crownCourtCode, defaultSentenceMonths: 1 }, `bad-${code}`);
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code });
      expect(refused.errors?.[0]?.message).toContain(crownCourtCode);
    }
    const unchanged = await account('260000103C');
    expect(unchanged.crownCourtCode).toBe(LEEDS);
    expect(unchanged.amendments).toEqual([]);
    expect(unchanged.courtRecord?.courtCode).toBe(LEEDS);
  });

  it('amends once when a request is retried with its key, and refuses the key for another centre', async () => {
    const first = await amend('260000103C', { crownCourtCode: SHEFFIELD }, 'court-3');
    const retried = await amend('260000103C', { crownCourtCode: SHEFFIELD }, 'court-3');
    expect(first.data?.amendConfiscationOrder.replayed).toBe(false);
    expect(retried.errors).toBeUndefined();
    expect(retried.data?.amendConfiscationOrder).toMatchObject({
      replayed: true,
      order: { crownCourtCode: SHEFFIELD },
    });
    const elsewhere = await amend('260000103C', { crownCourtCode: 'C01LO00' }, 'court-3');
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const after = await account('260000103C');
    expect(after.crownCourtCode).toBe(SHEFFIELD);
    expect(after.amendments).toHaveLength(1);
  });

  it('reopens a difference explained against the old centre’s case: the explanation was about another case', async () => {
    const explained = await supergraph.queryAs(investigator, RESOLVE, {
      input: {
        accountNumber: '260000104D',
        kind: 'NO_ORDER_AT_COURT',
        resolution: 'EXPLAINED',
        reason: 'The Leeds clerk has yet to key the order hearing',
        idempotencyKey: 'explain-leeds',
      },
    });
    expect(explained.errors).toBeUndefined();
    expect(standing((await account('260000104D')).discrepancies)).toEqual([
      { kind: 'NO_ORDER_AT_COURT', status: 'EXPLAINED' },
    ]);
    expect((await amend('260000104D', { crownCourtCode: LIVERPOOL }, 'court-4')).errors).toBeUndefined();
    const moved = await account('260000104D');
    expect(moved.courtRecord).toMatchObject({ caseFound: true, courtCode: LIVERPOOL, orderAmount: null });
    expect(standing(moved.discrepancies)).toEqual([{ kind: 'NO_ORDER_AT_COURT', status: 'OPEN' }]);
  });

  it('reopens a difference explained in one case when only the case number is amended to another', async () => {
    const explained = await supergraph.queryAs(investigator, RESOLVE, {
      input: {
        accountNumber: '260000105E',
        kind: 'NO_ORDER_AT_COURT',
        resolution: 'EXPLAINED',
        reason: 'The Leeds clerk has yet to key the order hearing in T20250001',
        idempotencyKey: 'explain-leeds-case',
      },
    });
    expect(explained.errors).toBeUndefined();
    const moved = await amend('260000105E', { crownCourtCaseNumber: 'T20250004' }, 'case-5');
    expect(moved.errors).toBeUndefined();
    // The same values in another case: the explanation was about T20250001, not this one.
    expect(standing((await account('260000105E')).discrepancies)).toEqual([
      { kind: 'NO_ORDER_AT_COURT', status: 'OPEN' },
    ]);
  });

  it('knows a recording retried after the centre was amended, and the case by number and centre', async () => {
    const input = {
      crownCourtCaseNumber: 'T20250003',
      crownCourtCode: LEEDS,
      defendantPncId: '12/52494Q',
      orderedOn: '2025-06-02',
      benefit: '10000.00',
      availableAmount: '10000.00',
      amountOrdered: '10000.00',
      timeToPayEnds: '2025-09-02',
      enforcingCourtCode: 'B13LS00',
      idempotencyKey: 'record-T20250003',
    };
    type Recorded = {
      recordConfiscationOrder: {
        replayed: boolean;
        order: { accountNumber: string; crownCourtCode: string };
      };
    };
    const recorded = await supergraph.queryAs<Recorded>(investigator, RECORD, { input });
    const accountNumber = recorded.data?.recordConfiscationOrder.order.accountNumber ?? '';
    expect((await amend(accountNumber, { crownCourtCode: SHEFFIELD }, 'court-5')).errors).toBeUndefined();
    const retried = await supergraph.queryAs<Recorded>(investigator, RECORD, { input });
    expect(retried.errors).toBeUndefined();
    expect(retried.data?.recordConfiscationOrder).toEqual({
      replayed: true,
      order: expect.objectContaining({ accountNumber, crownCourtCode: SHEFFIELD }) as unknown,
    });

    // The order is now in Sheffield's T20250003: Leeds' T20250003 is another case, whose order is not recorded.
    const again = await supergraph.queryAs(investigator, RECORD, {
      input: { ...input, crownCourtCode: SHEFFIELD, idempotencyKey: 'record-T20250003-sheffield' },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'ORDER_ALREADY_RECORDED', accountNumber });
    const leeds = await supergraph.queryAs<Recorded>(investigator, RECORD, {
      input: { ...input, idempotencyKey: 'record-T20250003-leeds' },
    });
    expect(leeds.errors).toBeUndefined();
    expect(leeds.data?.recordConfiscationOrder.order.crownCourtCode).toBe(LEEDS);
    expect(leeds.data?.recordConfiscationOrder.order.accountNumber).not.toBe(accountNumber);
  });
});
