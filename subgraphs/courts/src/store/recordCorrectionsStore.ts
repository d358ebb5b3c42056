import type { Insertable, Kysely, Selectable } from 'kysely';
import type { CrownCaseTable, CrownCourtTables } from './crownCourtTables';
import type {
  CrownRecordCorrectionTable,
  RecordCorrectionStatus,
  RecordField,
} from './recordCorrectionTables';

/** A correction as stored. */
export type CorrectionRow = Selectable<CrownRecordCorrectionTable>;

/** The Crown Court case column each correctable field is kept in. */
const COLUMN_OF: Record<RecordField, keyof CrownCaseTable> = {
  CONFISCATION_AMOUNT: 'confiscationAmountPence',
  CONFISCATION_ORDER_DATE: 'confiscationOrderedOn',
  DEFENDANT_PNC_ID: 'defendantPncId',
};

/** The corrections of the Crown Court's record, in the Crown Court system's store; each write one transaction. */
export function createRecordCorrectionsStore(db: Kysely<CrownCourtTables>) {
  return {
    findCorrections: (status: RecordCorrectionStatus, courtCode: string | null) =>
      db
        .selectFrom('crownRecordCorrection')
        .selectAll()
        .where('status', '=', status)
        .$if(courtCode !== null, (query) => query.where('courtCode', '=', courtCode ?? ''))
        .orderBy('correctionId')
        .execute(),

    /** Records a correction asked for, or returns the one already asked for under the same reference. */
    request: (row: Insertable<CrownRecordCorrectionTable>) =>
      db.transaction().execute(async (trx) => {
        const earlier = await trx
          .selectFrom('crownRecordCorrection')
          .selectAll()
          .where('requestReference', '=', row.requestReference)
          .executeTakeFirst();
        if (earlier) return { correction: earlier, replayed: true };
        const correction = await trx
          .insertInto('crownRecordCorrection')
          .values(row)
          .returningAll()
          .executeTakeFirstOrThrow();
        return { correction, replayed: false };
      }),

    /**
     * Runs `work` in one transaction with the correction (locked on PostgreSQL, so that two clerks completing it
     * at once do so one after the other) and a way to set the case's field and complete the correction.
     */
    withCorrection: <Result>(
      correctionId: number,
      work: (
        correction: CorrectionRow | null,
        complete: (
          value: string | number,
          completion: Pick<CorrectionRow, 'completedBy' | 'completedAt' | 'completionNote'>,
        ) => Promise<CorrectionRow>,
      ) => Promise<Result>,
      forUpdate: boolean,
    ) =>
      db.transaction().execute(async (trx) => {
        const correction = await trx
          .selectFrom('crownRecordCorrection')
          .selectAll()
          .where('correctionId', '=', correctionId)
          .$if(forUpdate, (query) => query.forUpdate())
          .executeTakeFirst();
        return work(correction ?? null, async (value, completion) => {
          if (!correction) throw new Error('no correction to complete');
          await trx
            .updateTable('crownCase')
            .set({ [COLUMN_OF[correction.field]]: value })
            .where('courtCode', '=', correction.courtCode)
            .where('caseNumber', '=', correction.caseNumber)
            .execute();
          return trx
            .updateTable('crownRecordCorrection')
            .set({ status: 'COMPLETED', ...completion })
            .where('correctionId', '=', correctionId)
            .returningAll()
            .executeTakeFirstOrThrow();
        });
      }),
  };
}

/** The store of the Crown Court record's corrections. */
export type RecordCorrectionsStore = ReturnType<typeof createRecordCorrectionsStore>;
