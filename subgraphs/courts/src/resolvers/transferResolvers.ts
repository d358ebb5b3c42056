import { badUserInput } from '@lib/graphql/errors';
import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import type { CourtsContext } from '../context';
import type { TransferResult } from '../services/caseTransfers';
import type { CrownCaseTable } from '../store/crownCourtTables';
import { discloseCrownCase } from './crownCaseLinks';

/** The mutation's input, as the schema types it (the Date scalar has checked the hearing date's form). */
interface SendCaseInput {
  urn: string;
  crownCourtCode: string;
  sendingType: CrownCaseTable['sendingType'];
  firstHearingOn: string;
  idempotencyKey?: string | null;
}

const MAX_KEY_LENGTH = 200;

function idempotencyKeyOf(input: SendCaseInput): string | null {
  if (input.idempotencyKey === undefined || input.idempotencyKey === null) return null;
  const key = input.idempotencyKey.trim();
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw badUserInput(
      `An idempotency key must have from 1 to ${MAX_KEY_LENGTH} characters`,
      'idempotencyKey',
    );
  }
  return key;
}

/** The sending of a case to the Crown Court: translation to and from the transfers service. */
export const transferResolvers = {
  Mutation: {
    sendCaseToCrownCourt: async (
      _parent: unknown,
      args: { input: SendCaseInput },
      context: CourtsContext,
    ) => {
      const { input } = args;
      const result = await context.transfers.send({
        urn: requireIdentifier('urn', input.urn, 'urn'),
        crownCourtCode: requireIdentifier('courtCode', input.crownCourtCode, 'crownCourtCode'),
        sendingType: input.sendingType,
        firstHearingOn: input.firstHearingOn,
        idempotencyKey: idempotencyKeyOf(input),
        requestedBy: context.caller?.subject ?? null,
      });
      await discloseCrownCase(context, result.crownCase);
      return result;
    },
  },
  CaseSentToCrownCourt: {
    crownCourtCase: (result: TransferResult) => result.crownCase,
    transferId: (result: TransferResult) => result.transfer?.transferId ?? null,
    sentAt: (result: TransferResult) => result.transfer?.requestedAt ?? null,
  },
};
