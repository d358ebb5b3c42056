import type { Day } from '../calendar';
import type { Person } from '../people';
import type { FaultKind } from '../seedManifest';

/** The journey shapes of people with a Crown Court case; courts-only people are generated as they are written. */
export type JourneyShape = 'SENTENCED' | 'REMAND' | 'RELEASED' | 'CROWN_NON_CUSTODIAL';

/** How serious the case's main offence is, which decides the magistrates' hearings and the sending. */
export type ModeOfTrial = 'SUMMARY_ONLY' | 'EITHER_WAY' | 'INDICTABLE_ONLY';

/** A hearing on a day; `minute` is its listed start, minutes after midnight UTC. */
export interface PlannedHearing {
  day: Day;
  minute: number;
  type:
    'FIRST_APPEARANCE' | 'ALLOCATION' | 'PLEA_AND_TRIAL_PREPARATION' | 'TRIAL' | 'SENTENCE' | 'CONFISCATION';
  outcome: string | null;
  courtCode: string;
}

/** The magistrates' part of a journey. */
export interface MagistratesPlan {
  urn: string;
  courtCode: string;
  chargedOn: Day;
  modeOfTrial: ModeOfTrial;
  bailStatus: 'UNCONDITIONAL_BAIL' | 'CONDITIONAL_BAIL' | 'REMANDED_IN_CUSTODY';
  allocationDecision: 'SUMMARY_TRIAL' | 'CROWN_COURT_TRIAL';
  hearings: PlannedHearing[];
}

/** The Crown Court part of a journey. `caseNumber` is given once every case's receipt date is known. */
export interface CrownPlan {
  caseNumber: string;
  courtCode: string;
  sendingType: 'SENT_FOR_TRIAL' | 'COMMITTED_FOR_SENTENCE';
  receivedOn: Day;
  hearings: PlannedHearing[];
  outcome: 'CUSTODY' | 'COMMUNITY_ORDER' | 'ACQUITTED' | null;
  sentencedOn: Day | null;
  custodialSentenceMonths: number | null;
}

/** A period at one prison, from `from` up to (not including) `until`, or open-ended. */
export interface PrisonStay {
  prisonCode: string;
  from: Day;
  until: Day | null;
}

/** The P-Nomis part of a journey: one booking. */
export interface CustodyPlan {
  prisonNumber: string;
  bookingId: number;
  bookingNumber: string;
  admittedOn: Day;
  /** The court the person was taken from on admission. */
  admittedFrom: string;
  admissionReason: 'Remanded by court' | 'Sentenced';
  stays: PrisonStay[];
  releasedOn: Day | null;
  status: 'REMAND' | 'SENTENCED';
  sentence: { termMonths: number; startDate: Day; conditionalReleaseDate: Day; expiryDate: Day } | null;
}

/** A confiscation order as the Crown Court announced it (the truth the enforcement record should match). */
export interface OrderPlan {
  accountNumber: string;
  orderedOn: Day;
  amountPence: number;
}

/** A fault injected into one of the journey's records, and the wrong value recorded. */
export interface PlannedFault {
  id: string;
  kind: FaultKind;
  recordedValue: string | null;
}

/** Everything the generator decides about one person with a Crown Court case, before writing any rows. */
export interface Journey {
  shape: JourneyShape;
  person: Person;
  magistrates: MagistratesPlan;
  crown: CrownPlan;
  custody: CustodyPlan | null;
  order: OrderPlan | null;
  fault: PlannedFault | null;
  /** Reserved as a manifest sample: never given a fault. */
  sample: boolean;
}
