/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A visit to book in one step: the session, the visitors and an idempotency key. */
export type BookVisitInput = {
  /** The date of the session. */
  date: string;
  /** A key new to each booking (a UUID will do), sent again unchanged when a request is retried. */
  idempotencyKey: string;
  /** The prison of the session: where the prisoner is held. */
  prisonCode: string;
  /** The prisoner's prison (NOMS) number. */
  prisonNumber: string;
  /** Open or closed. */
  restriction?: VisitRestriction | null | undefined;
  /** The session's local start time, HH:MM. */
  startTime: string;
  /** The visitors: at most 6, at most 3 of them adults, one adult the lead (the prison's settings may differ). */
  visitors: Array<VisitorInput>;
};

/** The kinds of document in a magistrates' case file. */
export type CaseDocumentKind =
  /** The police case summary (MG5). */
  | 'CASE_SUMMARY'
  /** The charge sheet (MG4). */
  | 'CHARGE_SHEET'
  /** The list of exhibits (MG12). */
  | 'EXHIBIT_LIST'
  /** The record of the defendant's taped interview (MG15). */
  | 'INTERVIEW_RECORD'
  /** The defendant's previous convictions and cautions, printed from the Police National Computer. */
  | 'PREVIOUS_CONVICTIONS'
  /** The magistrates' court's sheet sending the case to the Crown Court for trial, or committing it for sentence. */
  | 'SENDING_SHEET'
  /** A witness statement (MG11). */
  | 'WITNESS_STATEMENT';

/** The enforcement state of a confiscation order. */
export type ConfiscationOrderStatus =
  /** Not paid by the end of the time to pay. */
  | 'IN_DEFAULT'
  /** Nothing paid yet and still within the time to pay, or enforcement continuing. */
  | 'OPEN'
  /** Paid in full, with any interest. */
  | 'PAID'
  /** Partly paid. */
  | 'PART_PAID'
  /** Discharged by the court as uncollectable; the balance is written off. */
  | 'WRITTEN_OFF';

/** The state of a course enrolment. */
export type CourseStatus =
  /** Finished, with an outcome. */
  | 'COMPLETED'
  /** Still being studied. */
  | 'IN_PROGRESS'
  /** Paused, for example during a transfer or a court appearance. */
  | 'TEMPORARILY_WITHDRAWN'
  /** Left before the end. */
  | 'WITHDRAWN';

/** The result of a hearing or of a case. */
export type CourtOutcome =
  /** The defendant was acquitted. */
  | 'ACQUITTED'
  /** The hearing was adjourned to a later date. */
  | 'ADJOURNED'
  /** The case was sent or committed to the Crown Court. */
  | 'COMMITTED_TO_CROWN'
  /** A community order was made. */
  | 'COMMUNITY_ORDER'
  /** A confiscation order was made. */
  | 'CONFISCATION_ORDER'
  /** A custodial sentence was passed. */
  | 'CUSTODY'
  /** The defendant was discharged, absolutely or conditionally. */
  | 'DISCHARGE'
  /** A fine was imposed. */
  | 'FINE'
  /** The hearing did not take place: it was taken out of the list, or not reached. Only a hearing with another outcome was held. */
  | 'VACATED'
  /** A warrant was issued (for example for failing to attend). */
  | 'WARRANT';

/** Whether a prisoner is held on remand or serving a sentence. */
export type CustodyStatus =
  /** Not currently in prison. */
  | 'RELEASED'
  /** Held on remand, awaiting trial or sentence. */
  | 'REMAND'
  /** Convicted and serving a sentence. */
  | 'SENTENCED';

/** The kinds of event the justice systems announce. */
export type EventType =
  /** The Crown Court acknowledged a case sent to it. */
  | 'CASE_ACKNOWLEDGED_BY_CROWN_COURT'
  /** The Crown Court returned a case sent to it. */
  | 'CASE_RETURNED_BY_CROWN_COURT'
  /** The magistrates' court withdrew a sending made in error, before the Crown Court acknowledged it. */
  | 'CASE_SENDING_WITHDRAWN'
  /** A magistrates' case was sent or committed to the Crown Court. */
  | 'CASE_SENT_TO_CROWN_COURT'
  /** An enforcement action was taken on a confiscation order. */
  | 'CONFISCATION_ENFORCEMENT_ACTION_TAKEN'
  /** A confiscation order was made. */
  | 'CONFISCATION_ORDER_MADE'
  /** The time to pay a confiscation order ended with money still owed. */
  | 'CONFISCATION_PAYMENT_OVERDUE'
  /** A payment towards a confiscation order was received. */
  | 'CONFISCATION_PAYMENT_RECEIVED'
  /** The first Crown Court hearing of a sent case was listed. */
  | 'CROWN_COURT_FIRST_HEARING_LISTED'
  /** A further Crown Court hearing (plea and trial preparation, trial, sentence) of a case was listed. */
  | 'CROWN_COURT_HEARING_LISTED'
  /** A prisoner's education, skills or work record changed. */
  | 'EDUCATION_RECORD_CHANGED'
  /** A prisoner's release date is 12 weeks away or less: announced once for each release date. */
  | 'PRISONER_DUE_FOR_RELEASE'
  /** A person was received into prison. */
  | 'PRISONER_RECEIVED'
  /** A prisoner was released. */
  | 'PRISONER_RELEASED'
  /** A prisoner was transferred to another prison. */
  | 'PRISONER_TRANSFERRED'
  /** A social visit was booked. */
  | 'VISIT_BOOKED'
  /** A booked social visit was cancelled. */
  | 'VISIT_CANCELLED'
  /** A booked social visit must be rearranged. */
  | 'VISIT_TO_BE_REARRANGED';

/** The state of a goal or of a step towards it. */
export type GoalStatus =
  /** Being worked on. */
  | 'ACTIVE'
  /** Set aside. */
  | 'ARCHIVED'
  /** Achieved. */
  | 'COMPLETED';

/** The kinds of event in an offender's journey. */
export type JourneyEventKind =
  /** The person was admitted to prison. */
  | 'ADMISSION'
  /** The person was charged. */
  | 'CHARGE'
  /** A confiscation order was made. */
  | 'CONFISCATION_ORDER'
  /** The person was taken to or returned from court. */
  | 'COURT_MOVEMENT'
  /** An education, training or work event: a course, qualification, skills assessment, induction or job in prison. */
  | 'EDUCATION'
  /** An enforcement action on a confiscation order was taken, or its result came about. */
  | 'ENFORCEMENT_ACTION'
  /** A court hearing took place. */
  | 'HEARING'
  /** A payment towards a confiscation order was received. */
  | 'PAYMENT'
  /** The person was released from prison. */
  | 'RELEASE'
  /** A sentence was passed. */
  | 'SENTENCE'
  /** The case was sent or committed to the Crown Court. */
  | 'SENT_TO_CROWN_COURT'
  /** The person was transferred between prisons. */
  | 'TRANSFER'
  /** A verdict or plea settled guilt. */
  | 'VERDICT'
  /** A social visit took place or is booked. */
  | 'VISIT';

/** The systems of record behind the justice gateway. */
export type JourneySystem =
  /** The confiscation-order enforcement system. */
  | 'CONFISCATION'
  /** The Crown Court case system. */
  | 'CROWN_COURT'
  /** The magistrates' courts case system. */
  | 'MAGISTRATES_COURT'
  /** The prisons case-management system (P-Nomis). */
  | 'PNOMIS'
  /** The prison visits booking system. */
  | 'VISITS';

/** The level of a qualification or assessment in the Regulated Qualifications Framework. */
export type QualificationLevel =
  /** Entry level. */
  | 'ENTRY_LEVEL'
  /** Level 1 (GCSE grades 3 to 1). */
  | 'LEVEL_1'
  /** Level 2 (GCSE grades 9 to 4). */
  | 'LEVEL_2'
  /** Level 3 (A level). */
  | 'LEVEL_3'
  /** Level 4 (certificate of higher education). */
  | 'LEVEL_4'
  /** Level 5 (foundation degree). */
  | 'LEVEL_5'
  /** Level 6 (bachelor's degree). */
  | 'LEVEL_6'
  /** Level 7 (master's degree). */
  | 'LEVEL_7'
  /** Level 8 (doctorate). */
  | 'LEVEL_8';

/** How a case reached the Crown Court. */
export type SendingType =
  /** An appeal from the magistrates' court (case number prefix A). */
  | 'APPEAL'
  /** Committed for sentence (case number prefix S). */
  | 'COMMITTED_FOR_SENTENCE'
  /** Sent for trial (case number prefix T). */
  | 'SENT_FOR_TRIAL';

/** A functional-skills area. */
export type SkillsArea =
  /** Digital skills. */
  | 'DIGITAL'
  /** English. */
  | 'ENGLISH'
  /** Maths. */
  | 'MATHS';

/** Whether a visit takes place across a table (open) or behind a screen (closed). */
export type VisitRestriction =
  /** A closed visit, behind a screen. */
  | 'CLOSED'
  /** An open visit. */
  | 'OPEN';

/** The state of a visit booking. */
export type VisitStatus =
  /** Booked and due to take place, or took place. */
  | 'BOOKED'
  /** Cancelled before it took place. */
  | 'CANCELLED'
  /** A reservation that lapsed before it was confirmed. */
  | 'EXPIRED'
  /** A place held for ten minutes while the booker completes the booking. */
  | 'RESERVED';

/**
 * A visitor as a booking names them: one of the prisoner's contacts approved for visits, named with the first and
 * family names and date of birth P-Nomis records for them (names match whatever their case or surrounding spaces).
 */
export type VisitorInput = {
  /** Date of birth: ages on the visit date decide who counts as an adult (18 or over by default). */
  dateOfBirth: string;
  /** First name. */
  firstName: string;
  /** Family name. */
  lastName: string;
  /** Whether this visitor is the lead visitor, who must be an adult; when none is marked, the first visitor is. */
  lead?: boolean | null | undefined;
  /** The visitor's relationship to the prisoner, for example Wife or Son. */
  relationship: string;
};

export type VisitAvailabilityQueryVariables = Exact<{
  prisonNumber: string;
  from: string;
  to: string;
}>;


export type VisitAvailabilityQuery = { visitAvailability: { prison: { code: string, name: string }, sessions: Array<{ date: string, startTime: string, endTime: string, openAvailable: number, closedAvailable: number, bookable: boolean }> } };

export type BookVisitMutationVariables = Exact<{
  input: BookVisitInput;
}>;


export type BookVisitMutation = { bookVisit: { reference: string, date: string, startTime: string, endTime: string, status: VisitStatus } };

export type JourneyEventFieldsFragment = { occurredAt: string, system: JourneySystem, kind: JourneyEventKind, summary: string, reference: string };

export type CaseworkerJourneyQueryVariables = Exact<{
  pncId?: string | null | undefined;
  prisonNumber?: string | null | undefined;
}>;


export type CaseworkerJourneyQuery = { offender: { pncId: string | null, prisonNumber: string | null, custody: { firstName: string, lastName: string, dateOfBirth: string, status: CustodyStatus, releaseDate: string | null, currentPrison: { code: string, name: string } | null, bookings: Array<{ bookingNumber: string, active: boolean, beganOn: string, endedOn: string | null, admissionReason: string, prison: { name: string }, sentences: Array<{ description: string, startDate: string, termMonths: number, conditionalReleaseDate: string, sentenceExpiryDate: string }> }> } | null, magistratesCases: Array<{ urn: string, chargedOn: string, outcome: CourtOutcome | null, court: { name: string }, defendant: { firstName: string, lastName: string, dateOfBirth: string }, offences: Array<{ wording: string }>, sentToCrownCourt: { caseNumber: string, receivedOn: string, sendingType: SendingType, court: { code: string, name: string } } | null }> | null, crownCourtCases: Array<{ caseNumber: string, urn: string | null, receivedOn: string, sendingType: SendingType, outcome: CourtOutcome | null, custodialSentenceMonths: number | null, court: { code: string, name: string }, committingCourt: { name: string } | null }> | null, visits: Array<{ reference: string, date: string, startTime: string, endTime: string, status: VisitStatus, restriction: VisitRestriction, prison: { code: string, name: string } }> | null, confiscationOrders: Array<{ accountNumber: string, orderedOn: string, amountOrdered: string, amountPaid: string, balance: string, interestAccrued: string, balanceWithInterest: string, status: ConfiscationOrderStatus }> | null, learning: { courses: Array<{ courseName: string, startedOn: string, plannedEndOn: string, endedOn: string | null, status: CourseStatus, outcomeGrade: string | null, accredited: boolean, prison: { name: string } }>, qualifications: Array<{ subject: string, level: QualificationLevel, grade: string | null, awardedOn: string, awardingBody: string }>, assessments: Array<{ area: SkillsArea, level: QualificationLevel, assessedOn: string, learningNeeds: Array<string>, prison: { name: string } }>, goals: Array<{ title: string, status: GoalStatus, reviewOn: string, steps: Array<{ title: string, status: GoalStatus }> }> } | null, courtEvents: Array<{ occurredAt: string, system: JourneySystem, kind: JourneyEventKind, summary: string, reference: string }> | null, custodyEvents: Array<{ occurredAt: string, system: JourneySystem, kind: JourneyEventKind, summary: string, reference: string }> | null, visitEvents: Array<{ occurredAt: string, system: JourneySystem, kind: JourneyEventKind, summary: string, reference: string }> | null, confiscationEvents: Array<{ occurredAt: string, system: JourneySystem, kind: JourneyEventKind, summary: string, reference: string }> | null, educationEvents: Array<{ occurredAt: string, system: JourneySystem, kind: JourneyEventKind, summary: string, reference: string }> | null, timeline: Array<{ occurredAt: string, system: JourneySystem, kind: JourneyEventKind, summary: string, reference: string }> | null } | null };

export type LearnerRecordFieldsFragment = { courses: Array<{ courseName: string, startedOn: string, plannedEndOn: string, endedOn: string | null, status: CourseStatus, outcomeGrade: string | null, accredited: boolean, prison: { name: string } }>, qualifications: Array<{ subject: string, level: QualificationLevel, grade: string | null, awardedOn: string, awardingBody: string }>, assessments: Array<{ area: SkillsArea, level: QualificationLevel, assessedOn: string, learningNeeds: Array<string>, prison: { name: string } }>, goals: Array<{ title: string, status: GoalStatus, reviewOn: string, steps: Array<{ title: string, status: GoalStatus }> }> };

export type PersonRecentEventsQueryVariables = Exact<{
  pncId?: string | null | undefined;
  prisonNumber?: string | null | undefined;
}>;


export type PersonRecentEventsQuery = { recentEvents: Array<{ id: string, type: EventType, time: string, source: string, subject: string, establishmentCode: string | null }> };

export type CaseDocumentsQueryVariables = Exact<{
  urn: string;
}>;


export type CaseDocumentsQuery = { magistratesCase: { documents: Array<{ id: string, kind: CaseDocumentKind, title: string, mediaType: string, sizeBytes: number, servedAfterSending: boolean, downloadPath: string }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const JourneyEventFieldsFragmentDoc = new TypedDocumentString(`
    fragment JourneyEventFields on JourneyEvent {
  occurredAt
  system
  kind
  summary
  reference
}
    `, {"fragmentName":"JourneyEventFields"}) as unknown as TypedDocumentString<JourneyEventFieldsFragment, unknown>;
export const LearnerRecordFieldsFragmentDoc = new TypedDocumentString(`
    fragment LearnerRecordFields on LearnerRecord {
  courses {
    courseName
    prison {
      name
    }
    startedOn
    plannedEndOn
    endedOn
    status
    outcomeGrade
    accredited
  }
  qualifications {
    subject
    level
    grade
    awardedOn
    awardingBody
  }
  assessments {
    area
    level
    assessedOn
    prison {
      name
    }
    learningNeeds
  }
  goals {
    title
    status
    reviewOn
    steps {
      title
      status
    }
  }
}
    `, {"fragmentName":"LearnerRecordFields"}) as unknown as TypedDocumentString<LearnerRecordFieldsFragment, unknown>;
export const VisitAvailabilityDocument = new TypedDocumentString(`
    query VisitAvailability($prisonNumber: ID!, $from: Date!, $to: Date!) {
  visitAvailability(prisonNumber: $prisonNumber, from: $from, to: $to) {
    prison {
      code
      name
    }
    sessions {
      date
      startTime
      endTime
      openAvailable
      closedAvailable
      bookable
    }
  }
}
    `) as unknown as TypedDocumentString<VisitAvailabilityQuery, VisitAvailabilityQueryVariables>;
export const BookVisitDocument = new TypedDocumentString(`
    mutation BookVisit($input: BookVisitInput!) {
  bookVisit(input: $input) {
    reference
    date
    startTime
    endTime
    status
  }
}
    `) as unknown as TypedDocumentString<BookVisitMutation, BookVisitMutationVariables>;
export const CaseworkerJourneyDocument = new TypedDocumentString(`
    query CaseworkerJourney($pncId: ID, $prisonNumber: ID) {
  offender(pncId: $pncId, prisonNumber: $prisonNumber) {
    pncId
    prisonNumber
    custody {
      firstName
      lastName
      dateOfBirth
      status
      releaseDate
      currentPrison {
        code
        name
      }
      bookings {
        bookingNumber
        active
        beganOn
        endedOn
        admissionReason
        prison {
          name
        }
        sentences {
          description
          startDate
          termMonths
          conditionalReleaseDate
          sentenceExpiryDate
        }
      }
    }
    magistratesCases {
      urn
      chargedOn
      outcome
      court {
        name
      }
      defendant {
        firstName
        lastName
        dateOfBirth
      }
      offences {
        wording
      }
      sentToCrownCourt {
        caseNumber
        receivedOn
        sendingType
        court {
          code
          name
        }
      }
    }
    crownCourtCases {
      caseNumber
      urn
      receivedOn
      sendingType
      outcome
      custodialSentenceMonths
      court {
        code
        name
      }
      committingCourt {
        name
      }
    }
    visits {
      reference
      date
      startTime
      endTime
      status
      restriction
      prison {
        code
        name
      }
    }
    confiscationOrders {
      accountNumber
      orderedOn
      amountOrdered
      amountPaid
      balance
      interestAccrued
      balanceWithInterest
      status
    }
    learning {
      ...LearnerRecordFields
    }
    courtEvents {
      ...JourneyEventFields
    }
    custodyEvents {
      ...JourneyEventFields
    }
    visitEvents {
      ...JourneyEventFields
    }
    confiscationEvents {
      ...JourneyEventFields
    }
    educationEvents {
      ...JourneyEventFields
    }
    timeline {
      ...JourneyEventFields
    }
  }
}
    fragment JourneyEventFields on JourneyEvent {
  occurredAt
  system
  kind
  summary
  reference
}
fragment LearnerRecordFields on LearnerRecord {
  courses {
    courseName
    prison {
      name
    }
    startedOn
    plannedEndOn
    endedOn
    status
    outcomeGrade
    accredited
  }
  qualifications {
    subject
    level
    grade
    awardedOn
    awardingBody
  }
  assessments {
    area
    level
    assessedOn
    prison {
      name
    }
    learningNeeds
  }
  goals {
    title
    status
    reviewOn
    steps {
      title
      status
    }
  }
}`) as unknown as TypedDocumentString<CaseworkerJourneyQuery, CaseworkerJourneyQueryVariables>;
export const PersonRecentEventsDocument = new TypedDocumentString(`
    query PersonRecentEvents($pncId: String, $prisonNumber: String) {
  recentEvents(pncId: $pncId, prisonNumber: $prisonNumber, last: 10) {
    id
    type
    time
    source
    subject
    establishmentCode
  }
}
    `) as unknown as TypedDocumentString<PersonRecentEventsQuery, PersonRecentEventsQueryVariables>;
export const CaseDocumentsDocument = new TypedDocumentString(`
    query CaseDocuments($urn: ID!) {
  magistratesCase(urn: $urn) {
    documents {
      id
      kind
      title
      mediaType
      sizeBytes
      servedAfterSending
      downloadPath
    }
  }
}
    `) as unknown as TypedDocumentString<CaseDocumentsQuery, CaseDocumentsQueryVariables>;