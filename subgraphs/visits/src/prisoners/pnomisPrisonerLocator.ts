import { GraphQLError } from 'graphql';
import { GATEWAY_CREDENTIAL_HEADER } from '@lib/auth/subgraphCredential';
import { IsolatedCircuitError } from 'cockatiel';
import { lightFetch } from '@lib/http/lightFetch';
import { answersLiveness, probedCircuit } from '@lib/resilience/probedCircuit';
import { outsideCaseload } from '@lib/authorization/caseload';
import { visitRefusal } from '../services/visitRefusal';
import type { PrisonerLocator, PrisonerWhereabouts } from './prisonerLocator';

/** Where P-Nomis is and how long to wait for it. */
export interface PnomisLocatorOptions {
  /** The P-Nomis subgraph's GraphQL endpoint. */
  url: string;
  timeoutMs: number;
  /** Questions failing in a row (unreachable, too slow) that open the circuit to P-Nomis (default 5). */
  circuitFailures?: number;
  /** How often an open circuit probes P-Nomis's liveness, in ms (default 2000). */
  circuitProbeMs?: number;
}

// Only what booking needs: no name, date of birth or other personal detail crosses over.
const ELIGIBILITY = /* GraphQL */ `
  query VisitingEligibility($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Offender {
        visitingEligibility {
          inCustody
          status
          currentPrison {
            code
          }
        }
      }
    }
  }
`;

interface EligibilityResponse {
  data?: {
    _entities?: ({
      visitingEligibility?: {
        inCustody: boolean;
        status: PrisonerWhereabouts['status'];
        currentPrison: { code: string } | null;
      } | null;
    } | null)[];
  } | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

type EligibilityError = NonNullable<EligibilityResponse['errors']>[number];

function unavailable(reason: string) {
  return visitRefusal(
    'PNOMIS_UNAVAILABLE',
    `P-Nomis could not be asked where the prisoner is held (${reason}); nothing was booked, try again shortly`,
  );
}

async function ask(
  options: PnomisLocatorOptions,
  prisonNumbers: readonly string[],
  credential: string | null,
) {
  try {
    // Node's own http client with keep-alive connections: cheaper per call than the built-in fetch.
    const response = await lightFetch(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(credential ? { [GATEWAY_CREDENTIAL_HEADER]: credential } : {}),
      },
      body: JSON.stringify({
        query: ELIGIBILITY,
        variables: {
          representations: prisonNumbers.map((prisonNumber) => ({ __typename: 'Offender', prisonNumber })),
        },
      }),
      timeoutMs: options.timeoutMs,
    });
    if (!response.ok && response.status !== 400) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as EligibilityResponse;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    throw unavailable(name === 'TimeoutError' ? 'no answer in time' : 'not reachable');
  }
}

/** An error P-Nomis gave, as this subgraph passes it on: its own caseload refusal, or P-Nomis unavailable. */
function refusalOf(error: EligibilityError): GraphQLError {
  if (error.extensions?.code === 'OUTSIDE_CASELOAD') return outsideCaseload();
  return unavailable(`it answered ${error.extensions?.code ?? 'an error'}`);
}

/**
 * The prisoner locator that asks the P-Nomis subgraph through its `_entities` field, as the gateway would, with
 * the caller's gateway credential: P-Nomis checks the caller's scopes and caseload itself.
 */
export function pnomisPrisonerLocator(options: PnomisLocatorOptions): PrisonerLocator {
  // A P-Nomis that is down or frozen costs a booking (or staff reading visits) nothing once the circuit is open:
  // refused at once, not after the timeout; the circuit probes P-Nomis itself and closes when it answers
  // (lib/resilience/probedCircuit.ts).
  const probeEveryMs = options.circuitProbeMs ?? 2000;
  const circuit = probedCircuit({
    failuresToOpen: options.circuitFailures ?? 5,
    probeEveryMs,
    isAlive: () => answersLiveness(options.url, Math.min(1000, probeEveryMs)),
  });
  async function locateEach(prisonNumbers: readonly string[], credential: string | null) {
    const body = await circuit.policy
      .execute(() => ask(options, prisonNumbers, credential))
      .catch((error: unknown) => {
        throw error instanceof IsolatedCircuitError
          ? unavailable('it failed repeatedly and is not asked for now')
          : error;
      });
    const errors = body.errors ?? [];
    // An error at an entity's index concerns that prisoner; one without concerns the whole question.
    const errorAt = (index: number) => errors.find((error) => error.path?.[1] === index);
    const general = errors.find((error) => typeof error.path?.[1] !== 'number');
    const entities = body.data?._entities;
    if (!entities && !general) throw unavailable('it gave no answer');
    return prisonNumbers.map((_prisonNumber, index): PrisonerWhereabouts | null | GraphQLError => {
      const error = errorAt(index) ?? general;
      if (error) return refusalOf(error);
      const eligibility = entities?.[index]?.visitingEligibility;
      if (!eligibility) return null;
      return {
        inCustody: eligibility.inCustody,
        status: eligibility.status,
        prisonCode: eligibility.currentPrison?.code ?? null,
      };
    });
  }
  return {
    locateEach,
    async locate(prisonNumber, credential) {
      const [whereabouts] = await locateEach([prisonNumber], credential);
      if (whereabouts instanceof GraphQLError) throw whereabouts;
      return whereabouts ?? null;
    },
  };
}
