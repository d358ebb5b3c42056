import { handMadeDataDir } from './support/handMadeCourts';
import { SEND_CASE, type SendCaseData } from './support/courtsOperations';
import { startCourtsGateway, type RunningCourtsGateway } from './support/startCourtsGateway';
import { TransferFaults } from './support/transferFaults';

const NOW = new Date('2026-11-27T10:00:00.000Z');

let faults: TransferFaults;
let running: RunningCourtsGateway;
let token: string;

beforeAll(async () => {
  const dataDir = await handMadeDataDir([
    { urn: '20AA0000001', courtCode: 'B20NT00' },
    { urn: '20AA0000002', courtCode: 'B20NT00' },
    { urn: '20AA0000003', courtCode: 'B20NT00' },
    { urn: '20AA0000004', courtCode: 'B20NT00' },
  ]);
  faults = new TransferFaults();
  running = await startCourtsGateway(dataDir, { now: () => NOW, wrapTransferStores: faults.wrap });
  token = await running.tokenFor('court-staff');
});

afterAll(() => running.stop());

function send(urn: string, idempotencyKey: string) {
  return running.queryAs<SendCaseData>(token, SEND_CASE, {
    input: {
      urn,
      crownCourtCode: 'C20NT00',
      sendingType: 'SENT_FOR_TRIAL',
      firstHearingOn: '2026-12-14',
      idempotencyKey,
    },
  });
}

async function transfersOf(urn: string) {
  return running.courts.system.databases.magistrates.db
    .selectFrom('crownTransfer')
    .select(['status', 'crownCaseNumber'])
    .where('urn', '=', urn)
    .execute();
}

describe('sends that race', () => {
  it('records one transfer when two sends of one case reach the outbox together; the loser joins the winner', async () => {
    // Both requests have checked that the case is not being sent before either records its transfer.
    faults.meetAt('magistrates.openTransfer', 2);
    const [a, b] = await Promise.all([send('20AA0000001', 'race-a'), send('20AA0000001', 'race-b')]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    const results = [a.data?.sendCaseToCrownCourt, b.data?.sendCaseToCrownCourt];
    expect(results[0]?.crownCourtCase.caseNumber).toBe(results[1]?.crownCourtCase.caseNumber);
    expect(results.map((result) => result?.repeated).sort()).toEqual([false, true]);
    expect(await transfersOf('20AA0000001')).toEqual([
      { status: 'COMPLETED', crownCaseNumber: results[0]?.crownCourtCase.caseNumber },
    ]);
    expect(faults.calls.get('magistrates.openTransfer')).toBe(2);
  });

  it('makes one Crown Court case when two attempts drive one transfer at once', async () => {
    // The second request finds the first one's transfer pending and drives it too: both write to the Crown Court.
    faults.meetAt('crown.receiveCase', 2);
    const [a, b] = await Promise.all([send('20AA0000002', 'drive-a'), send('20AA0000002', 'drive-a')]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data?.sendCaseToCrownCourt?.crownCourtCase.caseNumber).toBe(
      b.data?.sendCaseToCrownCourt?.crownCourtCase.caseNumber,
    );
    const crownCases = await running.courts.system.databases.crown.db
      .selectFrom('crownCase')
      .select('caseNumber')
      .where('urn', '=', '20AA0000002')
      .execute();
    expect(crownCases).toHaveLength(1);
  });

  it('numbers two cases sent at once in sequence, without a collision', async () => {
    faults.meetAt('crown.receiveCase', 2);
    const [a, b] = await Promise.all([send('20AA0000003', 'n-1'), send('20AA0000004', 'n-2')]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    const numbers = (
      await running.courts.system.databases.crown.db.selectFrom('crownCase').select('caseNumber').execute()
    ).map((row) => row.caseNumber);
    expect(numbers.sort()).toEqual(['T20260001', 'T20260002', 'T20260003', 'T20260004']);
  });
});
