import { graphql } from '../generated';
import type { BookVisitMutation, VisitAvailabilityQuery } from '../generated/graphql';

export type { BookVisitInput, VisitorInput } from '../generated/graphql';

/** A session the prisoner can be visited in, with the places left. */
export type AvailableSession = NonNullable<VisitAvailabilityQuery['visitAvailability']>['sessions'][number];

export const AVAILABILITY_QUERY = graphql(`
  query VisitAvailability($prisonNumber: ID!, $from: Date!, $to: Date!) {
    visitAvailability(prisonNumber: $prisonNumber, from: $from, to: $to) {
      prison {
        code
        name
      }
      sessions {
        date
        startTime
        endTime
        openAvailable
        closedAvailable
        bookable
      }
    }
  }
`);

export type BookVisitData = BookVisitMutation;

export const BOOK_VISIT_MUTATION = graphql(`
  mutation BookVisit($input: BookVisitInput!) {
    bookVisit(input: $input) {
      reference
      date
      startTime
      endTime
      status
    }
  }
`);
