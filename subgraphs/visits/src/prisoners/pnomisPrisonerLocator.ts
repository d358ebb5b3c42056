import { GraphQLError } from 'graphql';
import {
  pnomisClient,
  pnomisUnavailable,
  refusalOf,
  type PnomisAnswer,
  type PnomisError,
  type PnomisLocatorOptions,
} from './pnomisClient';
import type { PrisonerLocator, PrisonerWhereabouts, VisitorApproval } from './prisonerLocator';

export type { PnomisLocatorOptions };

// Only what booking needs: no name, date of birth or other personal detail of the prisoner crosses over.
const ELIGIBILITY_FIELDS = /* GraphQL */ `
  _entities(representations: $representations) {
    ... on Offender {
      visitingEligibility {
        inCustody
        status
        currentPrison {
          code
        }
        incentiveLevel
      }
    }
  }
`;

const ELIGIBILITY = /* GraphQL */ `
  query VisitingEligibility($representations: [_Any!]!) {
    ${ELIGIBILITY_FIELDS}
  }
`;

// P-Nomis's fields for the visits system alone (@inaccessible: the gateway never offers them). Of the visitors it
// learns only what was named on the booking: whether each may come.
const ELIGIBILITY_AND_VISITORS = /* GraphQL */ `
  query VisitingEligibilityAndVisitors(
    $representations: [_Any!]!
    $prisonNumber: ID!
    $visitDate: Date!
    $visitors: [VisitorParticulars!]!
  ) {
    ${ELIGIBILITY_FIELDS}
    visitorApprovals(prisonNumber: $prisonNumber, visitDate: $visitDate, visitors: $visitors) {
      verdict
      restrictionEndsOn
    }
  }
`;

const PARTICULARS = /* GraphQL */ `
  query PrisonerParticularsMatch($prisonNumber: ID!, $dateOfBirth: Date!, $prisonCode: ID!) {
    prisonerParticularsMatch(prisonNumber: $prisonNumber, dateOfBirth: $dateOfBirth, prisonCode: $prisonCode)
  }
`;

type Eligibility = {
  inCustody: boolean;
  status: PrisonerWhereabouts['status'];
  currentPrison: { code: string } | null;
  incentiveLevel: PrisonerWhereabouts['incentiveLevel'];
};

type EligibilityData = { _entities?: ({ visitingEligibility?: Eligibility | null } | null)[] };

/** The error of a root field of the answer, or one without a path (the whole question failed). */
function errorOf(errors: readonly PnomisError[], field: string): PnomisError | undefined {
  return errors.find((error) => error.path === undefined || error.path[0] === field);
}

/** Each prisoner's whereabouts from the `_entities` part of an answer, or the error P-Nomis gave for them. */
function whereaboutsOf(
  body: PnomisAnswer<EligibilityData>,
  count: number,
): (PrisonerWhereabouts | null | GraphQLError)[] {
  const errors = (body.errors ?? []).filter(
    (error) => error.path === undefined || error.path[0] === '_entities',
  );
  // An error at an entity's index concerns that prisoner; one without concerns the whole question.
  const errorAt = (index: number) => errors.find((error) => error.path?.[1] === index);
  const general = errors.find((error) => typeof error.path?.[1] !== 'number');
  const entities = body.data?._entities;
  if (!entities && !general) throw pnomisUnavailable('it gave no answer');
  return Array.from({ length: count }, (_unused, index): PrisonerWhereabouts | null | GraphQLError => {
    const error = errorAt(index) ?? general;
    if (error) return refusalOf(error);
    const eligibility = entities?.[index]?.visitingEligibility;
    if (!eligibility) return null;
    return {
      inCustody: eligibility.inCustody,
      status: eligibility.status,
      prisonCode: eligibility.currentPrison?.code ?? null,
      incentiveLevel: eligibility.incentiveLevel,
    };
  });
}

function single<Value>(answer: Value | GraphQLError | undefined): Value | null {
  if (answer instanceof GraphQLError) throw answer;
  return answer ?? null;
}

const representations = (prisonNumbers: readonly string[]) =>
  prisonNumbers.map((prisonNumber) => ({ __typename: 'Offender', prisonNumber }));

/**
 * The prisoner locator that asks the P-Nomis subgraph, as the gateway would, with the caller's gateway
 * credential: through `_entities` where a prisoner is held, and through P-Nomis's fields for the visits system
 * whether visitors may come and whether a booker's stated particulars match. P-Nomis checks the caller's scopes
 * and caseload itself.
 */
export function pnomisPrisonerLocator(options: PnomisLocatorOptions): PrisonerLocator {
  const pnomis = pnomisClient(options);
  async function locateEach(prisonNumbers: readonly string[], credential: string | null) {
    const body = await pnomis.ask<EligibilityData>(
      ELIGIBILITY,
      { representations: representations(prisonNumbers) },
      credential,
    );
    return whereaboutsOf(body, prisonNumbers.length);
  }
  return {
    locateEach,
    async locate(prisonNumber, credential) {
      const [whereabouts] = await locateEach([prisonNumber], credential);
      return single(whereabouts);
    },
    async locateForVisit(prisonNumber, visit, credential) {
      const body = await pnomis.ask<EligibilityData & { visitorApprovals?: VisitorApproval[] | null }>(
        ELIGIBILITY_AND_VISITORS,
        {
          representations: representations([prisonNumber]),
          prisonNumber,
          visitDate: visit.date,
          visitors: visit.visitors.map(({ firstName, lastName, dateOfBirth }) => ({
            firstName,
            lastName,
            dateOfBirth,
          })),
        },
        credential,
      );
      const whereabouts = single(whereaboutsOf(body, 1)[0]);
      const approvals = body.data?.visitorApprovals;
      if (!approvals || approvals.length !== visit.visitors.length) {
        const error = errorOf(body.errors ?? [], 'visitorApprovals');
        throw error ? refusalOf(error) : pnomisUnavailable('it gave no answer about the visitors');
      }
      return { whereabouts, approvals };
    },
    async confirmParticulars(particulars, credential) {
      const body = await pnomis.ask<{ prisonerParticularsMatch?: boolean | null }>(
        PARTICULARS,
        particulars,
        credential,
      );
      const matches = body.data?.prisonerParticularsMatch;
      if (typeof matches !== 'boolean') {
        const error = errorOf(body.errors ?? [], 'prisonerParticularsMatch');
        throw error ? refusalOf(error) : pnomisUnavailable('it gave no answer');
      }
      return matches;
    },
  };
}
