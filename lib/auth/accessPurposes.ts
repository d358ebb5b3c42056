/**
 * The lawful purposes a caller may state for looking at personal data (Data Protection Act 2018, Part 3: processing
 * for law enforcement purposes must be for a specified, explicit and legitimate purpose, s.36). Each agency may
 * state only its own (agencyProfiles.ts); a free-text detail says more, and both are audited.
 */
export const ACCESS_PURPOSES = {
  CASE_PREPARATION:
    'Preparing a case for a hearing, or a report for the court (such as a pre-sentence report)',
  CASE_TRANSFER: "Sending a case from a magistrates' court to the Crown Court, or receiving one",
  HEARING_LISTING: 'Listing or managing a hearing',
  SENTENCE_MANAGEMENT: 'Managing a sentence: planning, supervision, recall',
  RELEASE_PLANNING: 'Planning a release from custody: accommodation, work, supervision',
  SAFEGUARDING: 'Protecting a person at risk of harm',
  VISIT_BOOKING: 'Arranging a prison visit',
  EDUCATION_AND_EMPLOYMENT: 'Education, training and work, in custody and after release',
  RECRUITMENT:
    'Considering a released person for a job, with their consent to share their qualifications and skills',
  ENFORCEMENT: 'Enforcing a confiscation order',
  FINANCIAL_INVESTIGATION: "Investigating a defendant's benefit from crime and available assets",
  SUBJECT_ACCESS_REQUEST: "Answering a person's request for the data held about them",
  ACCESS_AUDIT: 'Checking who looked at personal data, and why',
} as const;

/** A purpose code, as a caller states it in x-access-purpose. */
export type PurposeCode = keyof typeof ACCESS_PURPOSES;

/** A purpose with what it means, as the gateway lists them for a caller. */
export interface AccessPurpose {
  code: PurposeCode;
  description: string;
}

/** Whether `text` is one of the purpose codes. */
export function isPurposeCode(text: string): text is PurposeCode {
  return Object.hasOwn(ACCESS_PURPOSES, text);
}

/** The purposes of a list of codes, with their descriptions, in the list's order. */
export function describePurposes(codes: readonly PurposeCode[]): AccessPurpose[] {
  return codes.map((code) => ({ code, description: ACCESS_PURPOSES[code] }));
}
