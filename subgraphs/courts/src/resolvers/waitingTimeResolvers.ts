import { badUserInput } from '@lib/graphql/errors';
import type { CourtsContext } from '../context';
import { courtOf } from '../services/courtOf';
import { londonDateOf } from '@lib/time/londonTime';
import { waitingTimes } from '../services/waitingTimes';

interface WaitingTimesArgs {
  receivedFrom?: string | null;
  receivedTo?: string | null;
  asOf?: string | null;
}

/** The earliest date a case could have been received: no filter. */
const BEGINNING = '0000-01-01';

/** The analysts' waiting figures: counts and days, by court code; no names or identifiers leave here. */
export const waitingTimeResolvers = {
  Query: {
    crownCourtWaitingTimes: async (_parent: unknown, args: WaitingTimesArgs, context: CourtsContext) => {
      const asOf = args.asOf ?? londonDateOf(context.now());
      const from = args.receivedFrom ?? BEGINNING;
      const to = args.receivedTo && args.receivedTo < asOf ? args.receivedTo : asOf;
      if (args.receivedFrom && args.receivedTo && args.receivedFrom > args.receivedTo) {
        throw badUserInput(
          `receivedFrom (${args.receivedFrom}) is after receivedTo (${args.receivedTo})`,
          'receivedFrom',
        );
      }
      const sent = await context.waitingTimes.sentCases(from, to);
      const magistratesRecords = await context.waitingTimes.magistratesRecords([
        ...new Set(sent.map((sentCase) => sentCase.urn)),
      ]);
      return waitingTimes(sent, magistratesRecords, asOf);
    },
  },
  CourtWaitingFigures: {
    court: (group: { courtCode: string }) => courtOf(group.courtCode),
  },
};
