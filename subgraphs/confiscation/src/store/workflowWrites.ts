import type { Insertable, Selectable, Transaction, Updateable } from 'kysely';
import type {
  ConfiscationOrderTable,
  ConfiscationTables,
  EnforcementActionTable,
} from './confiscationTables';
import type { DiscrepancyResolutionTable, OrderAmendmentTable } from './workflowTables';

/** An amendment as stored. */
export type AmendmentRow = Selectable<OrderAmendmentTable>;
/** A discrepancy's resolution as stored. */
export type ResolutionRow = Selectable<DiscrepancyResolutionTable>;

/** The writes of the investigators' workflow on one order, inside the transaction that holds its ledger. */
export function workflowUnit(trx: Transaction<ConfiscationTables>, accountNumber: string) {
  return {
    paymentById: (paymentId: number) =>
      trx
        .selectFrom('payment')
        .selectAll()
        .where('paymentId', '=', paymentId)
        .where('accountNumber', '=', accountNumber)
        .executeTakeFirst(),
    reversalOf: (paymentId: number) =>
      trx.selectFrom('payment').selectAll().where('reversesPaymentId', '=', paymentId).executeTakeFirst(),
    actionById: (actionId: number) =>
      trx
        .selectFrom('enforcementAction')
        .selectAll()
        .where('actionId', '=', actionId)
        .where('accountNumber', '=', accountNumber)
        .executeTakeFirst(),
    actionByOutcomeKey: (key: string) =>
      trx
        .selectFrom('enforcementAction')
        .selectAll()
        .where('outcomeIdempotencyKey', '=', key)
        .executeTakeFirst(),
    updateActionOutcome: (actionId: number, outcome: Updateable<EnforcementActionTable>) =>
      trx
        .updateTable('enforcementAction')
        .set(outcome)
        .where('actionId', '=', actionId)
        .returningAll()
        .executeTakeFirstOrThrow(),
    updateOrder: (fields: Updateable<ConfiscationOrderTable>) =>
      trx
        .updateTable('confiscationOrder')
        .set(fields)
        .where('accountNumber', '=', accountNumber)
        .returningAll()
        .executeTakeFirstOrThrow(),
    amendmentByKey: (key: string) =>
      trx.selectFrom('orderAmendment').selectAll().where('idempotencyKey', '=', key).executeTakeFirst(),
    insertAmendment: (row: Insertable<OrderAmendmentTable>) =>
      trx.insertInto('orderAmendment').values(row).returningAll().executeTakeFirstOrThrow(),
    resolutions: () =>
      trx
        .selectFrom('discrepancyResolution')
        .selectAll()
        .where('accountNumber', '=', accountNumber)
        .orderBy('resolutionId')
        .execute(),
    resolutionByKey: (key: string) =>
      trx
        .selectFrom('discrepancyResolution')
        .selectAll()
        .where('idempotencyKey', '=', key)
        .executeTakeFirst(),
    insertResolution: (row: Insertable<DiscrepancyResolutionTable>) =>
      trx.insertInto('discrepancyResolution').values(row).returningAll().executeTakeFirstOrThrow(),
    setCourtCorrection: (resolutionId: number, courtCorrectionId: string) =>
      trx
        .updateTable('discrepancyResolution')
        .set({ courtCorrectionId })
        .where('resolutionId', '=', resolutionId)
        .returningAll()
        .executeTakeFirstOrThrow(),
  };
}
