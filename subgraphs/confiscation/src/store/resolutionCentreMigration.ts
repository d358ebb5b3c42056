import { type Kysely, sql } from 'kysely';

/**
 * Migration 006: each discrepancy's resolution keeps the Crown Court centre the order named when it was resolved.
 * A case number names a case only at its centre, and an order's centre can now be amended: an explanation, or a
 * court's correction asked for, is about the case at that centre, not the same number at another. Resolutions made
 * before are given their order's centre, which is the one they were made against: no centre could be amended then.
 */
export async function addResolutionCentre(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('discrepancy_resolution').addColumn('crown_court_code', 'varchar(7)').execute();
  await sql`
    update discrepancy_resolution set crown_court_code = (
      select confiscation_order.crown_court_code from confiscation_order
      where confiscation_order.account_number = discrepancy_resolution.account_number
    )`.execute(db);
}
