import type { GraphQLError } from 'graphql';

/** Where a prisoner is held now and on what footing, as P-Nomis says at the moment of asking. */
export interface PrisonerWhereabouts {
  inCustody: boolean;
  /** The establishment holding the prisoner; null when not in custody. */
  prisonCode: string | null;
  status: 'REMAND' | 'SENTENCED' | 'RELEASED';
}

/**
 * The port through which the visits subgraph asks, live, where a prisoner is held: the visits store keeps no copy
 * of prisoner records. `credential` is the gateway's signed word for the caller, passed on so that P-Nomis
 * applies its own rules (scopes, caseload) to the same caller. Resolves to null for a prison number P-Nomis does
 * not know; throws a GraphQL error (PNOMIS_UNAVAILABLE, OUTSIDE_CASELOAD) when it cannot say.
 */
export interface PrisonerLocator {
  locate(prisonNumber: string, credential: string | null): Promise<PrisonerWhereabouts | null>;
  /**
   * The same for several prisoners in one question, each answered on its own: the whereabouts, null, or the
   * error P-Nomis gave for that prisoner alone (OUTSIDE_CASELOAD for one held outside the caller's caseload).
   * Throws only when P-Nomis could not be asked at all.
   */
  locateEach(
    prisonNumbers: readonly string[],
    credential: string | null,
  ): Promise<(PrisonerWhereabouts | null | GraphQLError)[]>;
}
