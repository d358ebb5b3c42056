import { graphql } from './generated';
import type {
  CaseworkerJourneyQuery,
  JourneyEventFieldsFragment,
  JourneySystem as GeneratedJourneySystem,
} from './generated/graphql';

// The types below are the operation's answer, generated from it and the schema by `npm run codegen`; the names
// are the parts the page's sections take.

/** The systems of record, as the JourneySystem enum names them. */
export type JourneySystem = GeneratedJourneySystem;

/** A point in the journey, marked with the system that recorded it. */
export type JourneyEvent = JourneyEventFieldsFragment;

export type JourneyData = CaseworkerJourneyQuery;

/** The person as the page asks for them: every list is null when its system did not answer or is not allowed. */
export type Offender = NonNullable<JourneyData['offender']>;

export type Custody = NonNullable<Offender['custody']>;

export type Sentence = Custody['bookings'][number]['sentences'][number];

export type MagistratesCase = NonNullable<Offender['magistratesCases']>[number];

export type CrownCourtCase = NonNullable<Offender['crownCourtCases']>[number];

export type Visit = NonNullable<Offender['visits']>[number];

export type ConfiscationOrder = NonNullable<Offender['confiscationOrders']>[number];

export const JOURNEY_EVENT_FIELDS = graphql(`
  fragment JourneyEventFields on JourneyEvent {
    occurredAt
    system
    kind
    summary
    reference
  }
`);

/**
 * Everything the page shows, in one operation. The per-system event lists are asked for beside the merged
 * timeline so that, when the timeline is null (a system down, or a scope missing), the page can merge the lists
 * that did come back.
 */
export const JOURNEY_QUERY = graphql(`
  query CaseworkerJourney($pncId: ID, $prisonNumber: ID) {
    offender(pncId: $pncId, prisonNumber: $prisonNumber) {
      pncId
      prisonNumber
      custody {
        firstName
        lastName
        dateOfBirth
        status
        releaseDate
        currentPrison {
          code
          name
        }
        bookings {
          bookingNumber
          active
          beganOn
          endedOn
          admissionReason
          prison {
            name
          }
          sentences {
            description
            startDate
            termMonths
            conditionalReleaseDate
            sentenceExpiryDate
          }
        }
      }
      magistratesCases {
        urn
        chargedOn
        outcome
        court {
          name
        }
        defendant {
          firstName
          lastName
          dateOfBirth
        }
        offences {
          wording
        }
        sentToCrownCourt {
          caseNumber
          receivedOn
          sendingType
          court {
            code
            name
          }
        }
      }
      crownCourtCases {
        caseNumber
        urn
        receivedOn
        sendingType
        outcome
        custodialSentenceMonths
        court {
          code
          name
        }
        committingCourt {
          name
        }
      }
      visits {
        reference
        date
        startTime
        endTime
        status
        restriction
        prison {
          code
          name
        }
      }
      confiscationOrders {
        accountNumber
        orderedOn
        amountOrdered
        amountPaid
        balance
        interestAccrued
        balanceWithInterest
        status
      }
      learning {
        ...LearnerRecordFields
      }
      courtEvents {
        ...JourneyEventFields
      }
      custodyEvents {
        ...JourneyEventFields
      }
      visitEvents {
        ...JourneyEventFields
      }
      confiscationEvents {
        ...JourneyEventFields
      }
      educationEvents {
        ...JourneyEventFields
      }
      timeline {
        ...JourneyEventFields
      }
    }
  }
`);
