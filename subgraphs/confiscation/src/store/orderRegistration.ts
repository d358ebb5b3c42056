import type { Insertable, Transaction } from 'kysely';
import { checkCharacterFor } from '@lib/identifiers/checkCharacter';
import { recordEvent, type EventToRecord } from '@lib/events/recordEvent';
import type { StoreDatabase } from '@lib/store/openDatabase';
import type { ConfiscationOrderTable, ConfiscationTables } from './confiscationTables';
import { ACCOUNT_NUMBER_SERIES } from './registrationMigration';

/** The serials of a series: seven digits. */
const LAST_SERIAL = 9_999_999;

/** An account number of the series: the series, the serial in seven digits, and the check letter of both. */
export function accountNumberOf(serial: number): string {
  const digits = `${ACCOUNT_NUMBER_SERIES}${String(serial).padStart(7, '0')}`;
  return `${digits}${checkCharacterFor(digits)}`;
}

/** What recording an order sees inside its transaction. */
function registrationUnit(trx: Transaction<ConfiscationTables>) {
  return {
    orderByKey: (key: string) =>
      trx.selectFrom('confiscationOrder').selectAll().where('idempotencyKey', '=', key).executeTakeFirst(),
    /** The amendments of an order, oldest first: what it was first recorded as can be read back from them. */
    amendmentsOf: (accountNumber: string) =>
      trx
        .selectFrom('orderAmendment')
        .selectAll()
        .where('accountNumber', '=', accountNumber)
        .orderBy('amendmentId')
        .execute(),
    /**
     * The order already recorded for a Crown Court case against a defendant, if any: the case is its number at its
     * centre, as the same number at another centre is another case.
     */
    orderForCase: (crownCourtCaseNumber: string, crownCourtCode: string, defendantPncId: string) =>
      trx
        .selectFrom('confiscationOrder')
        .selectAll()
        .where('crownCourtCaseNumber', '=', crownCourtCaseNumber)
        .where('crownCourtCode', '=', crownCourtCode)
        .where('defendantPncId', '=', defendantPncId)
        .orderBy('accountNumber')
        .executeTakeFirst(),
    /** The next account number of the series no order has, moving the counter past it. */
    allocateAccountNumber: async (): Promise<string> => {
      const series = await trx
        .selectFrom('accountNumberSeries')
        .select('nextSerial')
        .where('series', '=', ACCOUNT_NUMBER_SERIES)
        .executeTakeFirstOrThrow();
      for (let serial = series.nextSerial; serial <= LAST_SERIAL; serial += 1) {
        const accountNumber = accountNumberOf(serial);
        // Any account of the serial, whatever its letter (one keyed with a wrong check letter still holds it).
        const taken = await trx
          .selectFrom('confiscationOrder')
          .select('accountNumber')
          .where('accountNumber', '>=', `${accountNumber.slice(0, -1)}A`)
          .where('accountNumber', '<=', `${accountNumber.slice(0, -1)}Z`)
          .executeTakeFirst();
        if (taken) continue;
        await trx
          .updateTable('accountNumberSeries')
          .set({ nextSerial: serial + 1 })
          .where('series', '=', ACCOUNT_NUMBER_SERIES)
          .execute();
        return accountNumber;
      }
      throw new Error(`Account number series ${ACCOUNT_NUMBER_SERIES} is exhausted`);
    },
    insertOrder: (row: Insertable<ConfiscationOrderTable>) =>
      trx.insertInto('confiscationOrder').values(row).returningAll().executeTakeFirstOrThrow(),
    /** Announces the order, in its transaction (lib/events). */
    recordEvent: (event: EventToRecord) => recordEvent(trx, event),
  };
}

/** Recording an order inside its transaction. */
export type RegistrationUnit = ReturnType<typeof registrationUnit>;

/** The confiscation store's recording of new orders. */
export function orderRegistration({ db, dialect }: StoreDatabase<ConfiscationTables>) {
  return {
    /**
     * Runs `work` in one transaction that holds the account number series (its counter made on first use): on
     * PostgreSQL its row is locked first,
     * so that recordings run one after the other (a repeated key, or a second order for the same case and
     * defendant, then sees the first); SQLite runs one write transaction at a time anyway.
     */
    withOrderRegistration: <Result>(work: (unit: RegistrationUnit) => Promise<Result>) =>
      db.transaction().execute(async (trx) => {
        await trx
          .insertInto('accountNumberSeries')
          .values({ series: ACCOUNT_NUMBER_SERIES, nextSerial: 1 })
          .onConflict((conflict) => conflict.column('series').doNothing())
          .execute();
        await trx
          .selectFrom('accountNumberSeries')
          .select('series')
          .where('series', '=', ACCOUNT_NUMBER_SERIES)
          .$if(dialect === 'postgres', (query) => query.forUpdate())
          .executeTakeFirstOrThrow();
        return work(registrationUnit(trx));
      }),
  };
}
