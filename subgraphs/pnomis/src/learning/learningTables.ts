import type { Generated } from 'kysely';

/** A course or training enrolment; it belongs to the person (prison number), not to a booking. */
export interface CourseEnrolmentTable {
  enrolmentId: Generated<number>;
  prisonNumber: string;
  courseCode: string;
  courseName: string;
  prisonCode: string;
  startedOn: string;
  plannedEndOn: string;
  endedOn: string | null;
  status: 'IN_PROGRESS' | 'COMPLETED' | 'WITHDRAWN' | 'TEMPORARILY_WITHDRAWN';
  outcomeGrade: string | null;
  accredited: number;
  funding: 'PRISON_EDUCATION_FRAMEWORK' | 'ADULT_SKILLS_FUND' | 'EMPLOYER' | 'SELF_FUNDED';
  /** What an accredited course leads to, awarded when it is completed; null for a course that is not accredited. */
  qualificationSubject: string | null;
  qualificationLevel: string | null;
  awardingBody: string | null;
}

/** A qualification held. */
export interface QualificationTable {
  qualificationId: Generated<number>;
  prisonNumber: string;
  subject: string;
  level: string;
  grade: string | null;
  awardedOn: string;
  awardingBody: string;
  /** Checked with the awarding body or awarded here (VERIFIED), or as the person states it (SELF_DECLARED). */
  verification: QualificationVerification;
  /** Where it was gained, when in prison; null for one gained outside. */
  prisonCode: string | null;
  /** The enrolment whose completion awarded it, if a course did. */
  enrolmentId: number | null;
}

/** How far a qualification on record has been checked. */
export type QualificationVerification = 'VERIFIED' | 'SELF_DECLARED';

/** A released person's consent to share their qualifications and skills with a named employer, for a time. */
export interface LearningShareConsentTable {
  consentId: Generated<number>;
  prisonNumber: string;
  /** The employer's account: the subject of the tokens it reads with. */
  employerId: string;
  employerName: string;
  givenOn: string;
  /** The last day the employer may read the record. */
  expiresOn: string;
  /** The careers adviser or offender manager who recorded the consent. */
  recordedBy: string;
  recordedAt: string;
  withdrawnOn: string | null;
}

/** A functional-skills assessment (English, maths, digital), with any learning needs found. */
export interface SkillsAssessmentTable {
  assessmentId: Generated<number>;
  prisonNumber: string;
  area: 'ENGLISH' | 'MATHS' | 'DIGITAL';
  level: string;
  assessedOn: string;
  prisonCode: string;
  /** Learning difficulty and disability needs found, one per line. */
  learningNeeds: string;
}

/** A goal in the person's learning and work plan. */
export interface LearningGoalTable {
  goalId: Generated<number>;
  prisonNumber: string;
  title: string;
  status: 'ACTIVE' | 'COMPLETED' | 'ARCHIVED';
  reviewOn: string;
  createdOn: string;
}

/** A step towards a goal. */
export interface GoalStepTable {
  stepId: Generated<number>;
  goalId: number;
  sequence: number;
  title: string;
  status: 'ACTIVE' | 'COMPLETED' | 'ARCHIVED';
}

/** Work held in prison (an allocation to an activity or job). */
export interface WorkActivityTable {
  activityId: Generated<number>;
  prisonNumber: string;
  title: string;
  prisonCode: string;
  startedOn: string;
  endedOn: string | null;
  endReason: WorkEndReason | null;
  payBand: number | null;
  hoursPerWeek: number | null;
}

/** Why an allocation to work ended, as the WorkEndReason enum names it. */
export type WorkEndReason =
  | 'COMPLETED'
  | 'RELEASED'
  | 'TRANSFERRED'
  | 'WITHDRAWN_BY_PRISONER'
  | 'WITHDRAWN_BY_STAFF'
  | 'DISMISSED'
  | 'HEALTH'
  | 'SECURITY'
  | 'OTHER';

/**
 * A person's induction and the plan it set, one per person (an update replaces it). The lists are held as JSON
 * text: they are captured, read and replaced whole, never queried item by item.
 */
export interface InductionTable {
  prisonNumber: string;
  prisonCode: string;
  inductedOn: string;
  updatedOn: string;
  /** JSON array of ReleaseIntention values. */
  intentionsOnRelease: string;
  /** JSON array of { sector, role }. */
  workInterests: string;
  /** JSON array of { sector, role, months }. */
  previousWork: string;
  highestEducationLevel: string;
  /** JSON array of TrainingBeforeCustody values. */
  trainingBeforeCustody: string;
  /** JSON array of { subject, level, grade }. */
  qualificationsBeforeCustody: string;
  nextReviewOn: string;
}

/** The education store's tables, held in the P-Nomis store. */
export interface LearningTables {
  courseEnrolment: CourseEnrolmentTable;
  qualification: QualificationTable;
  skillsAssessment: SkillsAssessmentTable;
  learningGoal: LearningGoalTable;
  goalStep: GoalStepTable;
  workActivity: WorkActivityTable;
  induction: InductionTable;
  learningShareConsent: LearningShareConsentTable;
}
