import type { Resolvers } from '../generated/resolvers';
import { disclose } from '@lib/subgraph/disclosure';
import type { PnomisContext } from '../context';
import { isHeldInCaseload } from '../services/heldInCaseload';
import { noteRecordIdentity } from '../services/offenderIdentity';
import { PersonAlreadyRecorded } from './existingRecord';
import { movementError } from './movementErrors';
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
 * A reception refused because P-Nomis holds the person already, as the caller is told it: with the prison number
 * to receive them by, in the message and as `extensions.prisonNumber`, when the caller's caseload holds the person
 * (the rule for anything of their record), and then noted as disclosed; without it otherwise. The audit log is told
 * whom the refusal concerned either way.
 */
async function namingTheRecordHeld(context: PnomisContext, reception: Promise<RecordedMovement>) {
  try {
    return await reception;
  } catch (error) {
    if (!(error instanceof PersonAlreadyRecorded)) throw error;
    const { person, code, reason, argument } = error;
    noteRecordIdentity(context, person);
    if (!(await isHeldInCaseload(person.prisonNumber, context))) throw movementError(code, reason, argument);
    disclose(context, person.prisonNumber);
    const message = `${reason}. Their prison number is ${person.prisonNumber}`;
    throw movementError(code, message, argument, { prisonNumber: person.prisonNumber });
  }
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
        await namingTheRecordHeld(
          context,
          receivePrisoner(context.store, readReception(input, context.caller, new Date())),
        ),
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
