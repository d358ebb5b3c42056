/** The operations the courts tests send through the gateway, and the shapes of their answers. */

export const SEND_CASE = /* GraphQL */ `
  #graphql
  mutation SendCase($input: SendCaseToCrownCourtInput!) {
    sendCaseToCrownCourt(input: $input) {
      transferId
      sentAt
      repeated
      crownCourtCase {
        caseNumber
        urn
        sendingType
        receivedOn
        court {
          code
        }
        committingCourt {
          code
        }
      }
    }
  }
`;

/** The answer to SEND_CASE. */
export interface SendCaseData {
  sendCaseToCrownCourt: {
    transferId: string | null;
    sentAt: string | null;
    repeated: boolean;
    crownCourtCase: {
      caseNumber: string;
      urn: string;
      sendingType: string;
      receivedOn: string;
      court: { code: string };
      committingCourt: { code: string } | null;
    };
  } | null;
}

/** The variables of SEND_CASE. */
export interface SendCaseInput {
  urn: string;
  crownCourtCode: string;
  sendingType: 'SENT_FOR_TRIAL' | 'COMMITTED_FOR_SENTENCE' | 'APPEAL';
  firstHearingOn: string;
  idempotencyKey?: string;
}

export const CASE_FILE_FIELDS = /* GraphQL */ `
  documents {
    id
    kind
    title
    author
    createdAt
    mediaType
    sizeBytes
    sha256
    addedBy
    addedAt
    servedAfterSending
    downloadPath
  }
`;

/** The Crown Court's joined view: its own case, and the magistrates' history and case file through the link. */
export const CROWN_CASE_VIEW = /* GraphQL */ `
  #graphql
  query CrownCaseView($caseNumber: ID!, $crownCourtCode: ID) {
    crownCourtCase(caseNumber: $caseNumber, crownCourtCode: $crownCourtCode) {
      caseNumber
      urn
      sendingType
      receivedOn
      court {
        code
        name
      }
      committingCourt {
        code
      }
      defendant {
        firstName
        lastName
        pncId
      }
      hearings {
        type
        startsAt
        jurisdiction
        court {
          code
        }
      }
      magistratesCase {
        urn
        allocationDecision
        bailStatus
        offences {
          code
          modeOfTrial
          plea
        }
        hearings {
          type
          startsAt
          outcome
        }
        sentToCrownCourt {
          caseNumber
        }
        ${CASE_FILE_FIELDS}
      }
    }
  }
`;

/** A case-file document as the graph serves it. */
export interface CaseDocumentData {
  id: string;
  kind: string;
  title: string;
  author: string;
  createdAt: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  addedBy: string | null;
  addedAt: string;
  servedAfterSending: boolean;
  downloadPath: string;
}

/** The answer to CROWN_CASE_VIEW. */
export interface CrownCaseViewData {
  crownCourtCase: {
    caseNumber: string;
    urn: string;
    sendingType: string;
    receivedOn: string;
    court: { code: string; name: string };
    committingCourt: { code: string } | null;
    defendant: { firstName: string; lastName: string; pncId: string | null };
    hearings: { type: string; startsAt: string; jurisdiction: string; court: { code: string } }[];
    magistratesCase: {
      urn: string;
      allocationDecision: string | null;
      bailStatus: string;
      offences: { code: string; modeOfTrial: string; plea: string | null }[];
      hearings: { type: string; startsAt: string; outcome: string | null }[];
      sentToCrownCourt: { caseNumber: string } | null;
      documents: CaseDocumentData[];
    } | null;
  } | null;
}

/** The magistrates' view of a case: whether it was sent, and its case file. */
export const MAGISTRATES_CASE = /* GraphQL */ `
  #graphql
  query MagistratesCaseFile($urn: ID!) {
    magistratesCase(urn: $urn) {
      urn
      outcome
      sentToCrownCourt {
        caseNumber
      }
      ${CASE_FILE_FIELDS}
    }
  }
`;

/** The answer to MAGISTRATES_CASE. */
export interface MagistratesCaseData {
  magistratesCase: {
    urn: string;
    outcome: string | null;
    sentToCrownCourt: { caseNumber: string } | null;
    documents: CaseDocumentData[];
  } | null;
}

export const WAITING_TIMES = /* GraphQL */ `
  #graphql
  query WaitingTimes($asOf: Date, $receivedFrom: Date, $receivedTo: Date) {
    crownCourtWaitingTimes(asOf: $asOf, receivedFrom: $receivedFrom, receivedTo: $receivedTo) {
      asOf
      overall {
        ...Figures
      }
      byCrownCourt {
        court {
          code
        }
        figures {
          ...Figures
        }
      }
      byMagistratesCourt {
        court {
          code
        }
        figures {
          ...Figures
        }
      }
    }
  }

  fragment Figures on WaitingFigures {
    casesSent
    firstHearingHeld
    stillWaiting
    withoutMagistratesHearing
    meanWaitDays
    medianWaitDays
    longestWaitDays
    longestCurrentWaitDays
    suppressed
  }
`;

/** One set of waiting figures: a figure withheld under disclosure control is null, and `suppressed` true. */
export interface Figures {
  casesSent: number | null;
  firstHearingHeld: number | null;
  stillWaiting: number | null;
  withoutMagistratesHearing: number | null;
  meanWaitDays: number | null;
  medianWaitDays: number | null;
  longestWaitDays: number | null;
  longestCurrentWaitDays: number | null;
  suppressed: boolean;
}

/** The answer to WAITING_TIMES. */
export interface WaitingTimesData {
  crownCourtWaitingTimes: {
    asOf: string;
    overall: Figures;
    byCrownCourt: { court: { code: string }; figures: Figures }[];
    byMagistratesCourt: { court: { code: string }; figures: Figures }[];
  } | null;
}
