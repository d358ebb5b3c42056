import { requireReason } from '@lib/graphql/requireReason';
import type { ClosedSendingStore } from '../store/closedSendingStore';
import type { ChangeMade, CrownCaseResponseStore, StateChange } from '../store/crownCaseResponseStore';
import type { CrownCaseKey } from '../store/crownCaseKey';
import type { CrownCaseStatus, CrownCaseTable } from '../store/crownCourtTables';
import type { MagistratesCaseTable } from '../store/magistratesTables';
import type { MagistratesTransferStore } from '../store/magistratesTransferStore';
import { type CaseFinder, findNamedCase, type NamedCrownCase } from './crownCaseNaming';
import { defendantPncIdOf } from './defendantPncId';
import { responseError } from './responseErrors';

/** A Crown Court case after a change, and whether the request repeated one already made. */
export interface CaseChanged {
  crownCase: CrownCaseTable;
  repeated: boolean;
}

/** The stores the Crown Court's answers read and change. */
export interface ResponseStores {
  responses: CrownCaseResponseStore;
  closedSendings: ClosedSendingStore;
  crown: CaseFinder;
  magistrates: Pick<MagistratesTransferStore, 'caseForSending'>;
}

/** The refusal of a change that the case's state does not allow. */
export function refusalIn(status: CrownCaseStatus, caseNumber: string, change: string) {
  switch (status) {
    case 'RECEIVED':
      return responseError(
        'NOT_ACKNOWLEDGED',
        `Case ${caseNumber} has not been acknowledged by the Crown Court yet: it cannot ${change} until it is`,
      );
    case 'ACKNOWLEDGED':
      return responseError(
        'ALREADY_ACKNOWLEDGED',
        `Case ${caseNumber} has been acknowledged by the Crown Court: it can no longer ${change}`,
      );
    case 'RETURNED':
      return responseError(
        'CASE_RETURNED',
        `Case ${caseNumber} was returned to the magistrates' court: it cannot ${change}`,
      );
    case 'WITHDRAWN':
      return responseError(
        'CASE_WITHDRAWN',
        `The sending of case ${caseNumber} was withdrawn by the magistrates' court: it cannot ${change}`,
      );
  }
}

/**
 * The Crown Court's answers to a sending (acknowledge, return) and the magistrates' court's withdrawal. The
 * Crown Court store decides each one, in one transaction (store/crownCaseResponseStore.ts): two clerks at once
 * are served one after the other, and the second finds the change made (`repeated`) or no longer allowed. A
 * return or withdrawal then puts the case back on the magistrates' list, in the magistrates' store; until that
 * is recorded it stays owed, and repeating the request, or recovery at start-up, records it.
 */
export function createCrownCaseResponses(
  stores: ResponseStores,
  now: () => Date,
  log: (message: string, error?: unknown) => void,
) {
  const { responses, closedSendings, crown } = stores;
  const made = (madeBy: string | null): ChangeMade => ({ madeBy, at: now().toISOString() });

  async function requireCase(named: NamedCrownCase): Promise<CrownCaseTable> {
    const found = await findNamedCase(crown, named);
    if (!found) {
      const where = named.crownCourtCode ? ` at ${named.crownCourtCode}` : '';
      throw responseError('CASE_NOT_FOUND', `There is no Crown Court case ${named.caseNumber}${where}`, {
        argument: 'caseNumber',
      });
    }
    return found;
  }

  /**
   * The Crown Court case a magistrates' case stands sent to, by centre and number; or, once withdrawn, the one its
   * latest withdrawn sending made (withdrawing it again is a repeat).
   */
  async function sendingOf(found: MagistratesCaseTable): Promise<CrownCaseKey | null> {
    if (found.sentToCrownCourtCode && found.sentToCrownCaseNumber) {
      return { courtCode: found.sentToCrownCourtCode, caseNumber: found.sentToCrownCaseNumber };
    }
    const withdrawn = (await closedSendings.closedSendingsOf([found.urn]))
      .filter((closed) => closed.kind === 'WITHDRAWN')
      .at(-1);
    return withdrawn ? { courtCode: withdrawn.crownCourtCode, caseNumber: withdrawn.crownCaseNumber } : null;
  }

  /** Puts a returned or withdrawn case back on the magistrates' list; left owed (and logged) if that fails. */
  async function informMagistrates(
    crownCase: CrownCaseTable,
    kind: 'RETURNED' | 'WITHDRAWN',
    reason: string,
  ) {
    if (!crownCase.urn) return;
    try {
      await closedSendings.recordClosed({
        urn: crownCase.urn,
        crownCaseNumber: crownCase.caseNumber,
        crownCourtCode: crownCase.courtCode,
        kind,
        reason,
        closedAt: now().toISOString(),
      });
      await responses.markMagistratesInformed(crownCase, now().toISOString());
    } catch (error) {
      log(
        `case ${crownCase.caseNumber} ${kind.toLowerCase()}: the magistrates' list is updated on recovery`,
        error,
      );
    }
  }

  /** The answer to a state change: made, made already (repeated), or refused. */
  function answer(
    crownCase: CrownCaseTable,
    change: StateChange,
    to: CrownCaseStatus,
    what: string,
  ): CaseChanged {
    if (change.status === null) {
      throw responseError('CASE_NOT_FOUND', `There is no Crown Court case ${crownCase.caseNumber}`, {
        argument: 'caseNumber',
      });
    }
    if (change.status !== to) throw refusalIn(change.status, crownCase.caseNumber, what);
    return { crownCase, repeated: !change.changed };
  }

  async function close(
    crownCase: CrownCaseTable,
    to: 'RETURNED' | 'WITHDRAWN',
    from: CrownCaseStatus[],
    reason: string,
    by: string | null,
  ) {
    const change = await responses.changeState(crownCase, from, to, made(by), reason, {
      defendantPncId: await defendantPncIdOf(crownCase, stores.magistrates),
    });
    const result = answer(crownCase, change, to, to === 'RETURNED' ? 'be returned' : 'be withdrawn');
    // Whoever made the change, or repeats it, finishes what is owed to the magistrates' store.
    await informMagistrates(crownCase, to, change.reason ?? reason);
    return result;
  }

  return {
    /** The Crown Court acknowledges a case it received by digital transfer. */
    async acknowledge(named: NamedCrownCase, by: string | null): Promise<CaseChanged> {
      const crownCase = await requireCase(named);
      const change = await responses.changeState(crownCase, ['RECEIVED'], 'ACKNOWLEDGED', made(by), null, {
        defendantPncId: await defendantPncIdOf(crownCase, stores.magistrates),
      });
      return answer(crownCase, change, 'ACKNOWLEDGED', 'be acknowledged');
    },

    /** The Crown Court returns a case to the magistrates' court that sent it, with the reason. */
    async returnCase(named: NamedCrownCase, reason: string, by: string | null): Promise<CaseChanged> {
      const crownCase = await requireCase(named);
      if (!crownCase.urn) {
        throw responseError(
          'NOT_FROM_MAGISTRATES',
          `Case ${crownCase.caseNumber} records no magistrates' case: there is no court to return it to`,
          { argument: 'caseNumber' },
        );
      }
      return close(crownCase, 'RETURNED', ['RECEIVED', 'ACKNOWLEDGED'], requireReason(reason), by);
    },

    /** The magistrates' court withdraws a sending made in error, before the Crown Court acknowledges it. */
    async withdraw(urn: string, reason: string, by: string | null): Promise<CaseChanged> {
      const given = requireReason(reason);
      const sending = await stores.magistrates.caseForSending(urn);
      if (!sending) {
        throw responseError('CASE_NOT_FOUND', `There is no magistrates' case with URN ${urn}`, {
          argument: 'urn',
        });
      }
      const sent = await sendingOf(sending.found);
      if (!sent) {
        throw responseError('NOT_SENT', `Case ${urn} has not been sent to the Crown Court`, {
          argument: 'urn',
        });
      }
      const crownCase = await requireCase({ crownCourtCode: sent.courtCode, caseNumber: sent.caseNumber });
      return close(crownCase, 'WITHDRAWN', ['RECEIVED'], given, by);
    },

    /** Puts back on the magistrates' list every returned or withdrawn case not yet there; run at start-up. */
    async recover(): Promise<number> {
      let informed = 0;
      for (const owed of await responses.owedToMagistrates()) {
        const crownCase = await crown.caseByKey(owed);
        if (!crownCase || (owed.status !== 'RETURNED' && owed.status !== 'WITHDRAWN')) continue;
        await informMagistrates(crownCase, owed.status, owed.reason ?? '');
        informed += 1;
      }
      return informed;
    },
  };
}

/** The Crown Court's answers to sendings, and their withdrawal. */
export type CrownCaseResponses = ReturnType<typeof createCrownCaseResponses>;
