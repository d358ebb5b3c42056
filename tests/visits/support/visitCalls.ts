import type { GraphQLResponse, RunningSupergraph } from '../../support/startSupergraph';
import { daysAhead, freshKey, registeredOperation, visitor, type VisitData } from './visitsFixture';

/** What a booking names, with defaults: two visitors, an open visit, a fresh key. */
export interface BookingArgs {
  prisonNumber: string;
  prisonCode: string;
  date: string;
  startTime: string;
  restriction?: 'OPEN' | 'CLOSED';
  visitors?: ReturnType<typeof visitor>[];
  idempotencyKey?: string;
}

function bookingInput(args: BookingArgs, withVisitors: boolean) {
  return {
    prisonNumber: args.prisonNumber,
    prisonCode: args.prisonCode,
    date: args.date,
    startTime: args.startTime,
    restriction: args.restriction ?? 'OPEN',
    idempotencyKey: args.idempotencyKey ?? freshKey(),
    ...(withVisitors ? { visitors: args.visitors ?? [visitor('Ann', 40), visitor('Bo', 9)] } : {}),
  };
}

/** A prisoner linked to a booking account, as the registered operations return it. */
export interface LinkedPrisonerData {
  prisonNumber: string;
  prison: { code: string; name: string };
  linkedAt: string;
}

/** The registered operations of the public visit booker, sent with a token (staff may send them too). */
export function visitCalls(supergraph: RunningSupergraph) {
  const send = <Data>(token: string, name: string, variables: Record<string, unknown>) =>
    supergraph.queryAs<Data>(token, registeredOperation(name), variables);
  return {
    book: (token: string, args: BookingArgs) =>
      send<{ bookVisit: VisitData }>(token, 'VisitBooking', { input: bookingInput(args, true) }),
    reserve: (token: string, args: BookingArgs) =>
      send<{ reserveVisit: VisitData }>(token, 'VisitReservation', { input: bookingInput(args, false) }),
    confirm: (token: string, reference: string, visitors = [visitor('Ann', 40)]) =>
      send<{ confirmVisit: VisitData }>(token, 'VisitConfirmation', { input: { reference, visitors } }),
    cancel: (token: string, reference: string, reason = 'Cannot make it') =>
      send<{ cancelVisit: VisitData }>(token, 'VisitCancellation', { input: { reference, reason } }),
    mine: (token: string, when: 'UPCOMING' | 'PAST' = 'UPCOMING') =>
      send<{ myVisitBookings: VisitData[] }>(token, 'VisitBookingsOfMine', { when }),
    ofPrisoner: (token: string, prisonNumber: string, when: 'UPCOMING' | 'PAST' = 'UPCOMING') =>
      send<{ prisonerVisits: VisitData[] }>(token, 'VisitsOfPrisoner', { prisonNumber, when }),
    link: (token: string, input: { prisonNumber: string; dateOfBirth: string; prisonCode: string }) =>
      send<{ linkPrisonerToBookingAccount: LinkedPrisonerData }>(token, 'LinkPrisonerToBookingAccount', {
        input,
      }),
    linked: (token: string) =>
      send<{ myLinkedPrisoners: LinkedPrisonerData[] }>(token, 'LinkedPrisonersOfMine', {}),
    availability: (token: string, prisonNumber: string, from = daysAhead(0), to = daysAhead(28)) =>
      send<{
        visitAvailability: {
          prisonNumber: string;
          prison: { code: string; name: string };
          sessions: {
            date: string;
            startTime: string;
            openCapacity: number;
            closedCapacity: number;
            openAvailable: number;
            closedAvailable: number;
            bookable: boolean;
          }[];
        };
      }>(token, 'VisitAvailabilityForPrisoner', { prisonNumber, from, to }),
  };
}

/** The visit a response carries, failing the test with the errors when there is none. */
export function visitOf<Key extends string>(
  response: GraphQLResponse<Record<Key, VisitData>>,
  key: Key,
): VisitData {
  const visit = response.data?.[key];
  if (!visit) throw new Error(`no ${key}: ${JSON.stringify(response.errors)}`);
  return visit;
}
