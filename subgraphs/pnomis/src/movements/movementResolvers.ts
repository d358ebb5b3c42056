import type { Resolvers } from '../generated/resolvers';
import { disclose } from '@lib/subgraph/disclosure';
import type { PnomisContext } from '../context';
import { noteRecordIdentity } from '../services/offenderIdentity';
import { receivePrisoner } from './receivePrisoner';
import { readReception, type ReceptionInput } from './receptionRequest';
import { readRelease, releasePrisoner, type ReleaseInput } from './releasePrisoner';
import { readTransfer, transferPrisoner, type TransferInput } from './transferPrisoner';
import type { RecordedMovement } from './recordedMovement';

/** The answer to a movement, reported to the gateway's audit log: the person it moved, by every identifier. */
function answered(context: PnomisContext, recorded: RecordedMovement) {
  disclose(context, recorded.person.prisonNumber);
  noteRecordIdentity(context, recorded.person);
  return recorded;
}

/**
 * Receptions, transfers and releases, recorded by prison staff (custody:write) at the prisons of their caseload:
 * translation only; the rules are in the services beside this file.
 */
export const movementResolvers: Resolvers = {
  Mutation: {
    recordPrisonReception: async (_parent, { input }: { input: ReceptionInput }, context: PnomisContext) =>
      answered(
        context,
        await receivePrisoner(context.store, readReception(input, context.caller, new Date())),
      ),
    transferPrisoner: async (_parent, { input }: { input: TransferInput }, context: PnomisContext) =>
      answered(
        context,
        await transferPrisoner(context.store, readTransfer(input, context.caller, new Date())),
      ),
    releasePrisoner: async (_parent, { input }: { input: ReleaseInput }, context: PnomisContext) =>
      answered(context, await releasePrisoner(context.store, readRelease(input, context.caller, new Date()))),
  },
  CustodyMovementRecord: {
    prisonNumber: (recorded: RecordedMovement) => recorded.person.prisonNumber,
    pncId: (recorded: RecordedMovement) => recorded.person.pncId,
  },
};
