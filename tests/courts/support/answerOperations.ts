/** The operations with which the Crown Court answers a sending, and the magistrates' court withdraws one. */

const CASE_CHANGE = /* GraphQL */ `
  repeated
  crownCourtCase {
    caseNumber
    court {
      code
    }
    status
    statusReason
    hearings {
      id
      type
      startsAt
      outcome
    }
  }
`;

export const ACKNOWLEDGE = /* GraphQL */ `
  #graphql
  mutation Acknowledge($caseNumber: ID!, $crownCourtCode: ID) {
    acknowledgeSentCase(caseNumber: $caseNumber, crownCourtCode: $crownCourtCode) { ${CASE_CHANGE} }
  }
`;

export const RETURN_CASE = /* GraphQL */ `
  #graphql
  mutation ReturnCase($caseNumber: ID!, $reason: String!, $crownCourtCode: ID) {
    returnSentCase(caseNumber: $caseNumber, reason: $reason, crownCourtCode: $crownCourtCode) { ${CASE_CHANGE} }
  }
`;

export const WITHDRAW = /* GraphQL */ `
  #graphql
  mutation Withdraw($urn: ID!, $reason: String!) {
    withdrawSending(urn: $urn, reason: $reason) { ${CASE_CHANGE} }
  }
`;

export const LIST_HEARING = /* GraphQL */ `
  #graphql
  mutation ListHearing($input: ListCrownCourtHearingInput!) {
    listCrownCourtHearing(input: $input) {
      repeated
      hearing {
        id
        type
        startsAt
        outcome
      }
      crownCourtCase {
        caseNumber
      }
    }
  }
`;

export const RECORD_OUTCOME = /* GraphQL */ `
  #graphql
  mutation RecordOutcome($hearingId: ID!, $outcome: CourtOutcome!) {
    recordCrownCourtHearingOutcome(hearingId: $hearingId, outcome: $outcome) {
      repeated
      hearing {
        id
        outcome
      }
      crownCourtCase {
        caseNumber
        outcome
      }
    }
  }
`;

/** The magistrates' list: whether the case is sent, and the sendings that came back. */
export const MAGISTRATES_LIST = /* GraphQL */ `
  #graphql
  query MagistratesList($urn: ID!) {
    magistratesCase(urn: $urn) {
      outcome
      sentToCrownCourt {
        caseNumber
      }
      closedSendings {
        crownCourtCaseNumber
        crownCourt {
          code
        }
        kind
        reason
      }
    }
  }
`;

export const TIMELINE = /* GraphQL */ `
  #graphql
  query Timeline($lastName: String!, $dateOfBirth: Date!) {
    offendersByNameAndDateOfBirth(lastName: $lastName, dateOfBirth: $dateOfBirth) {
      courtEvents {
        system
        kind
        reference
        summary
      }
    }
  }
`;

/** A hearing as the answers return it. */
export interface HearingData {
  id: string;
  type: string;
  startsAt: string;
  outcome: string | null;
}

/** A case change as the answers return it. */
export interface CaseChangeData {
  repeated: boolean;
  crownCourtCase: {
    caseNumber: string;
    court: { code: string };
    status: string;
    statusReason: string | null;
    hearings: HearingData[];
  };
}
