import { type Kysely, type Migration, sql } from 'kysely';

/**
 * What recording movements needs of the store: the request that recorded each movement (its idempotency key,
 * unique, so that a repeated request finds its first answer and two at once cannot both record), one person per
 * PNC ID (so that two clerks receiving the same new person at once cannot make two records of them), and one
 * active booking per person (a person is in one prison at a time, whatever a writer forgets to lock). Movements
 * loaded from the system of record carry no key.
 */
export const custodyMovementsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('movement').addColumn('idempotency_key', 'varchar(100)').execute();
    await db.schema
      .createIndex('movement_idempotency_key')
      .unique()
      .on('movement')
      .column('idempotency_key')
      .where(sql<boolean>`idempotency_key is not null`)
      .execute();
    await db.schema.dropIndex('offender_pnc_id').execute();
    await db.schema
      .createIndex('offender_pnc_id')
      .unique()
      .on('offender')
      .column('pnc_id')
      .where(sql<boolean>`pnc_id is not null`)
      .execute();
    await db.schema
      .createIndex('booking_one_active')
      .unique()
      .on('booking')
      .column('prison_number')
      .where(sql<boolean>`active = 1`)
      .execute();
  },
};

/**
 * One person per CRO number, as per PNC ID: a reception refuses a new person whose CRO number P-Nomis holds
 * (existingRecord.ts), and the index keeps two clerks receiving them at once from both recording them.
 */
export const croNumberOnePersonMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex('offender_cro_number')
      .unique()
      .on('offender')
      .column('cro_number')
      .where(sql<boolean>`cro_number is not null`)
      .execute();
  },
};
