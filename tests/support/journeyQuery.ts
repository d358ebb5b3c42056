/** The fields of an offender's journey the integration tests read, from every system. */
export const JOURNEY_QUERY = /* GraphQL */ `
  #graphql
  query Journey($pncId: ID, $prisonNumber: ID) {
    offender(pncId: $pncId, prisonNumber: $prisonNumber) {
      pncId
      prisonNumber
      custody {
        prisonNumber
        status
        currentPrison {
          code
          name
        }
        bookings {
          bookingNumber
          active
        }
      }
      magistratesCases {
        urn
        sentToCrownCourt {
          caseNumber
        }
      }
      crownCourtCases {
        caseNumber
        magistratesCase {
          urn
        }
      }
      visits {
        reference
        prison {
          code
        }
      }
      confiscationOrders {
        accountNumber
        balance
      }
      courtEvents {
        occurredAt
      }
      custodyEvents {
        occurredAt
      }
      visitEvents {
        occurredAt
      }
      confiscationEvents {
        occurredAt
      }
      timeline {
        occurredAt
        system
        kind
        summary
        reference
      }
    }
  }
`;

/** The shape of {@link JOURNEY_QUERY}'s answer. */
export interface JourneyData {
  offender: {
    pncId: string | null;
    prisonNumber: string | null;
    custody: {
      prisonNumber: string;
      status: string;
      currentPrison: { code: string; name: string } | null;
      bookings: { bookingNumber: string; active: boolean }[];
    } | null;
    magistratesCases: { urn: string; sentToCrownCourt: { caseNumber: string } | null }[] | null;
    crownCourtCases: { caseNumber: string; magistratesCase: { urn: string } | null }[] | null;
    visits: { reference: string; prison: { code: string } }[] | null;
    confiscationOrders: { accountNumber: string; balance: string }[] | null;
    courtEvents: { occurredAt: string }[] | null;
    custodyEvents: { occurredAt: string }[] | null;
    visitEvents: { occurredAt: string }[] | null;
    confiscationEvents: { occurredAt: string }[] | null;
    timeline:
      { occurredAt: string; system: string; kind: string; summary: string; reference: string }[] | null;
  } | null;
}
