import type { Resolvers } from '../generated/resolvers';
import { requireNoCaseload } from '@lib/authorization/caseload';
import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import { disclose } from '@lib/subgraph/disclosure';
import type { CourtsContext } from '../context';
import { completeCorrection, type CorrectionRequest, requestCorrection } from '../services/recordCorrections';
import type { RecordCorrectionStatus } from '../store/recordCorrectionTables';
import type { CorrectionRow } from '../store/recordCorrectionsStore';
import { probableDefendantResolvers } from './probableDefendantResolvers';

const NO_CASELOAD =
  'The courts cannot tell where a person is held: staff limited to a prison caseload do not read court records';

/** The case a correction concerns and the defendant's PNC ID as the case shows it (its own, or the linked one). */
async function caseOf(caseNumber: string, context: CourtsContext) {
  const crownCase = await context.crownCaseByNumber.load(caseNumber);
  if (!crownCase) return null;
  const linked =
    crownCase.defendantPncId === null && crownCase.urn
      ? await context.magistratesCaseByUrn.load(crownCase.urn)
      : null;
  return { crownCase, defendantPncId: crownCase.defendantPncId ?? linked?.defendantPncId ?? null };
}

/** Records, for the audit log, whose case record a correction shows: the defendant, or else the case. */
async function discloseCorrection(context: CourtsContext, correction: CorrectionRow): Promise<void> {
  const held = await caseOf(correction.caseNumber, context);
  disclose(context, held?.defendantPncId ?? correction.caseNumber);
}

async function disclosedAll(context: CourtsContext, corrections: CorrectionRow[]): Promise<CorrectionRow[]> {
  await Promise.all(corrections.map((correction) => discloseCorrection(context, correction)));
  return corrections;
}

function actorOf(context: CourtsContext) {
  return { subject: context.caller?.subject ?? 'unknown' };
}

/**
 * The Crown Court's work list of corrections to its record, the confiscation system's request for one, and Crown
 * Court staff completing one; and the probable defendant of a confiscation order. Translation only.
 */
export const recordCorrectionResolvers: Resolvers = {
  Query: {
    crownCourtRecordCorrections: async (
      _parent,
      args: { status?: RecordCorrectionStatus | null; courtCode?: string | null },
      context: CourtsContext,
    ) => {
      requireNoCaseload(context.caller, NO_CASELOAD);
      const courtCode = args.courtCode ? requireIdentifier('courtCode', args.courtCode, 'courtCode') : null;
      return disclosedAll(
        context,
        await context.recordCorrections.findCorrections(args.status ?? 'OPEN', courtCode),
      );
    },
  },
  Mutation: {
    requestCrownCourtRecordCorrection: async (
      _parent,
      args: { input: CorrectionRequest },
      context: CourtsContext,
    ) => {
      requireNoCaseload(context.caller, NO_CASELOAD);
      const { correction } = await requestCorrection(
        context.recordCorrections,
        args.input,
        (caseNumber) => caseOf(caseNumber, context),
        actorOf(context),
      );
      await discloseCorrection(context, correction);
      return correction;
    },
    completeCrownCourtRecordCorrection: async (
      _parent,
      args: { input: { correctionId: string; note?: string | null } },
      context: CourtsContext,
    ) => {
      requireNoCaseload(context.caller, NO_CASELOAD);
      const completed = await completeCorrection(
        context.recordCorrections,
        args.input,
        actorOf(context),
        context.locksRows,
      );
      // The case's record changed in this request: later reads of it in the request must not see it as it was.
      context.crownCaseByNumber.clear(completed.correction.caseNumber);
      await discloseCorrection(context, completed.correction);
      return completed;
    },
  },
  CrownCourtRecordCorrection: {
    correctionId: (correction: CorrectionRow) => String(correction.correctionId),
    courtCode: async (correction: CorrectionRow, _args, context: CourtsContext) =>
      (await context.crownCaseByNumber.load(correction.caseNumber))?.courtCode ?? null,
  },
  ...probableDefendantResolvers,
};
