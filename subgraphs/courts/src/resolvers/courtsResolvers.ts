import type { Resolvers } from '../generated/resolvers';
import { sharedScalarResolvers } from '@lib/graphql/scalars';
import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import { findCourt } from '@lib/reference/courtRegister';
import { disclose } from '@lib/subgraph/disclosure';
import { requireNoCaseload } from '@lib/authorization/caseload';
import type { CourtsContext } from '../context';
import { courtOf } from '../services/courtOf';
import { crownCaseEvents, magistratesCaseEvents } from '../services/courtEvents';
import { confiscationCourtRecordResolvers } from './confiscationCourtRecordResolvers';
import type { CrownCaseTable, CrownHearingTable } from '../store/crownCourtTables';
import type { MagistratesCaseTable, MagistratesHearingTable } from '../store/magistratesTables';
import { caseDocumentResolvers } from './caseDocumentResolvers';
import {
  crownCasesOf,
  crownDefendantOf,
  defendantOf,
  discloseCrownCase,
  loadedCaseFinder,
} from './crownCaseLinks';
import { crownCaseResponseResolvers, hearingIdOf } from './crownCaseResponseResolvers';
import { findNamedCase, namedCrownCase } from '../services/crownCaseNaming';
import { crownCaseKeyText } from '../store/crownCaseKey';
import { defendantSearchResolvers } from './defendantSearchResolvers';
import { transferResolvers } from './transferResolvers';
import { waitingTimeResolvers } from './waitingTimeResolvers';

type Offender = { pncId: string | null };

async function courtEventsOf(pncId: string, context: CourtsContext) {
  const [magistratesCases, crownCases] = await Promise.all([
    context.magistratesCasesByPncId.load(pncId),
    crownCasesOf(pncId, context),
  ]);
  const magistratesEvents = await Promise.all(
    magistratesCases.map(async (row) =>
      magistratesCaseEvents(
        row,
        await context.offencesByUrn.load(row.urn),
        await context.magistratesHearingsByUrn.load(row.urn),
      ),
    ),
  );
  const crownEvents = await Promise.all(
    crownCases.map(async (row) =>
      crownCaseEvents(
        row,
        await context.crownHearingsByCase.load(crownCaseKeyText(row)),
        await context.crownCaseEventsByCase.load(crownCaseKeyText(row)),
      ),
    ),
  );
  return [...magistratesEvents.flat(), ...crownEvents.flat()];
}

/**
 * An offender's court records, read by PNC ID, and recorded for the audit log when there are any. A caller
 * limited to a prison caseload gets none: the courts cannot tell where the person is held. Null for a person with
 * no PNC ID (a remand prisoner not yet on the PNC): the courts know defendants by it alone, so they cannot say
 * whether they hold records of this person, and an empty list would say they hold none.
 */
async function recordsOf<T>(
  context: CourtsContext,
  offender: Offender,
  read: (pncId: string) => Promise<T[]>,
): Promise<T[] | null> {
  requireNoCaseload(
    context.caller,
    'The courts cannot tell where a person is held: staff limited to a prison caseload do not read court records',
  );
  if (!offender.pncId) return null;
  const records = await read(offender.pncId);
  if (records.length > 0) disclose(context, offender.pncId);
  return records;
}

/**
 * The Crown Court case a caller named: by the centre's court code and the number, or by the number alone while one
 * centre holds it (CASE_NUMBER_AMBIGUOUS, naming the centres, when several do). Null when there is none.
 */
function crownCaseNamed(
  context: CourtsContext,
  caseNumber: string,
  crownCourtCode: string | null | undefined,
): Promise<CrownCaseTable | null> {
  return findNamedCase(loadedCaseFinder(context), namedCrownCase(caseNumber, crownCourtCode));
}

function disclosedCase<T extends MagistratesCaseTable | null>(context: CourtsContext, row: T): T {
  if (row) disclose(context, row.defendantPncId ?? row.urn);
  return row;
}

/** Resolvers of the courts subgraph: translation only; lookups go through the request's loaders. */
export const courtsResolvers: Resolvers = {
  ...sharedScalarResolvers,
  ...confiscationCourtRecordResolvers,
  Query: {
    magistratesCase: async (_parent, args: { urn: string }, context: CourtsContext) =>
      disclosedCase(
        context,
        await context.magistratesCaseByUrn.load(requireIdentifier('urn', args.urn, 'urn')),
      ),
    crownCourtCase: async (
      _parent,
      args: { caseNumber: string; crownCourtCode?: string | null },
      context: CourtsContext,
    ) => discloseCrownCase(context, await crownCaseNamed(context, args.caseNumber, args.crownCourtCode)),
    court: (_parent, args: { code: string }) =>
      findCourt(requireIdentifier('courtCode', args.code, 'code')) ?? null,
    ...waitingTimeResolvers.Query,
    ...defendantSearchResolvers.Query,
  },
  ...transferResolvers,
  Mutation: {
    ...transferResolvers.Mutation,
    ...crownCaseResponseResolvers.Mutation,
    ...caseDocumentResolvers.Mutation,
  },
  CrownCourtCaseChange: crownCaseResponseResolvers.CrownCourtCaseChange,
  CrownCourtHearingChange: crownCaseResponseResolvers.CrownCourtHearingChange,
  ClosedSending: crownCaseResponseResolvers.ClosedSending,
  Offender: {
    // Nothing to look up: every field below loads by PNC ID, batched across all the entities of the request.
    __resolveReference: (reference: { pncId?: string | null }) => ({ pncId: reference.pncId ?? null }),
    magistratesCases: (offender: Offender, _args, context: CourtsContext) =>
      recordsOf(context, offender, (pncId) => context.magistratesCasesByPncId.load(pncId)),
    crownCourtCases: (offender: Offender, _args, context: CourtsContext) =>
      recordsOf(context, offender, (pncId) => crownCasesOf(pncId, context)),
    courtEvents: (offender: Offender, _args, context: CourtsContext) =>
      recordsOf(context, offender, (pncId) => courtEventsOf(pncId, context)),
  },
  MagistratesCase: {
    court: (row: MagistratesCaseTable) => courtOf(row.courtCode),
    defendant: defendantOf,
    offences: (row: MagistratesCaseTable, _args, context: CourtsContext) =>
      context.offencesByUrn.load(row.urn),
    hearings: (row: MagistratesCaseTable, _args, context: CourtsContext) =>
      context.magistratesHearingsByUrn.load(row.urn),
    sentToCrownCourt: (row: MagistratesCaseTable, _args, context: CourtsContext) =>
      row.sentToCrownCourtCode && row.sentToCrownCaseNumber
        ? context.crownCaseByKey.load(
            crownCaseKeyText({ courtCode: row.sentToCrownCourtCode, caseNumber: row.sentToCrownCaseNumber }),
          )
        : null,
    ...caseDocumentResolvers.MagistratesCase,
    ...crownCaseResponseResolvers.MagistratesCase,
  },
  CaseDocument: caseDocumentResolvers.CaseDocument,
  CrownCourtCase: {
    court: (row: CrownCaseTable) => courtOf(row.courtCode),
    committingCourt: (row: CrownCaseTable) =>
      row.committingCourtCode ? courtOf(row.committingCourtCode) : null,
    defendant: (row: CrownCaseTable, _args, context: CourtsContext) => crownDefendantOf(row, context),
    hearings: (row: CrownCaseTable, _args, context: CourtsContext) =>
      context.crownHearingsByCase.load(crownCaseKeyText(row)),
    announcedConfiscation: (row: CrownCaseTable) =>
      row.confiscationAmountPence != null && row.confiscationOrderedOn
        ? { amount: row.confiscationAmountPence, orderedOn: row.confiscationOrderedOn }
        : null,
    magistratesCase: (row: CrownCaseTable, _args, context: CourtsContext) =>
      row.urn ? context.magistratesCaseByUrn.load(row.urn) : null,
    ...crownCaseResponseResolvers.CrownCourtCase,
  },
  CourtWaitingFigures: waitingTimeResolvers.CourtWaitingFigures,
  Hearing: {
    id: hearingIdOf,
    court: (row: MagistratesHearingTable | CrownHearingTable) => courtOf(row.courtCode),
    jurisdiction: (row: MagistratesHearingTable | CrownHearingTable) => courtOf(row.courtCode).jurisdiction,
  },
};
