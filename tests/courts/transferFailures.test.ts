import { testStoreLocation } from '../support/testStoreLocations';
import { openDatabase } from '@lib/store/openDatabase';
import type { CrownCourtTables } from '../../subgraphs/courts/src/store/crownCourtTables';
import type { MagistratesTables } from '../../subgraphs/courts/src/store/magistratesTables';
import {
  MAGISTRATES_CASE,
  SEND_CASE,
  type MagistratesCaseData,
  type SendCaseData,
  type SendCaseInput,
} from './support/courtsOperations';
import { handMadeDataDir } from './support/handMadeCourts';
import { startCourtsGateway, type RunningCourtsGateway } from './support/startCourtsGateway';
import { TransferFaults } from './support/transferFaults';

/** A Friday morning; the first Crown Court hearings below are on the Monday fortnight. */
const NOW = new Date('2026-11-27T10:00:00.000Z');
const FIRST_HEARING = '2026-12-14';
const URNS = ['13AA0000001', '13AA0000002', '13AA0000003', '13AA0000004'] as const;

let dataDir: string;
let faults: TransferFaults;
let running: RunningCourtsGateway;
let token: string;
const logged: string[] = [];

async function start(withFaults: boolean) {
  running = await startCourtsGateway(dataDir, {
    now: () => NOW,
    log: (message) => logged.push(message),
    ...(withFaults ? { wrapTransferStores: faults.wrap } : {}),
  });
  token = await running.tokenFor('court-staff');
}

beforeAll(async () => {
  dataDir = await handMadeDataDir(
    URNS.map((urn, index) => ({ urn, courtCode: 'B13LS00', pncId: `2010/000000${index + 1}X` })),
  );
  faults = new TransferFaults();
  await start(true);
});

afterAll(() => running.stop());

function send(urn: string, idempotencyKey: string) {
  const input: SendCaseInput = {
    urn,
    crownCourtCode: 'C13LS00',
    sendingType: 'SENT_FOR_TRIAL',
    firstHearingOn: FIRST_HEARING,
    idempotencyKey,
  };
  return running.queryAs<SendCaseData>(token, SEND_CASE, { input });
}

/** What each store holds about a case, read straight from the two databases, past the graph. */
async function storedState(urn: string) {
  const magistrates = openDatabase<MagistratesTables>(testStoreLocation(dataDir, 'magistrates'));
  const crown = openDatabase<CrownCourtTables>(testStoreLocation(dataDir, 'crown'));
  try {
    const magistratesCase = await magistrates.db
      .selectFrom('magistratesCase')
      .select(['sentToCrownCaseNumber', 'outcome'])
      .where('urn', '=', urn)
      .executeTakeFirstOrThrow();
    const transfers = await magistrates.db
      .selectFrom('crownTransfer')
      .select(['status', 'crownCaseNumber'])
      .where('urn', '=', urn)
      .orderBy('requestedAt')
      .execute();
    const crownCases = await crown.db
      .selectFrom('crownCase')
      .select(['caseNumber', 'urn'])
      .where('urn', '=', urn)
      .execute();
    return { sentTo: magistratesCase.sentToCrownCaseNumber, transfers, crownCases };
  } finally {
    await magistrates.close();
    await crown.close();
  }
}

/** Sent, with the link on both sides: the magistrates' case names the Crown Court case, which names the URN. */
async function expectSent(urn: string, caseNumber: string) {
  const state = await storedState(urn);
  expect(state.sentTo).toBe(caseNumber);
  expect(state.crownCases).toEqual([{ caseNumber, urn }]);
  const seen = await running.queryAs<MagistratesCaseData>(token, MAGISTRATES_CASE, { urn });
  expect(seen.data?.magistratesCase?.sentToCrownCourt?.caseNumber).toBe(caseNumber);
}

/** Not sent at all: no link on the magistrates' side, no Crown Court case, no live transfer. */
async function expectNotSent(urn: string) {
  const state = await storedState(urn);
  expect(state.sentTo).toBeNull();
  expect(state.crownCases).toEqual([]);
  expect(state.transfers.map((transfer) => transfer.status)).not.toContain('PENDING');
  expect(state.transfers.map((transfer) => transfer.status)).not.toContain('COMPLETED');
}

describe('a transfer that fails half-way', () => {
  it('is not sent when the Crown Court store is unavailable, says so, and a retry with the same key sends it', async () => {
    faults.failNext('crown.receiveCase', 'before');
    const failed = await send(URNS[0], 'key-crown-down');
    expect(failed.data?.sendCaseToCrownCourt ?? null).toBeNull();
    expect(failed.errors?.[0]?.extensions).toMatchObject({ code: 'TRANSFER_NOT_SENT', sent: false });
    expect(failed.errors?.[0]?.message).toMatch(/Crown Court system could not record the case/);
    await expectNotSent(URNS[0]);

    const retried = await send(URNS[0], 'key-crown-down');
    expect(retried.errors).toBeUndefined();
    const sent = retried.data?.sendCaseToCrownCourt;
    expect(sent?.repeated).toBe(false);
    await expectSent(URNS[0], sent?.crownCourtCase.caseNumber ?? '');
  });

  it('leaves nothing half-done when it fails between the two writes, and a retry sends it', async () => {
    // The Crown Court case is written, then the answer is lost: the magistrates' side never records the sending.
    faults.failNext('crown.receiveCase', 'after');
    const failed = await send(URNS[1], 'key-between-writes');
    expect(failed.errors?.[0]?.extensions).toMatchObject({ code: 'TRANSFER_NOT_SENT', sent: false });
    await expectNotSent(URNS[1]);
    expect((await storedState(URNS[1])).transfers).toEqual([
      { status: 'ROLLED_BACK', crownCaseNumber: null },
    ]);

    const retried = await send(URNS[1], 'key-between-writes');
    expect(retried.errors).toBeUndefined();
    await expectSent(URNS[1], retried.data?.sendCaseToCrownCourt?.crownCourtCase.caseNumber ?? '');
  });

  it('stays pending when the failure cannot be recorded either, says so, and a retry completes it', async () => {
    faults
      .failNext('magistrates.completeTransfer', 'before')
      .failNext('magistrates.abandonTransfer', 'before');
    const failed = await send(URNS[2], 'key-pending');
    expect(failed.errors?.[0]?.extensions).toMatchObject({ code: 'TRANSFER_PENDING', sent: null });
    const pending = await storedState(URNS[2]);
    expect(pending.sentTo).toBeNull();
    expect(pending.transfers).toEqual([{ status: 'PENDING', crownCaseNumber: null }]);
    const [written] = pending.crownCases;

    const retried = await send(URNS[2], 'key-pending');
    expect(retried.errors).toBeUndefined();
    // The retry finishes the same transfer: the Crown Court case it had already written, not a second one.
    expect(retried.data?.sendCaseToCrownCourt?.crownCourtCase.caseNumber).toBe(written?.caseNumber);
    await expectSent(URNS[2], written?.caseNumber ?? '');
  });

  it('is completed by recovery when the courts service starts again after leaving it pending', async () => {
    faults.failNext('crown.receiveCase', 'after').failNext('magistrates.abandonTransfer', 'before');
    const failed = await send(URNS[3], 'key-restart');
    expect(failed.errors?.[0]?.extensions).toMatchObject({ code: 'TRANSFER_PENDING', sent: null });
    expect((await storedState(URNS[3])).transfers).toEqual([{ status: 'PENDING', crownCaseNumber: null }]);

    await running.stop();
    await start(false);
    const recovered = await storedState(URNS[3]);
    expect(recovered.transfers).toEqual([
      { status: 'COMPLETED', crownCaseNumber: recovered.crownCases[0]?.caseNumber },
    ]);
    await expectSent(URNS[3], recovered.crownCases[0]?.caseNumber ?? '');
    const repeated = await send(URNS[3], 'key-restart');
    expect(repeated.data?.sendCaseToCrownCourt).toMatchObject({
      repeated: true,
      crownCourtCase: { caseNumber: recovered.crownCases[0]?.caseNumber },
    });
    expect(faults.pending()).toEqual([]);
  });
});
