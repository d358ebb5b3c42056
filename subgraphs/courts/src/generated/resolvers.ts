import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MagistratesCaseTable } from '../store/magistratesTables';
import type { CrownCaseTable } from '../store/crownCourtTables';
import type { CourtsContext } from '../context';
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

/** Where an either-way case was allocated to be tried. */
export type AllocationDecision =
  /** The case is to be tried in the Crown Court (declined jurisdiction, defendant's election, or indictable only). */
  | 'CROWN_COURT_TRIAL'
  /** The magistrates accepted jurisdiction and the case is tried summarily. */
  | 'SUMMARY_TRIAL';

/** A confiscation order as announced by the Crown Court at a hearing. */
export type AnnouncedConfiscation = {
  __typename?: 'AnnouncedConfiscation';
  /** The amount the court ordered the defendant to pay. */
  amount: Scalars['Money']['output'];
  /** The date on which the court made the order. */
  orderedOn: Scalars['Date']['output'];
};

/** A defendant's bail position. */
export type BailStatus =
  /** Released on bail with conditions. */
  | 'CONDITIONAL_BAIL'
  /** Remanded in custody. */
  | 'REMANDED_IN_CUSTODY'
  /** Released on unconditional bail. */
  | 'UNCONDITIONAL_BAIL';

/**
 * A document of a magistrates' case file, held by the magistrates' courts system and served from it: whoever reads
 * it (the Crown Court included) reads the same bytes, which the SHA-256 checksum proves.
 */
export type CaseDocument = {
  __typename?: 'CaseDocument';
  /** When the document joined the case file. */
  addedAt: Scalars['DateTime']['output'];
  /** Who added the document through the gateway (agency:subject); null for one that came with the police file. */
  addedBy?: Maybe<Scalars['String']['output']>;
  /** Who made the document (an officer, a witness, the Police National Computer). */
  author: Scalars['String']['output'];
  /** When the document was made. */
  createdAt: Scalars['DateTime']['output'];
  /**
   * The gateway path of the document's bytes (GET, with a bearer token holding courts:read and a stated purpose):
   * streamed from the magistrates' content store, checked against sha256 before the first byte leaves, refused with
   * DOCUMENT_CORRUPT when the stored bytes were altered.
   */
  downloadPath: Scalars['String']['output'];
  /** The document's identifier: the case's URN and its place in the file, for example 01AB2345678-03. */
  id: Scalars['ID']['output'];
  /** What kind of document it is. */
  kind: CaseDocumentKind;
  /** The document's media type, told by its content: application/pdf, image/png or image/jpeg. */
  mediaType: Scalars['String']['output'];
  /**
   * True for a document added after the case was sent to the Crown Court: the file sent is frozen at sending, and
   * what came later is served to the Crown Court as served after sending. A case sent again (after a return or a
   * withdrawal) is sent with its whole file, so its marks start afresh.
   */
  servedAfterSending: Scalars['Boolean']['output'];
  /** The SHA-256 checksum of the content, in lower-case hexadecimal. */
  sha256: Scalars['String']['output'];
  /** The size of the content in bytes. */
  sizeBytes: Scalars['Int']['output'];
  /** The document's title. */
  title: Scalars['String']['output'];
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

/** A document to be added to a magistrates' case file: what it will be recorded as. */
export type CaseDocumentUploadInput = {
  /** Who made it (an officer, a witness, a legal adviser), from 1 to 200 characters. */
  author: Scalars['String']['input'];
  /** What kind of document it is. */
  kind: CaseDocumentKind;
  /** Its title, from 1 to 200 characters. */
  title: Scalars['String']['input'];
  /** The URN of the magistrates' case. */
  urn: Scalars['ID']['input'];
};

/** Permission to upload one document to a case file, once, for a few minutes. */
export type CaseDocumentUploadTicket = {
  __typename?: 'CaseDocumentUploadTicket';
  /** When the ticket stops being good. */
  expiresAt: Scalars['DateTime']['output'];
  /** The largest document the courts accept, in bytes. */
  maxBytes: Scalars['Int']['output'];
  /** The gateway path to POST the document's bytes to (with the caller's bearer token and stated purpose); it holds the ticket. */
  uploadPath: Scalars['String']['output'];
};

/** A case sent to the Crown Court. */
export type CaseSentToCrownCourt = {
  __typename?: 'CaseSentToCrownCourt';
  /** The Crown Court case, with the magistrates' history and case file read through its link. */
  crownCourtCase: CrownCourtCase;
  /** True when this request repeated an earlier sending of the case to the same court and returned its Crown Court case. */
  repeated: Scalars['Boolean']['output'];
  /** When the case was sent; null for a case sent on paper before digital transfer. */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** The transfer that sent it; null for a case sent on paper before digital transfer. */
  transferId?: Maybe<Scalars['ID']['output']>;
};

/** A sending of a magistrates' case that the Crown Court returned, or that the magistrates' court withdrew. */
export type ClosedSending = {
  __typename?: 'ClosedSending';
  /** When the magistrates' courts system recorded it. */
  closedAt: Scalars['DateTime']['output'];
  /** The Crown Court centre it had been sent to, which holds the case under that number. */
  crownCourt: Court;
  /** The Crown Court case number the case had been given, by the centre it had been sent to. */
  crownCourtCaseNumber: Scalars['ID']['output'];
  /** Whether it was returned or withdrawn. */
  kind: ClosedSendingKind;
  /** The reason given. */
  reason: Scalars['String']['output'];
};

/** How a sending to the Crown Court ended without the Crown Court keeping the case. */
export type ClosedSendingKind =
  /** The Crown Court returned the case. */
  | 'RETURNED'
  /** The magistrates' court withdrew the sending. */
  | 'WITHDRAWN';

/** A correction Crown Court staff have made. */
export type CompleteCrownCourtRecordCorrectionInput = {
  /** The correction's number. */
  correctionId: Scalars['ID']['input'];
  /** A note on making it, at most 1000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A correction made, as the Crown Court records it. */
export type CompletedCrownCourtRecordCorrection = {
  __typename?: 'CompletedCrownCourtRecordCorrection';
  /** The correction, completed. */
  correction: CrownCourtRecordCorrection;
  /** True when this request repeated one that had completed it already, and nothing new was recorded. */
  replayed: Scalars['Boolean']['output'];
};

/** What the Crown Court system recorded about the case and hearing in which a confiscation order was made. */
export type ConfiscationCourtRecord = {
  __typename?: 'ConfiscationCourtRecord';
  /** Whether the Crown Court system holds a case with the number keyed into the order at the order's centre. */
  caseFound: Scalars['Boolean']['output'];
  /** The case's result in the Crown Court, as a CourtOutcome name (for example CUSTODY), if it has one. */
  caseOutcome?: Maybe<Scalars['String']['output']>;
  /** The Crown Court centre that holds the case. */
  courtCode?: Maybe<Scalars['ID']['output']>;
  /** The defendant's PNC ID as the Crown Court recorded it. */
  defendantPncId?: Maybe<Scalars['ID']['output']>;
  /** When the confiscation hearing that made the order was listed, if the court recorded one. */
  hearingStartsAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the case is not found: the defendant's one Crown Court case at the order's centre with a confiscation order of the same amount and date, if there is exactly one. */
  likelyCaseNumber?: Maybe<Scalars['ID']['output']>;
  /** The amount of the confiscation order the court announced, if it recorded one. */
  orderAmount?: Maybe<Scalars['Money']['output']>;
  /** Whether the courts know the PNC ID keyed into the order as a defendant's (false when it is missing or malformed). */
  orderPncKnownAsDefendant: Scalars['Boolean']['output'];
  /** The date on which the court made the order, if it recorded one. */
  orderedOn?: Maybe<Scalars['Date']['output']>;
};

/** A confiscation order, as recorded by the enforcement system. */
export type ConfiscationOrder = {
  __typename?: 'ConfiscationOrder';
  /** The enforcement account number. */
  accountNumber: Scalars['ID']['output'];
  /** The amount ordered, as keyed into the enforcement system. */
  amountOrdered: Scalars['Money']['output'];
  /** What the Crown Court recorded about the case and hearing that made the order (contributed by the courts). */
  courtRecord?: Maybe<ConfiscationCourtRecord>;
  /** The Crown Court case in which the order was made, as keyed into the enforcement system. */
  crownCourtCaseNumber: Scalars['ID']['output'];
  /** The Crown Court centre whose hearing made the order, as keyed into the enforcement system. */
  crownCourtCode: Scalars['ID']['output'];
  /** The defendant's PNC ID as keyed into the enforcement system. */
  defendantPncId?: Maybe<Scalars['ID']['output']>;
  /** The date the order was made, as keyed into the enforcement system. */
  orderedOn: Scalars['Date']['output'];
  /**
   * When the PNC ID keyed into the order is not the Crown Court defendant's (mistyped, another person's, or
   * missing): the person the order most probably concerns, for an investigator to confirm. Null when the order
   * names the case's defendant, or no one can be found.
   */
  probableDefendant?: Maybe<ProbableDefendant>;
};

/** A court centre: a magistrates' court or a Crown Court location. */
export type Court = {
  __typename?: 'Court';
  /** The court's organisation-unit code: B (magistrates') or C (Crown Court), a two-digit area, two letters and 00. */
  code: Scalars['ID']['output'];
  /** Whether the court sits as a magistrates' court or as the Crown Court. */
  jurisdiction: Jurisdiction;
  /** The court centre's name, for example Leeds Magistrates' Court. */
  name: Scalars['String']['output'];
};

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

/** The waiting figures of the cases one court received or sent. */
export type CourtWaitingFigures = {
  __typename?: 'CourtWaitingFigures';
  /** The court. */
  court: Court;
  /** Its figures. */
  figures: WaitingFigures;
};

/** A case in the Crown Court system. */
export type CrownCourtCase = {
  __typename?: 'CrownCourtCase';
  /** The confiscation order announced at a hearing, if any. */
  announcedConfiscation?: Maybe<AnnouncedConfiscation>;
  /** The Crown Court case number, issued by the centre that holds the case: the same number names other centres' cases. */
  caseNumber: Scalars['ID']['output'];
  /** The magistrates' court that sent or committed the case, if recorded. */
  committingCourt?: Maybe<Court>;
  /** The Crown Court centre that holds the case; its court code and the case number name the case. */
  court: Court;
  /** The custodial term passed, in months, if any. */
  custodialSentenceMonths?: Maybe<Scalars['Int']['output']>;
  /** The defendant as recorded by the Crown Court; for a case received by digital transfer, as the magistrates' court recorded them (read through the link). */
  defendant: Defendant;
  /** The hearings of the case in the Crown Court, oldest first. */
  hearings: Array<Hearing>;
  /** The magistrates' case it came from, read from the magistrates' courts system; null when that system has no record. */
  magistratesCase?: Maybe<MagistratesCase>;
  /** The case's result in the Crown Court, once it has one. */
  outcome?: Maybe<CourtOutcome>;
  /** The date on which the Crown Court received the case. */
  receivedOn: Scalars['Date']['output'];
  /** How the case reached the Crown Court. */
  sendingType: SendingType;
  /** Where the case stands: received, acknowledged, returned or withdrawn. */
  status: CrownCourtCaseStatus;
  /** Why the case was returned or withdrawn, if it was. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** The URN of the magistrates' case it came from, if recorded. */
  urn?: Maybe<Scalars['ID']['output']>;
};

/** A Crown Court case after a change to it, and whether the request repeated one already made. */
export type CrownCourtCaseChange = {
  __typename?: 'CrownCourtCaseChange';
  /** The case as it now stands. */
  crownCourtCase: CrownCourtCase;
  /** True when the change had already been made (by this request earlier, or by another clerk) and nothing changed. */
  repeated: Scalars['Boolean']['output'];
};

/** Where a Crown Court case received by digital transfer stands; a case received on paper is ACKNOWLEDGED. */
export type CrownCourtCaseStatus =
  /** Acknowledged by the Crown Court, which has taken the case on. */
  | 'ACKNOWLEDGED'
  /** Received by digital transfer, not yet acknowledged: the magistrates' court may still withdraw the sending. */
  | 'RECEIVED'
  /** Returned to the magistrates' court, with a reason. */
  | 'RETURNED'
  /** Withdrawn by the magistrates' court before acknowledgement, with a reason. */
  | 'WITHDRAWN';

/** A Crown Court hearing after it was listed or its outcome recorded, and whether the request repeated one already made. */
export type CrownCourtHearingChange = {
  __typename?: 'CrownCourtHearingChange';
  /** The case the hearing belongs to. */
  crownCourtCase: CrownCourtCase;
  /** The hearing as it now stands. */
  hearing: Hearing;
  /** True when the change had already been made and nothing changed. */
  repeated: Scalars['Boolean']['output'];
};

/** A correction the Crown Court's record of a case needs, as the confiscation enforcement office found it. */
export type CrownCourtRecordCorrection = {
  __typename?: 'CrownCourtRecordCorrection';
  /** The enforcement account of the confiscation order that showed the error. */
  accountNumber: Scalars['ID']['output'];
  /** The Crown Court case whose record is to be corrected, by its number at the centre that holds it. */
  caseNumber: Scalars['ID']['output'];
  /** When the correction was made; null while it is open. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who made the correction; null while it is open. */
  completedBy?: Maybe<Scalars['String']['output']>;
  /** The Crown Court's note on making it; null while it is open. */
  completionNote?: Maybe<Scalars['String']['output']>;
  /** The value the record should hold, as the enforcement system holds it. */
  correctValue: Scalars['String']['output'];
  /** The correction's number in the Crown Court system. */
  correctionId: Scalars['ID']['output'];
  /** The Crown Court centre that holds the case: with caseNumber, what names it. */
  courtCode: Scalars['ID']['output'];
  /** What is to be corrected. */
  field: CrownCourtRecordField;
  /** Why the enforcement office says the Crown Court's record is wrong. */
  reason: Scalars['String']['output'];
  /** The value the Crown Court held when the correction was asked for (amounts as exact decimals, dates in ISO form). */
  recordedValue?: Maybe<Scalars['String']['output']>;
  /** When the correction was asked for. */
  requestedAt: Scalars['DateTime']['output'];
  /** Who asked for the correction (the subject of their access token). */
  requestedBy: Scalars['String']['output'];
  /** Whether the correction has been made. */
  status: RecordCorrectionStatus;
};

/** Which part of the Crown Court's record of a case a correction changes. */
export type CrownCourtRecordField =
  /** The amount of the confiscation order the court announced. */
  | 'CONFISCATION_AMOUNT'
  /** The date on which the court made the confiscation order. */
  | 'CONFISCATION_ORDER_DATE'
  /** The defendant's PNC ID. */
  | 'DEFENDANT_PNC_ID';

/**
 * Waiting times of cases sent to the Crown Court, for analysts: counts and days only, no names or identifiers, under
 * statistical disclosure control as official statistics are. People are counted by defendant. A figure about 1 to
 * 4 people is withheld (primary suppression); so is the next smallest figure of every total it belongs to
 * (secondary suppression: all courts are the sum of the Crown Court centres and of the sending courts, and cases
 * sent are those heard and those still waiting), so that no total less the published figures gives a withheld
 * one, or a difference about 1 to 4 people, away. A mean, median or longest wait is withheld with the cases it is
 * taken over. Withheld figures are null, with `suppressed` true on their WaitingFigures; totals are not adjusted.
 */
export type CrownCourtWaitingTimes = {
  __typename?: 'CrownCourtWaitingTimes';
  /** The day the figures were taken on. */
  asOf: Scalars['Date']['output'];
  /** By the Crown Court centre that received the cases, in court-code order. */
  byCrownCourt: Array<CourtWaitingFigures>;
  /** By the magistrates' court that sent the cases, in court-code order; cases that name no sending court are in `overall` only. */
  byMagistratesCourt: Array<CourtWaitingFigures>;
  /** All courts together. */
  overall: WaitingFigures;
};

/** A defendant as recorded by a court system at the time of the case. */
export type Defendant = {
  __typename?: 'Defendant';
  /** The Criminal Records Office number the court recorded, if any. */
  croNumber?: Maybe<Scalars['ID']['output']>;
  /** The defendant's date of birth as recorded by the court. */
  dateOfBirth: Scalars['Date']['output'];
  /** The defendant's first name as recorded by the court. */
  firstName: Scalars['String']['output'];
  /** The defendant's family name as recorded by the court. */
  lastName: Scalars['String']['output'];
  /** The person's Police National Computer ID in its long form (for example 2012/0052494Q), if known. */
  pncId?: Maybe<Scalars['ID']['output']>;
};

/** The further hearings a Crown Court clerk lists. */
export type FurtherHearingType =
  /** A plea and trial preparation hearing. */
  | 'PLEA_AND_TRIAL_PREPARATION'
  /** A sentencing hearing. */
  | 'SENTENCE'
  /** A trial. */
  | 'TRIAL';

/** A hearing of a case at a court. */
export type Hearing = {
  __typename?: 'Hearing';
  /** The court that heard the case. */
  court: Court;
  /** The hearing's identifier in the system that holds it: C- and a number for the Crown Court, M- for the magistrates' courts. */
  id: Scalars['ID']['output'];
  /** The jurisdiction the court sat in. */
  jurisdiction: Jurisdiction;
  /** The hearing's result, once the court has recorded one; a hearing is held only when its outcome is recorded and is not VACATED. */
  outcome?: Maybe<CourtOutcome>;
  /** When the hearing was listed to start. */
  startsAt: Scalars['DateTime']['output'];
  /** The business of the hearing. */
  type: HearingType;
};

/** The kind of business a hearing dealt with. */
export type HearingType =
  /** Allocation (mode of trial) and plea before venue. */
  | 'ALLOCATION'
  /** The Crown Court's hearing of an appeal against a magistrates' court conviction or sentence. */
  | 'APPEAL'
  /** A confiscation hearing under the Proceeds of Crime Act 2002. */
  | 'CONFISCATION'
  /** The defendant's first appearance. */
  | 'FIRST_APPEARANCE'
  /** A plea and trial preparation hearing in the Crown Court. */
  | 'PLEA_AND_TRIAL_PREPARATION'
  /** A sentencing hearing. */
  | 'SENTENCE'
  /** A trial. */
  | 'TRIAL';

/** A piece of evidence about who a confiscation order concerns. */
export type IdentityEvidence = {
  __typename?: 'IdentityEvidence';
  /** A one-line account of it. */
  description: Scalars['String']['output'];
  /** What kind of evidence it is. */
  kind: IdentityEvidenceKind;
  /** Whether it supports the match (true) or counts against it (false). */
  supports: Scalars['Boolean']['output'];
};

/** The kinds of evidence an identity match rests on. */
export type IdentityEvidenceKind =
  /** The Crown Court case that made the order names this defendant. */
  | 'CASE_DEFENDANT'
  /** The Crown Court recorded a confiscation order in the case of the same amount and date as the order. */
  | 'COURT_ORDER_MATCHES'
  /** The PNC ID keyed into the order is this person's with a digit mistyped. */
  | 'KEYED_PNC_MISTYPED'
  /** The PNC ID keyed into the order belongs to someone else the courts know, of another name or date of birth. */
  | 'KEYED_PNC_OTHER_PERSON'
  /** Court cases naming a defendant of the same name and date of birth, and the PNC IDs they give. */
  | 'NAME_AND_BIRTH_DATE';

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

/** The jurisdiction in which a court sits. */
export type Jurisdiction =
  /** The Crown Court. */
  | 'CROWN'
  /** A magistrates' court. */
  | 'MAGISTRATES';

/** A further hearing to list in the Crown Court. */
export type ListCrownCourtHearingInput = {
  /** The Crown Court case number. */
  caseNumber: Scalars['ID']['input'];
  /** The court code of the Crown Court centre that holds the case; needed when the number is held at more than one centre. */
  crownCourtCode?: InputMaybe<Scalars['ID']['input']>;
  /** The day of the hearing: a weekday from today to a year ahead. */
  hearingOn: Scalars['Date']['input'];
  /** The time the hearing is listed for in London, HH:MM from 09:00 to 17:00; 10:00, the start of the court day, when left out. */
  time?: InputMaybe<Scalars['String']['input']>;
  /** What the hearing is for. */
  type: FurtherHearingType;
};

/** A prosecution case in the magistrates' courts system. */
export type MagistratesCase = {
  __typename?: 'MagistratesCase';
  /** Where the case was allocated to be tried, if an allocation decision was made. */
  allocationDecision?: Maybe<AllocationDecision>;
  /** The defendant's bail position at the latest hearing. */
  bailStatus: BailStatus;
  /** The date on which the defendant was charged. */
  chargedOn: Scalars['Date']['output'];
  /**
   * Sendings of the case that the Crown Court returned or the magistrates' court withdrew, oldest first, each with
   * its reason: a case whose latest sending is here is back on the magistrates' list.
   */
  closedSendings: Array<ClosedSending>;
  /** The magistrates' court that holds the case. */
  court: Court;
  /** The defendant as recorded by the magistrates' court. */
  defendant: Defendant;
  /**
   * The documents of the case file (charge sheet, case summary, witness statements, ...), in file order: those the
   * magistrates' court holds, none when it holds no file for the case.
   */
  documents: Array<CaseDocument>;
  /** The hearings of the case, oldest first. */
  hearings: Array<Hearing>;
  /** The offences charged. */
  offences: Array<Offence>;
  /** The case's result, once it has one. */
  outcome?: Maybe<CourtOutcome>;
  /** The Crown Court case this case was sent to, if it was sent. */
  sentToCrownCourt?: Maybe<CrownCourtCase>;
  /** The case's unique reference number (URN). */
  urn: Scalars['ID']['output'];
};

/** How sure an identity match is. */
export type MatchConfidence =
  /** 80 percent or more: the evidence agrees. */
  | 'HIGH'
  /** Below 50 percent: the evidence is thin or conflicting. */
  | 'LOW'
  /** 50 to 79 percent: likely, but check. */
  | 'MEDIUM';

/** How an offence may be tried. */
export type ModeOfTrial =
  /** Triable in either a magistrates' court or the Crown Court. */
  | 'EITHER_WAY'
  /** Triable only in the Crown Court. */
  | 'INDICTABLE_ONLY'
  /** Triable only in a magistrates' court. */
  | 'SUMMARY_ONLY';

/** The entry points for changing the justice graph. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * The Crown Court acknowledges a case it received by digital transfer (RECEIVED to ACKNOWLEDGED): it has taken
   * the case on, and the magistrates' court can no longer withdraw the sending. Acknowledging it again changes
   * nothing (repeated: true). Refused with CASE_NOT_FOUND, CASE_RETURNED or CASE_WITHDRAWN; a number held at
   * several centres, named without the court code, with CASE_NUMBER_AMBIGUOUS.
   */
  acknowledgeSentCase: CrownCourtCaseChange;
  /**
   * Makes a correction asked for: the Crown Court's record of the case takes the value asked for, and the correction
   * is completed, by the caller, now, in one transaction. Completing a completed correction again with the same
   * note returns it unchanged (replayed); with another note it is refused (CORRECTION_ALREADY_COMPLETED).
   */
  completeCrownCourtRecordCorrection: CompletedCrownCourtRecordCorrection;
  /**
   * Lists a further hearing of an acknowledged Crown Court case (plea and trial preparation, trial, sentence) at
   * its Crown Court centre. Listing the same hearing again (same case, kind, date and time) changes nothing
   * (repeated: true). Refused with CASE_NOT_FOUND, NOT_ACKNOWLEDGED, CASE_RETURNED or CASE_WITHDRAWN, or
   * CASE_NUMBER_AMBIGUOUS for a number held at several centres named without the court code; a date in the past, at
   * a weekend or more than a year ahead, or a time outside 09:00 to 17:00, is BAD_USER_INPUT.
   */
  listCrownCourtHearing: CrownCourtHearingChange;
  /**
   * Records the outcome of a Crown Court hearing, once: recording the same outcome again changes nothing
   * (repeated: true); another is OUTCOME_ALREADY_RECORDED. Before the hearing starts only VACATED may be recorded
   * (HEARING_NOT_YET_HELD otherwise). A final outcome (a sentence, an acquittal) is the case's outcome too.
   * Refused with HEARING_NOT_FOUND, NOT_ACKNOWLEDGED, CASE_RETURNED or CASE_WITHDRAWN; COMMITTED_TO_CROWN, a
   * magistrates' court's outcome, is BAD_USER_INPUT.
   */
  recordCrownCourtHearingOutcome: CrownCourtHearingChange;
  /**
   * Magistrates' court staff ask to add a document (PDF, PNG or JPEG) to a case file: the answer is a single-use
   * upload path on the gateway, good for a few minutes and for this caller only. POST the file's bytes to it (with
   * the caller's bearer token and stated purpose, as for /graphql); the courts check its type by its content, its
   * size and the case file's count, and answer 201 with the document added. A document added while the case stands
   * sent to the Crown Court is marked servedAfterSending. Refused with CASE_NOT_FOUND or CASE_FILE_FULL.
   */
  requestCaseDocumentUpload: CaseDocumentUploadTicket;
  /**
   * For the confiscation system only, never offered by the gateway: asks the Crown Court to correct its record of a
   * case to the value the enforcement system holds. Refused for a case the Crown Court does not hold (NOT_FOUND).
   * Repeating a request with the same reference returns the first correction.
   */
  requestCrownCourtRecordCorrection: CrownCourtRecordCorrection;
  /**
   * The Crown Court returns a case to the magistrates' court that sent it (wrong court, incomplete file), with the
   * reason: the case goes back on the magistrates' list, with the reason, and can be sent again. Allowed while the
   * case is RECEIVED or ACKNOWLEDGED; returning it again changes nothing (repeated: true). Refused with
   * CASE_NOT_FOUND, CASE_WITHDRAWN or NOT_FROM_MAGISTRATES (a case that records no magistrates' case); a number held
   * at several centres, named without the court code, with CASE_NUMBER_AMBIGUOUS.
   */
  returnSentCase: CrownCourtCaseChange;
  /**
   * Sends a magistrates' case to the Crown Court by digital transfer, and returns the Crown Court case. Nothing is
   * copied: the Crown Court case records the link (the URN) and reads the magistrates' history and case file
   * through it. Repeating a request (the same idempotency key, or the same case and court) returns the same Crown
   * Court case. A refusal or failure is an error whose extensions.code says why; TRANSFER_NOT_SENT (sent: false)
   * and TRANSFER_PENDING (sent: null) say whether the case was sent.
   */
  sendCaseToCrownCourt: CaseSentToCrownCourt;
  /**
   * The magistrates' court withdraws a sending made in error, before the Crown Court acknowledges it: the Crown
   * Court case is WITHDRAWN and the case is back on the magistrates' list, with the reason, and can be sent again.
   * Withdrawing it again changes nothing (repeated: true). Refused with CASE_NOT_FOUND, NOT_SENT,
   * ALREADY_ACKNOWLEDGED or CASE_RETURNED.
   */
  withdrawSending: CrownCourtCaseChange;
};


/** The entry points for changing the justice graph. */
export type MutationAcknowledgeSentCaseArgs = {
  caseNumber: Scalars['ID']['input'];
  crownCourtCode?: InputMaybe<Scalars['ID']['input']>;
};


/** The entry points for changing the justice graph. */
export type MutationCompleteCrownCourtRecordCorrectionArgs = {
  input: CompleteCrownCourtRecordCorrectionInput;
};


/** The entry points for changing the justice graph. */
export type MutationListCrownCourtHearingArgs = {
  input: ListCrownCourtHearingInput;
};


/** The entry points for changing the justice graph. */
export type MutationRecordCrownCourtHearingOutcomeArgs = {
  hearingId: Scalars['ID']['input'];
  outcome: CourtOutcome;
};


/** The entry points for changing the justice graph. */
export type MutationRequestCaseDocumentUploadArgs = {
  input: CaseDocumentUploadInput;
};


/** The entry points for changing the justice graph. */
export type MutationRequestCrownCourtRecordCorrectionArgs = {
  input: RequestCrownCourtRecordCorrectionInput;
};


/** The entry points for changing the justice graph. */
export type MutationReturnSentCaseArgs = {
  caseNumber: Scalars['ID']['input'];
  crownCourtCode?: InputMaybe<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
};


/** The entry points for changing the justice graph. */
export type MutationSendCaseToCrownCourtArgs = {
  input: SendCaseToCrownCourtInput;
};


/** The entry points for changing the justice graph. */
export type MutationWithdrawSendingArgs = {
  reason: Scalars['String']['input'];
  urn: Scalars['ID']['input'];
};

/** An offence charged in a case. */
export type Offence = {
  __typename?: 'Offence';
  /** The offence code from the national offence list, for example TH68010. */
  code: Scalars['String']['output'];
  /** The date on which the offence was committed. */
  committedOn: Scalars['Date']['output'];
  /** How the offence may be tried. */
  modeOfTrial: ModeOfTrial;
  /** The plea entered, if any yet. */
  plea?: Maybe<Plea>;
  /** The verdict, if any yet. */
  verdict?: Maybe<Verdict>;
  /** The offence wording as charged. */
  wording: Scalars['String']['output'];
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
  /** This person's journey events recorded by the courts: charges, hearings, sending to the Crown Court, verdicts and sentences. */
  courtEvents?: Maybe<Array<JourneyEvent>>;
  /** Cases in the Crown Court in which this person is the defendant, oldest first. */
  crownCourtCases?: Maybe<Array<CrownCourtCase>>;
  /** Cases in the magistrates' courts in which this person is the defendant, oldest first. */
  magistratesCases?: Maybe<Array<MagistratesCase>>;
  /** The person's Police National Computer ID in its long form (for example 2012/0052494Q), if known. */
  pncId?: Maybe<Scalars['ID']['output']>;
};

/** A plea entered to an offence. */
export type Plea =
  /** The defendant pleaded guilty. */
  | 'GUILTY'
  /** The defendant pleaded not guilty. */
  | 'NOT_GUILTY';

/**
 * The person a confiscation order most probably concerns, when the PNC ID keyed into it is not the Crown Court
 * defendant's: found from the Crown Court case that made the order, its defendant's name and date of birth, and
 * the other court cases that name them, with the evidence for and against.
 */
export type ProbableDefendant = {
  __typename?: 'ProbableDefendant';
  /** The confidence in words: HIGH from 80 percent, MEDIUM from 50, LOW below. */
  confidence: MatchConfidence;
  /** How sure the match is, 1 to 99 percent: the evidence below, weighed. */
  confidencePercent: Scalars['Int']['output'];
  /** The defendant's date of birth, as the courts recorded it. */
  dateOfBirth?: Maybe<Scalars['Date']['output']>;
  /** What the match rests on, the strongest first. */
  evidence: Array<IdentityEvidence>;
  /** The defendant's first name, as the courts recorded it. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** The defendant's family name, as the courts recorded it. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** The PNC ID the order should carry, in its long form. */
  pncId: Scalars['ID']['output'];
};

/** The entry points for reading the justice graph. */
export type Query = {
  __typename?: 'Query';
  /** A court centre by its court code (for example B01GU00 for a magistrates' court, C05LV00 for the Crown Court). */
  court?: Maybe<Court>;
  /**
   * A case held by the Crown Court system, by the court code of the centre that holds it and its case number (for
   * example C13LS00 and T20230123). Each centre numbers its own cases, so the same number is held at several
   * centres: without the court code the number must be held at one centre only, and one held at several is refused
   * with CASE_NUMBER_AMBIGUOUS (extensions.crownCourtCodes names them). Null when there is no such case.
   */
  crownCourtCase?: Maybe<CrownCourtCase>;
  /**
   * Corrections the confiscation enforcement office has asked the Crown Court to make to its record, oldest first:
   * the work list of Crown Court staff. A caller limited to a prison caseload is refused (OUTSIDE_CASELOAD).
   */
  crownCourtRecordCorrections: Array<CrownCourtRecordCorrection>;
  /** For analysts: how long cases sent to the Crown Court wait from their first magistrates' hearing to their first Crown Court hearing, and how many are still waiting, overall and by court. Figures only: no names or identifiers, and no figure about fewer than 5 people (withheld, with `suppressed` true: see CrownCourtWaitingTimes). */
  crownCourtWaitingTimes: CrownCourtWaitingTimes;
  /** A prosecution case held by the magistrates' courts system, by its URN (for example 01AB2345678). */
  magistratesCase?: Maybe<MagistratesCase>;
  /**
   * The people the courts know as defendants of this surname and date of birth, for a caseworker who has no PNC
   * ID: each as an Offender by PNC ID, so the rest of their journey joins on. The surname must match exactly,
   * ignoring case and surrounding spaces; the first name, if given, too. Both court systems are searched, the
   * particulars the Crown Court keyed in included; a defendant recorded without a PNC ID cannot be returned. In
   * PNC ID order, at most 20: more is a TOO_MANY_MATCHES error (give the first name too). An empty surname or a
   * date of birth that is malformed or in the future is BAD_USER_INPUT. Callers limited to a prison caseload are
   * refused (OUTSIDE_CASELOAD): the courts cannot tell where a person is held. The names and date of birth are
   * personal data: send them as variables in a POST body, never in a URL.
   */
  offendersByNameAndDateOfBirth: Array<Offender>;
};


/** The entry points for reading the justice graph. */
export type QueryCourtArgs = {
  code: Scalars['ID']['input'];
};


/** The entry points for reading the justice graph. */
export type QueryCrownCourtCaseArgs = {
  caseNumber: Scalars['ID']['input'];
  crownCourtCode?: InputMaybe<Scalars['ID']['input']>;
};


/** The entry points for reading the justice graph. */
export type QueryCrownCourtRecordCorrectionsArgs = {
  courtCode?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<RecordCorrectionStatus>;
};


/** The entry points for reading the justice graph. */
export type QueryCrownCourtWaitingTimesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  receivedFrom?: InputMaybe<Scalars['Date']['input']>;
  receivedTo?: InputMaybe<Scalars['Date']['input']>;
};


/** The entry points for reading the justice graph. */
export type QueryMagistratesCaseArgs = {
  urn: Scalars['ID']['input'];
};


/** The entry points for reading the justice graph. */
export type QueryOffendersByNameAndDateOfBirthArgs = {
  dateOfBirth: Scalars['Date']['input'];
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName: Scalars['String']['input'];
};

/** Where a correction to the Crown Court's record stands. */
export type RecordCorrectionStatus =
  /** Made: the Crown Court's record holds the value asked for. */
  | 'COMPLETED'
  /** Asked for, not made yet. */
  | 'OPEN';

/** A correction the enforcement system asks of the Crown Court. */
export type RequestCrownCourtRecordCorrectionInput = {
  /** The enforcement account of the order that showed the error. */
  accountNumber: Scalars['ID']['input'];
  /** The Crown Court case whose record is wrong. */
  caseNumber: Scalars['ID']['input'];
  /** The value the record should hold (an amount as an exact decimal, a date in ISO form, a PNC ID). */
  correctValue: Scalars['String']['input'];
  /** The court code of the Crown Court centre that holds the case; needed when the number is held at more than one centre. */
  crownCourtCode?: InputMaybe<Scalars['ID']['input']>;
  /** What is wrong. */
  field: CrownCourtRecordField;
  /** Why. */
  reason: Scalars['String']['input'];
  /** The enforcement system's reference for the request, so that a repeated request makes one correction. */
  requestReference: Scalars['ID']['input'];
};

/** A request to send a magistrates' case to the Crown Court. */
export type SendCaseToCrownCourtInput = {
  /** The court code of the receiving Crown Court centre (a C code from the court register, for example C13LS00). */
  crownCourtCode: Scalars['ID']['input'];
  /** The date of the first Crown Court hearing: a weekday from today to a year ahead, listed at 10:00. */
  firstHearingOn: Scalars['Date']['input'];
  /** A key the caller chooses (for example a UUID) so that repeating the request returns its first result. */
  idempotencyKey?: InputMaybe<Scalars['ID']['input']>;
  /** How the case goes to the Crown Court: sent for trial (T), committed for sentence (S) or appeal (A). */
  sendingType: SendingType;
  /** The URN of the magistrates' case to send. */
  urn: Scalars['ID']['input'];
};

/** How a case reached the Crown Court. */
export type SendingType =
  /** An appeal from the magistrates' court (case number prefix A). */
  | 'APPEAL'
  /** Committed for sentence (case number prefix S). */
  | 'COMMITTED_FOR_SENTENCE'
  /** Sent for trial (case number prefix T). */
  | 'SENT_FOR_TRIAL';

/** A verdict on an offence. */
export type Verdict =
  /** Found guilty (or convicted on a guilty plea). */
  | 'GUILTY'
  /** Found not guilty. */
  | 'NOT_GUILTY';

/**
 * Waiting figures of a set of cases sent to the Crown Court. A case's wait runs from its first magistrates'
 * hearing held to its first Crown Court hearing held, in calendar days; a case whose first Crown Court hearing has
 * not been held by the day the figures are taken on is still waiting. A hearing counts as held only when the court
 * recorded an outcome for it that says so (anything but VACATED): a hearing listed for a day gone by with no
 * outcome recorded was not held.
 */
export type WaitingFigures = {
  __typename?: 'WaitingFigures';
  /** Cases sent to the Crown Court (received by the day the figures are taken on); null when withheld. */
  casesSent?: Maybe<Scalars['Int']['output']>;
  /** Cases whose first Crown Court hearing has been held (its outcome recorded); null when withheld. */
  firstHearingHeld?: Maybe<Scalars['Int']['output']>;
  /** The longest wait so far of the cases still waiting, in days; null when there are none, or when withheld (fewer than 5 people measured, or to protect another figure). */
  longestCurrentWaitDays?: Maybe<Scalars['Int']['output']>;
  /** The longest wait of the cases first heard, in days; null when there are none, or when withheld as the mean is. */
  longestWaitDays?: Maybe<Scalars['Int']['output']>;
  /** The mean wait of the cases first heard, in days, to one decimal place; null when there are none, or when withheld (fewer than 5 people measured, or to protect another figure). */
  meanWaitDays?: Maybe<Scalars['Float']['output']>;
  /** The median wait of the cases first heard, in days; null when there are none, or when withheld as the mean is. */
  medianWaitDays?: Maybe<Scalars['Float']['output']>;
  /** Cases still waiting for their first Crown Court hearing (listed later, listed with no outcome recorded, vacated, or not listed yet); null when withheld. */
  stillWaiting?: Maybe<Scalars['Int']['output']>;
  /** True when one or more of these figures are withheld to protect the people they are about: each withheld figure is null, not zero. */
  suppressed: Scalars['Boolean']['output'];
  /** Cases whose wait cannot be measured because the magistrates' courts system holds no hearing of theirs that was held; counted above too; null when withheld. */
  withoutMagistratesHearing?: Maybe<Scalars['Int']['output']>;
};



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
  ConfiscationOrder: ConfiscationOrder;
  Offender: Offender;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  ConfiscationOrder:
    ( { __typename: 'ConfiscationOrder' }
    & GraphQLRecursivePick<FederationTypes['ConfiscationOrder'], {"accountNumber":true,"crownCourtCaseNumber":true,"crownCourtCode":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['ConfiscationOrder'], {"defendantPncId":true,"orderedOn":true,"amountOrdered":true}>
        | GraphQLRecursivePick<FederationTypes['ConfiscationOrder'], {"defendantPncId":true,"orderedOn":true,"amountOrdered":true}>
        | GraphQLRecursivePick<FederationTypes['ConfiscationOrder'], {"defendantPncId":true,"orderedOn":true,"amountOrdered":true}> ) );
  Offender:
    ( { __typename: 'Offender' }
    & GraphQLRecursivePick<FederationTypes['Offender'], {"pncId":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AllocationDecision: ResolverTypeWrapper<any>;
  AnnouncedConfiscation: ResolverTypeWrapper<any>;
  BailStatus: ResolverTypeWrapper<any>;
  CaseDocument: ResolverTypeWrapper<any>;
  String: ResolverTypeWrapper<any>;
  ID: ResolverTypeWrapper<any>;
  Boolean: ResolverTypeWrapper<any>;
  Int: ResolverTypeWrapper<any>;
  CaseDocumentKind: ResolverTypeWrapper<any>;
  CaseDocumentUploadInput: ResolverTypeWrapper<any>;
  CaseDocumentUploadTicket: ResolverTypeWrapper<any>;
  CaseSentToCrownCourt: ResolverTypeWrapper<any>;
  ClosedSending: ResolverTypeWrapper<any>;
  ClosedSendingKind: ResolverTypeWrapper<any>;
  CompleteCrownCourtRecordCorrectionInput: ResolverTypeWrapper<any>;
  CompletedCrownCourtRecordCorrection: ResolverTypeWrapper<any>;
  ConfiscationCourtRecord: ResolverTypeWrapper<any>;
  ConfiscationOrder: ResolverTypeWrapper<any>;
  Court: ResolverTypeWrapper<any>;
  CourtOutcome: ResolverTypeWrapper<any>;
  CourtWaitingFigures: ResolverTypeWrapper<any>;
  CrownCourtCase: ResolverTypeWrapper<CrownCaseTable>;
  CrownCourtCaseChange: ResolverTypeWrapper<any>;
  CrownCourtCaseStatus: ResolverTypeWrapper<any>;
  CrownCourtHearingChange: ResolverTypeWrapper<any>;
  CrownCourtRecordCorrection: ResolverTypeWrapper<any>;
  CrownCourtRecordField: ResolverTypeWrapper<any>;
  CrownCourtWaitingTimes: ResolverTypeWrapper<any>;
  Date: ResolverTypeWrapper<any>;
  DateTime: ResolverTypeWrapper<any>;
  Defendant: ResolverTypeWrapper<any>;
  FurtherHearingType: ResolverTypeWrapper<any>;
  Hearing: ResolverTypeWrapper<any>;
  HearingType: ResolverTypeWrapper<any>;
  IdentityEvidence: ResolverTypeWrapper<any>;
  IdentityEvidenceKind: ResolverTypeWrapper<any>;
  JourneyEvent: ResolverTypeWrapper<any>;
  JourneyEventKind: ResolverTypeWrapper<any>;
  JourneySystem: ResolverTypeWrapper<any>;
  Jurisdiction: ResolverTypeWrapper<any>;
  ListCrownCourtHearingInput: ResolverTypeWrapper<any>;
  MagistratesCase: ResolverTypeWrapper<MagistratesCaseTable>;
  MatchConfidence: ResolverTypeWrapper<any>;
  ModeOfTrial: ResolverTypeWrapper<any>;
  Money: ResolverTypeWrapper<any>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Offence: ResolverTypeWrapper<any>;
  Offender: ResolverTypeWrapper<any>;
  Plea: ResolverTypeWrapper<any>;
  ProbableDefendant: ResolverTypeWrapper<any>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordCorrectionStatus: ResolverTypeWrapper<any>;
  RequestCrownCourtRecordCorrectionInput: ResolverTypeWrapper<any>;
  SendCaseToCrownCourtInput: ResolverTypeWrapper<any>;
  SendingType: ResolverTypeWrapper<any>;
  Verdict: ResolverTypeWrapper<any>;
  WaitingFigures: ResolverTypeWrapper<any>;
  Float: ResolverTypeWrapper<any>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AnnouncedConfiscation: any;
  CaseDocument: any;
  String: any;
  ID: any;
  Boolean: any;
  Int: any;
  CaseDocumentUploadInput: any;
  CaseDocumentUploadTicket: any;
  CaseSentToCrownCourt: any;
  ClosedSending: any;
  CompleteCrownCourtRecordCorrectionInput: any;
  CompletedCrownCourtRecordCorrection: any;
  ConfiscationCourtRecord: any;
  ConfiscationOrder: any;
  Court: any;
  CourtWaitingFigures: any;
  CrownCourtCase: CrownCaseTable;
  CrownCourtCaseChange: any;
  CrownCourtHearingChange: any;
  CrownCourtRecordCorrection: any;
  CrownCourtWaitingTimes: any;
  Date: any;
  DateTime: any;
  Defendant: any;
  Hearing: any;
  IdentityEvidence: any;
  JourneyEvent: any;
  ListCrownCourtHearingInput: any;
  MagistratesCase: MagistratesCaseTable;
  Money: any;
  Mutation: Record<PropertyKey, never>;
  Offence: any;
  Offender: any;
  ProbableDefendant: any;
  Query: Record<PropertyKey, never>;
  RequestCrownCourtRecordCorrectionInput: any;
  SendCaseToCrownCourtInput: any;
  WaitingFigures: any;
  Float: any;
};

export type AnnouncedConfiscationResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['AnnouncedConfiscation'] = ResolversParentTypes['AnnouncedConfiscation']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  orderedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type CaseDocumentResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['CaseDocument'] = ResolversParentTypes['CaseDocument']> = {
  addedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  addedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  downloadPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CaseDocumentKind'], ParentType, ContextType>;
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  servedAfterSending?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sizeBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseDocumentUploadTicketResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['CaseDocumentUploadTicket'] = ResolversParentTypes['CaseDocumentUploadTicket']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  maxBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseSentToCrownCourtResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['CaseSentToCrownCourt'] = ResolversParentTypes['CaseSentToCrownCourt']> = {
  crownCourtCase?: Resolver<ResolversTypes['CrownCourtCase'], ParentType, ContextType>;
  repeated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  transferId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ClosedSendingResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['ClosedSending'] = ResolversParentTypes['ClosedSending']> = {
  closedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  crownCourt?: Resolver<ResolversTypes['Court'], ParentType, ContextType>;
  crownCourtCaseNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClosedSendingKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CompletedCrownCourtRecordCorrectionResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['CompletedCrownCourtRecordCorrection'] = ResolversParentTypes['CompletedCrownCourtRecordCorrection']> = {
  correction?: Resolver<ResolversTypes['CrownCourtRecordCorrection'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ConfiscationCourtRecordResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['ConfiscationCourtRecord'] = ResolversParentTypes['ConfiscationCourtRecord']> = {
  caseFound?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  caseOutcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  courtCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  defendantPncId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  hearingStartsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  likelyCaseNumber?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  orderAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  orderPncKnownAsDefendant?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orderedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ConfiscationOrderResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['ConfiscationOrder'] = ResolversParentTypes['ConfiscationOrder'], FederationReferenceType extends FederationReferenceTypes['ConfiscationOrder'] = FederationReferenceTypes['ConfiscationOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ConfiscationOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  courtRecord?: Resolver<Maybe<ResolversTypes['ConfiscationCourtRecord']>, ParentType, ContextType>;
  crownCourtCaseNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  crownCourtCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  probableDefendant?: Resolver<Maybe<ResolversTypes['ProbableDefendant']>, ParentType, ContextType>;
};

export type CourtResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['Court'] = ResolversParentTypes['Court']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CourtWaitingFiguresResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['CourtWaitingFigures'] = ResolversParentTypes['CourtWaitingFigures']> = {
  court?: Resolver<ResolversTypes['Court'], ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['WaitingFigures'], ParentType, ContextType>;
};

export type CrownCourtCaseResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['CrownCourtCase'] = ResolversParentTypes['CrownCourtCase']> = {
  announcedConfiscation?: Resolver<Maybe<ResolversTypes['AnnouncedConfiscation']>, ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  committingCourt?: Resolver<Maybe<ResolversTypes['Court']>, ParentType, ContextType>;
  court?: Resolver<ResolversTypes['Court'], ParentType, ContextType>;
  custodialSentenceMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  defendant?: Resolver<ResolversTypes['Defendant'], ParentType, ContextType>;
  hearings?: Resolver<Array<ResolversTypes['Hearing']>, ParentType, ContextType>;
  magistratesCase?: Resolver<Maybe<ResolversTypes['MagistratesCase']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['CourtOutcome']>, ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  sendingType?: Resolver<ResolversTypes['SendingType'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CrownCourtCaseStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  urn?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type CrownCourtCaseChangeResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['CrownCourtCaseChange'] = ResolversParentTypes['CrownCourtCaseChange']> = {
  crownCourtCase?: Resolver<ResolversTypes['CrownCourtCase'], ParentType, ContextType>;
  repeated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CrownCourtHearingChangeResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['CrownCourtHearingChange'] = ResolversParentTypes['CrownCourtHearingChange']> = {
  crownCourtCase?: Resolver<ResolversTypes['CrownCourtCase'], ParentType, ContextType>;
  hearing?: Resolver<ResolversTypes['Hearing'], ParentType, ContextType>;
  repeated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CrownCourtRecordCorrectionResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['CrownCourtRecordCorrection'] = ResolversParentTypes['CrownCourtRecordCorrection']> = {
  accountNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  correctValue?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  correctionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  courtCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['CrownCourtRecordField'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RecordCorrectionStatus'], ParentType, ContextType>;
};

export type CrownCourtWaitingTimesResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['CrownCourtWaitingTimes'] = ResolversParentTypes['CrownCourtWaitingTimes']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  byCrownCourt?: Resolver<Array<ResolversTypes['CourtWaitingFigures']>, ParentType, ContextType>;
  byMagistratesCourt?: Resolver<Array<ResolversTypes['CourtWaitingFigures']>, ParentType, ContextType>;
  overall?: Resolver<ResolversTypes['WaitingFigures'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DefendantResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['Defendant'] = ResolversParentTypes['Defendant']> = {
  croNumber?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  dateOfBirth?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pncId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type HearingResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['Hearing'] = ResolversParentTypes['Hearing']> = {
  court?: Resolver<ResolversTypes['Court'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['CourtOutcome']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['HearingType'], ParentType, ContextType>;
};

export type IdentityEvidenceResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['IdentityEvidence'] = ResolversParentTypes['IdentityEvidence']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IdentityEvidenceKind'], ParentType, ContextType>;
  supports?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type JourneyEventResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['JourneyEvent'] = ResolversParentTypes['JourneyEvent']> = {
  kind?: Resolver<ResolversTypes['JourneyEventKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['JourneySystem'], ParentType, ContextType>;
};

export type MagistratesCaseResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['MagistratesCase'] = ResolversParentTypes['MagistratesCase']> = {
  allocationDecision?: Resolver<Maybe<ResolversTypes['AllocationDecision']>, ParentType, ContextType>;
  bailStatus?: Resolver<ResolversTypes['BailStatus'], ParentType, ContextType>;
  chargedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  closedSendings?: Resolver<Array<ResolversTypes['ClosedSending']>, ParentType, ContextType>;
  court?: Resolver<ResolversTypes['Court'], ParentType, ContextType>;
  defendant?: Resolver<ResolversTypes['Defendant'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['CaseDocument']>, ParentType, ContextType>;
  hearings?: Resolver<Array<ResolversTypes['Hearing']>, ParentType, ContextType>;
  offences?: Resolver<Array<ResolversTypes['Offence']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['CourtOutcome']>, ParentType, ContextType>;
  sentToCrownCourt?: Resolver<Maybe<ResolversTypes['CrownCourtCase']>, ParentType, ContextType>;
  urn?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acknowledgeSentCase?: Resolver<ResolversTypes['CrownCourtCaseChange'], ParentType, ContextType, RequireFields<MutationAcknowledgeSentCaseArgs, 'caseNumber'>>;
  completeCrownCourtRecordCorrection?: Resolver<ResolversTypes['CompletedCrownCourtRecordCorrection'], ParentType, ContextType, RequireFields<MutationCompleteCrownCourtRecordCorrectionArgs, 'input'>>;
  listCrownCourtHearing?: Resolver<ResolversTypes['CrownCourtHearingChange'], ParentType, ContextType, RequireFields<MutationListCrownCourtHearingArgs, 'input'>>;
  recordCrownCourtHearingOutcome?: Resolver<ResolversTypes['CrownCourtHearingChange'], ParentType, ContextType, RequireFields<MutationRecordCrownCourtHearingOutcomeArgs, 'hearingId' | 'outcome'>>;
  requestCaseDocumentUpload?: Resolver<ResolversTypes['CaseDocumentUploadTicket'], ParentType, ContextType, RequireFields<MutationRequestCaseDocumentUploadArgs, 'input'>>;
  requestCrownCourtRecordCorrection?: Resolver<ResolversTypes['CrownCourtRecordCorrection'], ParentType, ContextType, RequireFields<MutationRequestCrownCourtRecordCorrectionArgs, 'input'>>;
  returnSentCase?: Resolver<ResolversTypes['CrownCourtCaseChange'], ParentType, ContextType, RequireFields<MutationReturnSentCaseArgs, 'caseNumber' | 'reason'>>;
  sendCaseToCrownCourt?: Resolver<ResolversTypes['CaseSentToCrownCourt'], ParentType, ContextType, RequireFields<MutationSendCaseToCrownCourtArgs, 'input'>>;
  withdrawSending?: Resolver<ResolversTypes['CrownCourtCaseChange'], ParentType, ContextType, RequireFields<MutationWithdrawSendingArgs, 'reason' | 'urn'>>;
};

export type OffenceResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['Offence'] = ResolversParentTypes['Offence']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  committedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  modeOfTrial?: Resolver<ResolversTypes['ModeOfTrial'], ParentType, ContextType>;
  plea?: Resolver<Maybe<ResolversTypes['Plea']>, ParentType, ContextType>;
  verdict?: Resolver<Maybe<ResolversTypes['Verdict']>, ParentType, ContextType>;
  wording?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OffenderResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['Offender'] = ResolversParentTypes['Offender'], FederationReferenceType extends FederationReferenceTypes['Offender'] = FederationReferenceTypes['Offender']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Offender']> | FederationReferenceType, FederationReferenceType, ContextType>;
  courtEvents?: Resolver<Maybe<Array<ResolversTypes['JourneyEvent']>>, ParentType, ContextType>;
  crownCourtCases?: Resolver<Maybe<Array<ResolversTypes['CrownCourtCase']>>, ParentType, ContextType>;
  magistratesCases?: Resolver<Maybe<Array<ResolversTypes['MagistratesCase']>>, ParentType, ContextType>;
  pncId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ProbableDefendantResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['ProbableDefendant'] = ResolversParentTypes['ProbableDefendant']> = {
  confidence?: Resolver<ResolversTypes['MatchConfidence'], ParentType, ContextType>;
  confidencePercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dateOfBirth?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['IdentityEvidence']>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pncId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  court?: Resolver<Maybe<ResolversTypes['Court']>, ParentType, ContextType, RequireFields<QueryCourtArgs, 'code'>>;
  crownCourtCase?: Resolver<Maybe<ResolversTypes['CrownCourtCase']>, ParentType, ContextType, RequireFields<QueryCrownCourtCaseArgs, 'caseNumber'>>;
  crownCourtRecordCorrections?: Resolver<Array<ResolversTypes['CrownCourtRecordCorrection']>, ParentType, ContextType, RequireFields<QueryCrownCourtRecordCorrectionsArgs, 'status'>>;
  crownCourtWaitingTimes?: Resolver<ResolversTypes['CrownCourtWaitingTimes'], ParentType, ContextType, Partial<QueryCrownCourtWaitingTimesArgs>>;
  magistratesCase?: Resolver<Maybe<ResolversTypes['MagistratesCase']>, ParentType, ContextType, RequireFields<QueryMagistratesCaseArgs, 'urn'>>;
  offendersByNameAndDateOfBirth?: Resolver<Array<ResolversTypes['Offender']>, ParentType, ContextType, RequireFields<QueryOffendersByNameAndDateOfBirthArgs, 'dateOfBirth' | 'lastName'>>;
};

export type WaitingFiguresResolvers<ContextType = CourtsContext, ParentType extends ResolversParentTypes['WaitingFigures'] = ResolversParentTypes['WaitingFigures']> = {
  casesSent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  firstHearingHeld?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  longestCurrentWaitDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  longestWaitDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  meanWaitDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  medianWaitDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  stillWaiting?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  withoutMagistratesHearing?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = CourtsContext> = {
  AnnouncedConfiscation?: AnnouncedConfiscationResolvers<ContextType>;
  CaseDocument?: CaseDocumentResolvers<ContextType>;
  CaseDocumentUploadTicket?: CaseDocumentUploadTicketResolvers<ContextType>;
  CaseSentToCrownCourt?: CaseSentToCrownCourtResolvers<ContextType>;
  ClosedSending?: ClosedSendingResolvers<ContextType>;
  CompletedCrownCourtRecordCorrection?: CompletedCrownCourtRecordCorrectionResolvers<ContextType>;
  ConfiscationCourtRecord?: ConfiscationCourtRecordResolvers<ContextType>;
  ConfiscationOrder?: ConfiscationOrderResolvers<ContextType>;
  Court?: CourtResolvers<ContextType>;
  CourtWaitingFigures?: CourtWaitingFiguresResolvers<ContextType>;
  CrownCourtCase?: CrownCourtCaseResolvers<ContextType>;
  CrownCourtCaseChange?: CrownCourtCaseChangeResolvers<ContextType>;
  CrownCourtHearingChange?: CrownCourtHearingChangeResolvers<ContextType>;
  CrownCourtRecordCorrection?: CrownCourtRecordCorrectionResolvers<ContextType>;
  CrownCourtWaitingTimes?: CrownCourtWaitingTimesResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Defendant?: DefendantResolvers<ContextType>;
  Hearing?: HearingResolvers<ContextType>;
  IdentityEvidence?: IdentityEvidenceResolvers<ContextType>;
  JourneyEvent?: JourneyEventResolvers<ContextType>;
  MagistratesCase?: MagistratesCaseResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Offence?: OffenceResolvers<ContextType>;
  Offender?: OffenderResolvers<ContextType>;
  ProbableDefendant?: ProbableDefendantResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  WaitingFigures?: WaitingFiguresResolvers<ContextType>;
};

