import { disclose } from '@lib/subgraph/disclosure';
import { cancelVisit, type CancelVisitInput } from '../booking/cancelVisit';
import { confirmVisit, type ConfirmVisitInput } from '../booking/confirmVisit';
import { placeVisit } from '../booking/placeVisit';
import type { PlaceVisitInput } from '../booking/placeRequest';
import { recordVisitOutcome, type RecordVisitOutcomeInput } from '../booking/recordVisitOutcome';
import type { VisitsContext } from '../context';
import { linkPrisoner, type LinkPrisonerInput } from '../linking/linkPrisoner';
import type { VisitTable } from '../store/visitsTables';

/** Returns a visit a mutation wrote, noting for the audit log whose record it is. */
async function disclosed(context: VisitsContext, pending: Promise<VisitTable>): Promise<VisitTable> {
  const visit = await pending;
  disclose(context, visit.prisonNumber);
  return visit;
}

/** The visits subgraph's mutations: translation only; the use cases live in booking/. */
export const visitMutations = {
  reserveVisit: (_parent: unknown, args: { input: PlaceVisitInput }, context: VisitsContext) =>
    disclosed(context, placeVisit(context.booking, context.actor, 'RESERVE', args.input)),
  bookVisit: (_parent: unknown, args: { input: PlaceVisitInput }, context: VisitsContext) =>
    disclosed(context, placeVisit(context.booking, context.actor, 'BOOK', args.input)),
  confirmVisit: (_parent: unknown, args: { input: ConfirmVisitInput }, context: VisitsContext) =>
    disclosed(context, confirmVisit(context.booking, context.actor, args.input)),
  cancelVisit: (_parent: unknown, args: { input: CancelVisitInput }, context: VisitsContext) =>
    disclosed(context, cancelVisit(context.booking, context.actor, args.input)),
  recordVisitOutcome: (_parent: unknown, args: { input: RecordVisitOutcomeInput }, context: VisitsContext) =>
    disclosed(context, recordVisitOutcome(context.booking, context.actor, args.input)),
  linkPrisonerToBookingAccount: async (
    _parent: unknown,
    args: { input: LinkPrisonerInput },
    context: VisitsContext,
  ) => {
    const link = await linkPrisoner(context.booking, context.actor, args.input);
    disclose(context, link.prisonNumber);
    return link;
  },
};
