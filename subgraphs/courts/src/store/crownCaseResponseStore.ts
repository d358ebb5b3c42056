import type { Kysely, Selectable, Transaction } from 'kysely';
import { recordCaseStateChange, recordHearingListed } from './crownCaseAnnouncements';
import type { CrownCaseKey } from './crownCaseKey';
import type {
  CrownCaseEventKind,
  CrownCaseStatus,
  CrownCaseTable,
  CrownCourtTables,
  CrownHearingTable,
} from './crownCourtTables';

type Trx = Transaction<CrownCourtTables>;

/** Who made a change, and when. */
export interface ChangeMade {
  madeBy: string | null;
  at: string;
}

/** What a change's event names besides the case: its defendant's PNC ID (services/defendantPncId.ts). */
export interface Announced {
  defendantPncId: string | null;
}

/** What a state change did: `changed` false when the case was already in the state asked for, or in another. */
export interface StateChange {
  /** The case's state afterwards; null when there is no such case. */
  status: CrownCaseStatus | null;
  /** The reason the case was returned or withdrawn, if it was. */
  reason: string | null;
  changed: boolean;
}

/** A hearing to list in the Crown Court: the case it is of, where it is held, when and what for. */
export interface HearingToList {
  caseCourtCode: string;
  caseNumber: string;
  courtCode: string;
  startsAt: string;
  type: string;
}

/** A Crown Court hearing as read. */
export type CrownHearing = Selectable<CrownHearingTable>;

/** A hearing as listed, and whether this request listed it or found it listed already. */
export type ListedHearing =
  { hearing: CrownHearing; repeated: boolean } | { refused: CrownCaseStatus | null };

/** What recording an outcome did. */
export type RecordedOutcome =
  { hearing: CrownHearing; changed: boolean; status: CrownCaseStatus } | { hearing: null };

/** Final outcomes: recorded at a hearing, they are the case's result too. */
const FINAL_OUTCOMES = ['FINE', 'COMMUNITY_ORDER', 'CUSTODY', 'DISCHARGE', 'ACQUITTED'];

async function addEvent(
  trx: Trx,
  key: CrownCaseKey,
  kind: CrownCaseEventKind,
  made: ChangeMade,
  extra: { reason?: string | null; hearingId?: number | null } = {},
) {
  await trx
    .insertInto('crownCaseEvent')
    .values({
      courtCode: key.courtCode,
      caseNumber: key.caseNumber,
      kind,
      occurredAt: made.at,
      madeBy: made.madeBy,
      reason: extra.reason ?? null,
      hearingId: extra.hearingId ?? null,
    })
    .execute();
}

/** A case's state, locked, and the identifiers its events carry. */
interface LockedState {
  status: CrownCaseStatus;
  reason: string | null;
  crownCase: Pick<Selectable<CrownCaseTable>, 'caseNumber' | 'urn' | 'courtCode' | 'defendantPncId'>;
}

/**
 * Locks a case's state for the rest of the transaction and returns it (null: no such case). A case received on
 * paper has no state row: it is given one, ACKNOWLEDGED, which it always was. The no-op update takes the row
 * lock on PostgreSQL, so that two clerks changing one case at once are served one after the other; SQLite
 * serialises write transactions anyway.
 */
async function lockedState(trx: Trx, key: CrownCaseKey, at: string): Promise<LockedState | null> {
  const found = await trx
    .selectFrom('crownCase')
    .select(['caseNumber', 'urn', 'courtCode', 'defendantPncId'])
    .where('courtCode', '=', key.courtCode)
    .where('caseNumber', '=', key.caseNumber)
    .executeTakeFirst();
  if (!found) return null;
  await trx
    .insertInto('crownCaseState')
    .values({
      courtCode: key.courtCode,
      caseNumber: key.caseNumber,
      status: 'ACKNOWLEDGED',
      reason: null,
      updatedAt: at,
      magistratesInformedAt: at,
    })
    .onConflict((conflict) => conflict.columns(['courtCode', 'caseNumber']).doNothing())
    .execute();
  const locked = await trx
    .updateTable('crownCaseState')
    .set((eb) => ({ status: eb.ref('status') }))
    .where('courtCode', '=', key.courtCode)
    .where('caseNumber', '=', key.caseNumber)
    .returning(['status', 'reason'])
    .executeTakeFirstOrThrow();
  return { ...locked, crownCase: found };
}

/**
 * The Crown Court's answers to a case it received: each change is one function, one transaction, which locks the
 * case's state, checks the change is allowed from it, makes it and adds it to the case's timeline. A change
 * already made is reported as not `changed`, so that repeating a request changes nothing.
 */
export function createCrownCaseResponseStore(db: Kysely<CrownCourtTables>) {
  return {
    /** Moves a case from one of `from` to `to`, with the reason for a return or withdrawal. */
    changeState: (
      key: CrownCaseKey,
      from: readonly CrownCaseStatus[],
      to: CrownCaseStatus,
      made: ChangeMade,
      reason: string | null,
      announced: Announced,
    ): Promise<StateChange> =>
      db.transaction().execute(async (trx) => {
        const state = await lockedState(trx, key, made.at);
        if (state === null || !from.includes(state.status)) {
          return { status: state?.status ?? null, reason: state?.reason ?? null, changed: false };
        }
        // A return or withdrawal is owed to the magistrates' store until it records it.
        const owed = to === 'RETURNED' || to === 'WITHDRAWN';
        await trx
          .updateTable('crownCaseState')
          .set({ status: to, reason, updatedAt: made.at, magistratesInformedAt: owed ? null : made.at })
          .where('courtCode', '=', key.courtCode)
          .where('caseNumber', '=', key.caseNumber)
          .execute();
        await addEvent(trx, key, to as CrownCaseEventKind, made, { reason });
        await recordCaseStateChange(trx, { ...state.crownCase, ...announced }, to);
        return { status: to, reason, changed: true };
      }),

    /** Lists a further hearing of an acknowledged case; the same hearing listed again is found, not repeated. */
    listHearing: (hearing: HearingToList, made: ChangeMade, announced: Announced): Promise<ListedHearing> =>
      db.transaction().execute(async (trx) => {
        const key = { courtCode: hearing.caseCourtCode, caseNumber: hearing.caseNumber };
        const state = await lockedState(trx, key, made.at);
        if (state?.status !== 'ACKNOWLEDGED') return { refused: state?.status ?? null };
        const listed = await trx
          .selectFrom('crownHearing')
          .selectAll()
          .where('caseCourtCode', '=', key.courtCode)
          .where('caseNumber', '=', key.caseNumber)
          .where('type', '=', hearing.type)
          .where('startsAt', '=', hearing.startsAt)
          .executeTakeFirst();
        if (listed) return { hearing: listed, repeated: true };
        const row = { ...hearing, outcome: null };
        const { hearingId } = await trx
          .insertInto('crownHearing')
          .values(row)
          .returning('hearingId')
          .executeTakeFirstOrThrow();
        await addEvent(trx, key, 'HEARING_LISTED', made, { hearingId });
        await recordHearingListed(trx, { ...state.crownCase, ...announced }, { hearingId, ...hearing });
        return { hearing: { ...row, hearingId }, repeated: false };
      }),

    /** Records a hearing's outcome once; a final one is the case's result too. */
    recordOutcome: (hearingId: number, outcome: string, made: ChangeMade): Promise<RecordedOutcome> =>
      db.transaction().execute(async (trx) => {
        const hearing = await trx
          .selectFrom('crownHearing')
          .select(['caseCourtCode', 'caseNumber'])
          .where('hearingId', '=', hearingId)
          .executeTakeFirst();
        if (!hearing) return { hearing: null };
        const key = { courtCode: hearing.caseCourtCode, caseNumber: hearing.caseNumber };
        const status = (await lockedState(trx, key, made.at))?.status ?? 'ACKNOWLEDGED';
        const recorded =
          status === 'ACKNOWLEDGED'
            ? await trx
                .updateTable('crownHearing')
                .set({ outcome })
                .where('hearingId', '=', hearingId)
                .where('outcome', 'is', null)
                .executeTakeFirst()
            : null;
        const changed = Number(recorded?.numUpdatedRows ?? 0) === 1;
        if (changed) {
          await addEvent(trx, key, 'OUTCOME_RECORDED', made, { hearingId });
          if (FINAL_OUTCOMES.includes(outcome)) {
            await trx
              .updateTable('crownCase')
              .set({ outcome })
              .where('courtCode', '=', key.courtCode)
              .where('caseNumber', '=', key.caseNumber)
              .execute();
          }
        }
        const after = await trx
          .selectFrom('crownHearing')
          .selectAll()
          .where('hearingId', '=', hearingId)
          .executeTakeFirstOrThrow();
        return { hearing: after, changed, status };
      }),

    hearingById: (hearingId: number) =>
      db.selectFrom('crownHearing').selectAll().where('hearingId', '=', hearingId).executeTakeFirst(),

    /** Returns and withdrawals the magistrates' store has not recorded yet, oldest first. */
    owedToMagistrates: () =>
      db
        .selectFrom('crownCaseState')
        .innerJoin('crownCase', (join) =>
          join
            .onRef('crownCase.courtCode', '=', 'crownCaseState.courtCode')
            .onRef('crownCase.caseNumber', '=', 'crownCaseState.caseNumber'),
        )
        .select([
          'crownCase.caseNumber',
          'crownCase.urn',
          'crownCase.courtCode',
          'crownCaseState.status',
          'crownCaseState.reason',
          'crownCaseState.updatedAt',
        ])
        .where('crownCaseState.status', 'in', ['RETURNED', 'WITHDRAWN'])
        .where('crownCaseState.magistratesInformedAt', 'is', null)
        .orderBy('crownCaseState.updatedAt')
        .execute(),

    /** Records that the magistrates' store has the case back on its list. */
    markMagistratesInformed: async (key: CrownCaseKey, at: string): Promise<void> => {
      await db
        .updateTable('crownCaseState')
        .set({ magistratesInformedAt: at })
        .where('courtCode', '=', key.courtCode)
        .where('caseNumber', '=', key.caseNumber)
        .where('magistratesInformedAt', 'is', null)
        .execute();
    },
  };
}

/** The Crown Court's answers to the cases it received. */
export type CrownCaseResponseStore = ReturnType<typeof createCrownCaseResponseStore>;
