import { JOURNEY_QUERY } from '../../tests/support/journeyQuery';
import { addDays, londonNow } from '@lib/time/londonTime';
import type { GatewayKind } from '../system/gatewayKinds';
import type { Population } from '../system/population';
import { bookerIndex } from './bookerLinks';
import { callerHeaders, type CallerHeaders } from './callerHeaders';
import type { BookingJobs } from './bookingJobs';
import { registeredBody, registeredOperation } from './registeredOperations';
import type { LoadRequest } from './driveLoad';

/** The workloads, in the order they run. */
export const WORKLOAD_NAMES = ['journey', 'prison-list', 'availability', 'booking'] as const;

/** A workload's name, as given to --workloads. */
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];

/** A workload: a title for the report and, for each gateway, the request maker of one measurement. */
export interface Workload {
  name: WorkloadName;
  title: string;
  requestsFor(gateway: GatewayKind): () => LoadRequest;
  /**
   * How many different requests the workload can make in one measurement, when it is bounded (the planned
   * bookings: one more would repeat one and be refused); a measurement ends when they are all sent.
   */
  distinctRequests?: number;
}

/** The tokens of the simulated users, by agency: each request goes out with one of them. */
export interface CallerTokens {
  caseworkers: string[];
  publicBookers: string[];
}

/** A prison's list with each prisoner's journey across the four systems: entity batching at every hop. */
export const PRISON_LIST_QUERY = /* GraphQL */ `
  #graphql
  query PrisonList($code: ID!, $first: Int!, $after: ID) {
    prison(code: $code) {
      name
      prisoners(first: $first, after: $after) {
        prisonNumber
        custody {
          status
          releaseDate
        }
        magistratesCases {
          urn
          sentToCrownCourt {
            caseNumber
          }
        }
        visits {
          reference
          date
          status
        }
        confiscationOrders {
          accountNumber
          balance
        }
      }
    }
  }
`;

/** Walks a list in turn from a random place, so that consecutive requests ask for different people. */
export function inTurn<T>(items: readonly T[]): () => T {
  if (items.length === 0) throw new Error('nothing to draw requests from');
  let next = Math.floor(Math.random() * items.length);
  return () => {
    next = (next + 1) % items.length;
    return items[next] as T;
  };
}

/**
 * The four workloads of the issue, drawing their people from the seeded population, each request with the headers
 * `headersFor` gives its user for the gateway measured.
 */
export function buildWorkloads(
  population: Population,
  tokens: CallerTokens,
  bookings: BookingJobs,
  headersFor: CallerHeaders = callerHeaders(null),
): Workload[] {
  const availability = registeredOperation('public-visit-booker', 'VisitAvailabilityForPrisoner');
  const booking = registeredOperation('public-visit-booker', 'VisitBooking');
  const today = londonNow(new Date()).date;
  // A public booker asks about, and books for, only the prisoners linked to their account: each prisoner's
  // requests go out with the token of the booker who linked them (benchSystem.ts links them before measuring).
  const bookerOf = (prisonNumber: string) =>
    tokens.publicBookers[bookerIndex(prisonNumber, tokens.publicBookers.length)] ?? '';
  const linked = population.prisonersInCustody.filter((prisoner) =>
    bookings.prisonNumbers.has(prisoner.prisonNumber),
  );
  return [
    {
      name: 'journey',
      title: "One offender's journey across the four systems (by PNC ID)",
      requestsFor: (gateway) => {
        const pncId = inTurn(population.pncIds);
        const token = inTurn(tokens.caseworkers);
        return () => ({
          body: JSON.stringify({
            query: JOURNEY_QUERY,
            operationName: 'Journey',
            variables: { pncId: pncId() },
          }),
          headers: headersFor(gateway, token()),
        });
      },
    },
    {
      name: 'prison-list',
      title: `A prison's list of ${population.pageSize} prisoners with their cases, visits and orders`,
      requestsFor: (gateway) => {
        const page = inTurn(population.prisonPages);
        const token = inTurn(tokens.caseworkers);
        return () => {
          const { prisonCode, after } = page();
          return {
            body: JSON.stringify({
              query: PRISON_LIST_QUERY,
              operationName: 'PrisonList',
              variables: { code: prisonCode, first: population.pageSize, after },
            }),
            headers: headersFor(gateway, token()),
          };
        };
      },
    },
    {
      name: 'availability',
      title: 'Visit availability for a prisoner (registered operation; P-Nomis asked live)',
      requestsFor: (gateway) => {
        const prisoner = inTurn(linked);
        return () => {
          const { prisonNumber } = prisoner();
          const variables = { prisonNumber, from: addDays(today, 2), to: addDays(today, 15) };
          return {
            body: registeredBody(gateway, availability, variables),
            headers: headersFor(gateway, bookerOf(prisonNumber)),
          };
        };
      },
    },
    {
      name: 'booking',
      title: 'Booking a visit (registered operation), each for a different prisoner and session',
      distinctRequests: bookings.jobCount,
      requestsFor: (gateway) => {
        const job = bookings.cursor(gateway);
        return () => {
          const input = job();
          return {
            body: registeredBody(gateway, booking, { input }),
            headers: headersFor(gateway, bookerOf(input.prisonNumber)),
          };
        };
      },
    },
  ];
}
