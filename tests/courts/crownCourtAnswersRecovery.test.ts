import { migrateToLatest } from '@lib/store/migrateToLatest';
import { openDatabase } from '@lib/store/openDatabase';
import { crownCourtMigrations } from '../../subgraphs/courts/src/store/crownCourtMigrations';
import type { CrownCourtTables } from '../../subgraphs/courts/src/store/crownCourtTables';
import { createCrownCaseResponseStore } from '../../subgraphs/courts/src/store/crownCaseResponseStore';
import { testStoreLocation } from '../support/testStoreLocations';
import { MAGISTRATES_LIST } from './support/answerOperations';
import { handMadeDataDir } from './support/handMadeCourts';
import { startCourtsGateway, type RunningCourtsGateway } from './support/startCourtsGateway';

const REASON = 'The file has no witness statements';
let running: RunningCourtsGateway | undefined;

afterAll(() => running?.stop());

describe('a return the magistrates store did not record', () => {
  it('is recorded when the courts service next starts: the case is back on the magistrates list', async () => {
    // A case sent on paper, returned by the Crown Court store alone (the process stopped before the magistrates'
    // store recorded it).
    const dataDir = await handMadeDataDir([
      {
        urn: '22RR0000001',
        courtCode: 'B22BS00',
        crown: { caseNumber: 'T20260777', courtCode: 'C22BS00', receivedOn: '2026-10-01' },
      },
    ]);
    const crown = openDatabase<CrownCourtTables>(testStoreLocation(dataDir, 'crown'));
    try {
      await migrateToLatest(crown.db, crownCourtMigrations);
      const change = await createCrownCaseResponseStore(crown.db).changeState(
        { courtCode: 'C22BS00', caseNumber: 'T20260777' },
        ['RECEIVED', 'ACKNOWLEDGED'],
        'RETURNED',
        { madeBy: 'clerk', at: '2026-11-20T10:00:00.000Z' },
        REASON,
        { defendantPncId: null },
      );
      expect(change).toEqual({ status: 'RETURNED', reason: REASON, changed: true });
    } finally {
      await crown.close();
    }
    running = await startCourtsGateway(dataDir, { now: () => new Date('2026-11-27T10:00:00.000Z') });
    const response = await running.queryAs(await running.tokenFor('court-staff'), MAGISTRATES_LIST, {
      urn: '22RR0000001',
    });
    expect(response.data?.magistratesCase).toEqual({
      outcome: null,
      sentToCrownCourt: null,
      closedSendings: [
        {
          crownCourtCaseNumber: 'T20260777',
          crownCourt: { code: 'C22BS00' },
          kind: 'RETURNED',
          reason: REASON,
        },
      ],
    });
    const owed = await running.courts.system.databases.crown.db
      .selectFrom('crownCaseState')
      .select('magistratesInformedAt')
      .executeTakeFirstOrThrow();
    expect(owed.magistratesInformedAt).not.toBeNull();
  });
});
