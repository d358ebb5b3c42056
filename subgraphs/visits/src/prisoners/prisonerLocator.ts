import type { GraphQLError } from 'graphql';

/** Where a prisoner is held now and on what footing, as P-Nomis says at the moment of asking. */
export interface PrisonerWhereabouts {
  inCustody: boolean;
  /** The establishment holding the prisoner; null when not in custody. */
  prisonCode: string | null;
  status: 'REMAND' | 'SENTENCED' | 'RELEASED';
  /** The incentive level of the active booking (it decides the visiting orders given); null when not in custody. */
  incentiveLevel: IncentiveLevel | null;
}

/** The levels of the prison incentives scheme, as P-Nomis records them. */
export type IncentiveLevel = 'BASIC' | 'STANDARD' | 'ENHANCED';

/** A person named on a visit, as P-Nomis is asked about them: nothing more than it needs to find the contact. */
export interface VisitorParticulars {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
}

/** P-Nomis's verdict on one person named on a visit, with the last day of any restriction behind it. */
export interface VisitorApproval {
  verdict: 'APPROVED' | 'NOT_APPROVED' | 'BANNED' | 'CLOSED_VISITS_ONLY';
  restrictionEndsOn: string | null;
}

/** What a member of the public states to link a prisoner to their booking account. */
export interface StatedParticulars {
  prisonNumber: string;
  dateOfBirth: string;
  prisonCode: string;
}

/**
 * The port through which the visits subgraph asks P-Nomis, live, about prisoners: the visits store keeps no copy
 * of prisoner records or contacts. `credential` is the gateway's signed word for the caller, passed on so that
 * P-Nomis applies its own rules (scopes, caseload) to the same caller. Every method throws a GraphQL error
 * (PNOMIS_UNAVAILABLE, OUTSIDE_CASELOAD) when P-Nomis cannot say.
 */
export interface PrisonerLocator {
  /** Where a prisoner is held; null for a prison number P-Nomis does not know. */
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
  /**
   * Where a prisoner is held and, in the same question, whether each person named on a visit on `date` may come
   * (in the order given): what a booking needs from P-Nomis, asked once.
   */
  locateForVisit(
    prisonNumber: string,
    visit: { date: string; visitors: readonly VisitorParticulars[] },
    credential: string | null,
  ): Promise<{ whereabouts: PrisonerWhereabouts | null; approvals: VisitorApproval[] }>;
  /**
   * Whether a prison number, date of birth and prison name someone P-Nomis holds there now: true or false,
   * nothing about which part did not match or whether the person exists.
   */
  confirmParticulars(particulars: StatedParticulars, credential: string | null): Promise<boolean>;
}
