import type { Insertable } from 'kysely';
import type { CrownCaseTable } from '../../subgraphs/courts/src/store/crownCourtTables';
import { startSupergraph, type RunningSupergraph } from '../support/startSupergraph';
import { crownCaseRow, handmadeDataDir, orderRow } from './support/handmadeStores';
import { financialInvestigatorOperation } from './support/registeredOperations';

/**
 * The discrepancies an investigator does not correct in the enforcement system: the Crown Court's own error (a
 * correction its staff see and make through the graph) and a difference explained; and the refusals.
 */
const ACCOUNT = financialInvestigatorOperation('ConfiscationOrderAccount');
const RESOLVE = financialInvestigatorOperation('ResolveConfiscationDiscrepancy');

function crownCase(caseNumber: string, fields: Partial<Insertable<CrownCaseTable>> = {}) {
  return crownCaseRow({ caseNumber, ...fields });
}

const order = (
  accountNumber: string,
  crownCourtCaseNumber: string,
  amountOrderedPence: number,
  orderedOn = '2025-06-02',
) =>
  orderRow({
    accountNumber,
    crownCourtCaseNumber,
    orderedOn,
    amountOrderedPence,
    timeToPayEnds: '2025-09-02',
  });

const CORRECTIONS = /* GraphQL */ `
  query Corrections($status: RecordCorrectionStatus) {
    crownCourtRecordCorrections(status: $status) {
      correctionId
      caseNumber
      courtCode
      field
      recordedValue
      correctValue
      reason
      accountNumber
      requestedBy
      status
      completedBy
      completionNote
    }
  }
`;
const COMPLETE = /* GraphQL */ `
  mutation Complete($input: CompleteCrownCourtRecordCorrectionInput!) {
    completeCrownCourtRecordCorrection(input: $input) {
      replayed
      correction {
        status
        completedBy
        completionNote
      }
    }
  }
`;

interface Discrepancy {
  kind: string;
  status: string;
}

let supergraph: RunningSupergraph;
let investigator: string;
let courtStaff: string;

async function discrepanciesOf(accountNumber: string): Promise<Discrepancy[] | null> {
  const response = await supergraph.queryAs<{ confiscationOrder: { discrepancies: Discrepancy[] | null } }>(
    investigator,
    ACCOUNT,
    { accountNumber },
  );
  expect(response.errors).toBeUndefined();
  return (
    response.data?.confiscationOrder.discrepancies?.map(({ kind, status }) => ({ kind, status })) ?? null
  );
}

function resolve(accountNumber: string, kind: string, resolution: string, idempotencyKey: string) {
  return supergraph.queryAs<{
    resolveConfiscationDiscrepancy: { replayed: boolean; resolution: { courtCorrectionId: string | null } };
  }>(investigator, RESOLVE, {
    input: { accountNumber, kind, resolution, reason: 'Checked against the judge’s order', idempotencyKey },
  });
}

beforeAll(async () => {
  const dataDir = await handmadeDataDir({
    crownCases: [
      // The court recorded £10,000 where the judge ordered £12,000, as the enforcement system has it.
      crownCase('T20250001'),
      crownCase('T20250002', { confiscationOrderedOn: '2025-06-03' }),
      // Another case of the same defendant, with an order of another amount: no likely case for 250000003C.
      crownCase('T20250003', { confiscationAmountPence: 500_000 }),
    ],
    orders: [
      order('250000001A', 'T20250001', 1_200_000),
      order('250000002B', 'T20250002', 1_000_000),
      // A case the Crown Court does not hold.
      order('250000003C', 'T20259999', 1_000_000),
    ],
  });
  supergraph = await startSupergraph(dataDir);
  investigator = await supergraph.tokenFor('financial-investigator');
  courtStaff = await supergraph.tokenFor('court-staff');
});

afterAll(() => supergraph.stop());

describe("the court's error", () => {
  it('asks the Crown Court to correct its record, which its staff see and make; then the order agrees', async () => {
    expect(await discrepanciesOf('250000001A')).toEqual([{ kind: 'AMOUNT_MISMATCH', status: 'OPEN' }]);
    const resolved = await resolve('250000001A', 'AMOUNT_MISMATCH', 'COURT_ERROR', 'court-error-1');
    expect(resolved.errors).toBeUndefined();
    const correctionId = resolved.data?.resolveConfiscationDiscrepancy.resolution.courtCorrectionId;
    expect(correctionId).toMatch(/^\d+$/);
    expect(await discrepanciesOf('250000001A')).toEqual([
      { kind: 'AMOUNT_MISMATCH', status: 'AWAITING_COURT_CORRECTION' },
    ]);

    const open = await supergraph.queryAs<{ crownCourtRecordCorrections: Record<string, unknown>[] }>(
      courtStaff,
      CORRECTIONS,
    );
    expect(open.errors).toBeUndefined();
    expect(open.data?.crownCourtRecordCorrections).toEqual([
      {
        correctionId,
        caseNumber: 'T20250001',
        courtCode: 'C13LS00',
        field: 'CONFISCATION_AMOUNT',
        recordedValue: '10000.00',
        correctValue: '12000.00',
        reason: 'Checked against the judge’s order',
        accountNumber: '250000001A',
        requestedBy: 'dev-financial-investigator',
        status: 'OPEN',
        completedBy: null,
        completionNote: null,
      },
    ]);

    const completed = await supergraph.queryAs<{
      completeCrownCourtRecordCorrection: { replayed: boolean; correction: { status: string } };
    }>(courtStaff, COMPLETE, { input: { correctionId, note: 'Result sheet re-keyed' } });
    expect(completed.errors).toBeUndefined();
    expect(completed.data?.completeCrownCourtRecordCorrection).toEqual({
      replayed: false,
      correction: {
        status: 'COMPLETED',
        completedBy: 'dev-court-staff',
        completionNote: 'Result sheet re-keyed',
      },
    });
    expect(await discrepanciesOf('250000001A')).toEqual([]);
    const crown = await supergraph.queryAs<{ crownCourtCase: { announcedConfiscation: { amount: string } } }>(
      courtStaff,
      '{ crownCourtCase(caseNumber: "T20250001") { announcedConfiscation { amount } } }',
    );
    expect(crown.data?.crownCourtCase.announcedConfiscation.amount).toBe('12000.00');
  });

  it('completes a correction once: the same note again is a replay, another is refused', async () => {
    const done = await supergraph.queryAs<{ crownCourtRecordCorrections: { correctionId: string }[] }>(
      courtStaff,
      CORRECTIONS,
      { status: 'COMPLETED' },
    );
    const correctionId = done.data?.crownCourtRecordCorrections[0]?.correctionId;
    const again = await supergraph.queryAs<{ completeCrownCourtRecordCorrection: { replayed: boolean } }>(
      courtStaff,
      COMPLETE,
      { input: { correctionId, note: 'Result sheet re-keyed' } },
    );
    expect(again.data?.completeCrownCourtRecordCorrection.replayed).toBe(true);
    const other = await supergraph.queryAs(courtStaff, COMPLETE, {
      input: { correctionId, note: 'Another' },
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('CORRECTION_ALREADY_COMPLETED');
    const unknown = await supergraph.queryAs(courtStaff, COMPLETE, { input: { correctionId: '999' } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps the request to the court for the confiscation system alone, and the work list for the courts', async () => {
    const direct = await supergraph.queryAs(
      courtStaff,
      `mutation { requestCrownCourtRecordCorrection(input: { caseNumber: "T20250003", field: CONFISCATION_AMOUNT,
        correctValue: "1.00", reason: "x", accountNumber: "250000001A", requestReference: "x" }) { correctionId } }`,
    );
    expect(direct.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const byStaff = await supergraph.queryAs(courtStaff, RESOLVE, {
      input: {
        accountNumber: '250000002B',
        kind: 'DATE_MISMATCH',
        resolution: 'EXPLAINED',
        reason: 'x',
        idempotencyKey: 'x',
      },
    });
    expect(byStaff.data?.resolveConfiscationDiscrepancy ?? null).toBeNull();
    expect(byStaff.errors?.length).toBeGreaterThan(0);
  });
});

describe('explanations and refusals', () => {
  it('keeps an explained difference listed as EXPLAINED, and refuses to resolve it twice', async () => {
    const explained = await resolve('250000002B', 'DATE_MISMATCH', 'EXPLAINED', 'explain-1');
    expect(explained.errors).toBeUndefined();
    expect(await discrepanciesOf('250000002B')).toEqual([{ kind: 'DATE_MISMATCH', status: 'EXPLAINED' }]);
    const twice = await resolve('250000002B', 'DATE_MISMATCH', 'CORRECTED', 'explain-2');
    expect(twice.errors?.[0]?.extensions?.code).toBe('DISCREPANCY_ALREADY_RESOLVED');
    const replay = await resolve('250000002B', 'DATE_MISMATCH', 'EXPLAINED', 'explain-1');
    expect(replay.data?.resolveConfiscationDiscrepancy.replayed).toBe(true);
    const reused = await resolve('250000002B', 'DATE_MISMATCH', 'COURT_ERROR', 'explain-1');
    expect(reused.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('refuses what a discrepancy cannot be, and one the order does not show', async () => {
    const courtError = await resolve('250000003C', 'CASE_UNKNOWN', 'COURT_ERROR', 'refuse-1');
    expect(courtError.errors?.[0]?.extensions?.code).toBe('RESOLUTION_NOT_ALLOWED');
    const corrected = await resolve('250000003C', 'CASE_UNKNOWN', 'CORRECTED', 'refuse-2');
    expect(corrected.errors?.[0]?.extensions?.code).toBe('RESOLUTION_NOT_ALLOWED');
    const absent = await resolve('250000003C', 'AMOUNT_MISMATCH', 'EXPLAINED', 'refuse-3');
    expect(absent.errors?.[0]?.extensions?.code).toBe('DISCREPANCY_NOT_FOUND');
    const unknownOrder = await resolve('259999999Z', 'AMOUNT_MISMATCH', 'EXPLAINED', 'refuse-4');
    expect(unknownOrder.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const noReason = await supergraph.queryAs(investigator, RESOLVE, {
      input: {
        accountNumber: '250000003C',
        kind: 'CASE_UNKNOWN',
        resolution: 'EXPLAINED',
        reason: ' ',
        idempotencyKey: 'r5',
      },
    });
    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await discrepanciesOf('250000003C')).toEqual([{ kind: 'CASE_UNKNOWN', status: 'OPEN' }]);
  });
});
