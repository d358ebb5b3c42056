import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OffenderTable, BookingTable, PrisonerContactTable } from '../store/pnomisTables';
import type { RecordedMovement } from '../movements/recordedMovement';
import type { PnomisContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in ISO 8601 form, for example 2024-06-30. */
  Date: { input: string; output: string; }
  /** A point in time in ISO 8601 form with a time zone, for example 2024-06-30T09:30:00.000Z. */
  DateTime: { input: string; output: string; }
  /** An amount in pounds sterling as an exact decimal string with two places, for example "1234.56"; never a binary float. */
  Money: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** The qualification an accredited course leads to, awarded when it is completed. */
export type AccreditedQualification = {
  __typename?: 'AccreditedQualification';
  /** The awarding body, for example City & Guilds. */
  awardingBody: Scalars['String']['output'];
  /** The level. */
  level: QualificationLevel;
  /** The subject, for example Mathematics. */
  subject: Scalars['String']['output'];
};

/** The qualification an accredited course leads to. */
export type AccreditedQualificationInput = {
  /** The awarding body, for example City & Guilds. */
  awardingBody: Scalars['String']['input'];
  /** The level. */
  level: QualificationLevel;
  /** The subject, for example Mathematics. */
  subject: Scalars['String']['input'];
};

/**
 * The people assessed more than once in an area, first assessed at one establishment at one level, and how their
 * latest assessment compares: improved, unchanged and declined add up to assessed (see EducationStatistics).
 */
export type AssessmentProgressStatistic = {
  __typename?: 'AssessmentProgressStatistic';
  /** The area assessed. */
  area: SkillsArea;
  /** People assessed more than once; null when withheld. */
  assessed?: Maybe<Scalars['Int']['output']>;
  /** Those whose latest found a lower level; null when withheld. */
  declined?: Maybe<Scalars['Int']['output']>;
  /** Of them, those whose latest assessment found a higher level; null when withheld. */
  improved?: Maybe<Scalars['Int']['output']>;
  /** The establishment of the first assessment. */
  prison: Prison;
  /** The level the first assessment found. */
  startingLevel: QualificationLevel;
  /** True when a figure here is withheld to protect the people it is about: that figure is null, not zero. */
  suppressed: Scalars['Boolean']['output'];
  /** Those whose latest found the same level; null when withheld. */
  unchanged?: Maybe<Scalars['Int']['output']>;
};

/** A period in custody, from admission to release. */
export type Booking = {
  __typename?: 'Booking';
  /** Whether this is the current period in custody. */
  active: Scalars['Boolean']['output'];
  /** Why the person was admitted, for example 'Remanded by court' or 'Sentenced'. */
  admissionReason: Scalars['String']['output'];
  /** The date of admission. */
  beganOn: Scalars['Date']['output'];
  /** The booking number, five digits and a letter, for example 38412A. */
  bookingNumber: Scalars['ID']['output'];
  /** The date of release, if released. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** Whether the prisoner is inside the establishment. */
  inOutStatus: InOutStatus;
  /** Movements in and out, oldest first. */
  movements: Array<Movement>;
  /** The establishment where the booking is held now (or was, when it ended). */
  prison: Prison;
  /** Sentences being served in this booking. */
  sentences: Array<Sentence>;
};

/** A restriction on a contact's visits over a period. */
export type ContactRestriction = {
  __typename?: 'ContactRestriction';
  /** The last day it applies; null while it has no end date. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  /** The first day it applies. */
  startsOn: Scalars['Date']['output'];
  /** What the restriction is. */
  type: ContactRestrictionType;
};

/** The kinds of restriction on a contact that bear on visits. */
export type ContactRestrictionType =
  /** Banned from visiting the prisoner while it applies. */
  | 'BAN'
  /** May visit only in a closed visit (behind a screen) while it applies. */
  | 'CLOSED';

/** The end of a course to record. */
export type CourseEndInput = {
  /** The end date (not before the start). */
  endedOn: Scalars['Date']['input'];
  /** The enrolment. */
  enrolmentId: Scalars['ID']['input'];
  /** The outcome grade, for a completion. */
  outcomeGrade?: InputMaybe<Scalars['String']['input']>;
  /** How it ended: COMPLETED or WITHDRAWN. */
  status: CourseStatus;
};

/** An enrolment on a course or training. */
export type CourseEnrolment = {
  __typename?: 'CourseEnrolment';
  /** Whether the course leads to an accredited qualification. */
  accredited: Scalars['Boolean']['output'];
  /** The course code, for example 301-ENG-L2. */
  courseCode: Scalars['String']['output'];
  /** The course name. */
  courseName: Scalars['String']['output'];
  /** The actual end date, once ended. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** Who pays for it. */
  funding: CourseFunding;
  /** The enrolment's identifier, used to record its completion. */
  id: Scalars['ID']['output'];
  /** The qualification an accredited course leads to; null for one that is not accredited. */
  leadsTo?: Maybe<AccreditedQualification>;
  /** The outcome grade, once completed (for example Pass, Merit, Distinction). */
  outcomeGrade?: Maybe<Scalars['String']['output']>;
  /** The planned end date. */
  plannedEndOn: Scalars['Date']['output'];
  /** The establishment where the course is or was studied. */
  prison: Prison;
  /** The start date. */
  startedOn: Scalars['Date']['output'];
  /** The enrolment's state. */
  status: CourseStatus;
};

/** A course enrolment to record. */
export type CourseEnrolmentInput = {
  /** Whether the course is accredited. */
  accredited: Scalars['Boolean']['input'];
  /** The course code. */
  courseCode: Scalars['String']['input'];
  /** The course name. */
  courseName: Scalars['String']['input'];
  /** Who pays for it. */
  funding: CourseFunding;
  /** The qualification an accredited course leads to: required for one, refused for a course that is not. */
  leadsTo?: InputMaybe<AccreditedQualificationInput>;
  /** The planned end date (not before the start). */
  plannedEndOn: Scalars['Date']['input'];
  /** The establishment running the course: one where the learner is or was held. */
  prisonCode: Scalars['ID']['input'];
  /** The learner's prison number. */
  prisonNumber: Scalars['ID']['input'];
  /** The start date. */
  startedOn: Scalars['Date']['input'];
};

/** Who pays for a course. */
export type CourseFunding =
  /** The Adult Skills Fund. */
  | 'ADULT_SKILLS_FUND'
  /** An employer partner. */
  | 'EMPLOYER'
  /** The Prison Education Framework. */
  | 'PRISON_EDUCATION_FRAMEWORK'
  /** The learner. */
  | 'SELF_FUNDED';

/** Enrolments and completions at one establishment on courses leading to one level (see EducationStatistics). */
export type CourseLevelStatistic = {
  __typename?: 'CourseLevelStatistic';
  /** Enrolments completed; null when withheld. */
  completions?: Maybe<Scalars['Int']['output']>;
  /** Enrolments; null when withheld. */
  enrolments?: Maybe<Scalars['Int']['output']>;
  /** The level the courses lead to; null for courses that are not accredited. */
  level?: Maybe<QualificationLevel>;
  /** The establishment. */
  prison: Prison;
  /** True when a figure here is withheld to protect the people it is about: that figure is null, not zero. */
  suppressed: Scalars['Boolean']['output'];
};

/**
 * Enrolments and completions at one establishment: counts of enrolments, each withheld when the enrolments it
 * counts are of 1 to 4 people (see EducationStatistics).
 */
export type CourseStatistic = {
  __typename?: 'CourseStatistic';
  /** Enrolments completed there; null when withheld, as it is too when enrolments less completions would count 1 to 4 people. */
  completions?: Maybe<Scalars['Int']['output']>;
  /** Enrolments recorded there; null when withheld. */
  enrolments?: Maybe<Scalars['Int']['output']>;
  /** The establishment. */
  prison: Prison;
  /** True when a figure here is withheld to protect the people it is about: that figure is null, not zero. */
  suppressed: Scalars['Boolean']['output'];
};

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

/** A movement recorded in P-Nomis: the person, the booking it belongs to, and the movement. */
export type CustodyMovementRecord = {
  __typename?: 'CustodyMovementRecord';
  /** The booking the movement belongs to, as it stands now: opened by a reception, moved by a transfer, ended by a release. */
  booking: Booking;
  /** The movement recorded. */
  movement: Movement;
  /** The person's Police National Computer ID in its long form, if P-Nomis records one. */
  pncId?: Maybe<Scalars['ID']['output']>;
  /** The person's prison number: for a person new to P-Nomis, the one the reception gave them. */
  prisonNumber: Scalars['ID']['output'];
  /** True when this answer repeats an earlier request with the same idempotency key: nothing new was recorded. */
  replayed: Scalars['Boolean']['output'];
};

/** A prisoner's record in P-Nomis. */
export type CustodyRecord = {
  __typename?: 'CustodyRecord';
  /** Periods in custody, most recent first. */
  bookings: Array<Booking>;
  /** The Criminal Records Office number, if any. */
  croNumber?: Maybe<Scalars['ID']['output']>;
  /** The prison holding the person now; null when released. */
  currentPrison?: Maybe<Prison>;
  /** Date of birth. */
  dateOfBirth: Scalars['Date']['output'];
  /** First name. */
  firstName: Scalars['String']['output'];
  /** Family name. */
  lastName: Scalars['String']['output'];
  /** The person's Police National Computer ID in its long form (for example 2012/0052494Q), if known. */
  pncId?: Maybe<Scalars['ID']['output']>;
  /** The prison (NOMS) number. */
  prisonNumber: Scalars['ID']['output'];
  /** The date the person is due to be released from the active booking, if calculated. */
  releaseDate?: Maybe<Scalars['Date']['output']>;
  /** Whether the person is on remand, sentenced or released. */
  status: CustodyStatus;
};

/** Whether a prisoner is held on remand or serving a sentence. */
export type CustodyStatus =
  /** Not currently in prison. */
  | 'RELEASED'
  /** Held on remand, awaiting trial or sentence. */
  | 'REMAND'
  /** Convicted and serving a sentence. */
  | 'SENTENCED';

/** The highest level of education a person reached before custody. */
export type EducationLevelBeforeCustody =
  /** A further education college. */
  | 'FURTHER_EDUCATION_COLLEGE'
  /** The person is not sure. */
  | 'NOT_SURE'
  /** A postgraduate degree at university. */
  | 'POSTGRADUATE_DEGREE_AT_UNIVERSITY'
  /** Primary school. */
  | 'PRIMARY_SCHOOL'
  /** Secondary school, left before taking exams. */
  | 'SECONDARY_SCHOOL_LEFT_BEFORE_TAKING_EXAMS'
  /** Secondary school, took exams. */
  | 'SECONDARY_SCHOOL_TOOK_EXAMS'
  /** An undergraduate degree at university. */
  | 'UNDERGRADUATE_DEGREE_AT_UNIVERSITY';

/**
 * Education figures for analysts: counts only, no one named, under statistical disclosure control as official
 * statistics are. People are counted by prison number (one person's three enrolments are one person). A count about
 * 1 to 4 people is withheld (primary suppression), and so is a count that another would give it away with
 * (secondary suppression: a prison's completions when its enrolments less its completions are 1 to 4 people).
 * Withheld counts are null, with `suppressed` true.
 */
export type EducationStatistics = {
  __typename?: 'EducationStatistics';
  /** Progress between functional-skills assessments, by the establishment of the first assessment, the area and the level it found. */
  assessmentProgress: Array<AssessmentProgressStatistic>;
  /** Enrolments and completions by establishment, in establishment-code order. */
  courses: Array<CourseStatistic>;
  /** Enrolments and completions by establishment and the level the course leads to: each establishment's are its total in courses. */
  coursesByPrisonAndLevel: Array<CourseLevelStatistic>;
  /** Qualifications by level, lowest first; a level with none awarded is not listed. */
  qualifications: Array<QualificationStatistic>;
  /** Qualifications by the establishment where they were gained (or none, outside prison) and level: each level's are its total in qualifications. */
  qualificationsByPrisonAndLevel: Array<QualificationPrisonStatistic>;
};

/** The state of a goal or of a step towards it. */
export type GoalStatus =
  /** Being worked on. */
  | 'ACTIVE'
  /** Set aside. */
  | 'ARCHIVED'
  /** Achieved. */
  | 'COMPLETED';

/** A step towards a goal. */
export type GoalStep = {
  __typename?: 'GoalStep';
  /** The step's identifier, used to update its status. */
  id: Scalars['ID']['output'];
  /** Its state. */
  status: GoalStatus;
  /** What the step is. */
  title: Scalars['String']['output'];
};

/** A new status for a step towards a goal. */
export type GoalStepStatusInput = {
  /** Its new state. */
  status: GoalStatus;
  /** The step. */
  stepId: Scalars['ID']['input'];
};

/** Whether the prisoner is physically inside the establishment. */
export type InOutStatus =
  /** Inside the establishment. */
  | 'IN'
  /** Outside (at court, in hospital, or released). */
  | 'OUT';

/** The levels of the prison incentives scheme, lowest first. */
export type IncentiveLevel =
  /** Basic: the statutory visiting allowance only. */
  | 'BASIC'
  /** Enhanced: more visiting orders where the prison's visit settings give them. */
  | 'ENHANCED'
  /** Standard: where a prisoner starts. */
  | 'STANDARD';

/** A person's induction to education and work in prison, and the plan it set. */
export type Induction = {
  __typename?: 'Induction';
  /** The highest level of education reached before custody. */
  highestEducationLevel: EducationLevelBeforeCustody;
  /** The date the induction was carried out. */
  inductedOn: Scalars['Date']['output'];
  /** What the person means to do on release. */
  intentionsOnRelease: Array<ReleaseIntention>;
  /** When the plan is next reviewed. */
  nextReviewOn: Scalars['Date']['output'];
  /** Work the person did before custody. */
  previousWork: Array<PreviousWork>;
  /** The establishment where it was carried out. */
  prison: Prison;
  /** Qualifications the person gained before custody. */
  qualificationsBeforeCustody: Array<QualificationBeforeCustody>;
  /** Training the person did before custody. */
  trainingBeforeCustody: Array<TrainingBeforeCustody>;
  /** The date it was last recorded or updated. */
  updatedOn: Scalars['Date']['output'];
  /** The kinds of work the person would like to do. */
  workInterests: Array<WorkInterest>;
};

/** An induction to record, or to update: the whole induction is given each time and replaces the last. */
export type InductionInput = {
  /** The highest level of education reached before custody. */
  highestEducationLevel: EducationLevelBeforeCustody;
  /** The date of the induction (not in the future). */
  inductedOn: Scalars['Date']['input'];
  /** What the person means to do on release: at least one. */
  intentionsOnRelease: Array<ReleaseIntention>;
  /** When the plan is next reviewed (today or later). */
  nextReviewOn: Scalars['Date']['input'];
  /** Work the person did before custody. */
  previousWork: Array<PreviousWorkInput>;
  /** The establishment carrying out the induction: one where the person is or was held. */
  prisonCode: Scalars['ID']['input'];
  /** The person's prison number. */
  prisonNumber: Scalars['ID']['input'];
  /** Qualifications the person gained before custody. */
  qualificationsBeforeCustody: Array<QualificationBeforeCustodyInput>;
  /** Training the person did before custody. */
  trainingBeforeCustody: Array<TrainingBeforeCustody>;
  /** The kinds of work the person would like to do. */
  workInterests: Array<WorkInterestInput>;
};

/** A point in an offender's journey through the justice system, contributed by the system that recorded it. */
export type JourneyEvent = {
  __typename?: 'JourneyEvent';
  /** What kind of event it was. */
  kind: JourneyEventKind;
  /** When the event happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The identifier of the record the event belongs to in its system (a URN, case number, booking number, visit reference or order number). */
  reference: Scalars['ID']['output'];
  /** A one-line, human-readable account of the event. */
  summary: Scalars['String']['output'];
  /** The system that recorded the event. */
  system: JourneySystem;
};

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

/** What a released person's record was matched on. */
export type LearnerMatchKind =
  /** A qualification at or above the level (and in the subject) looked for. */
  | 'QUALIFICATION'
  /** A latest functional-skills assessment at or above the level looked for in its area. */
  | 'SKILLS_ASSESSMENT'
  /** A sector the person said at induction they would like to work in. */
  | 'WORK_INTEREST';

/** One reason a released person matched. */
export type LearnerMatchReason = {
  __typename?: 'LearnerMatchReason';
  /** The evidence, in words: for example "Mathematics at LEVEL_2 (City & Guilds, verified, 2026-03-27)". */
  detail: Scalars['String']['output'];
  /** What kind of evidence it is. */
  kind: LearnerMatchKind;
};

/** A person's complete, current record of education, training, skills and work in prison. */
export type LearnerRecord = {
  __typename?: 'LearnerRecord';
  /** Functional-skills assessments (English, maths, digital), oldest first. */
  assessments: Array<SkillsAssessment>;
  /** Courses and training, oldest first. */
  courses: Array<CourseEnrolment>;
  /** Goals in the learning and work plan, with their steps. */
  goals: Array<LearningGoal>;
  /** The induction and the plan it set: work interests, intentions on release, work and training before custody, and the next review. Null until the person has had an induction. */
  induction?: Maybe<Induction>;
  /** The person's prison number. */
  prisonNumber: Scalars['ID']['output'];
  /** Qualifications held, oldest first. */
  qualifications: Array<Qualification>;
  /** Work held in prison: activities and jobs, oldest first. */
  workActivities: Array<WorkActivity>;
};

/** A goal in the learning and work plan. */
export type LearningGoal = {
  __typename?: 'LearningGoal';
  /** The goal's identifier. */
  id: Scalars['ID']['output'];
  /** When it is next reviewed. */
  reviewOn: Scalars['Date']['output'];
  /** Its state. */
  status: GoalStatus;
  /** The steps towards it, in order. */
  steps: Array<GoalStep>;
  /** What the goal is. */
  title: Scalars['String']['output'];
};

/** A goal to add to a learning and work plan. */
export type LearningGoalInput = {
  /** The learner's prison number. */
  prisonNumber: Scalars['ID']['input'];
  /** When it is next reviewed (today or later). */
  reviewOn: Scalars['Date']['input'];
  /** The steps towards it, in order. */
  steps: Array<Scalars['String']['input']>;
  /** What the goal is. */
  title: Scalars['String']['input'];
};

/** An external movement of a prisoner. */
export type Movement = {
  __typename?: 'Movement';
  /** In or out of the prison. */
  direction: MovementDirection;
  /** Where the person moved from: an establishment code, a court code, or OUT for the community. */
  fromLocation: Scalars['String']['output'];
  /** When the movement happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The recorded reason. */
  reason: Scalars['String']['output'];
  /** Where the person moved to: an establishment code, a court code, or OUT for the community. */
  toLocation: Scalars['String']['output'];
  /** The kind of movement. */
  type: MovementType;
};

/** The direction of a movement relative to the prison. */
export type MovementDirection =
  /** Into the prison. */
  | 'IN'
  /** Out of the prison. */
  | 'OUT';

/** The kinds of external movement P-Nomis records. */
export type MovementType =
  /** Admission to prison. */
  | 'ADMISSION'
  /** Production at court, and return. */
  | 'COURT'
  /** Release from prison. */
  | 'RELEASE'
  /** Transfer between prisons. */
  | 'TRANSFER';

/** The entry points for changing the justice graph. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a goal with its steps to a learning and work plan. */
  addLearningGoal: LearningGoal;
  /**
   * Records how a course ended: completed with a grade, or withdrawn. Completing an accredited course awards the
   * qualification it leads to, verified, in the same write.
   */
  endCourse: CourseEnrolment;
  /** Records the end of an allocation to work in prison. */
  endWorkAllocation: WorkActivity;
  /** Enrols a prisoner on a course. */
  enrolOnCourse: CourseEnrolment;
  /** Records a person's induction and the plan it set, or replaces the one recorded before. */
  recordInduction: Induction;
  /**
   * Receives a person into prison at a prison of the caller's caseload: someone P-Nomis knows, by prison number (after
   * a release), or a person new to it, who is given a prison number. Opens an active booking with a new booking
   * number, records the admission and tells the prison's staff (PRISONER_RECEIVED). A new person P-Nomis holds
   * already is found as NOMIS finds them: by PNC ID, then CRO number, and, given with neither, by first name, family
   * name (whatever their case) and date of birth. Refused with PRISONER_ALREADY_IN_CUSTODY for someone in custody
   * already (by prison number, or a new person matched by name and date of birth), PNC_ID_ALREADY_RECORDED,
   * CRO_NUMBER_ALREADY_RECORDED or PERSON_ALREADY_RECORDED (matched by name and date of birth) for a new person
   * P-Nomis holds (receive them by prison number; a namesake is received by giving their PNC ID or CRO number); such a
   * refusal names the person's prison number, in the message and as extensions.prisonNumber, when the caller's
   * caseload holds them. Refused too with PRISONER_NOT_FOUND, UNKNOWN_PRISON, UNKNOWN_COURT, DATE_IN_FUTURE,
   * MOVEMENT_OUT_OF_ORDER (not after their last release), OUTSIDE_CASELOAD, and BAD_USER_INPUT for malformed input.
   * A request repeated with its idempotency key returns the first answer (replayed); the key used for another
   * movement is IDEMPOTENCY_KEY_REUSED.
   */
  recordPrisonReception: CustodyMovementRecord;
  /** Records a qualification the person holds, checked with the awarding body (VERIFIED) or as they state it (SELF_DECLARED). */
  recordQualification: Qualification;
  /**
   * Records a released person's consent to share their qualifications and skills with a named employer until a
   * day: the careers service or probation, on the person's word. Refused with PERSON_NOT_RELEASED for someone in
   * prison (or never in prison).
   */
  recordSharingConsent: SharingConsent;
  /** Records a functional-skills assessment. */
  recordSkillsAssessment: SkillsAssessment;
  /** Records an allocation to an activity or job in prison. */
  recordWorkAllocation: WorkActivity;
  /**
   * Releases a prisoner from a prison of the caller's caseload: the active booking ends (inactive, with the release
   * date), the release is recorded and the prison's staff are told (PRISONER_RELEASED). Refused with
   * RELEASE_REASON_NOT_ALLOWED for a reason that does not fit how the prisoner is held, PRISONER_NOT_IN_CUSTODY (a
   * release recorded meanwhile, say), PRISONER_NOT_AT_PRISON, PRISONER_NOT_FOUND, UNKNOWN_PRISON, DATE_IN_FUTURE,
   * MOVEMENT_OUT_OF_ORDER, OUTSIDE_CASELOAD and BAD_USER_INPUT. Idempotent by key, as a reception is.
   */
  releasePrisoner: CustodyMovementRecord;
  /**
   * Moves a prisoner from a prison of the caller's caseload to another prison: the active booking's establishment
   * changes, the transfer is recorded and the staff of the prison it goes to are told (PRISONER_TRANSFERRED). Refused
   * with PRISONER_NOT_AT_PRISON when the prisoner is not held at the prison named (a transfer recorded meanwhile, say),
   * PRISONER_NOT_IN_CUSTODY, PRISONER_NOT_FOUND, SAME_PRISON, UNKNOWN_PRISON, DATE_IN_FUTURE, MOVEMENT_OUT_OF_ORDER,
   * OUTSIDE_CASELOAD and BAD_USER_INPUT. Idempotent by key, as a reception is.
   */
  transferPrisoner: CustodyMovementRecord;
  /** Sets the status of a step towards a goal, and returns the goal with all its steps. */
  updateGoalStepStatus: LearningGoal;
  /** Records that a person withdrew a consent to share: the employer reads nothing more from today. */
  withdrawSharingConsent: SharingConsent;
};


/** The entry points for changing the justice graph. */
export type MutationAddLearningGoalArgs = {
  input: LearningGoalInput;
};


/** The entry points for changing the justice graph. */
export type MutationEndCourseArgs = {
  input: CourseEndInput;
};


/** The entry points for changing the justice graph. */
export type MutationEndWorkAllocationArgs = {
  input: WorkAllocationEndInput;
};


/** The entry points for changing the justice graph. */
export type MutationEnrolOnCourseArgs = {
  input: CourseEnrolmentInput;
};


/** The entry points for changing the justice graph. */
export type MutationRecordInductionArgs = {
  input: InductionInput;
};


/** The entry points for changing the justice graph. */
export type MutationRecordPrisonReceptionArgs = {
  input: PrisonReceptionInput;
};


/** The entry points for changing the justice graph. */
export type MutationRecordQualificationArgs = {
  input: QualificationInput;
};


/** The entry points for changing the justice graph. */
export type MutationRecordSharingConsentArgs = {
  input: SharingConsentInput;
};


/** The entry points for changing the justice graph. */
export type MutationRecordSkillsAssessmentArgs = {
  input: SkillsAssessmentInput;
};


/** The entry points for changing the justice graph. */
export type MutationRecordWorkAllocationArgs = {
  input: WorkAllocationInput;
};


/** The entry points for changing the justice graph. */
export type MutationReleasePrisonerArgs = {
  input: PrisonerReleaseInput;
};


/** The entry points for changing the justice graph. */
export type MutationTransferPrisonerArgs = {
  input: PrisonerTransferInput;
};


/** The entry points for changing the justice graph. */
export type MutationUpdateGoalStepStatusArgs = {
  input: GoalStepStatusInput;
};


/** The entry points for changing the justice graph. */
export type MutationWithdrawSharingConsentArgs = {
  consentId: Scalars['ID']['input'];
};

/** A person new to P-Nomis, received into prison for the first time. */
export type NewPrisonerInput = {
  /** The Criminal Records Office number, with a valid check character, if known; it must not be one P-Nomis holds. */
  croNumber?: InputMaybe<Scalars['ID']['input']>;
  /** Date of birth, from 1900-01-01 to today. */
  dateOfBirth: Scalars['Date']['input'];
  /** First name, 1 to 100 characters. */
  firstName: Scalars['String']['input'];
  /** Family name, 1 to 100 characters. */
  lastName: Scalars['String']['input'];
  /** The Police National Computer ID, long or short form, with a valid check character; none if not yet known (then the person is matched by CRO number, or by name and date of birth, against those P-Nomis holds). */
  pncId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A person in the criminal-justice system, known by PNC ID to the courts, P-Nomis and confiscation, and by prison
 * number to P-Nomis and visits. The lists each system contributes are null, with an error naming the system, when
 * that system could not answer, so that the others still show; the courts' and confiscation's lists are null without
 * an error for a person with no PNC ID (a remand prisoner not yet on the PNC), since those systems know people by it
 * alone and cannot say whether they hold anything about them.
 */
export type Offender = {
  __typename?: 'Offender';
  /** Journey events contributed by the confiscation subgraph. */
  confiscationEvents?: Maybe<Array<JourneyEvent>>;
  /**
   * The prisoner's social contacts (family and friends), with whether each is approved to visit and any
   * restriction on their visits, for prison staff (contacts:read) whose caseload holds the prisoner. Null when
   * P-Nomis does not know the person.
   */
  contacts?: Maybe<Array<PrisonerContact>>;
  /** Journey events contributed by the courts subgraph. */
  courtEvents?: Maybe<Array<JourneyEvent>>;
  /** The person's custody record in P-Nomis; null when they have never been in prison. */
  custody?: Maybe<CustodyRecord>;
  /** This person's journey events recorded by P-Nomis: admissions, transfers, court movements and releases. */
  custodyEvents?: Maybe<Array<JourneyEvent>>;
  /** This person's journey events from the education record: enrolments, completions, qualifications, assessments, the induction and work in prison. */
  educationEvents?: Maybe<Array<JourneyEvent>>;
  /** The person's education, training and skills record; it follows the person and stays readable after release. Null when they have never been in prison. */
  learning?: Maybe<LearnerRecord>;
  /** The person's Police National Computer ID in its long form (for example 2012/0052494Q), if known. */
  pncId?: Maybe<Scalars['ID']['output']>;
  /** The person's prison (NOMS) number (for example A1234BC), if they have ever been in prison. */
  prisonNumber?: Maybe<Scalars['ID']['output']>;
  /** The consents the person gave, once released, to share their qualifications and skills with an employer, latest first; for the careers service and probation. Null when P-Nomis does not know the person. */
  sharingConsents?: Maybe<Array<SharingConsent>>;
  /**
   * The person's whole journey, oldest first: the events of every system, merged here from the events each
   * subgraph contributes. Null, with an error naming the system, when a contributing system could not answer;
   * the per-system event lists of the systems that did answer are still available.
   */
  timeline?: Maybe<Array<JourneyEvent>>;
  /** Journey events contributed by the visits subgraph. */
  visitEvents?: Maybe<Array<JourneyEvent>>;
  /**
   * What the visits system needs, read live when a visit is booked: whether the person is in custody, where,
   * and whether on remand or sentenced. Nothing else about them. Null when P-Nomis does not know the person.
   */
  visitingEligibility?: Maybe<VisitingEligibility>;
};

/** Work the person did before custody. */
export type PreviousWork = {
  __typename?: 'PreviousWork';
  /** How long the person did it, in months. */
  months: Scalars['Int']['output'];
  /** The job role, if given, for example Forklift driver. */
  role?: Maybe<Scalars['String']['output']>;
  /** The sector. */
  sector: WorkSector;
};

/** Work the person did before custody. */
export type PreviousWorkInput = {
  /** How long the person did it, in months (1 to 600). */
  months: Scalars['Int']['input'];
  /** The job role, if any; required for OTHER. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** The sector. */
  sector: WorkSector;
};

/** A prison establishment. */
export type Prison = {
  __typename?: 'Prison';
  /** The establishment code, for example LEI. */
  code: Scalars['ID']['output'];
  /** The establishment's name, for example HMP Leeds. */
  name: Scalars['String']['output'];
  /** Prisoners currently held here, ordered by prison number. */
  prisoners: Array<Offender>;
};


/** A prison establishment. */
export type PrisonPrisonersArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A reception into prison to record: give exactly one of prisonNumber and newPerson. */
export type PrisonReceptionInput = {
  /** The court that remanded or sentenced the person; none for someone received from the community (a recall). */
  fromCourtCode?: InputMaybe<Scalars['ID']['input']>;
  /** A key unique to this reception (for example a UUID), so that a retried request records it once. */
  idempotencyKey: Scalars['ID']['input'];
  /** A person new to P-Nomis. */
  newPerson?: InputMaybe<NewPrisonerInput>;
  /** When the person was received: not after today, and after their last release, if any. */
  occurredAt: Scalars['DateTime']['input'];
  /** The receiving prison: one of the caller's caseload. */
  prisonCode: Scalars['ID']['input'];
  /** The prison number of someone P-Nomis knows, received again after a release. */
  prisonNumber?: InputMaybe<Scalars['ID']['input']>;
  /** Whether the person is received on remand or sentenced. */
  status: ReceptionStatus;
};

/** One of a prisoner's social contacts, as P-Nomis records them. */
export type PrisonerContact = {
  __typename?: 'PrisonerContact';
  /** Whether the prison has approved the contact as a visitor; only approved visitors may be named on a visit. */
  approvedVisitor: Scalars['Boolean']['output'];
  /** The contact's identifier in P-Nomis. */
  contactId: Scalars['ID']['output'];
  /** Date of birth. */
  dateOfBirth: Scalars['Date']['output'];
  /** First name. */
  firstName: Scalars['String']['output'];
  /** Family name. */
  lastName: Scalars['String']['output'];
  /** The contact's relationship to the prisoner, for example Wife, Son or Friend. */
  relationship: Scalars['String']['output'];
  /** Restrictions on the contact's visits, past, present and to come, earliest first. */
  restrictions: Array<ContactRestriction>;
};

/** A release from prison to record. */
export type PrisonerReleaseInput = {
  /** A key unique to this release, so that a retried request records it once. */
  idempotencyKey: Scalars['ID']['input'];
  /** When the prisoner left: not after today, and after their last movement. */
  occurredAt: Scalars['DateTime']['input'];
  /** The prison releasing them, which holds them now: one of the caller's caseload. */
  prisonCode: Scalars['ID']['input'];
  /** The prisoner's prison number. */
  prisonNumber: Scalars['ID']['input'];
  /** Why the prisoner is released: it must fit whether they are on remand or sentenced. */
  reason: ReleaseReason;
};

/** A transfer between prisons to record. */
export type PrisonerTransferInput = {
  /** The prison the prisoner leaves, which holds them now: one of the caller's caseload. */
  fromPrisonCode: Scalars['ID']['input'];
  /** A key unique to this transfer, so that a retried request records it once. */
  idempotencyKey: Scalars['ID']['input'];
  /** When the prisoner arrived: not after today, and after their last movement. */
  occurredAt: Scalars['DateTime']['input'];
  /** The prisoner's prison number. */
  prisonNumber: Scalars['ID']['input'];
  /** Why the prisoner is moved. */
  reason: TransferReason;
  /** The prison the prisoner goes to: any prison of the register but the one left. */
  toPrisonCode: Scalars['ID']['input'];
};

/** A qualification held. */
export type Qualification = {
  __typename?: 'Qualification';
  /** The date it was awarded. */
  awardedOn: Scalars['Date']['output'];
  /** The awarding body, for example City & Guilds. */
  awardingBody: Scalars['String']['output'];
  /** The grade, if graded. */
  grade?: Maybe<Scalars['String']['output']>;
  /** The level. */
  level: QualificationLevel;
  /** The establishment where it was gained, when in prison; null for one gained outside. */
  prison?: Maybe<Prison>;
  /** The subject, for example Mathematics. */
  subject: Scalars['String']['output'];
  /** Whether it has been checked (with the awarding body, or awarded for a course here) or is as the person states it. */
  verification: QualificationVerification;
};

/** A qualification gained before custody. */
export type QualificationBeforeCustody = {
  __typename?: 'QualificationBeforeCustody';
  /** The grade, if graded. */
  grade?: Maybe<Scalars['String']['output']>;
  /** The level. */
  level: QualificationLevel;
  /** The subject, for example English. */
  subject: Scalars['String']['output'];
};

/** A qualification gained before custody. */
export type QualificationBeforeCustodyInput = {
  /** The grade, if graded. */
  grade?: InputMaybe<Scalars['String']['input']>;
  /** The level. */
  level: QualificationLevel;
  /** The subject. */
  subject: Scalars['String']['input'];
};

/** A qualification to record, verified or as the person states it. */
export type QualificationInput = {
  /** The date it was awarded (not in the future). */
  awardedOn: Scalars['Date']['input'];
  /** The awarding body, for example City & Guilds. */
  awardingBody: Scalars['String']['input'];
  /** The grade, if graded. */
  grade?: InputMaybe<Scalars['String']['input']>;
  /** The level. */
  level: QualificationLevel;
  /** The establishment where it was gained, if in prison: one where the person is or was held; none for one gained outside. */
  prisonCode?: InputMaybe<Scalars['ID']['input']>;
  /** The person's prison number. */
  prisonNumber: Scalars['ID']['input'];
  /** The subject, for example Mathematics. */
  subject: Scalars['String']['input'];
  /** Whether it has been checked with the awarding body, or is as the person states it. */
  verification: QualificationVerification;
};

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

/** Qualifications at one level gained at one establishment, or outside prison (see EducationStatistics). */
export type QualificationPrisonStatistic = {
  __typename?: 'QualificationPrisonStatistic';
  /** How many were awarded; null when withheld. */
  awarded?: Maybe<Scalars['Int']['output']>;
  /** The level. */
  level: QualificationLevel;
  /** The establishment where they were gained; null for those gained outside prison. */
  prison?: Maybe<Prison>;
  /** True when the count is withheld to protect the people it is about: it is null, not zero. */
  suppressed: Scalars['Boolean']['output'];
};

/** Qualifications awarded at one level: withheld when they were awarded to 1 to 4 people (see EducationStatistics). */
export type QualificationStatistic = {
  __typename?: 'QualificationStatistic';
  /** How many have been awarded; null when withheld. */
  awarded?: Maybe<Scalars['Int']['output']>;
  /** The level. */
  level: QualificationLevel;
  /** True when the count is withheld to protect the people it is about: it is null, not zero. */
  suppressed: Scalars['Boolean']['output'];
};

/** How far a qualification on record has been checked. */
export type QualificationVerification =
  /** As the person states it, not yet checked. */
  | 'SELF_DECLARED'
  /** Checked with the awarding body, or awarded for a course completed in prison. */
  | 'VERIFIED';

/** The entry points for reading the justice graph. */
export type Query = {
  __typename?: 'Query';
  /** Enrolments, completions and qualifications, in aggregate; no count about fewer than 5 people (withheld, with `suppressed` true: see EducationStatistics). */
  educationStatistics?: Maybe<EducationStatistics>;
  /**
   * An offender by exactly one identifier: a PNC ID (long or short form) or a prison number. Giving both or
   * neither is a BAD_USER_INPUT error, as is a malformed identifier. A well-formed identifier that no system knows
   * returns an offender whose records and timeline are empty, not null: no single system can say that nobody
   * else knows the person.
   */
  offender?: Maybe<Offender>;
  /** A prison by its establishment code, for example LEI for Leeds. */
  prison?: Maybe<Prison>;
  /**
   * For the visits system only, never offered by the gateway: whether a prison number, date of birth and prison
   * together name someone P-Nomis holds at that prison now. True or false and nothing more: an unknown number, a
   * released prisoner and a wrong date of birth or prison are all false, found with the same work. The visits system
   * asks it when a member of the public links a prisoner to their booking account, and limits how often.
   */
  prisonerParticularsMatch: Scalars['Boolean']['output'];
  /**
   * The people P-Nomis holds or has held with this surname and date of birth, for prison staff and others who read
   * custody records but have no PNC ID or prison number to hand: each as an Offender by prison number (and PNC ID,
   * if P-Nomis records one), so the rest of their journey joins on. The surname must match exactly, ignoring case
   * and surrounding spaces; the first name, if given, too. In prison-number order, at most 20: more is a
   * TOO_MANY_MATCHES error (give the first name too). An empty surname, a name longer than the 100 characters
   * P-Nomis records, or a date of birth that is malformed or in the future is BAD_USER_INPUT. A caller limited to a
   * prison caseload finds only people whose active booking (or, once released, latest booking) is at a prison in
   * its caseload; no one else is returned or counted. The names and date of birth are personal data: send them as
   * variables in a POST body, never in a URL.
   */
  prisonersByNameAndDateOfBirth: Array<Offender>;
  /**
   * People released between two dates and not in prison since (a person readmitted is not counted), matched for
   * the careers service's job matching: on qualifications (at or above a level, in a subject), functional-skills
   * assessments (the latest in each area at or above a level) and the work they said they would like to do. A person
   * matches on any one criterion given (everyone released, when none is), ranked by score, highest first, then the
   * latest released, each with the reasons. Only the careers service and probation read records after release.
   */
  releasedLearners: Array<ReleasedLearner>;
  /**
   * The qualifications and skills a released person consented to share with the caller, an employer, while the
   * consent lasts. NO_SHARING_CONSENT otherwise: the same answer whether the person exists, was never released, gave
   * no consent, or gave one to another employer, that lapsed or that was withdrawn.
   */
  sharedLearnerRecord: SharedLearnerRecord;
  /**
   * For the visits system only, never offered by the gateway: for each person named on a visit to a prisoner, in
   * the order given, whether they may come on that date. Only approved contacts may, and none under a ban in force
   * that day; someone who is not a contact gets the same answer as a contact not approved. Staff limited to a
   * caseload are refused (OUTSIDE_CASELOAD) for a prisoner outside it.
   */
  visitorApprovals: Array<VisitorApproval>;
};


/** The entry points for reading the justice graph. */
export type QueryOffenderArgs = {
  pncId?: InputMaybe<Scalars['ID']['input']>;
  prisonNumber?: InputMaybe<Scalars['ID']['input']>;
};


/** The entry points for reading the justice graph. */
export type QueryPrisonArgs = {
  code: Scalars['ID']['input'];
};


/** The entry points for reading the justice graph. */
export type QueryPrisonerParticularsMatchArgs = {
  dateOfBirth: Scalars['Date']['input'];
  prisonCode: Scalars['ID']['input'];
  prisonNumber: Scalars['ID']['input'];
};


/** The entry points for reading the justice graph. */
export type QueryPrisonersByNameAndDateOfBirthArgs = {
  dateOfBirth: Scalars['Date']['input'];
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName: Scalars['String']['input'];
};


/** The entry points for reading the justice graph. */
export type QueryReleasedLearnersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  minimumLevel?: InputMaybe<QualificationLevel>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  releasedFrom: Scalars['Date']['input'];
  releasedTo: Scalars['Date']['input'];
  skills: Array<SkillLevelInput>;
  subject?: InputMaybe<Scalars['String']['input']>;
  workSectors: Array<WorkSector>;
};


/** The entry points for reading the justice graph. */
export type QuerySharedLearnerRecordArgs = {
  prisonNumber: Scalars['ID']['input'];
};


/** The entry points for reading the justice graph. */
export type QueryVisitorApprovalsArgs = {
  prisonNumber: Scalars['ID']['input'];
  visitDate: Scalars['Date']['input'];
  visitors: Array<VisitorParticulars>;
};

/** On what footing a person is received into prison. */
export type ReceptionStatus =
  /** Remanded in custody by a court, awaiting trial or sentence. */
  | 'REMAND'
  /** Sentenced to custody. */
  | 'SENTENCED';

/** What a person means to do on release. */
export type ReleaseIntention =
  /** Find paid work with an employer. */
  | 'EMPLOYMENT'
  /** Further or higher education. */
  | 'FURTHER_EDUCATION'
  /** Not decided yet. */
  | 'NOT_SURE'
  /** Not working, for example through retirement, ill health or caring for someone. */
  | 'NOT_WORKING'
  /** Work for themselves. */
  | 'SELF_EMPLOYMENT'
  /** Vocational training or an apprenticeship. */
  | 'TRAINING'
  /** Voluntary work. */
  | 'VOLUNTEERING';

/** Why a prisoner is released. */
export type ReleaseReason =
  /** Released on bail, from remand. */
  | 'BAIL'
  /** Released on licence at the conditional release date of a sentence. */
  | 'CONDITIONAL_RELEASE'
  /** Discharged by a court: acquitted, charges dropped, or an appeal allowed. */
  | 'DISCHARGED_BY_COURT'
  /** Released at the end of a sentence. */
  | 'END_OF_SENTENCE'
  /** Released early under a home detention curfew, on a sentence. */
  | 'HOME_DETENTION_CURFEW';

/** A person released in the period asked about and not in prison since, matched for a job: how well, and why. */
export type ReleasedLearner = {
  __typename?: 'ReleasedLearner';
  /** The learner record. */
  learning: LearnerRecord;
  /** What in the record meets what was looked for; empty when nothing was looked for. */
  matchedOn: Array<LearnerMatchReason>;
  /** The person's prison number. */
  prisonNumber: Scalars['ID']['output'];
  /** The date of release. */
  releasedOn: Scalars['Date']['output'];
  /** How well the record meets what was looked for: higher ranks first (each criterion met scores, and more so the further beyond the level asked). */
  score: Scalars['Int']['output'];
};

/** A sentence being served. */
export type Sentence = {
  __typename?: 'Sentence';
  /** The sentence calculation type, for example ADIMP (a standard determinate sentence). */
  calculationType: Scalars['String']['output'];
  /** The conditional release date (usually half the term). */
  conditionalReleaseDate: Scalars['Date']['output'];
  /**
   * The Crown Court case number the sentence was passed in, if recorded. Each Crown Court centre numbers its own cases,
   * so the number identifies the case only together with crownCourtCode, the centre's court code.
   */
  crownCourtCaseNumber?: Maybe<Scalars['ID']['output']>;
  /**
   * The court code of the Crown Court centre whose case the sentence was passed in (a C code, for example C13LS00);
   * with crownCourtCaseNumber it identifies the case. Null when not recorded, as for sentences recorded before
   * P-Nomis kept it.
   */
  crownCourtCode?: Maybe<Scalars['ID']['output']>;
  /** A description of the sentence. */
  description: Scalars['String']['output'];
  /** The date the sentence expires. */
  sentenceExpiryDate: Scalars['Date']['output'];
  /** The date the sentence started. */
  startDate: Scalars['Date']['output'];
  /** The length of the custodial term in months. */
  termMonths: Scalars['Int']['output'];
};

/** What a released person agreed to share with an employer: their qualifications and skills, nothing else. */
export type SharedLearnerRecord = {
  __typename?: 'SharedLearnerRecord';
  /** The person's prison number, as the person gave it to the employer. */
  prisonNumber: Scalars['ID']['output'];
  /** Qualifications held, oldest first. */
  qualifications: Array<SharedQualification>;
  /** The last day of the consent: the employer may read the record until then. */
  sharedUntil: Scalars['Date']['output'];
  /** Functional-skills levels reached, oldest first. */
  skills: Array<SharedSkill>;
};

/** A qualification, as shared with an employer. */
export type SharedQualification = {
  __typename?: 'SharedQualification';
  /** The date it was awarded. */
  awardedOn: Scalars['Date']['output'];
  /** The awarding body, for example City & Guilds. */
  awardingBody: Scalars['String']['output'];
  /** The grade, if graded. */
  grade?: Maybe<Scalars['String']['output']>;
  /** The level. */
  level: QualificationLevel;
  /** The subject, for example Mathematics. */
  subject: Scalars['String']['output'];
  /** Whether it has been checked or is as the person states it. */
  verification: QualificationVerification;
};

/** A functional-skills level reached, as shared with an employer (no learning needs, no prison). */
export type SharedSkill = {
  __typename?: 'SharedSkill';
  /** The area assessed. */
  area: SkillsArea;
  /** The date of the assessment. */
  assessedOn: Scalars['Date']['output'];
  /** The level reached. */
  level: QualificationLevel;
};

/** A released person's consent to share their qualifications and skills with a named employer, for a time. */
export type SharingConsent = {
  __typename?: 'SharingConsent';
  /** The employer's account, as its access tokens name it. */
  employerId: Scalars['ID']['output'];
  /** The employer's name. */
  employerName: Scalars['String']['output'];
  /** The last day the employer may read the record. */
  expiresOn: Scalars['Date']['output'];
  /** The day the person gave consent. */
  givenOn: Scalars['Date']['output'];
  /** The consent's identifier, used to withdraw it. */
  id: Scalars['ID']['output'];
  /** When it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it: the careers adviser or offender manager. */
  recordedBy: Scalars['String']['output'];
  /** The day the person withdrew it, if they have. */
  withdrawnOn?: Maybe<Scalars['Date']['output']>;
};

/** A released person's consent to record, as they gave it. */
export type SharingConsentInput = {
  /** The employer's account, as its access tokens name it (their subject). */
  employerId: Scalars['ID']['input'];
  /** The employer's name. */
  employerName: Scalars['String']['input'];
  /** The last day the employer may read the record: today or later, at most a year after consent was given. */
  expiresOn: Scalars['Date']['input'];
  /** The day the person gave consent (not in the future). */
  givenOn: Scalars['Date']['input'];
  /** The person's prison number. */
  prisonNumber: Scalars['ID']['input'];
};

/** A functional-skills level looked for: the latest assessment in the area at this level or above. */
export type SkillLevelInput = {
  /** The area. */
  area: SkillsArea;
  /** The lowest level that matches. */
  minimumLevel: QualificationLevel;
};

/** A functional-skills area. */
export type SkillsArea =
  /** Digital skills. */
  | 'DIGITAL'
  /** English. */
  | 'ENGLISH'
  /** Maths. */
  | 'MATHS';

/** A functional-skills assessment. */
export type SkillsAssessment = {
  __typename?: 'SkillsAssessment';
  /** The area assessed. */
  area: SkillsArea;
  /** The date of the assessment. */
  assessedOn: Scalars['Date']['output'];
  /** Learning difficulty and disability needs found, if any. */
  learningNeeds: Array<Scalars['String']['output']>;
  /** The level reached. */
  level: QualificationLevel;
  /** Where it was carried out. */
  prison: Prison;
};

/** A functional-skills assessment to record. */
export type SkillsAssessmentInput = {
  /** The area assessed. */
  area: SkillsArea;
  /** The date (not in the future). */
  assessedOn: Scalars['Date']['input'];
  /** Learning difficulty and disability needs found. */
  learningNeeds: Array<Scalars['String']['input']>;
  /** The level reached. */
  level: QualificationLevel;
  /** Where it was carried out: an establishment where the learner is or was held. */
  prisonCode: Scalars['ID']['input'];
  /** The learner's prison number. */
  prisonNumber: Scalars['ID']['input'];
};

/** Training done before custody, as the induction lists it. */
export type TrainingBeforeCustody =
  /** A Construction Skills Certification Scheme card. */
  | 'CSCS_CARD'
  /** A first aid certificate. */
  | 'FIRST_AID_CERTIFICATE'
  /** A food hygiene certificate. */
  | 'FOOD_HYGIENE_CERTIFICATE'
  /** A full UK driving licence. */
  | 'FULL_UK_DRIVING_LICENCE'
  /** Health and safety training. */
  | 'HEALTH_AND_SAFETY'
  /** A heavy goods vehicle licence. */
  | 'HGV_LICENCE'
  /** Machinery tickets, for example forklift. */
  | 'MACHINERY_TICKETS'
  /** Manual handling training. */
  | 'MANUAL_HANDLING'
  /** Other training. */
  | 'OTHER'
  /** A trade course. */
  | 'TRADE_COURSE';

/** Why a prisoner is moved to another prison. */
export type TransferReason =
  /** Allocated to a prison suited to the sentence or security category. */
  | 'ALLOCATION'
  /** Moved nearer home, for family ties and visits. */
  | 'CLOSER_TO_HOME'
  /** Moved to make room where the prison is full. */
  | 'POPULATION_PRESSURE'
  /** Moved to a resettlement prison ahead of release. */
  | 'RESETTLEMENT'
  /** Moved for security or good order. */
  | 'SECURITY';

/** Where a person is held now and on what footing: all the visits system may learn from P-Nomis to book a visit. */
export type VisitingEligibility = {
  __typename?: 'VisitingEligibility';
  /** The prison holding the person now; null when not in custody. */
  currentPrison?: Maybe<Prison>;
  /** Whether the person is in prison now (has an active booking). */
  inCustody: Scalars['Boolean']['output'];
  /** The incentive level of the person's active booking, which decides how many visiting orders they are given; null when not in custody. */
  incentiveLevel?: Maybe<IncentiveLevel>;
  /** On remand or sentenced while in custody; RELEASED otherwise. */
  status: CustodyStatus;
};

/** P-Nomis's answer about one person named on a visit. */
export type VisitorApproval = {
  __typename?: 'VisitorApproval';
  /** The last day of the restriction behind a BANNED or CLOSED_VISITS_ONLY verdict; null when it has no end date. */
  restrictionEndsOn?: Maybe<Scalars['Date']['output']>;
  /** Whether the person may come. */
  verdict: VisitorVerdict;
};

/** A person named on a visit, as the visits system asks P-Nomis about them. */
export type VisitorParticulars = {
  /** Date of birth. */
  dateOfBirth: Scalars['Date']['input'];
  /** First name. */
  firstName: Scalars['String']['input'];
  /** Family name. */
  lastName: Scalars['String']['input'];
};

/** Whether a person named on a visit may come. */
export type VisitorVerdict =
  /** An approved contact under no restriction that stops them on the date. */
  | 'APPROVED'
  /** An approved contact under a ban in force on the date. */
  | 'BANNED'
  /** An approved contact who may come only to a closed visit on the date. */
  | 'CLOSED_VISITS_ONLY'
  /** Not a contact of the prisoner, or a contact not approved to visit. */
  | 'NOT_APPROVED';

/** Work held in prison: an allocation to an activity or a job. */
export type WorkActivity = {
  __typename?: 'WorkActivity';
  /** Why it ended, when that was recorded. */
  endReason?: Maybe<WorkEndReason>;
  /** The end date, if ended. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** Hours worked a week, if recorded. */
  hoursPerWeek?: Maybe<Scalars['Int']['output']>;
  /** The allocation's identifier, used to record its end. */
  id: Scalars['ID']['output'];
  /** The pay band, from 1 (lowest) to 10, if paid. */
  payBand?: Maybe<Scalars['Int']['output']>;
  /** Where. */
  prison: Prison;
  /** The start date. */
  startedOn: Scalars['Date']['output'];
  /** The activity or job, for example Kitchen orderly. */
  title: Scalars['String']['output'];
};

/** The end of an allocation to work in prison. */
export type WorkAllocationEndInput = {
  /** The allocation. */
  allocationId: Scalars['ID']['input'];
  /** The end date (not before the start, not in the future). */
  endedOn: Scalars['Date']['input'];
  /** Why it ended. */
  reason: WorkEndReason;
};

/** An allocation to an activity or job in prison, to record. */
export type WorkAllocationInput = {
  /** Why it ended; give it with endedOn. */
  endReason?: InputMaybe<WorkEndReason>;
  /** The end date, if it has already ended (not before the start, not in the future); give it with endReason. */
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Hours worked a week, from 1 to 60, if known. */
  hoursPerWeek?: InputMaybe<Scalars['Int']['input']>;
  /** The pay band, from 1 (lowest) to 10, if paid. */
  payBand?: InputMaybe<Scalars['Int']['input']>;
  /** The establishment: one where the person is or was held. */
  prisonCode: Scalars['ID']['input'];
  /** The person's prison number. */
  prisonNumber: Scalars['ID']['input'];
  /** The start date. */
  startedOn: Scalars['Date']['input'];
  /** The activity or job, for example Kitchen orderly. */
  title: Scalars['String']['input'];
};

/** Why an allocation to work in prison ended, in the activities system's terms. */
export type WorkEndReason =
  /** The activity or job ran its course. */
  | 'COMPLETED'
  /** The person was dismissed. */
  | 'DISMISSED'
  /** Health reasons. */
  | 'HEALTH'
  /** Another reason. */
  | 'OTHER'
  /** The person was released. */
  | 'RELEASED'
  /** Security reasons. */
  | 'SECURITY'
  /** The person was transferred to another prison. */
  | 'TRANSFERRED'
  /** The person asked to leave it. */
  | 'WITHDRAWN_BY_PRISONER'
  /** Staff withdrew the person, for example to make room for a course. */
  | 'WITHDRAWN_BY_STAFF';

/** A kind of work the person would like to do. */
export type WorkInterest = {
  __typename?: 'WorkInterest';
  /** The role, if the person named one, for example Chef. */
  role?: Maybe<Scalars['String']['output']>;
  /** The sector. */
  sector: WorkSector;
};

/** A kind of work the person would like to do. */
export type WorkInterestInput = {
  /** The role, if any; required for OTHER. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** The sector. */
  sector: WorkSector;
};

/** A sector of work, as the learning and work plan's induction names them. */
export type WorkSector =
  /** Hair, beauty and wellbeing. */
  | 'BEAUTY'
  /** Cleaning and maintenance. */
  | 'CLEANING_AND_MAINTENANCE'
  /** Construction and trades. */
  | 'CONSTRUCTION'
  /** Driving and transport. */
  | 'DRIVING'
  /** Education and training. */
  | 'EDUCATION_TRAINING'
  /** Hospitality and catering. */
  | 'HOSPITALITY'
  /** Manufacturing and engineering. */
  | 'MANUFACTURING'
  /** Office and administrative work. */
  | 'OFFICE'
  /** Another sector: the role says which. */
  | 'OTHER'
  /** Outdoor work, for example farming, gardening or forestry. */
  | 'OUTDOOR'
  /** Retail and customer service. */
  | 'RETAIL'
  /** Sport and fitness. */
  | 'SPORTS'
  /** Technical and IT work. */
  | 'TECHNICAL'
  /** Warehousing and storage. */
  | 'WAREHOUSING'
  /** Waste management and recycling. */
  | 'WASTE_MANAGEMENT';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Offender: Offender;
  Prison: Prison;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Offender:
    ( { __typename: 'Offender' }
    & ( GraphQLRecursivePick<FederationTypes['Offender'], {"prisonNumber":true}>
        | GraphQLRecursivePick<FederationTypes['Offender'], {"pncId":true}> )
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Offender'], {"courtEvents":{"occurredAt":true,"system":true,"kind":true,"summary":true,"reference":true},"visitEvents":{"occurredAt":true,"system":true,"kind":true,"summary":true,"reference":true},"confiscationEvents":{"occurredAt":true,"system":true,"kind":true,"summary":true,"reference":true}}> ) );
  Prison:
    ( { __typename: 'Prison' }
    & GraphQLRecursivePick<FederationTypes['Prison'], {"code":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccreditedQualification: ResolverTypeWrapper<any>;
  String: ResolverTypeWrapper<any>;
  AccreditedQualificationInput: ResolverTypeWrapper<any>;
  AssessmentProgressStatistic: ResolverTypeWrapper<any>;
  Int: ResolverTypeWrapper<any>;
  Boolean: ResolverTypeWrapper<any>;
  Booking: ResolverTypeWrapper<BookingTable>;
  ID: ResolverTypeWrapper<any>;
  ContactRestriction: ResolverTypeWrapper<any>;
  ContactRestrictionType: ResolverTypeWrapper<any>;
  CourseEndInput: ResolverTypeWrapper<any>;
  CourseEnrolment: ResolverTypeWrapper<any>;
  CourseEnrolmentInput: ResolverTypeWrapper<any>;
  CourseFunding: ResolverTypeWrapper<any>;
  CourseLevelStatistic: ResolverTypeWrapper<any>;
  CourseStatistic: ResolverTypeWrapper<any>;
  CourseStatus: ResolverTypeWrapper<any>;
  CustodyMovementRecord: ResolverTypeWrapper<RecordedMovement>;
  CustodyRecord: ResolverTypeWrapper<OffenderTable>;
  CustodyStatus: ResolverTypeWrapper<any>;
  Date: ResolverTypeWrapper<any>;
  DateTime: ResolverTypeWrapper<any>;
  EducationLevelBeforeCustody: ResolverTypeWrapper<any>;
  EducationStatistics: ResolverTypeWrapper<any>;
  GoalStatus: ResolverTypeWrapper<any>;
  GoalStep: ResolverTypeWrapper<any>;
  GoalStepStatusInput: ResolverTypeWrapper<any>;
  InOutStatus: ResolverTypeWrapper<any>;
  IncentiveLevel: ResolverTypeWrapper<any>;
  Induction: ResolverTypeWrapper<any>;
  InductionInput: ResolverTypeWrapper<any>;
  JourneyEvent: ResolverTypeWrapper<any>;
  JourneyEventKind: ResolverTypeWrapper<any>;
  JourneySystem: ResolverTypeWrapper<any>;
  LearnerMatchKind: ResolverTypeWrapper<any>;
  LearnerMatchReason: ResolverTypeWrapper<any>;
  LearnerRecord: ResolverTypeWrapper<any>;
  LearningGoal: ResolverTypeWrapper<any>;
  LearningGoalInput: ResolverTypeWrapper<any>;
  Money: ResolverTypeWrapper<any>;
  Movement: ResolverTypeWrapper<any>;
  MovementDirection: ResolverTypeWrapper<any>;
  MovementType: ResolverTypeWrapper<any>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewPrisonerInput: ResolverTypeWrapper<any>;
  Offender: ResolverTypeWrapper<any>;
  PreviousWork: ResolverTypeWrapper<any>;
  PreviousWorkInput: ResolverTypeWrapper<any>;
  Prison: ResolverTypeWrapper<any>;
  PrisonReceptionInput: ResolverTypeWrapper<any>;
  PrisonerContact: ResolverTypeWrapper<PrisonerContactTable>;
  PrisonerReleaseInput: ResolverTypeWrapper<any>;
  PrisonerTransferInput: ResolverTypeWrapper<any>;
  Qualification: ResolverTypeWrapper<any>;
  QualificationBeforeCustody: ResolverTypeWrapper<any>;
  QualificationBeforeCustodyInput: ResolverTypeWrapper<any>;
  QualificationInput: ResolverTypeWrapper<any>;
  QualificationLevel: ResolverTypeWrapper<any>;
  QualificationPrisonStatistic: ResolverTypeWrapper<any>;
  QualificationStatistic: ResolverTypeWrapper<any>;
  QualificationVerification: ResolverTypeWrapper<any>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceptionStatus: ResolverTypeWrapper<any>;
  ReleaseIntention: ResolverTypeWrapper<any>;
  ReleaseReason: ResolverTypeWrapper<any>;
  ReleasedLearner: ResolverTypeWrapper<any>;
  Sentence: ResolverTypeWrapper<any>;
  SharedLearnerRecord: ResolverTypeWrapper<any>;
  SharedQualification: ResolverTypeWrapper<any>;
  SharedSkill: ResolverTypeWrapper<any>;
  SharingConsent: ResolverTypeWrapper<any>;
  SharingConsentInput: ResolverTypeWrapper<any>;
  SkillLevelInput: ResolverTypeWrapper<any>;
  SkillsArea: ResolverTypeWrapper<any>;
  SkillsAssessment: ResolverTypeWrapper<any>;
  SkillsAssessmentInput: ResolverTypeWrapper<any>;
  TrainingBeforeCustody: ResolverTypeWrapper<any>;
  TransferReason: ResolverTypeWrapper<any>;
  VisitingEligibility: ResolverTypeWrapper<any>;
  VisitorApproval: ResolverTypeWrapper<any>;
  VisitorParticulars: ResolverTypeWrapper<any>;
  VisitorVerdict: ResolverTypeWrapper<any>;
  WorkActivity: ResolverTypeWrapper<any>;
  WorkAllocationEndInput: ResolverTypeWrapper<any>;
  WorkAllocationInput: ResolverTypeWrapper<any>;
  WorkEndReason: ResolverTypeWrapper<any>;
  WorkInterest: ResolverTypeWrapper<any>;
  WorkInterestInput: ResolverTypeWrapper<any>;
  WorkSector: ResolverTypeWrapper<any>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccreditedQualification: any;
  String: any;
  AccreditedQualificationInput: any;
  AssessmentProgressStatistic: any;
  Int: any;
  Boolean: any;
  Booking: BookingTable;
  ID: any;
  ContactRestriction: any;
  CourseEndInput: any;
  CourseEnrolment: any;
  CourseEnrolmentInput: any;
  CourseLevelStatistic: any;
  CourseStatistic: any;
  CustodyMovementRecord: RecordedMovement;
  CustodyRecord: OffenderTable;
  Date: any;
  DateTime: any;
  EducationStatistics: any;
  GoalStep: any;
  GoalStepStatusInput: any;
  Induction: any;
  InductionInput: any;
  JourneyEvent: any;
  LearnerMatchReason: any;
  LearnerRecord: any;
  LearningGoal: any;
  LearningGoalInput: any;
  Money: any;
  Movement: any;
  Mutation: Record<PropertyKey, never>;
  NewPrisonerInput: any;
  Offender: any;
  PreviousWork: any;
  PreviousWorkInput: any;
  Prison: any;
  PrisonReceptionInput: any;
  PrisonerContact: PrisonerContactTable;
  PrisonerReleaseInput: any;
  PrisonerTransferInput: any;
  Qualification: any;
  QualificationBeforeCustody: any;
  QualificationBeforeCustodyInput: any;
  QualificationInput: any;
  QualificationPrisonStatistic: any;
  QualificationStatistic: any;
  Query: Record<PropertyKey, never>;
  ReleasedLearner: any;
  Sentence: any;
  SharedLearnerRecord: any;
  SharedQualification: any;
  SharedSkill: any;
  SharingConsent: any;
  SharingConsentInput: any;
  SkillLevelInput: any;
  SkillsAssessment: any;
  SkillsAssessmentInput: any;
  VisitingEligibility: any;
  VisitorApproval: any;
  VisitorParticulars: any;
  WorkActivity: any;
  WorkAllocationEndInput: any;
  WorkAllocationInput: any;
  WorkInterest: any;
  WorkInterestInput: any;
};

export type AccreditedQualificationResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['AccreditedQualification'] = ResolversParentTypes['AccreditedQualification']> = {
  awardingBody?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['QualificationLevel'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AssessmentProgressStatisticResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['AssessmentProgressStatistic'] = ResolversParentTypes['AssessmentProgressStatistic']> = {
  area?: Resolver<ResolversTypes['SkillsArea'], ParentType, ContextType>;
  assessed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  declined?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  improved?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  prison?: Resolver<ResolversTypes['Prison'], ParentType, ContextType>;
  startingLevel?: Resolver<ResolversTypes['QualificationLevel'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unchanged?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type BookingResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['Booking'] = ResolversParentTypes['Booking']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  admissionReason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  beganOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  bookingNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  inOutStatus?: Resolver<ResolversTypes['InOutStatus'], ParentType, ContextType>;
  movements?: Resolver<Array<ResolversTypes['Movement']>, ParentType, ContextType>;
  prison?: Resolver<ResolversTypes['Prison'], ParentType, ContextType>;
  sentences?: Resolver<Array<ResolversTypes['Sentence']>, ParentType, ContextType>;
};

export type ContactRestrictionResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['ContactRestriction'] = ResolversParentTypes['ContactRestriction']> = {
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ContactRestrictionType'], ParentType, ContextType>;
};

export type CourseEnrolmentResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['CourseEnrolment'] = ResolversParentTypes['CourseEnrolment']> = {
  accredited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  courseCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  courseName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  funding?: Resolver<ResolversTypes['CourseFunding'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leadsTo?: Resolver<Maybe<ResolversTypes['AccreditedQualification']>, ParentType, ContextType>;
  outcomeGrade?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plannedEndOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  prison?: Resolver<ResolversTypes['Prison'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CourseStatus'], ParentType, ContextType>;
};

export type CourseLevelStatisticResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['CourseLevelStatistic'] = ResolversParentTypes['CourseLevelStatistic']> = {
  completions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  enrolments?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['QualificationLevel']>, ParentType, ContextType>;
  prison?: Resolver<ResolversTypes['Prison'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CourseStatisticResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['CourseStatistic'] = ResolversParentTypes['CourseStatistic']> = {
  completions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  enrolments?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  prison?: Resolver<ResolversTypes['Prison'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CustodyMovementRecordResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['CustodyMovementRecord'] = ResolversParentTypes['CustodyMovementRecord']> = {
  booking?: Resolver<ResolversTypes['Booking'], ParentType, ContextType>;
  movement?: Resolver<ResolversTypes['Movement'], ParentType, ContextType>;
  pncId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  prisonNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CustodyRecordResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['CustodyRecord'] = ResolversParentTypes['CustodyRecord']> = {
  bookings?: Resolver<Array<ResolversTypes['Booking']>, ParentType, ContextType>;
  croNumber?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  currentPrison?: Resolver<Maybe<ResolversTypes['Prison']>, ParentType, ContextType>;
  dateOfBirth?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pncId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  prisonNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  releaseDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CustodyStatus'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EducationStatisticsResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['EducationStatistics'] = ResolversParentTypes['EducationStatistics']> = {
  assessmentProgress?: Resolver<Array<ResolversTypes['AssessmentProgressStatistic']>, ParentType, ContextType>;
  courses?: Resolver<Array<ResolversTypes['CourseStatistic']>, ParentType, ContextType>;
  coursesByPrisonAndLevel?: Resolver<Array<ResolversTypes['CourseLevelStatistic']>, ParentType, ContextType>;
  qualifications?: Resolver<Array<ResolversTypes['QualificationStatistic']>, ParentType, ContextType>;
  qualificationsByPrisonAndLevel?: Resolver<Array<ResolversTypes['QualificationPrisonStatistic']>, ParentType, ContextType>;
};

export type GoalStepResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['GoalStep'] = ResolversParentTypes['GoalStep']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GoalStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InductionResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['Induction'] = ResolversParentTypes['Induction']> = {
  highestEducationLevel?: Resolver<ResolversTypes['EducationLevelBeforeCustody'], ParentType, ContextType>;
  inductedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  intentionsOnRelease?: Resolver<Array<ResolversTypes['ReleaseIntention']>, ParentType, ContextType>;
  nextReviewOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  previousWork?: Resolver<Array<ResolversTypes['PreviousWork']>, ParentType, ContextType>;
  prison?: Resolver<ResolversTypes['Prison'], ParentType, ContextType>;
  qualificationsBeforeCustody?: Resolver<Array<ResolversTypes['QualificationBeforeCustody']>, ParentType, ContextType>;
  trainingBeforeCustody?: Resolver<Array<ResolversTypes['TrainingBeforeCustody']>, ParentType, ContextType>;
  updatedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  workInterests?: Resolver<Array<ResolversTypes['WorkInterest']>, ParentType, ContextType>;
};

export type JourneyEventResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['JourneyEvent'] = ResolversParentTypes['JourneyEvent']> = {
  kind?: Resolver<ResolversTypes['JourneyEventKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['JourneySystem'], ParentType, ContextType>;
};

export type LearnerMatchReasonResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['LearnerMatchReason'] = ResolversParentTypes['LearnerMatchReason']> = {
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LearnerMatchKind'], ParentType, ContextType>;
};

export type LearnerRecordResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['LearnerRecord'] = ResolversParentTypes['LearnerRecord']> = {
  assessments?: Resolver<Array<ResolversTypes['SkillsAssessment']>, ParentType, ContextType>;
  courses?: Resolver<Array<ResolversTypes['CourseEnrolment']>, ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['LearningGoal']>, ParentType, ContextType>;
  induction?: Resolver<Maybe<ResolversTypes['Induction']>, ParentType, ContextType>;
  prisonNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  qualifications?: Resolver<Array<ResolversTypes['Qualification']>, ParentType, ContextType>;
  workActivities?: Resolver<Array<ResolversTypes['WorkActivity']>, ParentType, ContextType>;
};

export type LearningGoalResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['LearningGoal'] = ResolversParentTypes['LearningGoal']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reviewOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GoalStatus'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['GoalStep']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MovementResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['Movement'] = ResolversParentTypes['Movement']> = {
  direction?: Resolver<ResolversTypes['MovementDirection'], ParentType, ContextType>;
  fromLocation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toLocation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MovementType'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addLearningGoal?: Resolver<ResolversTypes['LearningGoal'], ParentType, ContextType, RequireFields<MutationAddLearningGoalArgs, 'input'>>;
  endCourse?: Resolver<ResolversTypes['CourseEnrolment'], ParentType, ContextType, RequireFields<MutationEndCourseArgs, 'input'>>;
  endWorkAllocation?: Resolver<ResolversTypes['WorkActivity'], ParentType, ContextType, RequireFields<MutationEndWorkAllocationArgs, 'input'>>;
  enrolOnCourse?: Resolver<ResolversTypes['CourseEnrolment'], ParentType, ContextType, RequireFields<MutationEnrolOnCourseArgs, 'input'>>;
  recordInduction?: Resolver<ResolversTypes['Induction'], ParentType, ContextType, RequireFields<MutationRecordInductionArgs, 'input'>>;
  recordPrisonReception?: Resolver<ResolversTypes['CustodyMovementRecord'], ParentType, ContextType, RequireFields<MutationRecordPrisonReceptionArgs, 'input'>>;
  recordQualification?: Resolver<ResolversTypes['Qualification'], ParentType, ContextType, RequireFields<MutationRecordQualificationArgs, 'input'>>;
  recordSharingConsent?: Resolver<ResolversTypes['SharingConsent'], ParentType, ContextType, RequireFields<MutationRecordSharingConsentArgs, 'input'>>;
  recordSkillsAssessment?: Resolver<ResolversTypes['SkillsAssessment'], ParentType, ContextType, RequireFields<MutationRecordSkillsAssessmentArgs, 'input'>>;
  recordWorkAllocation?: Resolver<ResolversTypes['WorkActivity'], ParentType, ContextType, RequireFields<MutationRecordWorkAllocationArgs, 'input'>>;
  releasePrisoner?: Resolver<ResolversTypes['CustodyMovementRecord'], ParentType, ContextType, RequireFields<MutationReleasePrisonerArgs, 'input'>>;
  transferPrisoner?: Resolver<ResolversTypes['CustodyMovementRecord'], ParentType, ContextType, RequireFields<MutationTransferPrisonerArgs, 'input'>>;
  updateGoalStepStatus?: Resolver<ResolversTypes['LearningGoal'], ParentType, ContextType, RequireFields<MutationUpdateGoalStepStatusArgs, 'input'>>;
  withdrawSharingConsent?: Resolver<ResolversTypes['SharingConsent'], ParentType, ContextType, RequireFields<MutationWithdrawSharingConsentArgs, 'consentId'>>;
};

export type OffenderResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['Offender'] = ResolversParentTypes['Offender'], FederationReferenceType extends FederationReferenceTypes['Offender'] = FederationReferenceTypes['Offender']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Offender']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contacts?: Resolver<Maybe<Array<ResolversTypes['PrisonerContact']>>, ParentType, ContextType>;
  custody?: Resolver<Maybe<ResolversTypes['CustodyRecord']>, ParentType, ContextType>;
  custodyEvents?: Resolver<Maybe<Array<ResolversTypes['JourneyEvent']>>, ParentType, ContextType>;
  educationEvents?: Resolver<Maybe<Array<ResolversTypes['JourneyEvent']>>, ParentType, ContextType>;
  learning?: Resolver<Maybe<ResolversTypes['LearnerRecord']>, ParentType, ContextType>;
  pncId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  prisonNumber?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sharingConsents?: Resolver<Maybe<Array<ResolversTypes['SharingConsent']>>, ParentType, ContextType>;
  timeline?: Resolver<Maybe<Array<ResolversTypes['JourneyEvent']>>, ParentType, ContextType>;
  visitingEligibility?: Resolver<Maybe<ResolversTypes['VisitingEligibility']>, ParentType, ContextType>;
};

export type PreviousWorkResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['PreviousWork'] = ResolversParentTypes['PreviousWork']> = {
  months?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['WorkSector'], ParentType, ContextType>;
};

export type PrisonResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['Prison'] = ResolversParentTypes['Prison'], FederationReferenceType extends FederationReferenceTypes['Prison'] = FederationReferenceTypes['Prison']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Prison']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prisoners?: Resolver<Array<ResolversTypes['Offender']>, ParentType, ContextType, RequireFields<PrisonPrisonersArgs, 'first'>>;
};

export type PrisonerContactResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['PrisonerContact'] = ResolversParentTypes['PrisonerContact']> = {
  approvedVisitor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contactId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  dateOfBirth?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  restrictions?: Resolver<Array<ResolversTypes['ContactRestriction']>, ParentType, ContextType>;
};

export type QualificationResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['Qualification'] = ResolversParentTypes['Qualification']> = {
  awardedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  awardingBody?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['QualificationLevel'], ParentType, ContextType>;
  prison?: Resolver<Maybe<ResolversTypes['Prison']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['QualificationVerification'], ParentType, ContextType>;
};

export type QualificationBeforeCustodyResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['QualificationBeforeCustody'] = ResolversParentTypes['QualificationBeforeCustody']> = {
  grade?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['QualificationLevel'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QualificationPrisonStatisticResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['QualificationPrisonStatistic'] = ResolversParentTypes['QualificationPrisonStatistic']> = {
  awarded?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['QualificationLevel'], ParentType, ContextType>;
  prison?: Resolver<Maybe<ResolversTypes['Prison']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QualificationStatisticResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['QualificationStatistic'] = ResolversParentTypes['QualificationStatistic']> = {
  awarded?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['QualificationLevel'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  educationStatistics?: Resolver<Maybe<ResolversTypes['EducationStatistics']>, ParentType, ContextType>;
  offender?: Resolver<Maybe<ResolversTypes['Offender']>, ParentType, ContextType, Partial<QueryOffenderArgs>>;
  prison?: Resolver<Maybe<ResolversTypes['Prison']>, ParentType, ContextType, RequireFields<QueryPrisonArgs, 'code'>>;
  prisonerParticularsMatch?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<QueryPrisonerParticularsMatchArgs, 'dateOfBirth' | 'prisonCode' | 'prisonNumber'>>;
  prisonersByNameAndDateOfBirth?: Resolver<Array<ResolversTypes['Offender']>, ParentType, ContextType, RequireFields<QueryPrisonersByNameAndDateOfBirthArgs, 'dateOfBirth' | 'lastName'>>;
  releasedLearners?: Resolver<Array<ResolversTypes['ReleasedLearner']>, ParentType, ContextType, RequireFields<QueryReleasedLearnersArgs, 'first' | 'offset' | 'releasedFrom' | 'releasedTo' | 'skills' | 'workSectors'>>;
  sharedLearnerRecord?: Resolver<ResolversTypes['SharedLearnerRecord'], ParentType, ContextType, RequireFields<QuerySharedLearnerRecordArgs, 'prisonNumber'>>;
  visitorApprovals?: Resolver<Array<ResolversTypes['VisitorApproval']>, ParentType, ContextType, RequireFields<QueryVisitorApprovalsArgs, 'prisonNumber' | 'visitDate' | 'visitors'>>;
};

export type ReleasedLearnerResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['ReleasedLearner'] = ResolversParentTypes['ReleasedLearner']> = {
  learning?: Resolver<ResolversTypes['LearnerRecord'], ParentType, ContextType>;
  matchedOn?: Resolver<Array<ResolversTypes['LearnerMatchReason']>, ParentType, ContextType>;
  prisonNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  releasedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SentenceResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['Sentence'] = ResolversParentTypes['Sentence']> = {
  calculationType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conditionalReleaseDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  crownCourtCaseNumber?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  crownCourtCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentenceExpiryDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  termMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SharedLearnerRecordResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['SharedLearnerRecord'] = ResolversParentTypes['SharedLearnerRecord']> = {
  prisonNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  qualifications?: Resolver<Array<ResolversTypes['SharedQualification']>, ParentType, ContextType>;
  sharedUntil?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['SharedSkill']>, ParentType, ContextType>;
};

export type SharedQualificationResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['SharedQualification'] = ResolversParentTypes['SharedQualification']> = {
  awardedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  awardingBody?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['QualificationLevel'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['QualificationVerification'], ParentType, ContextType>;
};

export type SharedSkillResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['SharedSkill'] = ResolversParentTypes['SharedSkill']> = {
  area?: Resolver<ResolversTypes['SkillsArea'], ParentType, ContextType>;
  assessedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['QualificationLevel'], ParentType, ContextType>;
};

export type SharingConsentResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['SharingConsent'] = ResolversParentTypes['SharingConsent']> = {
  employerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  employerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  givenOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  withdrawnOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type SkillsAssessmentResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['SkillsAssessment'] = ResolversParentTypes['SkillsAssessment']> = {
  area?: Resolver<ResolversTypes['SkillsArea'], ParentType, ContextType>;
  assessedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  learningNeeds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['QualificationLevel'], ParentType, ContextType>;
  prison?: Resolver<ResolversTypes['Prison'], ParentType, ContextType>;
};

export type VisitingEligibilityResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['VisitingEligibility'] = ResolversParentTypes['VisitingEligibility']> = {
  currentPrison?: Resolver<Maybe<ResolversTypes['Prison']>, ParentType, ContextType>;
  inCustody?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  incentiveLevel?: Resolver<Maybe<ResolversTypes['IncentiveLevel']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CustodyStatus'], ParentType, ContextType>;
};

export type VisitorApprovalResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['VisitorApproval'] = ResolversParentTypes['VisitorApproval']> = {
  restrictionEndsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['VisitorVerdict'], ParentType, ContextType>;
};

export type WorkActivityResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['WorkActivity'] = ResolversParentTypes['WorkActivity']> = {
  endReason?: Resolver<Maybe<ResolversTypes['WorkEndReason']>, ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  hoursPerWeek?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payBand?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  prison?: Resolver<ResolversTypes['Prison'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WorkInterestResolvers<ContextType = PnomisContext, ParentType extends ResolversParentTypes['WorkInterest'] = ResolversParentTypes['WorkInterest']> = {
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['WorkSector'], ParentType, ContextType>;
};

export type Resolvers<ContextType = PnomisContext> = {
  AccreditedQualification?: AccreditedQualificationResolvers<ContextType>;
  AssessmentProgressStatistic?: AssessmentProgressStatisticResolvers<ContextType>;
  Booking?: BookingResolvers<ContextType>;
  ContactRestriction?: ContactRestrictionResolvers<ContextType>;
  CourseEnrolment?: CourseEnrolmentResolvers<ContextType>;
  CourseLevelStatistic?: CourseLevelStatisticResolvers<ContextType>;
  CourseStatistic?: CourseStatisticResolvers<ContextType>;
  CustodyMovementRecord?: CustodyMovementRecordResolvers<ContextType>;
  CustodyRecord?: CustodyRecordResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EducationStatistics?: EducationStatisticsResolvers<ContextType>;
  GoalStep?: GoalStepResolvers<ContextType>;
  Induction?: InductionResolvers<ContextType>;
  JourneyEvent?: JourneyEventResolvers<ContextType>;
  LearnerMatchReason?: LearnerMatchReasonResolvers<ContextType>;
  LearnerRecord?: LearnerRecordResolvers<ContextType>;
  LearningGoal?: LearningGoalResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Movement?: MovementResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Offender?: OffenderResolvers<ContextType>;
  PreviousWork?: PreviousWorkResolvers<ContextType>;
  Prison?: PrisonResolvers<ContextType>;
  PrisonerContact?: PrisonerContactResolvers<ContextType>;
  Qualification?: QualificationResolvers<ContextType>;
  QualificationBeforeCustody?: QualificationBeforeCustodyResolvers<ContextType>;
  QualificationPrisonStatistic?: QualificationPrisonStatisticResolvers<ContextType>;
  QualificationStatistic?: QualificationStatisticResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReleasedLearner?: ReleasedLearnerResolvers<ContextType>;
  Sentence?: SentenceResolvers<ContextType>;
  SharedLearnerRecord?: SharedLearnerRecordResolvers<ContextType>;
  SharedQualification?: SharedQualificationResolvers<ContextType>;
  SharedSkill?: SharedSkillResolvers<ContextType>;
  SharingConsent?: SharingConsentResolvers<ContextType>;
  SkillsAssessment?: SkillsAssessmentResolvers<ContextType>;
  VisitingEligibility?: VisitingEligibilityResolvers<ContextType>;
  VisitorApproval?: VisitorApprovalResolvers<ContextType>;
  WorkActivity?: WorkActivityResolvers<ContextType>;
  WorkInterest?: WorkInterestResolvers<ContextType>;
};

