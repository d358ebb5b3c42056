import type { Resolvers } from '../generated/resolvers';
import { sharedScalarResolvers } from '@lib/graphql/scalars';
import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import { inCaseload, outsideCaseload } from '@lib/authorization/caseload';
import { disclose } from '@lib/subgraph/disclosure';
import { moment, subjectOf } from '../booking/bookingDependencies';
import { actsAsStaff, maySeeVisit, statusNow } from '../booking/visitAccess';
import { requireLinked } from '../linking/bookerLinks';
import { sessionsAt, visitAvailability } from '../booking/visitAvailability';
import type { VisitsContext } from '../context';
import { visitEvents } from '../services/visitEvents';
import { datesBetween, type SessionOnDate } from '../services/visitSessions';
import type { VisitPeriod } from '../store/visitsStore';
import type { BookerLinkTable, VisitTable, VisitorTable } from '../store/visitsTables';
import { visitMutations } from './visitMutations';
import { allowanceResolvers } from './allowanceResolvers';

type Offender = { prisonNumber: string | null };

async function visitsOf(offender: Offender, context: VisitsContext) {
  const limited = context.caller?.caseload != null;
  // No prison number: P-Nomis does not know the person, or withheld it from a caller whose caseload does not hold
  // them (who is told so, rather than that there are no visits).
  if (!offender.prisonNumber) {
    if (limited) throw outsideCaseload();
    return [];
  }
  // Prison staff see a prisoner's visits only while the prisoner is held, or was last held, at a prison of their
  // caseload, as P-Nomis says (OUTSIDE_CASELOAD otherwise, as for the custody record)...
  if (limited) await context.whereabouts.load(offender.prisonNumber);
  const all = await context.visitsByPrisonNumber.load(offender.prisonNumber);
  // ...and then only the visits at the prisons of their caseload.
  const visits = all.filter((visit) => inCaseload(context.caller, visit.prisonCode));
  // Recorded for the audit log: this prisoner's visit records are being returned.
  if (visits.length > 0) disclose(context, offender.prisonNumber);
  return visits;
}

/** The visits of a list the caller may see, lapsed reservations left out, each noted for the audit log. */
function visibleVisits(context: VisitsContext, visits: readonly VisitTable[]): VisitTable[] {
  const now = moment(context.booking).iso;
  const visible = visits.filter(
    (visit) => maySeeVisit(context.caller, visit) && statusNow(visit, now) !== 'EXPIRED',
  );
  visible.forEach((visit) => disclose(context, visit.prisonNumber));
  return visible;
}

/**
 * The visits a caller booked that they may still see: prison staff all of them (within their caseload); a member of
 * the public those for prisoners linked to their account.
 */
async function ownVisits(context: VisitsContext, visits: readonly VisitTable[]): Promise<VisitTable[]> {
  if (actsAsStaff(context.caller)) return [...visits];
  const linked = new Set(
    (await context.store.findBookerLinks(subjectOf(context.actor))).map((link) => link.prisonNumber),
  );
  return visits.filter((visit) => linked.has(visit.prisonNumber));
}

function period(context: VisitsContext, when: VisitPeriod['when'] | undefined): VisitPeriod {
  return { when: when ?? 'UPCOMING', today: moment(context.booking).date };
}

/** Resolvers of the visits subgraph: translation only; lookups go through the request's loaders. */
export const visitsResolvers: Resolvers = {
  ...sharedScalarResolvers,
  Query: {
    visitSessions: (
      _parent,
      args: { prisonCode: string; from: string; to: string },
      context: VisitsContext,
    ): Promise<SessionOnDate[]> => {
      const prisonCode = requireIdentifier('prisonCode', args.prisonCode, 'prisonCode');
      return sessionsAt(context.store, prisonCode, datesBetween(args.from, args.to), moment(context.booking));
    },
    visit: async (_parent, args: { reference: string }, context: VisitsContext) => {
      const visit = await context.visitByReference.load(
        requireIdentifier('visitReference', args.reference, 'reference'),
      );
      if (visit && !inCaseload(context.caller, visit.prisonCode)) throw outsideCaseload();
      disclose(context, visit?.prisonNumber);
      return visit;
    },
    visitAvailability: async (
      _parent,
      args: { prisonNumber: string; from: string; to: string },
      context: VisitsContext,
    ) => {
      const availability = await visitAvailability(context.booking, context.actor, args);
      // Where a prisoner is held is personal data: the audit log names them.
      disclose(context, availability.prisonNumber);
      return availability;
    },
    prisonerVisits: async (
      _parent,
      args: { prisonNumber: string; when?: VisitPeriod['when'] },
      context: VisitsContext,
    ) => {
      const prisonNumber = requireIdentifier('prisonNumber', args.prisonNumber, 'prisonNumber');
      // A member of the public lists visits only of a prisoner linked to their account.
      await requireLinked(context.store, context.actor, prisonNumber);
      return visibleVisits(
        context,
        await context.store.findPrisonerVisits(prisonNumber, period(context, args.when)),
      );
    },
    myVisitBookings: async (_parent, args: { when?: VisitPeriod['when'] }, context: VisitsContext) =>
      visibleVisits(
        context,
        await ownVisits(
          context,
          await context.store.findVisitsBookedBy(subjectOf(context.actor), period(context, args.when)),
        ),
      ),
    ...allowanceResolvers.Query,
    myLinkedPrisoners: async (_parent, _args, context: VisitsContext) => {
      const links = await context.store.findBookerLinks(subjectOf(context.actor));
      links.forEach((link) => disclose(context, link.prisonNumber));
      return links;
    },
  },
  Mutation: { ...visitMutations, ...allowanceResolvers.Mutation },
  BlockedVisitDate: allowanceResolvers.BlockedVisitDate,
  Offender: {
    __resolveReference: (reference: { prisonNumber?: string | null }) => ({
      prisonNumber: reference.prisonNumber ?? null,
    }),
    visits: (offender: Offender, _args, context: VisitsContext) => visitsOf(offender, context),
    ...allowanceResolvers.Offender,
    visitEvents: async (offender: Offender, _args, context: VisitsContext) => {
      const visits = await visitsOf(offender, context);
      const visitors = await Promise.all(
        visits.map((visit) => context.visitorsByReference.load(visit.reference)),
      );
      const counts = new Map(visits.map((visit, index) => [visit.reference, visitors[index]?.length ?? 0]));
      return visitEvents(visits, (reference) => counts.get(reference) ?? 0);
    },
  },
  LinkedPrisoner: {
    prison: (link: BookerLinkTable) => ({ code: link.prisonCode }),
  },
  VisitAvailability: {
    prison: (availability: { prisonCode: string }) => ({ code: availability.prisonCode }),
  },
  VisitSession: {
    prison: (session: SessionOnDate) => ({ code: session.prisonCode }),
  },
  Visit: {
    date: (visit: VisitTable) => visit.sessionDate,
    prison: (visit: VisitTable) => ({ code: visit.prisonCode }),
    status: (visit: VisitTable, _args, context: VisitsContext) =>
      statusNow(visit, moment(context.booking).iso),
    holdExpiresAt: (visit: VisitTable) => (visit.status === 'RESERVED' ? visit.holdExpiresAt : null),
    visitors: (visit: VisitTable, _args, context: VisitsContext) =>
      context.visitorsByReference.load(visit.reference),
  },
  Visitor: {
    lead: (visitor: VisitorTable) => visitor.lead === 1,
  },
};
