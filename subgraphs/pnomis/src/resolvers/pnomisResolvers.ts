import type { Resolvers } from '../generated/resolvers';
import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import { mergeTimeline, type JourneyEvent } from '@lib/journey/journeyEvent';
import { sharedScalarResolvers } from '@lib/graphql/scalars';
import { findPrison } from '@lib/reference/prisonRegister';
import { badUserInput } from '@lib/graphql/errors';
import { inCaseload, outsideCaseload, requireNoCaseload } from '@lib/authorization/caseload';
import { disclose } from '@lib/subgraph/disclosure';
import type { PnomisContext } from '../context';
import { learningEventsForTimeline } from '../learning/learningResolvers';
import { custodyEvents } from '../services/custodyEvents';
import { findPrisonersByName } from '../services/prisonerSearch';
import { visitingEligibility } from '../services/visitingEligibility';
import { requireHeldInCaseload } from '../services/heldInCaseload';
import type { NameSearchArguments } from '@lib/search/nameSearch';
import {
  identifyOffender,
  keyOf,
  requireOneIdentifier,
  type OffenderIdentity,
  type OffenderKeys,
} from '../services/offenderIdentity';
import type { BookingTable, OffenderTable } from '../store/pnomisTables';

/**
 * An Offender entity as resolved here, with the events other subgraphs supplied through @requires (null when a
 * subgraph gave none).
 */
type OffenderParent = OffenderIdentity & {
  courtEvents?: JourneyEvent[] | null;
  visitEvents?: JourneyEvent[] | null;
  confiscationEvents?: JourneyEvent[] | null;
};

const MAX_PAGE = 500;

async function eventsOf(offender: OffenderIdentity, context: PnomisContext): Promise<JourneyEvent[]> {
  if (!offender.record) return [];
  await requireHeldInCaseload(offender.record.prisonNumber, context);
  disclose(context, offender.record.prisonNumber);
  const bookings = await context.bookingsByPrisonNumber.load(offender.record.prisonNumber);
  const movements = await Promise.all(
    bookings.map((booking) => context.movementsByBookingId.load(booking.bookingId)),
  );
  const byBooking = new Map(bookings.map((booking, index) => [booking.bookingId, movements[index] ?? []]));
  return custodyEvents(bookings, (bookingId) => byBooking.get(bookingId) ?? []);
}

/** The booking that is current, if the person is in custody now. */
async function activeBooking(
  record: OffenderTable,
  context: PnomisContext,
): Promise<BookingTable | undefined> {
  return (await context.bookingsByPrisonNumber.load(record.prisonNumber)).find(
    (booking) => booking.active === 1,
  );
}

function prisonRef(code: string) {
  return { code };
}

/** Resolvers of the P-Nomis subgraph: translation only; lookups go through the request's loaders. */
export const pnomisResolvers: Resolvers = {
  ...sharedScalarResolvers,
  Query: {
    offender: (_parent, args: OffenderKeys, context: PnomisContext) =>
      identifyOffender(requireOneIdentifier(args), context),
    prison: (_parent, args: { code: string }) => {
      const code = requireIdentifier('prisonCode', args.code, 'code');
      return findPrison(code) ? prisonRef(code) : null;
    },
    prisonersByNameAndDateOfBirth: (_parent, args: NameSearchArguments, context: PnomisContext) =>
      findPrisonersByName(args, context, new Date()),
  },
  Offender: {
    __resolveReference: async (
      reference: OffenderKeys & Omit<OffenderParent, keyof OffenderIdentity>,
      context: PnomisContext,
    ) => ({
      ...reference,
      ...(await identifyOffender(reference, context)),
    }),
    pncId: (offender: OffenderIdentity) => keyOf(offender, 'pncId'),
    prisonNumber: (offender: OffenderIdentity) => keyOf(offender, 'prisonNumber'),
    custody: async (offender: OffenderIdentity, _args, context: PnomisContext) => {
      if (!offender.record) return null;
      await requireHeldInCaseload(offender.record.prisonNumber, context);
      disclose(context, offender.record.prisonNumber);
      return offender.record;
    },
    // Asked by the visits subgraph at booking time, with the caller's credential: caseload rules apply as here.
    visitingEligibility: async (offender: OffenderIdentity, _args, context: PnomisContext) => {
      if (!offender.record) return null;
      await requireHeldInCaseload(offender.record.prisonNumber, context);
      disclose(context, offender.record.prisonNumber);
      return visitingEligibility(await context.bookingsByPrisonNumber.load(offender.record.prisonNumber));
    },
    custodyEvents: (offender: OffenderIdentity, _args, context: PnomisContext) => eventsOf(offender, context),
    timeline: async (offender: OffenderParent, _args, context: PnomisContext) => {
      // The courts and confiscation show nothing to a caller limited to a caseload, so its timeline would be
      // short of their events without saying so.
      requireNoCaseload(
        context.caller,
        "The timeline merges the courts' and confiscation's events, which staff limited to a prison caseload do not read",
      );
      return mergeTimeline(
        offender.courtEvents ?? [],
        await eventsOf(offender, context),
        // Education events join the timeline only for callers who may read education records.
        await learningEventsForTimeline(offender, context),
        offender.visitEvents ?? [],
        offender.confiscationEvents ?? [],
      );
    },
  },
  Prison: {
    __resolveReference: (reference: { code: string }) =>
      findPrison(reference.code) ? prisonRef(reference.code) : null,
    name: (prison: { code: string }) => findPrison(prison.code)?.name ?? prison.code,
    prisoners: async (
      prison: { code: string },
      args: { first: number; after?: string | null },
      context: PnomisContext,
    ) => {
      if (!inCaseload(context.caller, prison.code)) throw outsideCaseload();
      if (args.first < 1 || args.first > MAX_PAGE)
        throw badUserInput(`first must be from 1 to ${MAX_PAGE}`, 'first');
      const after = args.after ? requireIdentifier('prisonNumber', args.after, 'after') : null;
      const rows = await context.store.findPrisonersHeldAt(prison.code, args.first, after);
      rows.forEach((record) => disclose(context, record.prisonNumber));
      return rows.map((record) => ({ pncId: record.pncId, prisonNumber: record.prisonNumber, record }));
    },
  },
  CustodyRecord: {
    status: async (record: OffenderTable, _args, context: PnomisContext) =>
      (await activeBooking(record, context))?.status ?? 'RELEASED',
    currentPrison: async (record: OffenderTable, _args, context: PnomisContext) => {
      const active = await activeBooking(record, context);
      return active ? prisonRef(active.prisonCode) : null;
    },
    releaseDate: async (record: OffenderTable, _args, context: PnomisContext) =>
      (await activeBooking(record, context))?.releaseDate ?? null,
    bookings: (record: OffenderTable, _args, context: PnomisContext) =>
      context.bookingsByPrisonNumber.load(record.prisonNumber),
  },
  Booking: {
    prison: (booking: BookingTable) => prisonRef(booking.prisonCode),
    active: (booking: BookingTable) => booking.active === 1,
    movements: (booking: BookingTable, _args, context: PnomisContext) =>
      context.movementsByBookingId.load(booking.bookingId),
    sentences: (booking: BookingTable, _args, context: PnomisContext) =>
      context.sentencesByBookingId.load(booking.bookingId),
  },
};
