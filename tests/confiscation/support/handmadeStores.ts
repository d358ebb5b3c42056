import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Insertable } from 'kysely';
import { maximumDefaultTermMonths } from '@lib/reference/defaultTerms';
import { buildConfiscation } from '../../../subgraphs/confiscation/src/buildConfiscation';
import type {
  ConfiscationOrderTable,
  EnforcementActionTable,
  PaymentTable,
} from '../../../subgraphs/confiscation/src/store/confiscationTables';
import { buildCourts } from '../../../subgraphs/courts/src/buildCourts';
import type { CrownCaseTable, CrownHearingTable } from '../../../subgraphs/courts/src/store/crownCourtTables';
import { foldedDefendantNames } from '../../../subgraphs/courts/src/store/foldedDefendantNames';
import type { MagistratesCaseTable } from '../../../subgraphs/courts/src/store/magistratesTables';
import { freshTestStores } from '../../support/freshTestStores';

/** What a hand-made data set holds: orders with their payments and actions, and Crown Court cases. */
export interface HandmadeData {
  orders: Insertable<ConfiscationOrderTable>[];
  payments?: Omit<Insertable<PaymentTable>, 'idempotencyKey' | 'recordedAt'>[];
  actions?: Omit<Insertable<EnforcementActionTable>, 'recordedAt'>[];
  crownCases?: Insertable<CrownCaseTable>[];
  crownHearings?: Omit<CrownHearingTable, 'hearingId'>[];
  magistratesCases?: Insertable<MagistratesCaseTable>[];
}

/**
 * A fresh data folder filled by hand through the subgraphs' own stores (migrated as at start-up), so that a
 * test knows every figure the graph should give. Stores not mentioned are left empty. The stores are on the
 * harness's engine (SQLite files in the folder, or PostgreSQL schemas recorded in it).
 */
export async function handmadeDataDir(data: HandmadeData): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'justice-gateway-confiscation-'));
  const stores = freshTestStores(dataDir);
  const confiscation = await buildConfiscation(stores.confiscation);
  await confiscation.store.insertOrders(data.orders);
  for (const payment of data.payments ?? []) {
    await confiscation.store.withOrderLedger(payment.accountNumber, (unit) =>
      unit.insertPayment({ ...payment, recordedAt: new Date().toISOString() }),
    );
  }
  for (const action of data.actions ?? []) {
    await confiscation.store.withOrderLedger(action.accountNumber, (unit) =>
      unit.insertAction({ ...action, recordedAt: new Date().toISOString() }),
    );
  }
  await confiscation.close();
  const courts = await buildCourts({ magistrates: stores.magistrates, crown: stores.crown });
  const crown = courts.databases.crown.db;
  if (data.crownCases?.length) {
    // The folded names with the names, as the Crown Court's store writes them.
    const withFolded = data.crownCases.map((row) => ({
      ...foldedDefendantNames({
        defendantFirstName: row.defendantFirstName ?? null,
        defendantLastName: row.defendantLastName ?? null,
      }),
      ...row,
    }));
    await crown.insertInto('crownCase').values(withFolded).execute();
  }
  if (data.crownHearings?.length) await crown.insertInto('crownHearing').values(data.crownHearings).execute();
  if (data.magistratesCases?.length) {
    await courts.databases.magistrates.db
      .insertInto('magistratesCase')
      .values(data.magistratesCases)
      .execute();
  }
  await courts.close();
  return dataDir;
}

/**
 * An order row with plausible defaults, for the fields a test does not care about: the court's findings say the
 * whole benefit was available and the longest term for the amount was fixed.
 */
export function orderRow(
  fields: Pick<
    ConfiscationOrderTable,
    'accountNumber' | 'orderedOn' | 'amountOrderedPence' | 'timeToPayEnds'
  > &
    Partial<ConfiscationOrderTable>,
): Insertable<ConfiscationOrderTable> {
  return {
    crownCourtCaseNumber: 'T20250001',
    defendantPncId: '2012/0052494Q',
    enforcingCourtCode: 'B13LS00',
    crownCourtCode: 'C13LS00',
    benefitPence: fields.amountOrderedPence,
    availableAmountPence: fields.amountOrderedPence,
    defaultSentenceMonths: maximumDefaultTermMonths(fields.amountOrderedPence),
    // Loaded in bulk, not recorded through the graph.
    idempotencyKey: null,
    recordedBy: null,
    recordedAt: null,
    ...fields,
  };
}

/** The PNC ID of the hand-made Crown Court defendant, Alex Example. */
export const EXAMPLE_PNC = '2012/0052494Q';

/** A Crown Court case in Leeds with a confiscation order of £10,000 made on 2 June 2025 after a custodial sentence. */
export function crownCaseRow(
  fields: Partial<Insertable<CrownCaseTable>> & { caseNumber: string },
): Insertable<CrownCaseTable> {
  return {
    urn: null,
    courtCode: 'C13LS00',
    sendingType: 'SENT_FOR_TRIAL',
    committingCourtCode: 'B13LS00',
    receivedOn: '2024-11-04',
    defendantFirstName: 'Alex',
    defendantLastName: 'Example',
    defendantDateOfBirth: '1990-01-01',
    defendantPncId: EXAMPLE_PNC,
    defendantCroNumber: null,
    outcome: 'CUSTODY',
    custodialSentenceMonths: 30,
    confiscationAmountPence: 1_000_000,
    confiscationOrderedOn: '2025-06-02',
    ...fields,
  };
}

/** The ISO date `days` after today in London (before, when negative). */
export function daysFromToday(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
