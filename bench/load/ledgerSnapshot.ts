import type { Kysely } from 'kysely';
import type { VisitsTables } from '../../subgraphs/visits/src/store/visitsTables';

/** How the visiting-order ledger of some prisoners stood before a measurement, to put it back after. */
export interface LedgerSnapshot {
  entitlements: Map<string, { renewedOn: string; allowanceStarted: number }>;
  /** Orders given during a measurement (renewals, allowances started) have ids above this. */
  lastOrderId: number;
  /** The orders free to book with, by id: a measurement used some and its renewals lapsed others. */
  availableOrderIds: number[];
}

// SQLite binds at most 32,766 values to one statement: lists are sent in chunks well below that.
const CHUNK = 5000;

function chunks<Item>(items: readonly Item[]): Item[][] {
  return Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, index) =>
    items.slice(index * CHUNK, (index + 1) * CHUNK),
  );
}

/** Reads the ledger of the prisoners a run books for. */
export async function snapshotLedger(
  db: Kysely<VisitsTables>,
  prisonNumbers: readonly string[],
): Promise<LedgerSnapshot> {
  const entitlements = new Map<string, { renewedOn: string; allowanceStarted: number }>();
  const availableOrderIds: number[] = [];
  for (const some of chunks(prisonNumbers)) {
    const rows = await db
      .selectFrom('visitingEntitlement')
      .selectAll()
      .where('prisonNumber', 'in', some)
      .execute();
    for (const row of rows) {
      entitlements.set(row.prisonNumber, {
        renewedOn: row.renewedOn,
        allowanceStarted: row.allowanceStarted,
      });
    }
    const orders = await db
      .selectFrom('visitingOrder')
      .select('visitingOrderId')
      .where('prisonNumber', 'in', some)
      .where('status', '=', 'AVAILABLE')
      .execute();
    availableOrderIds.push(...orders.map((order) => order.visitingOrderId));
  }
  const last = await db
    .selectFrom('visitingOrder')
    .select((eb) => eb.fn.max<number>('visitingOrderId').as('last'))
    .executeTakeFirst();
  return { entitlements, lastOrderId: Number(last?.last ?? 0), availableOrderIds };
}

/**
 * Puts the ledger of the prisoners a run booked for back as it stood, inside the caller's transaction (after
 * the run's visits are deleted): orders given since are removed, the orders then free are free again, and the
 * entitlement rows are as they were (those the run made are removed).
 */
export async function restoreLedger(
  trx: Kysely<VisitsTables>,
  snapshot: LedgerSnapshot,
  prisonNumbers: readonly string[],
): Promise<void> {
  await trx.deleteFrom('visitingOrder').where('visitingOrderId', '>', snapshot.lastOrderId).execute();
  for (const some of chunks(snapshot.availableOrderIds)) {
    await trx
      .updateTable('visitingOrder')
      .set({ status: 'AVAILABLE', visitReference: null, lapsedOn: null })
      .where('visitingOrderId', 'in', some)
      .execute();
  }
  for (const prisonNumber of prisonNumbers) {
    const seeded = snapshot.entitlements.get(prisonNumber);
    if (seeded) {
      await trx
        .updateTable('visitingEntitlement')
        .set(seeded)
        .where('prisonNumber', '=', prisonNumber)
        .execute();
    } else {
      await trx.deleteFrom('visitingEntitlement').where('prisonNumber', '=', prisonNumber).execute();
    }
  }
}
