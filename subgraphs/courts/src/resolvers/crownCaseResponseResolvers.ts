import { badUserInput } from '@lib/graphql/errors';
import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import type { CourtsContext } from '../context';
import type { CaseChanged } from '../services/crownCaseResponses';
import type { HearingChanged, HearingListing } from '../services/crownHearingListing';
import { courtOf } from '../services/courtOf';
import type { CrownCaseTable } from '../store/crownCourtTables';
import type { ClosedSendingTable, MagistratesCaseTable } from '../store/magistratesTables';
import { discloseCrownCase } from './crownCaseLinks';

const caseNumberOf = (caseNumber: string) =>
  requireIdentifier('crownCourtCaseNumber', caseNumber, 'caseNumber');

/** A Crown Court hearing's id as the graph shows it (C-1234); the number behind one. */
export const crownHearingId = (hearingId: number) => `C-${hearingId}`;

function hearingNumberOf(id: string): number {
  const match = /^C-(\d{1,9})$/.exec(id.trim());
  if (!match) throw badUserInput(`"${id}" is not a Crown Court hearing's id (C- and a number)`, 'hearingId');
  return Number(match[1]);
}

async function disclosed<T extends CaseChanged | HearingChanged>(context: CourtsContext, result: T) {
  await discloseCrownCase(context, result.crownCase);
  return result;
}

const by = (context: CourtsContext) => context.caller?.subject ?? null;

/**
 * The Crown Court's answers to a sending, the magistrates' withdrawal, and the listing of further hearings:
 * translation to and from the services, which decide.
 */
export const crownCaseResponseResolvers = {
  Mutation: {
    acknowledgeSentCase: async (_parent: unknown, args: { caseNumber: string }, context: CourtsContext) =>
      disclosed(context, await context.responses.acknowledge(caseNumberOf(args.caseNumber), by(context))),
    returnSentCase: async (
      _parent: unknown,
      args: { caseNumber: string; reason: string },
      context: CourtsContext,
    ) =>
      disclosed(
        context,
        await context.responses.returnCase(caseNumberOf(args.caseNumber), args.reason, by(context)),
      ),
    withdrawSending: async (
      _parent: unknown,
      args: { urn: string; reason: string },
      context: CourtsContext,
    ) =>
      disclosed(
        context,
        await context.responses.withdraw(requireIdentifier('urn', args.urn, 'urn'), args.reason, by(context)),
      ),
    listCrownCourtHearing: async (
      _parent: unknown,
      args: { input: Omit<HearingListing, 'time'> & { time?: string | null } },
      context: CourtsContext,
    ) =>
      disclosed(
        context,
        await context.hearingListing.list(
          { ...args.input, caseNumber: caseNumberOf(args.input.caseNumber), time: args.input.time ?? null },
          by(context),
        ),
      ),
    recordCrownCourtHearingOutcome: async (
      _parent: unknown,
      args: { hearingId: string; outcome: string },
      context: CourtsContext,
    ) =>
      disclosed(
        context,
        await context.hearingListing.recordOutcome(
          hearingNumberOf(args.hearingId),
          args.outcome,
          by(context),
        ),
      ),
  },
  CrownCourtCaseChange: {
    crownCourtCase: (result: CaseChanged) => result.crownCase,
  },
  CrownCourtHearingChange: {
    crownCourtCase: (result: HearingChanged) => result.crownCase,
  },
  CrownCourtCase: {
    // A case received on paper has no state of its own: the Crown Court took it on when it keyed it in.
    status: async (row: CrownCaseTable, _args: unknown, context: CourtsContext) =>
      (await context.crownCaseStateByNumber.load(row.caseNumber))?.status ?? 'ACKNOWLEDGED',
    statusReason: async (row: CrownCaseTable, _args: unknown, context: CourtsContext) =>
      (await context.crownCaseStateByNumber.load(row.caseNumber))?.reason ?? null,
  },
  MagistratesCase: {
    closedSendings: (row: MagistratesCaseTable, _args: unknown, context: CourtsContext) =>
      context.closedSendingsByUrn.load(row.urn),
  },
  ClosedSending: {
    crownCourtCaseNumber: (row: ClosedSendingTable) => row.crownCaseNumber,
    crownCourt: (row: ClosedSendingTable) => courtOf(row.crownCourtCode),
  },
};

/** A hearing's id as the graph shows it: the system's letter (C, or M for the magistrates') and its number there. */
export function hearingIdOf(row: { hearingId: number } & ({ caseNumber: string } | { urn: string })) {
  return 'caseNumber' in row ? crownHearingId(row.hearingId) : `M-${row.hearingId}`;
}
