import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { sharedScalarResolvers } from '@lib/graphql/scalars';
import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import { inCaseload, outsideCaseload } from '@lib/authorization/caseload';
import { disclose } from '@lib/subgraph/disclosure';
import type { VisitsContext } from '../context';
import { visitEvents } from '../services/visitEvents';
import { datesBetween, sessionsOnDates, type SessionOnDate } from '../services/visitSessions';
import type { VisitTable, VisitorTable } from '../store/visitsTables';

type Offender = { prisonNumber: string | null };

async function visitsOf(offender: Offender, context: VisitsContext) {
  const all = offender.prisonNumber ? await context.visitsByPrisonNumber.load(offender.prisonNumber) : [];
  // Prison staff see only the visits at the prisons of their caseload.
  const visits = all.filter((visit) => inCaseload(context.caller, visit.prisonCode));
  // Recorded for the audit log: this prisoner's visit records are being returned.
  if (visits.length > 0) disclose(context, offender.prisonNumber);
  return visits;
}

/** Resolvers of the visits subgraph: translation only; lookups go through the request's loaders. */
export const visitsResolvers: GraphQLResolverMap<VisitsContext> = {
  ...sharedScalarResolvers,
  Query: {
    visitSessions: async (
      _parent,
      args: { prisonCode: string; from: string; to: string },
      context: VisitsContext,
    ): Promise<SessionOnDate[]> => {
      const prisonCode = requireIdentifier('prisonCode', args.prisonCode, 'prisonCode');
      const dates = datesBetween(args.from, args.to);
      const [templates, booked] = await Promise.all([
        context.store.findSessionTemplates(prisonCode, args.from, args.to),
        context.store.countBookedVisits(prisonCode, args.from, args.to),
      ]);
      return sessionsOnDates(dates, templates, booked);
    },
    visit: async (_parent, args: { reference: string }, context: VisitsContext) => {
      const visit = await context.visitByReference.load(
        requireIdentifier('visitReference', args.reference, 'reference'),
      );
      if (visit && !inCaseload(context.caller, visit.prisonCode)) throw outsideCaseload();
      disclose(context, visit?.prisonNumber);
      return visit;
    },
  },
  Offender: {
    __resolveReference: (reference: Offender) => ({ prisonNumber: reference.prisonNumber ?? null }),
    visits: (offender: Offender, _args, context: VisitsContext) => visitsOf(offender, context),
    visitEvents: async (offender: Offender, _args, context: VisitsContext) => {
      const visits = await visitsOf(offender, context);
      const visitors = await Promise.all(
        visits.map((visit) => context.visitorsByReference.load(visit.reference)),
      );
      const counts = new Map(visits.map((visit, index) => [visit.reference, visitors[index]?.length ?? 0]));
      return visitEvents(visits, (reference) => counts.get(reference) ?? 0);
    },
  },
  VisitSession: {
    prison: (session: SessionOnDate) => ({ code: session.prisonCode }),
  },
  Visit: {
    date: (visit: VisitTable) => visit.sessionDate,
    prison: (visit: VisitTable) => ({ code: visit.prisonCode }),
    visitors: (visit: VisitTable, _args, context: VisitsContext) =>
      context.visitorsByReference.load(visit.reference),
  },
  Visitor: {
    lead: (visitor: VisitorTable) => visitor.lead === 1,
  },
};
