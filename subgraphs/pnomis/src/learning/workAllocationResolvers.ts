import type { Resolvers } from '../generated/resolvers';
import type { Selectable } from 'kysely';
import { badUserInput, refused } from '@lib/graphql/errors';
import { inCaseload, outsideCaseload } from '@lib/authorization/caseload';
import { disclose } from '@lib/subgraph/disclosure';
import type { PnomisContext } from '../context';
import type { WorkActivityTable, WorkEndReason } from './learningTables';
import { requireEstablishment, requirePrisoner, today } from './learningRequests';
import { requireHeldInCaseload } from '../services/heldInCaseload';
import { requireInRange, requireNotBefore, requireNotInFuture, requireText } from './learningRules';

/** Pay bands run from 1, the lowest, to 10, as prisons' pay schemes number them. */
const PAY_BANDS: readonly [number, number] = [1, 10];
const HOURS_PER_WEEK: readonly [number, number] = [1, 60];

interface WorkAllocationInput {
  prisonNumber: string;
  title: string;
  prisonCode: string;
  startedOn: string;
  endedOn?: string | null;
  endReason?: WorkEndReason | null;
  payBand?: number | null;
  hoursPerWeek?: number | null;
}

/** Refuses an end date without its reason, or a reason without an end date. */
function requireEndWithReason(endedOn: string | null, endReason: WorkEndReason | null): void {
  if ((endedOn === null) !== (endReason === null)) {
    throw badUserInput(
      'endedOn and endReason are given together or not at all',
      endedOn ? 'endReason' : 'endedOn',
    );
  }
}

/** Whether a stored allocation is the one asked for, so that a retried recording returns it. */
function sameAllocation(
  stored: Selectable<WorkActivityTable>,
  wanted: Omit<Selectable<WorkActivityTable>, 'activityId'>,
) {
  return (
    stored.endedOn === wanted.endedOn &&
    stored.endReason === wanted.endReason &&
    stored.payBand === wanted.payBand &&
    stored.hoursPerWeek === wanted.hoursPerWeek
  );
}

/** Allocations to activities and jobs in prison: recorded and ended by education staff, read on the learner record. */
export const workAllocationResolvers: Resolvers = {
  WorkActivity: {
    id: (row: Selectable<WorkActivityTable>) => String(row.activityId),
  },
  Mutation: {
    recordWorkAllocation: async (
      _parent,
      { input }: { input: WorkAllocationInput },
      context: PnomisContext,
    ) => {
      const prisonNumber = await requirePrisoner(input.prisonNumber, context);
      const prisonCode = await requireEstablishment(input.prisonCode, prisonNumber, context);
      const title = requireText(input.title, 'title');
      const endedOn = input.endedOn ?? null;
      const endReason = input.endReason ?? null;
      requireEndWithReason(endedOn, endReason);
      if (endedOn) {
        requireNotBefore(input.startedOn, endedOn, 'The end date');
        requireNotInFuture(endedOn, today(), 'endedOn');
      }
      requireInRange(input.payBand, PAY_BANDS, 'payBand');
      requireInRange(input.hoursPerWeek, HOURS_PER_WEEK, 'hoursPerWeek');
      const wanted = {
        prisonNumber,
        prisonCode,
        title,
        startedOn: input.startedOn,
        endedOn,
        endReason,
        payBand: input.payBand ?? null,
        hoursPerWeek: input.hoursPerWeek ?? null,
      };
      const { allocation, created } = await context.store.insertWorkAllocation(wanted);
      disclose(context, prisonNumber);
      if (!created && !sameAllocation(allocation, wanted)) {
        throw refused(
          'ALLOCATION_EXISTS',
          `${prisonNumber} already has an allocation as ${title} at ${prisonCode} from ${input.startedOn} (${allocation.activityId}), recorded differently: end or keep that one`,
        );
      }
      return allocation;
    },
    endWorkAllocation: async (
      _parent,
      { input }: { input: { allocationId: string; endedOn: string; reason: WorkEndReason } },
      context: PnomisContext,
    ) => {
      const id = Number(input.allocationId);
      const allocation = Number.isInteger(id) ? await context.store.findWorkAllocation(id) : undefined;
      if (!allocation) throw refused('ALLOCATION_NOT_FOUND', `No work allocation ${input.allocationId}`);
      if (!inCaseload(context.caller, allocation.prisonCode)) throw outsideCaseload();
      await requireHeldInCaseload(allocation.prisonNumber, context);
      requireNotBefore(allocation.startedOn, input.endedOn, 'The end date');
      requireNotInFuture(input.endedOn, today(), 'endedOn');
      const ended = await context.store.endWorkAllocation(id, {
        endedOn: input.endedOn,
        endReason: input.reason,
      });
      if (!ended) {
        throw refused('ALLOCATION_ALREADY_ENDED', `Work allocation ${input.allocationId} has already ended`);
      }
      disclose(context, ended.prisonNumber);
      return ended;
    },
  },
};
