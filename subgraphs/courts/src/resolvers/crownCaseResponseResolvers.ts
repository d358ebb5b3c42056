import { badUserInput } from '@lib/graphql/errors';
import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import type { CourtsContext } from '../context';
import { namedCrownCase } from '../services/crownCaseNaming';
import type { CaseChanged } from '../services/crownCaseResponses';
import type { HearingChanged, HearingListing } from '../services/crownHearingListing';
import { courtOf } from '../services/courtOf';
import { crownCaseKeyText } from '../store/crownCaseKey';
import type { CrownCaseTable } from '../store/crownCourtTables';
import type { ClosedSendingTable, MagistratesCaseTable } from '../store/magistratesTables';
import { discloseCrownCase } from './crownCaseLinks';

/** How a mutation names a Crown Court case: its number, and its centre's court code when several hold it. */
interface CaseNamingArgs {
  caseNumber: string;
  crownCourtCode?: string | null;
}

const namedIn = (args: CaseNamingArgs) => namedCrownCase(args.caseNumber, args.crownCourtCode);

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
    acknowledgeSentCase: async (_parent: unknown, args: CaseNamingArgs, context: CourtsContext) =>
      disclosed(context, await context.responses.acknowledge(namedIn(args), by(context))),
    returnSentCase: async (
      _parent: unknown,
      args: CaseNamingArgs & { reason: string },
      context: CourtsContext,
    ) => disclosed(context, await context.responses.returnCase(namedIn(args), args.reason, by(context))),
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
      args: {
        input: Pick<HearingListing, 'type' | 'hearingOn'> & CaseNamingArgs & { time?: string | null };
      },
      context: CourtsContext,
    ) =>
      disclosed(
        context,
        await context.hearingListing.list(
          {
            ...namedIn(args.input),
            type: args.input.type,
            hearingOn: args.input.hearingOn,
            time: args.input.time ?? null,
          },
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
      (await context.crownCaseStateByCase.load(crownCaseKeyText(row)))?.status ?? 'ACKNOWLEDGED',
    statusReason: async (row: CrownCaseTable, _args: unknown, context: CourtsContext) =>
      (await context.crownCaseStateByCase.load(crownCaseKeyText(row)))?.reason ?? null,
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
