import { LEARNER_RECORD_SELECTION, type LearnerRecord } from './learnerRecord';

/** The systems of record, as the JourneySystem enum names them. */
export type JourneySystem = 'MAGISTRATES_COURT' | 'CROWN_COURT' | 'PNOMIS' | 'VISITS' | 'CONFISCATION';

/** A point in the journey, marked with the system that recorded it. */
export interface JourneyEvent {
  occurredAt: string;
  system: JourneySystem;
  kind: string;
  summary: string;
  reference: string;
}

export interface Sentence {
  description: string;
  startDate: string;
  termMonths: number;
  conditionalReleaseDate: string;
  sentenceExpiryDate: string;
}

export interface Custody {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  status: 'REMAND' | 'SENTENCED' | 'RELEASED';
  releaseDate: string | null;
  currentPrison: { code: string; name: string } | null;
  bookings: {
    bookingNumber: string;
    active: boolean;
    beganOn: string;
    endedOn: string | null;
    admissionReason: string;
    prison: { name: string };
    sentences: Sentence[];
  }[];
}

export interface CrownCourtCase {
  caseNumber: string;
  urn: string | null;
  receivedOn: string;
  sendingType: string;
  outcome: string | null;
  custodialSentenceMonths: number | null;
  court: { name: string };
  committingCourt: { name: string } | null;
}

export interface MagistratesCase {
  urn: string;
  chargedOn: string;
  outcome: string | null;
  court: { name: string };
  defendant: { firstName: string; lastName: string; dateOfBirth: string };
  offences: { wording: string }[];
  sentToCrownCourt: {
    caseNumber: string;
    receivedOn: string;
    sendingType: string;
    court: { name: string };
  } | null;
}

export interface Visit {
  reference: string;
  date: string;
  startTime: string;
  endTime: string;
  status: 'RESERVED' | 'BOOKED' | 'CANCELLED' | 'EXPIRED';
  restriction: 'OPEN' | 'CLOSED';
  prison: { code: string; name: string };
}

export interface ConfiscationOrder {
  accountNumber: string;
  orderedOn: string;
  amountOrdered: string;
  amountPaid: string;
  balance: string;
  /** Interest on the unpaid amount since the time to pay ended, and the amount owed with it. */
  interestAccrued: string;
  balanceWithInterest: string;
  status: string;
}

/** The person as the page asks for them: every list is null when its system did not answer or is not allowed. */
export interface Offender {
  pncId: string | null;
  prisonNumber: string | null;
  custody: Custody | null;
  magistratesCases: MagistratesCase[] | null;
  crownCourtCases: CrownCourtCase[] | null;
  visits: Visit[] | null;
  confiscationOrders: ConfiscationOrder[] | null;
  learning: LearnerRecord | null;
  courtEvents: JourneyEvent[] | null;
  custodyEvents: JourneyEvent[] | null;
  visitEvents: JourneyEvent[] | null;
  confiscationEvents: JourneyEvent[] | null;
  educationEvents: JourneyEvent[] | null;
  timeline: JourneyEvent[] | null;
}

export interface JourneyData {
  offender: Offender | null;
}

const EVENT = 'occurredAt system kind summary reference';

/**
 * Everything the page shows, in one operation. The per-system event lists are asked for beside the merged
 * timeline so that, when the timeline is null (a system down, or a scope missing), the page can merge the lists
 * that did come back.
 */
export const JOURNEY_QUERY = `query CaseworkerJourney($pncId: ID, $prisonNumber: ID) {
  offender(pncId: $pncId, prisonNumber: $prisonNumber) {
    pncId
    prisonNumber
    custody {
      firstName lastName dateOfBirth status releaseDate
      currentPrison { code name }
      bookings {
        bookingNumber active beganOn endedOn admissionReason
        prison { name }
        sentences { description startDate termMonths conditionalReleaseDate sentenceExpiryDate }
      }
    }
    magistratesCases {
      urn chargedOn outcome
      court { name }
      defendant { firstName lastName dateOfBirth }
      offences { wording }
      sentToCrownCourt { caseNumber receivedOn sendingType court { name } }
    }
    crownCourtCases {
      caseNumber urn receivedOn sendingType outcome custodialSentenceMonths
      court { name }
      committingCourt { name }
    }
    visits { reference date startTime endTime status restriction prison { code name } }
    confiscationOrders {
      accountNumber orderedOn amountOrdered amountPaid balance interestAccrued balanceWithInterest status
    }
    ${LEARNER_RECORD_SELECTION}
    courtEvents { ${EVENT} }
    custodyEvents { ${EVENT} }
    visitEvents { ${EVENT} }
    confiscationEvents { ${EVENT} }
    educationEvents { ${EVENT} }
    timeline { ${EVENT} }
  }
}`;
