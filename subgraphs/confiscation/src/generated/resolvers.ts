import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PaymentRow, ActionRow } from '../store/enforcementWrites';
import type { ConfiscationContext } from '../context';
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

/** An amendment of an order's facts; a field left out or null stays as it is. */
export type AmendConfiscationOrderInput = {
  /** The enforcement account number of the order. */
  accountNumber: Scalars['ID']['input'];
  /** The amount ordered. */
  amountOrdered?: InputMaybe<Scalars['Money']['input']>;
  /** The available amount the court found. */
  availableAmount?: InputMaybe<Scalars['Money']['input']>;
  /** The defendant's benefit from criminal conduct, as the court found it. */
  benefit?: InputMaybe<Scalars['Money']['input']>;
  /**
   * The Crown Court case in which the order was made. A case number names a case only at its centre: to move the
   * order to the same number at another centre, amend crownCourtCode too.
   */
  crownCourtCaseNumber?: InputMaybe<Scalars['ID']['input']>;
  /**
   * The Crown Court centre whose hearing made the order: a C code of the court register, for example C13LS00. Checked
   * as recording an order checks it: malformed, BAD_USER_INPUT; not in the register, UNKNOWN_COURT; a magistrates'
   * court, NOT_A_CROWN_COURT. The order's court record is then read from that centre's case.
   */
  crownCourtCode?: InputMaybe<Scalars['ID']['input']>;
  /** The term in default fixed by the court, in months. */
  defaultSentenceMonths?: InputMaybe<Scalars['Int']['input']>;
  /** The defendant's PNC ID (long or short form). */
  defendantPncId?: InputMaybe<Scalars['ID']['input']>;
  /** A key unique to this amendment, so that a retried request amends once. */
  idempotencyKey: Scalars['ID']['input'];
  /** The date the order was made: not after today. */
  orderedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Why the order is amended, at most 1000 characters. */
  reason: Scalars['String']['input'];
  /** The last date by which the order should be paid. */
  timeToPayEnds?: InputMaybe<Scalars['Date']['input']>;
};

/** An amendment, and the order after it. */
export type AmendedConfiscationOrder = {
  __typename?: 'AmendedConfiscationOrder';
  /** The amendment. */
  amendment: OrderAmendment;
  /** The order after the amendment. */
  order: ConfiscationOrder;
  /** True when this request repeated an earlier one with the same idempotency key, and nothing new was recorded. */
  replayed: Scalars['Boolean']['output'];
};

/** One fact an amendment changed. */
export type AmendedField = {
  __typename?: 'AmendedField';
  /** The order's field, as named on ConfiscationOrder (for example amountOrdered). */
  field: Scalars['String']['output'];
  /** The value after, as text. */
  newValue?: Maybe<Scalars['String']['output']>;
  /** The value before, as text (amounts as exact decimals, dates in ISO form); null when there was none. */
  previousValue?: Maybe<Scalars['String']['output']>;
};

/** Why an order was amended. */
export type AmendmentCause =
  /** An investigator amended the order's facts. */
  | 'AMENDMENT'
  /** An investigator confirmed the probable defendant: the order was relinked to them. */
  | 'DEFENDANT_CONFIRMED'
  /** A discrepancy with the Crown Court's record was corrected: the order took the court's value. */
  | 'DISCREPANCY_CORRECTED';

/**
 * Collection figures for a set of orders (those made on or before the as-of date): one group of people, those the
 * orders are against, counted once each however many orders they have. Published whole or withheld whole: the
 * figures of a set about 1 to 4 people are withheld, money included, and so are those of further sets where
 * needed so that no withheld set can be worked out from the totals (see ConfiscationFigures). Withheld figures are
 * null, with `suppressed` true; a set about no one is published, as zeros.
 */
export type CollectionFigures = {
  __typename?: 'CollectionFigures';
  /** Everything collected so far, interest included; null when withheld. */
  amountCollected?: Maybe<Scalars['Money']['output']>;
  /** The amount due, after variations; null when withheld. */
  amountDue?: Maybe<Scalars['Money']['output']>;
  /** The amount ordered, as made; null when withheld. */
  amountOrdered?: Maybe<Scalars['Money']['output']>;
  /**
   * The enforcement rate: the share of the amount due that has been paid (interest left out), as a percentage with
   * two decimal places, halves rounded up, for example "45.00"; null when nothing is due (amountDue "0.00") or when
   * withheld (amountDue null).
   */
  enforcementRatePercent?: Maybe<Scalars['String']['output']>;
  /** How many orders; null when withheld. */
  orders?: Maybe<Scalars['Int']['output']>;
  /** The amount outstanding before interest, on orders not written off; null when withheld. */
  outstanding?: Maybe<Scalars['Money']['output']>;
  /** The amount outstanding with the unpaid interest, on orders not written off; null when withheld. */
  outstandingWithInterest?: Maybe<Scalars['Money']['output']>;
  /** True when the figures are withheld to protect the 1 to 4 people they are about, or figures that would give those away: every figure is then null, not zero. */
  suppressed: Scalars['Boolean']['output'];
};

/** A probable defendant to confirm. */
export type ConfirmProbableDefendantInput = {
  /** The enforcement account number of the order. */
  accountNumber: Scalars['ID']['input'];
  /** A key unique to this confirmation, so that a retried request relinks once. */
  idempotencyKey: Scalars['ID']['input'];
  /** The PNC ID of the probable defendant shown for the order (long or short form). */
  pncId: Scalars['ID']['input'];
  /** Why the investigator is satisfied it is them, at most 1000 characters. */
  reason: Scalars['String']['input'];
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

/** A difference between a confiscation order and the Crown Court's record of the hearing that made it. */
export type ConfiscationDiscrepancy = {
  __typename?: 'ConfiscationDiscrepancy';
  /** The value the Crown Court system holds. */
  court: HeldValue;
  /** A one-line account of the difference. */
  description: Scalars['String']['output'];
  /** The value the enforcement system holds. */
  enforcement: HeldValue;
  /** The order's field that disagrees, as named on ConfiscationOrder (for example amountOrdered). */
  field: Scalars['String']['output'];
  /** What disagrees. */
  kind: ConfiscationDiscrepancyKind;
  /** The resolution that covers the difference as it stands; null while it is open. */
  resolution?: Maybe<DiscrepancyResolution>;
  /** Whether the difference is still to be dealt with, or how it was. */
  status: DiscrepancyStatus;
};

/** Which figure of an order disagrees with the Crown Court's record. */
export type ConfiscationDiscrepancyKind =
  /** The amount ordered differs from the amount the court announced. */
  | 'AMOUNT_MISMATCH'
  /** The Crown Court has no case with the number keyed into the order. */
  | 'CASE_UNKNOWN'
  /** The order date differs from the date the court made the order. */
  | 'DATE_MISMATCH'
  /** The case exists but the court recorded no confiscation order in it. */
  | 'NO_ORDER_AT_COURT'
  /** The case's result is not a conviction (acquitted, or no result yet), so no confiscation order could follow. */
  | 'OUTCOME_NOT_CONVICTION'
  /** The PNC ID keyed into the order is malformed: its form or check character is wrong. */
  | 'PNC_MALFORMED'
  /** The PNC ID keyed into the order differs from the court's defendant's and no court knows it (or one side has none). */
  | 'PNC_MISMATCH'
  /** The PNC ID keyed into the order is valid but belongs to another defendant known to the courts. */
  | 'PNC_OTHER_PERSON';

/**
 * Aggregate confiscation figures, naming no one, under statistical disclosure control as official statistics are:
 * a figure set about 1 to 4 people is withheld (primary suppression), and so is the next smallest set of every
 * total it belongs to (secondary suppression: all orders are the sum of the years, of the size bands, of the
 * courts and of the regions, and a region the sum of its courts), so that no total less the published sets gives
 * a withheld one, or a difference about 1 to 4 people, away. A withheld set stays listed, with `suppressed` true
 * and its figures null.
 */
export type ConfiscationFigures = {
  __typename?: 'ConfiscationFigures';
  /** The date the figures are taken at. */
  asOf: Scalars['Date']['output'];
  /** By enforcing court, in court-code order. */
  byCourt: Array<CourtFigures>;
  /** By region of the enforcing court, in region order. */
  byRegion: Array<RegionFigures>;
  /** By size band of the amount ordered, smallest first; every band is listed. */
  bySizeBand: Array<SizeBandFigures>;
  /** The rate of interest on unpaid orders used, a percentage a year, for example "8.00". */
  interestRatePercent: Scalars['String']['output'];
  /** All orders. */
  overall: CollectionFigures;
  /** Orders made, amounts ordered and amounts collected, by year, oldest first. */
  years: Array<ConfiscationYearFigures>;
};

/** A confiscation order, as recorded by the enforcement system. */
export type ConfiscationOrder = {
  __typename?: 'ConfiscationOrder';
  /** The enforcement account number. */
  accountNumber: Scalars['ID']['output'];
  /** Amendments of the order's facts through the graph, oldest first: who, when, why and what changed. */
  amendments: Array<OrderAmendment>;
  /** The amount due now: the amount ordered, or the amount it was last varied to. */
  amountDue: Scalars['Money']['output'];
  /** The amount ordered, as keyed into the enforcement system. */
  amountOrdered: Scalars['Money']['output'];
  /** The total paid so far. */
  amountPaid: Scalars['Money']['output'];
  /** The available amount: the value of the defendant's assets the court found, which caps the amount ordered. */
  availableAmount: Scalars['Money']['output'];
  /** The amount still owed, before interest. */
  balance: Scalars['Money']['output'];
  /** The amount owed with interest: the unpaid amount, and the interest accrued less any paid. */
  balanceWithInterest: Scalars['Money']['output'];
  /** The defendant's benefit from criminal conduct, as the court found it. */
  benefit: Scalars['Money']['output'];
  /** What the Crown Court recorded about the case and hearing that made the order (contributed by the courts). */
  courtRecord?: Maybe<ConfiscationCourtRecord>;
  /** The Crown Court case in which the order was made, as keyed into the enforcement system. */
  crownCourtCaseNumber: Scalars['ID']['output'];
  /** The Crown Court centre whose hearing made the order, as keyed into the enforcement system. */
  crownCourtCode: Scalars['ID']['output'];
  /** The term of imprisonment in default of payment fixed by the court, in months. */
  defaultSentenceMonths: Scalars['Int']['output'];
  /** The defendant's PNC ID as keyed into the enforcement system. */
  defendantPncId?: Maybe<Scalars['ID']['output']>;
  /**
   * The differences between the order and the Crown Court's record of the case and hearing that made it: the
   * case's existence and outcome, the amount, the date and the defendant. Empty when they agree; null, with a
   * COURT_RECORD_UNAVAILABLE error, when the court's record could not be read.
   */
  discrepancies?: Maybe<Array<ConfiscationDiscrepancy>>;
  /** Every resolution of a discrepancy with the Crown Court's record, oldest first: corrected, the court's error, or explained. */
  discrepancyResolutions: Array<DiscrepancyResolution>;
  /** Enforcement actions taken, oldest first. */
  enforcementActions: Array<EnforcementAction>;
  /** The court enforcing the order (a magistrates' court code). */
  enforcingCourtCode: Scalars['ID']['output'];
  /** Interest accrued on the unpaid amount since the time to pay ended (simple interest, whole pence rounded down). */
  interestAccrued: Scalars['Money']['output'];
  /** The date the order was made, as keyed into the enforcement system. */
  orderedOn: Scalars['Date']['output'];
  /** Payments received, oldest first. */
  payments: Array<Payment>;
  /** When the order was recorded through the graph; null for orders loaded in bulk. */
  recordedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who recorded the order through the graph (the subject of their access token); null for orders loaded in bulk. */
  recordedBy?: Maybe<Scalars['String']['output']>;
  /** The enforcement state. */
  status: ConfiscationOrderStatus;
  /** The last date by which the order should be paid; interest runs from the day after. */
  timeToPayEnds: Scalars['Date']['output'];
};


/** A confiscation order, as recorded by the enforcement system. */
export type ConfiscationOrderBalanceArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A confiscation order, as recorded by the enforcement system. */
export type ConfiscationOrderBalanceWithInterestArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A confiscation order, as recorded by the enforcement system. */
export type ConfiscationOrderInterestAccruedArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A confiscation order, as recorded by the enforcement system. */
export type ConfiscationOrderStatusArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of confiscation orders. */
export type ConfiscationOrderPage = {
  __typename?: 'ConfiscationOrderPage';
  /** The cursor to pass as `after` for the next page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether there are orders after this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** The orders on this page, in account-number order. */
  orders: Array<ConfiscationOrder>;
  /** How many orders there are in all. */
  totalCount: Scalars['Int']['output'];
};

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

/**
 * Orders made and money collected in one year. Two groups of people: those the orders made in the year are
 * against, and those who paid in the year. The figures of a group of 1 to 4 people are withheld, and so are those
 * of other groups when needed so that no withheld figure can be worked out from the totals (see
 * ConfiscationFigures); a withheld figure is null and `suppressed` is true.
 */
export type ConfiscationYearFigures = {
  __typename?: 'ConfiscationYearFigures';
  /** The amount collected in the year, on orders of any year (payments received, interest included); null when withheld. */
  amountCollected?: Maybe<Scalars['Money']['output']>;
  /** The amount ordered by the orders made in the year; null when withheld. */
  amountOrdered?: Maybe<Scalars['Money']['output']>;
  /** Orders made in the year; null when withheld. */
  ordersMade?: Maybe<Scalars['Int']['output']>;
  /** True when a figure of the year is withheld to protect the people it is about: that figure is null, not zero. */
  suppressed: Scalars['Boolean']['output'];
  /** The year: 2024-25 for a financial year, 2024 for a calendar year. */
  year: Scalars['String']['output'];
};

/** Collection figures for one enforcing court. */
export type CourtFigures = {
  __typename?: 'CourtFigures';
  /** The enforcing magistrates' court's code. */
  courtCode: Scalars['ID']['output'];
  /** The court's name, or its code when the register does not know it. */
  courtName: Scalars['String']['output'];
  /** The figures for orders the court enforces. */
  figures: CollectionFigures;
  /** The region the court is in. */
  region: CourtRegion;
};

/** The HMCTS regions, derived from the area code of the court register's court codes. */
export type CourtRegion =
  /** London. */
  | 'LONDON'
  /** The Midlands. */
  | 'MIDLANDS'
  /** The North East, with Yorkshire. */
  | 'NORTH_EAST'
  /** The North West. */
  | 'NORTH_WEST'
  /** The South East, with the East of England. */
  | 'SOUTH_EAST'
  /** The South West. */
  | 'SOUTH_WEST'
  /** A court whose area the register does not place in a region. */
  | 'UNKNOWN'
  /** Wales. */
  | 'WALES';

/** The resolution of a discrepancy, with the values it was about. */
export type DiscrepancyResolution = {
  __typename?: 'DiscrepancyResolution';
  /** For CORRECTED: the amendment that set the order to the court's value. */
  amendment?: Maybe<OrderAmendment>;
  /** For COURT_ERROR: the Crown Court's correction task, once the Crown Court system took it; null until then. */
  courtCorrectionId?: Maybe<Scalars['ID']['output']>;
  /** The value the Crown Court held when it was resolved. */
  courtValue?: Maybe<Scalars['String']['output']>;
  /** The value the enforcement system held when it was resolved. */
  enforcementValue?: Maybe<Scalars['String']['output']>;
  /** The order's field that disagreed. */
  field: Scalars['String']['output'];
  /** What disagreed. */
  kind: ConfiscationDiscrepancyKind;
  /** Why. */
  reason: Scalars['String']['output'];
  /** How it was resolved. */
  resolution: DiscrepancyResolutionKind;
  /** The resolution's number. */
  resolutionId: Scalars['ID']['output'];
  /** When. */
  resolvedAt: Scalars['DateTime']['output'];
  /** Who resolved it (the subject of their access token). */
  resolvedBy: Scalars['String']['output'];
};

/** How an investigator resolved a discrepancy. */
export type DiscrepancyResolutionKind =
  /** The order was wrong and was amended to the court's value. */
  | 'CORRECTED'
  /** The court's record was wrong: the Crown Court was asked to correct it. */
  | 'COURT_ERROR'
  /** No change: the difference is explained. */
  | 'EXPLAINED';

/** Where a discrepancy stands. */
export type DiscrepancyStatus =
  /** Found to be the Crown Court's error: the court has been asked to correct its record and has not yet. */
  | 'AWAITING_COURT_CORRECTION'
  /** Explained: the difference stands, for the reasons recorded. */
  | 'EXPLAINED'
  /** Nobody has dealt with it yet. */
  | 'OPEN';

/** An enforcement action taken on a confiscation order. */
export type EnforcementAction = {
  __typename?: 'EnforcementAction';
  /** The action's number in the enforcement system. */
  actionId: Scalars['ID']['output'];
  /** The date by which a pending action should have its result; past it, the action is overdue. */
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** What was done. */
  kind: EnforcementActionKind;
  /** For a variation, the amount due from that date; null for other actions. */
  newAmount?: Maybe<Scalars['Money']['output']>;
  /** Free-text notes by the enforcement officer. */
  notes?: Maybe<Scalars['String']['output']>;
  /** How it turned out. */
  outcome: EnforcementOutcome;
  /** The officer's notes on the result. */
  outcomeNotes?: Maybe<Scalars['String']['output']>;
  /** The date the result came about; null while the action is pending. */
  outcomeOn?: Maybe<Scalars['Date']['output']>;
  /** Who recorded the result through the graph, when it was recorded after the action. */
  outcomeRecordedBy?: Maybe<Scalars['String']['output']>;
  /** Whether the action is still pending after its due date (today, London). */
  overdue: Scalars['Boolean']['output'];
  /** The date the action was taken. */
  takenOn: Scalars['Date']['output'];
};

/** A step taken to enforce a confiscation order. */
export type EnforcementActionKind =
  /** Restrained or seized assets sold, or ordered to be sold, towards the order. */
  | 'ASSET_REALISATION'
  /** The defendant committed to prison to serve the default term; it succeeds on release (serving it does not cancel the debt). */
  | 'DEFAULT_TERM_SERVED'
  /** A warrant committing the defendant to serve the default sentence (serving it does not cancel the debt). */
  | 'DEFAULT_WARRANT'
  /** An enforcement hearing at the enforcing magistrates' court; it succeeds when it is held and orders enforcement. */
  | 'ENFORCEMENT_HEARING'
  /** A reminder to the defendant that the time to pay has run out; it succeeds when the order is paid on it. */
  | 'PAYMENT_REMINDER'
  /** An enforcement receiver appointed to take and realise the defendant's assets. */
  | 'RECEIVERSHIP'
  /** The court varied the amount to be paid, up on new assets or down on inadequacy; `newAmount` is the amount due since. */
  | 'VARIATION'
  /** The court discharged the order as uncollectable and the balance was written off. */
  | 'WRITE_OFF';

/** How an enforcement action turned out. */
export type EnforcementOutcome =
  /** Did not achieve it (warrant not executed, sale fell through, application refused). */
  | 'FAILED'
  /** Under way: no result yet. */
  | 'PENDING'
  /** Achieved what it set out to do (warrant executed, assets realised, receiver appointed, amount varied, order discharged). */
  | 'SUCCEEDED'
  /** Stopped before it had a result (a warrant withdrawn on payment, a hearing vacated, an application withdrawn). */
  | 'WITHDRAWN';

/** A value as one system holds it. */
export type HeldValue = {
  __typename?: 'HeldValue';
  /** The record that holds it in that system: an account number or a Crown Court case number; null when there is none. */
  record?: Maybe<Scalars['ID']['output']>;
  /** The system that holds the value. */
  system: JourneySystem;
  /** The value, as text (amounts as exact decimals, dates in ISO form); null when the system holds none. */
  value?: Maybe<Scalars['String']['output']>;
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

/** The entry points for changing the justice graph. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Amends the facts of an order: the amount ordered, its dates, its Crown Court case and centre, its defendant, and
   * the court's findings. Refused for a malformed value (BAD_USER_INPUT), a Crown Court centre not in the register
   * (UNKNOWN_COURT) or not a Crown Court (NOT_A_CROWN_COURT), when nothing changes (NOTHING_TO_AMEND) or the order
   * would break a rule: findings that do not fit the amount (FINDINGS_INCONSISTENT), a default term outside the
   * amount's statutory band (DEFAULT_TERM_OUT_OF_BAND), payments or actions before the order date
   * (LEDGER_BEFORE_ORDER), more paid than owed (AMENDMENT_OVERPAYS). Every amendment records who, when and why, and
   * appears in the timeline. Repeating a request with the same idempotency key returns the first amendment.
   */
  amendConfiscationOrder: AmendedConfiscationOrder;
  /**
   * Confirms the probable defendant the courts found for an order whose PNC ID is wrong, relinking the order to
   * them: the order's PNC ID discrepancy is resolved as CORRECTED. Refused when the courts find no probable
   * defendant (NO_PROBABLE_DEFENDANT) or another one than the PNC ID given (NOT_THE_PROBABLE_DEFENDANT). Repeating a
   * request with the same idempotency key returns the first confirmation.
   */
  confirmProbableDefendant: ResolvedConfiscationDiscrepancy;
  /**
   * Records a confiscation order made at a Crown Court hearing, as the court made it: its case and court, the
   * defendant, the date, the court's findings (benefit and available amount), the amount ordered, the time to pay, the
   * term in default and the enforcing magistrates' court; the order gets a new enforcement account number. Refused for
   * a malformed case number, court code, PNC ID (its check character included) or amount (BAD_USER_INPUT), a court
   * not in the register (UNKNOWN_COURT) or of the wrong kind (NOT_A_CROWN_COURT, NOT_A_MAGISTRATES_COURT), an amount
   * ordered that is not positive (AMOUNT_NOT_POSITIVE) or is more than the benefit or the available amount
   * (FINDINGS_INCONSISTENT), a default term above the amount's statutory band (DEFAULT_TERM_OUT_OF_BAND), more time
   * to pay than the court may allow (TIME_TO_PAY_TOO_LONG), and an order already recorded for the same case (its
   * number at its centre) and defendant (ORDER_ALREADY_RECORDED). Repeating a request with the same idempotency key returns the first order.
   */
  recordConfiscationOrder: RecordedConfiscationOrder;
  /**
   * Records a payment towards a confiscation order. Refused when the amount is not positive (AMOUNT_NOT_POSITIVE),
   * is more than the balance owed today with interest (PAYMENT_EXCEEDS_BALANCE), or the order is paid or written
   * off (ORDER_CLOSED). Repeating a request with the same idempotency key returns the first payment.
   */
  recordConfiscationPayment: RecordedPayment;
  /**
   * Records an enforcement action taken on a confiscation order. Refused on an order that is paid or written off
   * (ORDER_CLOSED), and for a variation to a non-positive amount (AMOUNT_NOT_POSITIVE) or to less than has been
   * paid (VARIATION_BELOW_PAID). Repeating a request with the same idempotency key returns the first action.
   */
  recordEnforcementAction: RecordedEnforcementAction;
  /**
   * Records how a pending enforcement action turned out (a warrant executed, a hearing held, a reminder unpaid). Only
   * a PENDING action takes a result, once (OUTCOME_ALREADY_FINAL), and only one its kind can have
   * (OUTCOME_NOT_ALLOWED); a variation that succeeds may not go below what has been paid (VARIATION_BELOW_PAID).
   * Repeating a request with the same idempotency key returns the first result.
   */
  recordEnforcementOutcome: RecordedEnforcementAction;
  /**
   * Resolves an open discrepancy between an order and the Crown Court's record: CORRECTED amends the order to the
   * court's value; COURT_ERROR asks the Crown Court to correct its record (a task its staff see and complete);
   * EXPLAINED records why the difference stands. Refused for a discrepancy the order does not show
   * (DISCREPANCY_NOT_FOUND) or has resolved (DISCREPANCY_ALREADY_RESOLVED), and for a resolution its kind cannot have
   * (RESOLUTION_NOT_ALLOWED); COURTS_UNAVAILABLE when the courts cannot be asked (then nothing is recorded, or, for
   * COURT_ERROR, the request to the court is sent again when the request is repeated). Repeating a request with the
   * same idempotency key returns the first resolution.
   */
  resolveConfiscationDiscrepancy: ResolvedConfiscationDiscrepancy;
  /**
   * Reverses a payment, for example one keyed against the wrong order: the payment is kept and a reversing entry
   * added, so that the balance and interest are worked out as if it had never been paid. Refused for a payment
   * already reversed (ALREADY_REVERSED) and for a reversing entry (REVERSAL_OF_REVERSAL). Repeating a request with
   * the same idempotency key returns the first reversal.
   */
  reverseConfiscationPayment: ReversedPayment;
};


/** The entry points for changing the justice graph. */
export type MutationAmendConfiscationOrderArgs = {
  input: AmendConfiscationOrderInput;
};


/** The entry points for changing the justice graph. */
export type MutationConfirmProbableDefendantArgs = {
  input: ConfirmProbableDefendantInput;
};


/** The entry points for changing the justice graph. */
export type MutationRecordConfiscationOrderArgs = {
  input: RecordConfiscationOrderInput;
};


/** The entry points for changing the justice graph. */
export type MutationRecordConfiscationPaymentArgs = {
  input: RecordConfiscationPaymentInput;
};


/** The entry points for changing the justice graph. */
export type MutationRecordEnforcementActionArgs = {
  input: RecordEnforcementActionInput;
};


/** The entry points for changing the justice graph. */
export type MutationRecordEnforcementOutcomeArgs = {
  input: RecordEnforcementOutcomeInput;
};


/** The entry points for changing the justice graph. */
export type MutationResolveConfiscationDiscrepancyArgs = {
  input: ResolveConfiscationDiscrepancyInput;
};


/** The entry points for changing the justice graph. */
export type MutationReverseConfiscationPaymentArgs = {
  input: ReverseConfiscationPaymentInput;
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
  /** This person's journey events recorded by the confiscation system: orders made and payments received. */
  confiscationEvents?: Maybe<Array<JourneyEvent>>;
  /** Confiscation orders made against this person, oldest first. */
  confiscationOrders?: Maybe<Array<ConfiscationOrder>>;
  /** The person's Police National Computer ID in its long form (for example 2012/0052494Q), if known. */
  pncId?: Maybe<Scalars['ID']['output']>;
};

/** An amendment of an order's facts through the graph. */
export type OrderAmendment = {
  __typename?: 'OrderAmendment';
  /** When. */
  amendedAt: Scalars['DateTime']['output'];
  /** Who amended it (the subject of their access token). */
  amendedBy: Scalars['String']['output'];
  /** The amendment's number. */
  amendmentId: Scalars['ID']['output'];
  /** Why the order was amended. */
  cause: AmendmentCause;
  /** What changed. */
  changes: Array<AmendedField>;
  /** The reason given. */
  reason: Scalars['String']['output'];
};

/** The size bands auditors report enforcement by, on the amount ordered; each band includes its upper bound. */
export type OrderSizeBand =
  /** Over 1 million pounds. */
  | 'OVER_1_MILLION'
  /** Over 100,000 pounds and up to 1 million. */
  | 'UP_TO_1_MILLION'
  /** Up to 1,000 pounds. */
  | 'UP_TO_1_THOUSAND'
  /** Over 1,000 and up to 10,000 pounds. */
  | 'UP_TO_10_THOUSAND'
  /** Over 10,000 and up to 100,000 pounds. */
  | 'UP_TO_100_THOUSAND';

/** A pending enforcement action past its due date, and the order it was taken on. */
export type OverdueEnforcementAction = {
  __typename?: 'OverdueEnforcementAction';
  /** The action. */
  action: EnforcementAction;
  /** Whole days since the result was due. */
  daysOverdue: Scalars['Int']['output'];
  /** The order. */
  order: ConfiscationOrder;
};

/** A page of overdue enforcement actions. */
export type OverdueEnforcementActionPage = {
  __typename?: 'OverdueEnforcementActionPage';
  /** The actions on this page, the most overdue first. */
  actions: Array<OverdueEnforcementAction>;
  /** The cursor to pass as `after` for the next page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether there are actions after this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** How many actions are overdue in all. */
  totalCount: Scalars['Int']['output'];
};

/** A payment towards a confiscation order. */
export type Payment = {
  __typename?: 'Payment';
  /** The amount paid. */
  amount: Scalars['Money']['output'];
  /** The date the payment was received. */
  paidOn: Scalars['Date']['output'];
  /** The payment's number in the enforcement system. */
  paymentId: Scalars['ID']['output'];
  /** Why a reversing entry was made; null for a payment. */
  reason?: Maybe<Scalars['String']['output']>;
  /** When the entry was recorded; null for entries loaded in bulk. */
  recordedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who recorded the entry through the graph (the subject of their access token); null for entries loaded in bulk. */
  recordedBy?: Maybe<Scalars['String']['output']>;
  /** For a payment that was reversed, the reversing entry; else null. */
  reversedBy?: Maybe<Scalars['ID']['output']>;
  /** For a reversing entry, the payment it reverses (its amount is then the negative of that payment's); else null. */
  reverses?: Maybe<Scalars['ID']['output']>;
  /** Where the payment came from. */
  source: PaymentSource;
};

/** Where a payment came from. */
export type PaymentSource =
  /** Raised by selling an asset that had been restrained or seized. */
  | 'REALISED_ASSET'
  /** Recovered by an enforcement receiver. */
  | 'RECEIVERSHIP'
  /** Paid voluntarily by the defendant. */
  | 'VOLUNTARY';

/** The entry points for reading the justice graph. */
export type Query = {
  __typename?: 'Query';
  /**
   * Collection figures as the auditors report them: orders made, amounts ordered and collected, enforcement rates
   * and outstanding debt, overall and by size, court and region. Aggregates only: no names or identifiers, and no
   * figure about fewer than 5 people (withheld, with `suppressed` true: see ConfiscationFigures).
   */
  confiscationFigures: ConfiscationFigures;
  /** A confiscation order by its enforcement account number, for example 250001234C. */
  confiscationOrder?: Maybe<ConfiscationOrder>;
  /**
   * Every confiscation order, a page at a time in account-number order. Asking for each order's `discrepancies`
   * makes this the discrepancy report: the order set beside what the Crown Court recorded, across all orders.
   */
  confiscationOrders: ConfiscationOrderPage;
  /**
   * Enforcement actions still without a result whose result was due before today (London): the investigators'
   * list of what to chase, the most overdue first, a page at a time.
   */
  overdueEnforcementActions: OverdueEnforcementActionPage;
};


/** The entry points for reading the justice graph. */
export type QueryConfiscationFiguresArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  yearBasis?: InputMaybe<YearBasis>;
};


/** The entry points for reading the justice graph. */
export type QueryConfiscationOrderArgs = {
  accountNumber: Scalars['ID']['input'];
};


/** The entry points for reading the justice graph. */
export type QueryConfiscationOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points for reading the justice graph. */
export type QueryOverdueEnforcementActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A confiscation order made at a Crown Court hearing, to record as the court made it. */
export type RecordConfiscationOrderInput = {
  /** The amount ordered to be paid: more than 0.00, and at most the benefit and at most the available amount. */
  amountOrdered: Scalars['Money']['input'];
  /** The available amount the court found: the value of the defendant's assets. */
  availableAmount: Scalars['Money']['input'];
  /** The defendant's benefit from criminal conduct, as the court found it. */
  benefit: Scalars['Money']['input'];
  /** The Crown Court case in which the order was made, for example T20230123. */
  crownCourtCaseNumber: Scalars['ID']['input'];
  /** The Crown Court centre whose hearing made the order: a C code of the court register, for example C13LS00. */
  crownCourtCode: Scalars['ID']['input'];
  /**
   * The term of imprisonment in default fixed by the court, in months: at least 1 and at most the maximum of the
   * amount's statutory band (6 months up to 10,000 pounds, 5 years up to 500,000, 7 years up to 1 million, 14 years
   * above). Left out, the band's maximum.
   */
  defaultSentenceMonths?: InputMaybe<Scalars['Int']['input']>;
  /** The defendant's PNC ID, long or short form, with its check character. */
  defendantPncId: Scalars['ID']['input'];
  /** The magistrates' court that enforces the order: a B code of the court register, for example B13LS00. */
  enforcingCourtCode: Scalars['ID']['input'];
  /** A key unique to this order, so that a retried request records it once. */
  idempotencyKey: Scalars['ID']['input'];
  /** The date the order was made: not after today. */
  orderedOn: Scalars['Date']['input'];
  /**
   * The last date by which the order must be paid: the order date when the court allowed no time, at most three
   * months after it (Proceeds of Crime Act 2002 s.11; a later extension is an amendment).
   */
  timeToPayEnds: Scalars['Date']['input'];
};

/** A payment to record. */
export type RecordConfiscationPaymentInput = {
  /** The enforcement account number of the order paid towards. */
  accountNumber: Scalars['ID']['input'];
  /** The amount paid, an exact decimal string of pounds with at most two places, for example "250.00". */
  amount: Scalars['Money']['input'];
  /** A key unique to this payment (for example a UUID), so that a retried request records it once. */
  idempotencyKey: Scalars['ID']['input'];
  /** The date the payment was received: not before the order was made, not after today. */
  paidOn: Scalars['Date']['input'];
  /** Where the payment came from. */
  source: PaymentSource;
};

/** An enforcement action to record. */
export type RecordEnforcementActionInput = {
  /** The enforcement account number of the order. */
  accountNumber: Scalars['ID']['input'];
  /** For a PENDING action: when its result is due, not before `takenOn`; defaults by kind (a reminder 14 days, a warrant 28, a hearing 56). */
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  /** A key unique to this action, so that a retried request records it once; optional. */
  idempotencyKey?: InputMaybe<Scalars['ID']['input']>;
  /** What was done. */
  kind: EnforcementActionKind;
  /** For a VARIATION only: the amount due from `takenOn`. */
  newAmount?: InputMaybe<Scalars['Money']['input']>;
  /** Free-text notes, at most 1000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** How it turned out. */
  outcome: EnforcementOutcome;
  /** The date the action was taken: not before the order was made, not after today. */
  takenOn: Scalars['Date']['input'];
};

/** The result of a pending enforcement action to record. */
export type RecordEnforcementOutcomeInput = {
  /** The action's number. */
  actionId: Scalars['ID']['input'];
  /** A key unique to this result, so that a retried request records it once. */
  idempotencyKey: Scalars['ID']['input'];
  /** Notes on the result, at most 1000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** How it turned out: SUCCEEDED, FAILED or WITHDRAWN, as its kind allows. */
  outcome: EnforcementOutcome;
  /** The date the result came about: not before the action, not after today. */
  outcomeOn: Scalars['Date']['input'];
};

/** A confiscation order as recorded. */
export type RecordedConfiscationOrder = {
  __typename?: 'RecordedConfiscationOrder';
  /** The order, with the enforcement account number it was given. */
  order: ConfiscationOrder;
  /** True when this request repeated an earlier one with the same idempotency key, and nothing new was recorded. */
  replayed: Scalars['Boolean']['output'];
};

/** An enforcement action as recorded, and the order it was taken on. */
export type RecordedEnforcementAction = {
  __typename?: 'RecordedEnforcementAction';
  /** The action. */
  action: EnforcementAction;
  /** The order after the action. */
  order: ConfiscationOrder;
  /** True when this request repeated an earlier one with the same idempotency key, and nothing new was recorded. */
  replayed: Scalars['Boolean']['output'];
};

/** A payment as recorded, and the order it was paid towards. */
export type RecordedPayment = {
  __typename?: 'RecordedPayment';
  /** The order after the payment. */
  order: ConfiscationOrder;
  /** The payment. */
  payment: Payment;
  /** True when this request repeated an earlier one with the same idempotency key, and nothing new was recorded. */
  replayed: Scalars['Boolean']['output'];
};

/** Collection figures for one region. */
export type RegionFigures = {
  __typename?: 'RegionFigures';
  /** The figures for orders enforced by courts in the region. */
  figures: CollectionFigures;
  /** The region. */
  region: CourtRegion;
};

/** A discrepancy to resolve. */
export type ResolveConfiscationDiscrepancyInput = {
  /** The enforcement account number of the order. */
  accountNumber: Scalars['ID']['input'];
  /** A key unique to this resolution, so that a retried request resolves once. */
  idempotencyKey: Scalars['ID']['input'];
  /** Which of the order's discrepancies. */
  kind: ConfiscationDiscrepancyKind;
  /** Why, at most 1000 characters. */
  reason: Scalars['String']['input'];
  /** How it is resolved. */
  resolution: DiscrepancyResolutionKind;
};

/** A discrepancy resolved, and the order after it. */
export type ResolvedConfiscationDiscrepancy = {
  __typename?: 'ResolvedConfiscationDiscrepancy';
  /** The order after it. */
  order: ConfiscationOrder;
  /** True when this request repeated an earlier one with the same idempotency key, and nothing new was recorded. */
  replayed: Scalars['Boolean']['output'];
  /** The resolution. */
  resolution: DiscrepancyResolution;
};

/** A payment to reverse. */
export type ReverseConfiscationPaymentInput = {
  /** The enforcement account number of the order the payment was recorded against. */
  accountNumber: Scalars['ID']['input'];
  /** A key unique to this reversal, so that a retried request reverses once. */
  idempotencyKey: Scalars['ID']['input'];
  /** The payment's number. */
  paymentId: Scalars['ID']['input'];
  /** Why it is reversed (for example: keyed against the wrong account), at most 1000 characters. */
  reason: Scalars['String']['input'];
};

/** A payment reversed, and the order after it. */
export type ReversedPayment = {
  __typename?: 'ReversedPayment';
  /** The order after the reversal: its balance and interest as if the payment had never been made. */
  order: ConfiscationOrder;
  /** The payment reversed, kept as it was. */
  payment: Payment;
  /** True when this request repeated an earlier one with the same idempotency key, and nothing new was recorded. */
  replayed: Scalars['Boolean']['output'];
  /** The reversing entry added. */
  reversal: Payment;
};

/** Collection figures for one size band. */
export type SizeBandFigures = {
  __typename?: 'SizeBandFigures';
  /** The size band. */
  band: OrderSizeBand;
  /** The figures for orders in the band. */
  figures: CollectionFigures;
};

/** How figures are grouped into years. */
export type YearBasis =
  /** Calendar years, named like 2024. */
  | 'CALENDAR'
  /** Financial years, 1 April to 31 March, named like 2024-25 (as the NAO and HMCTS report). */
  | 'FINANCIAL';



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
        | GraphQLRecursivePick<FederationTypes['ConfiscationOrder'], {"courtRecord":{"caseFound":true,"likelyCaseNumber":true,"courtCode":true,"defendantPncId":true,"orderPncKnownAsDefendant":true,"caseOutcome":true,"orderAmount":true,"orderedOn":true,"hearingStartsAt":true}}> ) );
  Offender:
    ( { __typename: 'Offender' }
    & GraphQLRecursivePick<FederationTypes['Offender'], {"pncId":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AmendConfiscationOrderInput: ResolverTypeWrapper<any>;
  ID: ResolverTypeWrapper<any>;
  Int: ResolverTypeWrapper<any>;
  String: ResolverTypeWrapper<any>;
  AmendedConfiscationOrder: ResolverTypeWrapper<any>;
  Boolean: ResolverTypeWrapper<any>;
  AmendedField: ResolverTypeWrapper<any>;
  AmendmentCause: ResolverTypeWrapper<any>;
  CollectionFigures: ResolverTypeWrapper<any>;
  ConfirmProbableDefendantInput: ResolverTypeWrapper<any>;
  ConfiscationCourtRecord: ResolverTypeWrapper<any>;
  ConfiscationDiscrepancy: ResolverTypeWrapper<any>;
  ConfiscationDiscrepancyKind: ResolverTypeWrapper<any>;
  ConfiscationFigures: ResolverTypeWrapper<any>;
  ConfiscationOrder: ResolverTypeWrapper<any>;
  ConfiscationOrderPage: ResolverTypeWrapper<any>;
  ConfiscationOrderStatus: ResolverTypeWrapper<any>;
  ConfiscationYearFigures: ResolverTypeWrapper<any>;
  CourtFigures: ResolverTypeWrapper<any>;
  CourtRegion: ResolverTypeWrapper<any>;
  Date: ResolverTypeWrapper<any>;
  DateTime: ResolverTypeWrapper<any>;
  DiscrepancyResolution: ResolverTypeWrapper<any>;
  DiscrepancyResolutionKind: ResolverTypeWrapper<any>;
  DiscrepancyStatus: ResolverTypeWrapper<any>;
  EnforcementAction: ResolverTypeWrapper<ActionRow>;
  EnforcementActionKind: ResolverTypeWrapper<any>;
  EnforcementOutcome: ResolverTypeWrapper<any>;
  HeldValue: ResolverTypeWrapper<any>;
  JourneyEvent: ResolverTypeWrapper<any>;
  JourneyEventKind: ResolverTypeWrapper<any>;
  JourneySystem: ResolverTypeWrapper<any>;
  Money: ResolverTypeWrapper<any>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Offender: ResolverTypeWrapper<any>;
  OrderAmendment: ResolverTypeWrapper<any>;
  OrderSizeBand: ResolverTypeWrapper<any>;
  OverdueEnforcementAction: ResolverTypeWrapper<any>;
  OverdueEnforcementActionPage: ResolverTypeWrapper<any>;
  Payment: ResolverTypeWrapper<PaymentRow>;
  PaymentSource: ResolverTypeWrapper<any>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordConfiscationOrderInput: ResolverTypeWrapper<any>;
  RecordConfiscationPaymentInput: ResolverTypeWrapper<any>;
  RecordEnforcementActionInput: ResolverTypeWrapper<any>;
  RecordEnforcementOutcomeInput: ResolverTypeWrapper<any>;
  RecordedConfiscationOrder: ResolverTypeWrapper<any>;
  RecordedEnforcementAction: ResolverTypeWrapper<any>;
  RecordedPayment: ResolverTypeWrapper<any>;
  RegionFigures: ResolverTypeWrapper<any>;
  ResolveConfiscationDiscrepancyInput: ResolverTypeWrapper<any>;
  ResolvedConfiscationDiscrepancy: ResolverTypeWrapper<any>;
  ReverseConfiscationPaymentInput: ResolverTypeWrapper<any>;
  ReversedPayment: ResolverTypeWrapper<any>;
  SizeBandFigures: ResolverTypeWrapper<any>;
  YearBasis: ResolverTypeWrapper<any>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AmendConfiscationOrderInput: any;
  ID: any;
  Int: any;
  String: any;
  AmendedConfiscationOrder: any;
  Boolean: any;
  AmendedField: any;
  CollectionFigures: any;
  ConfirmProbableDefendantInput: any;
  ConfiscationCourtRecord: any;
  ConfiscationDiscrepancy: any;
  ConfiscationFigures: any;
  ConfiscationOrder: any;
  ConfiscationOrderPage: any;
  ConfiscationYearFigures: any;
  CourtFigures: any;
  Date: any;
  DateTime: any;
  DiscrepancyResolution: any;
  EnforcementAction: ActionRow;
  HeldValue: any;
  JourneyEvent: any;
  Money: any;
  Mutation: Record<PropertyKey, never>;
  Offender: any;
  OrderAmendment: any;
  OverdueEnforcementAction: any;
  OverdueEnforcementActionPage: any;
  Payment: PaymentRow;
  Query: Record<PropertyKey, never>;
  RecordConfiscationOrderInput: any;
  RecordConfiscationPaymentInput: any;
  RecordEnforcementActionInput: any;
  RecordEnforcementOutcomeInput: any;
  RecordedConfiscationOrder: any;
  RecordedEnforcementAction: any;
  RecordedPayment: any;
  RegionFigures: any;
  ResolveConfiscationDiscrepancyInput: any;
  ResolvedConfiscationDiscrepancy: any;
  ReverseConfiscationPaymentInput: any;
  ReversedPayment: any;
  SizeBandFigures: any;
};

export type AmendedConfiscationOrderResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['AmendedConfiscationOrder'] = ResolversParentTypes['AmendedConfiscationOrder']> = {
  amendment?: Resolver<ResolversTypes['OrderAmendment'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['ConfiscationOrder'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AmendedFieldResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['AmendedField'] = ResolversParentTypes['AmendedField']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previousValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CollectionFiguresResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['CollectionFigures'] = ResolversParentTypes['CollectionFigures']> = {
  amountCollected?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  amountDue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  amountOrdered?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  enforcementRatePercent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  orders?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  outstanding?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  outstandingWithInterest?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ConfiscationCourtRecordResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['ConfiscationCourtRecord'] = ResolversParentTypes['ConfiscationCourtRecord']> = {
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

export type ConfiscationDiscrepancyResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['ConfiscationDiscrepancy'] = ResolversParentTypes['ConfiscationDiscrepancy']> = {
  court?: Resolver<ResolversTypes['HeldValue'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enforcement?: Resolver<ResolversTypes['HeldValue'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConfiscationDiscrepancyKind'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['DiscrepancyResolution']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DiscrepancyStatus'], ParentType, ContextType>;
};

export type ConfiscationFiguresResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['ConfiscationFigures'] = ResolversParentTypes['ConfiscationFigures']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  byCourt?: Resolver<Array<ResolversTypes['CourtFigures']>, ParentType, ContextType>;
  byRegion?: Resolver<Array<ResolversTypes['RegionFigures']>, ParentType, ContextType>;
  bySizeBand?: Resolver<Array<ResolversTypes['SizeBandFigures']>, ParentType, ContextType>;
  interestRatePercent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overall?: Resolver<ResolversTypes['CollectionFigures'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['ConfiscationYearFigures']>, ParentType, ContextType>;
};

export type ConfiscationOrderResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['ConfiscationOrder'] = ResolversParentTypes['ConfiscationOrder'], FederationReferenceType extends FederationReferenceTypes['ConfiscationOrder'] = FederationReferenceTypes['ConfiscationOrder']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ConfiscationOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  amendments?: Resolver<Array<ResolversTypes['OrderAmendment']>, ParentType, ContextType>;
  amountDue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  amountOrdered?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  amountPaid?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  availableAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType, Partial<ConfiscationOrderBalanceArgs>>;
  balanceWithInterest?: Resolver<ResolversTypes['Money'], ParentType, ContextType, Partial<ConfiscationOrderBalanceWithInterestArgs>>;
  benefit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  crownCourtCaseNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  crownCourtCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  defaultSentenceMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  defendantPncId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  discrepancies?: Resolver<Maybe<Array<ResolversTypes['ConfiscationDiscrepancy']>>, ParentType, ContextType>;
  discrepancyResolutions?: Resolver<Array<ResolversTypes['DiscrepancyResolution']>, ParentType, ContextType>;
  enforcementActions?: Resolver<Array<ResolversTypes['EnforcementAction']>, ParentType, ContextType>;
  enforcingCourtCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interestAccrued?: Resolver<ResolversTypes['Money'], ParentType, ContextType, Partial<ConfiscationOrderInterestAccruedArgs>>;
  orderedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  recordedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConfiscationOrderStatus'], ParentType, ContextType, Partial<ConfiscationOrderStatusArgs>>;
  timeToPayEnds?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ConfiscationOrderPageResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['ConfiscationOrderPage'] = ResolversParentTypes['ConfiscationOrderPage']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orders?: Resolver<Array<ResolversTypes['ConfiscationOrder']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConfiscationYearFiguresResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['ConfiscationYearFigures'] = ResolversParentTypes['ConfiscationYearFigures']> = {
  amountCollected?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  amountOrdered?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  ordersMade?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CourtFiguresResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['CourtFigures'] = ResolversParentTypes['CourtFigures']> = {
  courtCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  courtName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['CollectionFigures'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['CourtRegion'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DiscrepancyResolutionResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['DiscrepancyResolution'] = ResolversParentTypes['DiscrepancyResolution']> = {
  amendment?: Resolver<Maybe<ResolversTypes['OrderAmendment']>, ParentType, ContextType>;
  courtCorrectionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  courtValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enforcementValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConfiscationDiscrepancyKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolution?: Resolver<ResolversTypes['DiscrepancyResolutionKind'], ParentType, ContextType>;
  resolutionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resolvedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resolvedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EnforcementActionResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['EnforcementAction'] = ResolversParentTypes['EnforcementAction']> = {
  actionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EnforcementActionKind'], ParentType, ContextType>;
  newAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['EnforcementOutcome'], ParentType, ContextType>;
  outcomeNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcomeOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  outcomeRecordedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  takenOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type HeldValueResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['HeldValue'] = ResolversParentTypes['HeldValue']> = {
  record?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  system?: Resolver<ResolversTypes['JourneySystem'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type JourneyEventResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['JourneyEvent'] = ResolversParentTypes['JourneyEvent']> = {
  kind?: Resolver<ResolversTypes['JourneyEventKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['JourneySystem'], ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  amendConfiscationOrder?: Resolver<ResolversTypes['AmendedConfiscationOrder'], ParentType, ContextType, RequireFields<MutationAmendConfiscationOrderArgs, 'input'>>;
  confirmProbableDefendant?: Resolver<ResolversTypes['ResolvedConfiscationDiscrepancy'], ParentType, ContextType, RequireFields<MutationConfirmProbableDefendantArgs, 'input'>>;
  recordConfiscationOrder?: Resolver<ResolversTypes['RecordedConfiscationOrder'], ParentType, ContextType, RequireFields<MutationRecordConfiscationOrderArgs, 'input'>>;
  recordConfiscationPayment?: Resolver<ResolversTypes['RecordedPayment'], ParentType, ContextType, RequireFields<MutationRecordConfiscationPaymentArgs, 'input'>>;
  recordEnforcementAction?: Resolver<ResolversTypes['RecordedEnforcementAction'], ParentType, ContextType, RequireFields<MutationRecordEnforcementActionArgs, 'input'>>;
  recordEnforcementOutcome?: Resolver<ResolversTypes['RecordedEnforcementAction'], ParentType, ContextType, RequireFields<MutationRecordEnforcementOutcomeArgs, 'input'>>;
  resolveConfiscationDiscrepancy?: Resolver<ResolversTypes['ResolvedConfiscationDiscrepancy'], ParentType, ContextType, RequireFields<MutationResolveConfiscationDiscrepancyArgs, 'input'>>;
  reverseConfiscationPayment?: Resolver<ResolversTypes['ReversedPayment'], ParentType, ContextType, RequireFields<MutationReverseConfiscationPaymentArgs, 'input'>>;
};

export type OffenderResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['Offender'] = ResolversParentTypes['Offender'], FederationReferenceType extends FederationReferenceTypes['Offender'] = FederationReferenceTypes['Offender']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Offender']> | FederationReferenceType, FederationReferenceType, ContextType>;
  confiscationEvents?: Resolver<Maybe<Array<ResolversTypes['JourneyEvent']>>, ParentType, ContextType>;
  confiscationOrders?: Resolver<Maybe<Array<ResolversTypes['ConfiscationOrder']>>, ParentType, ContextType>;
  pncId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type OrderAmendmentResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['OrderAmendment'] = ResolversParentTypes['OrderAmendment']> = {
  amendedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  amendedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amendmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cause?: Resolver<ResolversTypes['AmendmentCause'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['AmendedField']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OverdueEnforcementActionResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['OverdueEnforcementAction'] = ResolversParentTypes['OverdueEnforcementAction']> = {
  action?: Resolver<ResolversTypes['EnforcementAction'], ParentType, ContextType>;
  daysOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['ConfiscationOrder'], ParentType, ContextType>;
};

export type OverdueEnforcementActionPageResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['OverdueEnforcementActionPage'] = ResolversParentTypes['OverdueEnforcementActionPage']> = {
  actions?: Resolver<Array<ResolversTypes['OverdueEnforcementAction']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PaymentResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  paidOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  paymentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reversedBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reverses?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['PaymentSource'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  confiscationFigures?: Resolver<ResolversTypes['ConfiscationFigures'], ParentType, ContextType, RequireFields<QueryConfiscationFiguresArgs, 'yearBasis'>>;
  confiscationOrder?: Resolver<Maybe<ResolversTypes['ConfiscationOrder']>, ParentType, ContextType, RequireFields<QueryConfiscationOrderArgs, 'accountNumber'>>;
  confiscationOrders?: Resolver<ResolversTypes['ConfiscationOrderPage'], ParentType, ContextType, RequireFields<QueryConfiscationOrdersArgs, 'first'>>;
  overdueEnforcementActions?: Resolver<ResolversTypes['OverdueEnforcementActionPage'], ParentType, ContextType, RequireFields<QueryOverdueEnforcementActionsArgs, 'first'>>;
};

export type RecordedConfiscationOrderResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['RecordedConfiscationOrder'] = ResolversParentTypes['RecordedConfiscationOrder']> = {
  order?: Resolver<ResolversTypes['ConfiscationOrder'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RecordedEnforcementActionResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['RecordedEnforcementAction'] = ResolversParentTypes['RecordedEnforcementAction']> = {
  action?: Resolver<ResolversTypes['EnforcementAction'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['ConfiscationOrder'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RecordedPaymentResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['RecordedPayment'] = ResolversParentTypes['RecordedPayment']> = {
  order?: Resolver<ResolversTypes['ConfiscationOrder'], ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RegionFiguresResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['RegionFigures'] = ResolversParentTypes['RegionFigures']> = {
  figures?: Resolver<ResolversTypes['CollectionFigures'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['CourtRegion'], ParentType, ContextType>;
};

export type ResolvedConfiscationDiscrepancyResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['ResolvedConfiscationDiscrepancy'] = ResolversParentTypes['ResolvedConfiscationDiscrepancy']> = {
  order?: Resolver<ResolversTypes['ConfiscationOrder'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resolution?: Resolver<ResolversTypes['DiscrepancyResolution'], ParentType, ContextType>;
};

export type ReversedPaymentResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['ReversedPayment'] = ResolversParentTypes['ReversedPayment']> = {
  order?: Resolver<ResolversTypes['ConfiscationOrder'], ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reversal?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
};

export type SizeBandFiguresResolvers<ContextType = ConfiscationContext, ParentType extends ResolversParentTypes['SizeBandFigures'] = ResolversParentTypes['SizeBandFigures']> = {
  band?: Resolver<ResolversTypes['OrderSizeBand'], ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['CollectionFigures'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ConfiscationContext> = {
  AmendedConfiscationOrder?: AmendedConfiscationOrderResolvers<ContextType>;
  AmendedField?: AmendedFieldResolvers<ContextType>;
  CollectionFigures?: CollectionFiguresResolvers<ContextType>;
  ConfiscationCourtRecord?: ConfiscationCourtRecordResolvers<ContextType>;
  ConfiscationDiscrepancy?: ConfiscationDiscrepancyResolvers<ContextType>;
  ConfiscationFigures?: ConfiscationFiguresResolvers<ContextType>;
  ConfiscationOrder?: ConfiscationOrderResolvers<ContextType>;
  ConfiscationOrderPage?: ConfiscationOrderPageResolvers<ContextType>;
  ConfiscationYearFigures?: ConfiscationYearFiguresResolvers<ContextType>;
  CourtFigures?: CourtFiguresResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DiscrepancyResolution?: DiscrepancyResolutionResolvers<ContextType>;
  EnforcementAction?: EnforcementActionResolvers<ContextType>;
  HeldValue?: HeldValueResolvers<ContextType>;
  JourneyEvent?: JourneyEventResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Offender?: OffenderResolvers<ContextType>;
  OrderAmendment?: OrderAmendmentResolvers<ContextType>;
  OverdueEnforcementAction?: OverdueEnforcementActionResolvers<ContextType>;
  OverdueEnforcementActionPage?: OverdueEnforcementActionPageResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordedConfiscationOrder?: RecordedConfiscationOrderResolvers<ContextType>;
  RecordedEnforcementAction?: RecordedEnforcementActionResolvers<ContextType>;
  RecordedPayment?: RecordedPaymentResolvers<ContextType>;
  RegionFigures?: RegionFiguresResolvers<ContextType>;
  ResolvedConfiscationDiscrepancy?: ResolvedConfiscationDiscrepancyResolvers<ContextType>;
  ReversedPayment?: ReversedPaymentResolvers<ContextType>;
  SizeBandFigures?: SizeBandFiguresResolvers<ContextType>;
};

