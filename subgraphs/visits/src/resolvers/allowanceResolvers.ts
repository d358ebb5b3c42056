import { inCaseload, outsideCaseload } from '@lib/authorization/caseload';
import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import { disclose } from '@lib/subgraph/disclosure';
import { blockVisitDate, type BlockVisitDateInput } from '../booking/blockVisitDate';
import { moment } from '../booking/bookingDependencies';
import { grantPrivilegedVisitingOrder, type GrantInput } from '../booking/grantPrivilegedVisitingOrder';
import { allowanceOf, visitingAllowance, type VisitingAllowanceView } from '../booking/visitingAllowance';
import type { VisitsContext } from '../context';
import { datesBetween } from '../services/visitSessions';
import type { BlockedVisitDateTable } from '../store/visitsTables';

/** Returns an allowance, noting for the audit log whose record it is. */
async function disclosed(context: VisitsContext, pending: Promise<VisitingAllowanceView>) {
  const allowance = await pending;
  disclose(context, allowance.prisonNumber);
  return allowance;
}

/** A prisoner's allowance on their journey: null unless P-Nomis has them in prison; refused outside the caseload. */
async function allowanceOnRecord(offender: { prisonNumber: string | null }, context: VisitsContext) {
  if (!offender.prisonNumber) {
    if (context.caller?.caseload != null) throw outsideCaseload();
    return null;
  }
  // P-Nomis answers OUTSIDE_CASELOAD (an error here) for a prisoner held outside the caller's caseload.
  const whereabouts = await context.whereabouts.load(offender.prisonNumber);
  if (!whereabouts?.inCustody || whereabouts.prisonCode === null) return null;
  if (!inCaseload(context.caller, whereabouts.prisonCode)) throw outsideCaseload();
  const prisonCode = whereabouts.prisonCode;
  return disclosed(
    context,
    allowanceOf(context.booking, offender.prisonNumber, { ...whereabouts, prisonCode }),
  );
}

/** The visiting allowance's and closed days' resolvers: translation only; the use cases live in booking/. */
export const allowanceResolvers = {
  Query: {
    visitingAllowance: (_parent: unknown, args: { prisonNumber: string }, context: VisitsContext) =>
      disclosed(context, visitingAllowance(context.booking, context.actor, args)),
    blockedVisitDates: (
      _parent: unknown,
      args: { prisonCode: string; from: string; to: string },
      context: VisitsContext,
    ) => {
      const prisonCode = requireIdentifier('prisonCode', args.prisonCode, 'prisonCode');
      datesBetween(args.from, args.to);
      if (!inCaseload(context.caller, prisonCode)) throw outsideCaseload();
      return context.store.findBlockedDates(prisonCode, args.from, args.to);
    },
  },
  Mutation: {
    grantPrivilegedVisitingOrder: (_parent: unknown, args: { input: GrantInput }, context: VisitsContext) =>
      disclosed(context, grantPrivilegedVisitingOrder(context.booking, context.actor, args.input)),
    blockVisitDate: (_parent: unknown, args: { input: BlockVisitDateInput }, context: VisitsContext) =>
      blockVisitDate(context.booking, context.actor, args.input),
  },
  Offender: {
    visitingAllowance: (offender: { prisonNumber: string | null }, _args: unknown, context: VisitsContext) =>
      allowanceOnRecord(offender, context),
  },
  BlockedVisitDate: {
    prison: (block: BlockedVisitDateTable) => ({ code: block.prisonCode }),
    date: (block: BlockedVisitDateTable) => block.blockedOn,
    visitsToRearrange: async (block: BlockedVisitDateTable, _args: unknown, context: VisitsContext) => {
      const visits = await context.booking.allowances.findLiveVisitsOn(
        block.prisonCode,
        block.blockedOn,
        moment(context.booking).iso,
      );
      visits.forEach((visit) => disclose(context, visit.prisonNumber));
      return visits;
    },
  },
};
