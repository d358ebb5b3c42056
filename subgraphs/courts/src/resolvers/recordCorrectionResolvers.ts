import type { Resolvers } from '../generated/resolvers';
import { requireNoCaseload } from '@lib/authorization/caseload';
import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import { disclose } from '@lib/subgraph/disclosure';
import type { CourtsContext } from '../context';
import { findNamedCase, type NamedCrownCase } from '../services/crownCaseNaming';
import { type CrownCaseKey, crownCaseKeyText } from '../store/crownCaseKey';
import type { CrownCaseTable } from '../store/crownCourtTables';
import { completeCorrection, type CorrectionRequest, requestCorrection } from '../services/recordCorrections';
import type { RecordCorrectionStatus } from '../store/recordCorrectionTables';
import type { CorrectionRow } from '../store/recordCorrectionsStore';
import { loadedCaseFinder } from './crownCaseLinks';
import { probableDefendantResolvers } from './probableDefendantResolvers';

const NO_CASELOAD =
  'The courts cannot tell where a person is held: staff limited to a prison caseload do not read court records';

/** A case and the defendant's PNC ID as the case shows it (its own, or the linked one). */
async function withDefendantPncId(crownCase: CrownCaseTable | null, context: CourtsContext) {
  if (!crownCase) return null;
  const linked =
    crownCase.defendantPncId === null && crownCase.urn
      ? await context.magistratesCaseByUrn.load(crownCase.urn)
      : null;
  return { crownCase, defendantPncId: crownCase.defendantPncId ?? linked?.defendantPncId ?? null };
}

const caseLoaded = (key: CrownCaseKey, context: CourtsContext) =>
  context.crownCaseByKey.load(crownCaseKeyText(key));

/** Records, for the audit log, whose case record a correction shows: the defendant, or else the case. */
async function discloseCorrection(context: CourtsContext, correction: CorrectionRow): Promise<void> {
  const held = await withDefendantPncId(await caseLoaded(correction, context), context);
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
        async (named: NamedCrownCase) =>
          withDefendantPncId(await findNamedCase(loadedCaseFinder(context), named), context),
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
      context.crownCaseByKey.clear(crownCaseKeyText(completed.correction));
      await discloseCorrection(context, completed.correction);
      return completed;
    },
  },
  CrownCourtRecordCorrection: {
    correctionId: (correction: CorrectionRow) => String(correction.correctionId),
  },
  ...probableDefendantResolvers,
};
