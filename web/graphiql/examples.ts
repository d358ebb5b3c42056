import { addDays } from '../shared/londonDate';

/** A ready-made operation for the examples pane. */
export interface ExampleOperation {
  title: string;
  /** Who may run it, and what it shows. */
  description: string;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * The operations analysts start from, as far as the schema has them: collection rates of confiscation orders,
 * time from the magistrates' court to the Crown Court, visit demand at a prison; and one offender's journey and
 * finding a person by name, which need a caseworker's token (analysts see figures, never people). Dates are
 * relative to `today`.
 */
export function exampleOperations(today: string): ExampleOperation[] {
  return [
    {
      title: 'Collection rates',
      description:
        'Confiscation orders made, collected and outstanding, by year and region (aggregates:read).',
      query: `# Confiscation collection rates, as the National Audit Office reports them.
# A figure about fewer than 5 people, or one that would give such a figure away, is null with suppressed: true.
query CollectionRates($asOf: Date) {
  confiscationFigures(asOf: $asOf, yearBasis: FINANCIAL) {
    asOf
    overall {
      orders
      amountOrdered
      amountCollected
      enforcementRatePercent
      outstanding
      suppressed
    }
    years {
      year
      ordersMade
      amountOrdered
      amountCollected
      suppressed
    }
    byRegion {
      region
      figures {
        orders
        enforcementRatePercent
        outstanding
        suppressed
      }
    }
  }
}
`,
      variables: { asOf: today },
    },
    {
      title: "Magistrates' court to Crown Court",
      description:
        'How long sent cases wait for their first Crown Court hearing, by court (aggregates:read).',
      query: `# Days from the first magistrates' hearing to the first Crown Court hearing.
# A figure about fewer than 5 people, or one that would give such a figure away, is null with suppressed: true.
query TimeToCrownCourt($receivedFrom: Date) {
  crownCourtWaitingTimes(receivedFrom: $receivedFrom) {
    asOf
    overall {
      casesSent
      firstHearingHeld
      stillWaiting
      meanWaitDays
      medianWaitDays
      longestCurrentWaitDays
      suppressed
    }
    byCrownCourt {
      court {
        code
        name
      }
      figures {
        casesSent
        medianWaitDays
        stillWaiting
        suppressed
      }
    }
  }
}
`,
      variables: { receivedFrom: addDays(today, -365) },
    },
    {
      title: 'Visit demand',
      description:
        'Places offered and booked in each visit session at a prison over the next week (any token).',
      query: `# Visit demand at one prison: capacity and bookings per session, open and closed.
query VisitDemand($prisonCode: ID!, $from: Date!, $to: Date!) {
  visitSessions(prisonCode: $prisonCode, from: $from, to: $to) {
    date
    startTime
    endTime
    openCapacity
    openBooked
    closedCapacity
    closedBooked
  }
}
`,
      variables: { prisonCode: 'LEI', from: today, to: addDays(today, 6) },
    },
    {
      title: "An offender's journey",
      description:
        "One person's journey across every system. Needs a caseworker's token (offender-manager) and a purpose.",
      query: `# One person's journey: custody, cases, visits, confiscation and the merged timeline.
# Analysts' tokens may not look people up: use an offender-manager token and state the purpose.
query Journey($pncId: ID, $prisonNumber: ID) {
  offender(pncId: $pncId, prisonNumber: $prisonNumber) {
    pncId
    prisonNumber
    custody {
      status
      currentPrison {
        name
      }
      releaseDate
    }
    magistratesCases {
      urn
      sentToCrownCourt {
        caseNumber
        court {
          code
        }
      }
    }
    visits {
      reference
      date
      status
    }
    confiscationOrders {
      amountOrdered
      balance
      status
    }
    timeline {
      occurredAt
      system
      summary
    }
  }
}
`,
      variables: { prisonNumber: 'A1234BC' },
    },
    {
      title: 'Finding a person by name',
      description:
        "Everyone the courts know with a surname and date of birth (at most 20), each with their identifiers. Needs a caseworker's token and a purpose.",
      query: `# People by surname and date of birth, as the courts recorded them: case and surrounding spaces ignored.
# Give the first name too when more than 20 match (TOO_MANY_MATCHES). Each search is audited.
query FindByName($lastName: String!, $firstName: String, $dateOfBirth: Date!) {
  offendersByNameAndDateOfBirth(lastName: $lastName, firstName: $firstName, dateOfBirth: $dateOfBirth) {
    pncId
    prisonNumber
    magistratesCases {
      court {
        name
      }
      defendant {
        firstName
        lastName
      }
    }
  }
}
`,
      variables: { lastName: 'Smith', dateOfBirth: '1980-01-31' },
    },
  ];
}
