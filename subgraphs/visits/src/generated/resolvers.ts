import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { VisitTable, BookerLinkTable } from '../store/visitsTables';
import type { VisitsContext } from '../context';
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

/** A day to close a prison's visits. */
export type BlockVisitDateInput = {
  /** The date, today or later. */
  date: Scalars['Date']['input'];
  /** The establishment code, for example LEI. */
  prisonCode: Scalars['ID']['input'];
  /** Why visits are closed that day, 1 to 500 characters. */
  reason: Scalars['String']['input'];
};

/** A day a prison has closed visits. */
export type BlockedVisitDate = {
  __typename?: 'BlockedVisitDate';
  /** When the day was closed. */
  blockedAt: Scalars['DateTime']['output'];
  /** The date closed. */
  date: Scalars['Date']['output'];
  /** The prison. */
  prison: Prison;
  /** Why visits are closed that day. */
  reason: Scalars['String']['output'];
  /** The visits booked or held for the day, in session order: staff must rearrange them. */
  visitsToRearrange: Array<Visit>;
};

/** A visit to book in one step: the session, the visitors and an idempotency key. */
export type BookVisitInput = {
  /** The date of the session. */
  date: Scalars['Date']['input'];
  /** A key new to each booking (a UUID will do), sent again unchanged when a request is retried. */
  idempotencyKey: Scalars['String']['input'];
  /** The prison of the session: where the prisoner is held. */
  prisonCode: Scalars['ID']['input'];
  /** The prisoner's prison (NOMS) number. */
  prisonNumber: Scalars['ID']['input'];
  /** Open or closed. */
  restriction?: InputMaybe<VisitRestriction>;
  /** The session's local start time, HH:MM. */
  startTime: Scalars['String']['input'];
  /** The visitors: at most 6, at most 3 of them adults, one adult the lead (the prison's settings may differ). */
  visitors: Array<VisitorInput>;
};

/** A visit to cancel. */
export type CancelVisitInput = {
  /** Why it is cancelled, 1 to 500 characters. */
  reason: Scalars['String']['input'];
  /** The visit's reference. */
  reference: Scalars['ID']['input'];
};

/** A reservation to confirm, with its visitors. */
export type ConfirmVisitInput = {
  /** The reservation's reference. */
  reference: Scalars['ID']['input'];
  /** The visitors, under the same rules as bookVisit. */
  visitors: Array<VisitorInput>;
};

/** A privileged visiting order to grant. */
export type GrantPrivilegedVisitingOrderInput = {
  /** A key new to each grant (a UUID will do), sent again unchanged when a request is retried. */
  idempotencyKey: Scalars['String']['input'];
  /** The prisoner's prison (NOMS) number. */
  prisonNumber: Scalars['ID']['input'];
  /** Why it is granted, 1 to 500 characters. */
  reason: Scalars['String']['input'];
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

/** What a member of the public states to link a prisoner to their booking account, as P-Nomis records it. */
export type LinkPrisonerInput = {
  /** The prisoner's date of birth. */
  dateOfBirth: Scalars['Date']['input'];
  /** The establishment code of the prison holding the prisoner now, for example LEI. */
  prisonCode: Scalars['ID']['input'];
  /** The prisoner's prison (NOMS) number, for example A1234BC. */
  prisonNumber: Scalars['ID']['input'];
};

/** A prisoner linked to a booking account. */
export type LinkedPrisoner = {
  __typename?: 'LinkedPrisoner';
  /** When the prisoner was linked (or last linked again). */
  linkedAt: Scalars['DateTime']['output'];
  /** The prison the booker stated when they linked the prisoner, where P-Nomis said then that the prisoner was held. */
  prison: Prison;
  /** The prisoner's prison number. */
  prisonNumber: Scalars['ID']['output'];
};

/** The entry points for changing the justice graph. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Closes a prison's visits on a date, today or later, with the reason: from then on bookings and reservations for
   * that date are refused with VISIT_DATE_BLOCKED and availability shows its sessions as not bookable. Returns the
   * day closed with the visits already booked for it, which staff must rearrange. Prison staff only, at a prison of
   * their caseload (OUTSIDE_CASELOAD otherwise); closing a closed day again returns it as first closed.
   */
  blockVisitDate: BlockedVisitDate;
  /**
   * Books a visit in one step. P-Nomis is asked, live, where the prisoner is held and whether on remand or
   * sentenced, and whether each visitor is an approved contact of the prisoner, matched by name and date of birth,
   * free to visit that day. Refusals: OUTSIDE_BOOKING_WINDOW, SESSION_NOT_FOUND, SESSION_FULL, TOO_MANY_VISITORS,
   * TOO_MANY_ADULTS, LEAD_VISITOR_UNDER_AGE, VISITOR_NOT_APPROVED (not an approved contact, or not a contact at
   * all), VISITOR_BANNED (a ban in force on the visit date), VISITOR_CLOSED_VISITS_ONLY (an open visit naming a
   * contact restricted to closed visits), NO_VISITING_ORDER_BALANCE (sentenced), REMAND_WEEKLY_LIMIT_REACHED
   * (remand), OVERLAPPING_VISIT, PRISONER_NOT_FOUND, PRISONER_NOT_IN_CUSTODY, PRISONER_NOT_AT_PRISON (transferred
   * or released since), PNOMIS_UNAVAILABLE, IDEMPOTENCY_KEY_REUSED, OUTSIDE_CASELOAD, STORE_UNAVAILABLE. The same
   * idempotency key sent again returns the same visit, never a second one. Prison staff may book only at the
   * prisons of their caseload; a member of the public only for a prisoner linked to their booking account, at the
   * prison they linked them at (PRISONER_NOT_MATCHED otherwise, the answer a failed link gets). Every refusal
   * leaves nothing written.
   */
  bookVisit: Visit;
  /**
   * Cancels a visit, or releases a reservation, before it begins, with a reason: the place and the prisoner's
   * entitlement come back. Prison staff may cancel visits at the prisons of their caseload; a public visit booker
   * only the visits they booked, for prisoners linked to their booking account (VISIT_NOT_FOUND otherwise). Refused with VISIT_ALREADY_TAKEN_PLACE once it has begun; cancelling again returns the
   * cancelled visit.
   */
  cancelVisit: Visit;
  /**
   * Confirms a reservation within its hold, naming the visitors; P-Nomis is asked again that the prisoner is still
   * held at the prison, and whether the visitors may come, as bookVisit asks. Refused with HOLD_EXPIRED once the hold has lapsed, VISIT_CANCELLED, or
   * VISIT_ALREADY_CONFIRMED when it was confirmed with other visitors; confirming again with the same visitors
   * returns the visit.
   */
  confirmVisit: Visit;
  /**
   * Grants a sentenced prisoner a privileged visiting order on top of their allowance, with the reason, recorded
   * with who granted it and when; it lapses 28 days later unless used, and is used before the ordinary orders.
   * Prison staff only, for a prisoner held in their caseload (OUTSIDE_CASELOAD otherwise). Refused with
   * PRISONER_NOT_SENTENCED for a remand prisoner, PRISONER_NOT_FOUND, PRISONER_NOT_IN_CUSTODY, and
   * IDEMPOTENCY_KEY_REUSED; the same key sent again grants nothing more. Returns the allowance after the grant.
   */
  grantPrivilegedVisitingOrder: VisitingAllowance;
  /**
   * Links a prisoner to the caller's booking account: a member of the public states the prisoner's prison number,
   * date of birth and the prison holding them, as P-Nomis records them, and may then look up availability for,
   * book, list and cancel visits of that prisoner, and of no prisoner they have not linked. Linking a linked prisoner
   * again records the prison stated. Whatever does not match (no such prisoner, one released, another date of
   * birth or prison) gets the same answer, PRISONER_NOT_MATCHED, after the same work. Failed attempts are counted
   * per booking account and per prison number: after a few each answer is slowed, and after more the attempt is
   * refused with LINK_ATTEMPTS_EXCEEDED, saying in extensions.retryAfterSeconds when to try again. Prison staff book
   * for the prisoners of their caseload without linking (LINKING_NOT_FOR_STAFF). PNOMIS_UNAVAILABLE when P-Nomis
   * cannot be asked (that attempt is not counted).
   */
  linkPrisonerToBookingAccount: LinkedPrisoner;
  /**
   * Records how a booked visit went, once it has begun: prison staff only (visits:read and visits:book), at the
   * prisons of their caseload. Refused with VISIT_NOT_YET_TAKEN_PLACE, VISIT_CANCELLED or OUTCOME_ALREADY_RECORDED.
   */
  recordVisitOutcome: Visit;
  /**
   * Holds a place in a session for ten minutes, while the booker names the visitors; confirmVisit turns the hold
   * into a booking. The prisoner's entitlement (a visiting order, or a place in the remand weekly limit) is taken
   * now and given back if the hold lapses or is cancelled. Refused as bookVisit is, apart from the visitor rules.
   */
  reserveVisit: Visit;
};


/** The entry points for changing the justice graph. */
export type MutationBlockVisitDateArgs = {
  input: BlockVisitDateInput;
};


/** The entry points for changing the justice graph. */
export type MutationBookVisitArgs = {
  input: BookVisitInput;
};


/** The entry points for changing the justice graph. */
export type MutationCancelVisitArgs = {
  input: CancelVisitInput;
};


/** The entry points for changing the justice graph. */
export type MutationConfirmVisitArgs = {
  input: ConfirmVisitInput;
};


/** The entry points for changing the justice graph. */
export type MutationGrantPrivilegedVisitingOrderArgs = {
  input: GrantPrivilegedVisitingOrderInput;
};


/** The entry points for changing the justice graph. */
export type MutationLinkPrisonerToBookingAccountArgs = {
  input: LinkPrisonerInput;
};


/** The entry points for changing the justice graph. */
export type MutationRecordVisitOutcomeArgs = {
  input: RecordVisitOutcomeInput;
};


/** The entry points for changing the justice graph. */
export type MutationReserveVisitArgs = {
  input: ReserveVisitInput;
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
  /** The person's prison (NOMS) number (for example A1234BC), if they have ever been in prison. */
  prisonNumber?: Maybe<Scalars['ID']['output']>;
  /** This person's journey events recorded by the visits system: one per visit booked. */
  visitEvents?: Maybe<Array<JourneyEvent>>;
  /** The prisoner's visiting allowance today and when it next renews; null when P-Nomis does not have them in prison. */
  visitingAllowance?: Maybe<VisitingAllowance>;
  /** Social visits booked for this prisoner, oldest first. */
  visits?: Maybe<Array<Visit>>;
};

/** A prison establishment. */
export type Prison = {
  __typename?: 'Prison';
  /** The establishment code, for example LEI. */
  code: Scalars['ID']['output'];
};

/** The entry points for reading the justice graph. */
export type Query = {
  __typename?: 'Query';
  /**
   * The days a prison has closed visits between two dates (inclusive, at most 31 days apart), each with the visits
   * booked for it that staff must rearrange: prison staff, for a prison of their caseload (OUTSIDE_CASELOAD
   * otherwise).
   */
  blockedVisitDates: Array<BlockedVisitDate>;
  /**
   * The prisoners linked to the caller's booking account, in the order they were linked, each with the prison the
   * booker stated; empty for prison staff, who book without links.
   */
  myLinkedPrisoners: Array<LinkedPrisoner>;
  /**
   * The visits and reservations the caller booked: for a member of the public, those for the prisoners linked to
   * their booking account.
   */
  myVisitBookings: Array<Visit>;
  /**
   * A prisoner's visits, reservations included, soonest first when upcoming and latest first when past. Prison
   * staff (visits:read) see every visit at the prisons of their caseload; a caller who may only book (the public
   * visit booker) sees only the visits they booked, and only for a prisoner linked to their booking account
   * (PRISONER_NOT_MATCHED otherwise).
   */
  prisonerVisits: Array<Visit>;
  /** A visit by its booking reference, for example ab-cd-ef-gh. */
  visit?: Maybe<Visit>;
  /**
   * The sessions in which a prisoner can be visited between two dates (inclusive, at most 31 days apart): those
   * of the prison where P-Nomis says, at the moment of asking, that the prisoner is held, with the open and
   * closed places left in each. A member of the public (who may only book) asks only about prisoners linked to
   * their booking account (linkPrisonerToBookingAccount): any other is PRISONER_NOT_MATCHED, the answer a failed
   * link gets, and one no longer held at the prison they linked them at is PRISONER_NOT_AT_PRISON. Prison staff
   * are refused with PRISONER_NOT_FOUND, PRISONER_NOT_IN_CUSTODY, or OUTSIDE_CASELOAD for a prisoner held
   * outside their caseload. PNOMIS_UNAVAILABLE when P-Nomis cannot be asked.
   */
  visitAvailability: VisitAvailability;
  /** Visit sessions at a prison between two dates (inclusive, at most 31 days apart), with capacity and bookings. */
  visitSessions: Array<VisitSession>;
  /**
   * A prisoner's visiting allowance today and when it next renews: a sentenced prisoner's visiting orders (each
   * visit booked uses one, a cancellation gives it back), or a remand prisoner's visits left in each week of the
   * booking window. Prison staff ask about prisoners held in their caseload (OUTSIDE_CASELOAD otherwise); a member
   * of the public about a prisoner linked to their booking account (PRISONER_NOT_MATCHED otherwise), at the prison
   * they linked them at (PRISONER_NOT_AT_PRISON once moved). PRISONER_NOT_FOUND, PRISONER_NOT_IN_CUSTODY and
   * PNOMIS_UNAVAILABLE as for availability.
   */
  visitingAllowance: VisitingAllowance;
};


/** The entry points for reading the justice graph. */
export type QueryBlockedVisitDatesArgs = {
  from: Scalars['Date']['input'];
  prisonCode: Scalars['ID']['input'];
  to: Scalars['Date']['input'];
};


/** The entry points for reading the justice graph. */
export type QueryMyVisitBookingsArgs = {
  when?: InputMaybe<VisitTimeframe>;
};


/** The entry points for reading the justice graph. */
export type QueryPrisonerVisitsArgs = {
  prisonNumber: Scalars['ID']['input'];
  when?: InputMaybe<VisitTimeframe>;
};


/** The entry points for reading the justice graph. */
export type QueryVisitArgs = {
  reference: Scalars['ID']['input'];
};


/** The entry points for reading the justice graph. */
export type QueryVisitAvailabilityArgs = {
  from: Scalars['Date']['input'];
  prisonNumber: Scalars['ID']['input'];
  to: Scalars['Date']['input'];
};


/** The entry points for reading the justice graph. */
export type QueryVisitSessionsArgs = {
  from: Scalars['Date']['input'];
  prisonCode: Scalars['ID']['input'];
  to: Scalars['Date']['input'];
};


/** The entry points for reading the justice graph. */
export type QueryVisitingAllowanceArgs = {
  prisonNumber: Scalars['ID']['input'];
};

/** The outcome of a visit, as staff record it. */
export type RecordVisitOutcomeInput = {
  /** Notes, at most 500 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** How the visit went. */
  outcome: VisitOutcome;
  /** The visit's reference. */
  reference: Scalars['ID']['input'];
};

/** A week of a remand prisoner's visits. */
export type RemandWeek = {
  __typename?: 'RemandWeek';
  /** Visits booked or held in the week. */
  visitsBooked: Scalars['Int']['output'];
  /** Visits that may still be booked in the week. */
  visitsLeft: Scalars['Int']['output'];
  /** The Monday the week begins. */
  weekBeginning: Scalars['Date']['output'];
};

/** A session to hold a place in: the prison, the date and the session's start time, as availability lists them. */
export type ReserveVisitInput = {
  /** The date of the session. */
  date: Scalars['Date']['input'];
  /** A key new to each booking (a UUID will do), sent again unchanged when a request is retried. */
  idempotencyKey: Scalars['String']['input'];
  /** The prison of the session: where the prisoner is held. */
  prisonCode: Scalars['ID']['input'];
  /** The prisoner's prison (NOMS) number. */
  prisonNumber: Scalars['ID']['input'];
  /** Open or closed. */
  restriction?: InputMaybe<VisitRestriction>;
  /** The session's local start time, HH:MM. */
  startTime: Scalars['String']['input'];
};

/** A social visit booking; a public visit booker sees their own bookings only. */
export type Visit = {
  __typename?: 'Visit';
  /** When the booking was made (for a reservation, when the place was held). */
  bookedAt: Scalars['DateTime']['output'];
  /** Why the visit was cancelled, if it was. */
  cancellationReason?: Maybe<Scalars['String']['output']>;
  /** When the visit was cancelled, if it was. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** The date of the visit. */
  date: Scalars['Date']['output'];
  /** The local end time, HH:MM. */
  endTime: Scalars['String']['output'];
  /** When a reservation's hold lapses; null once booked. */
  holdExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** How the visit went, once prison staff have recorded it. */
  outcome?: Maybe<VisitOutcome>;
  /** Staff notes on the outcome. */
  outcomeNotes?: Maybe<Scalars['String']['output']>;
  /** When the outcome was recorded. */
  outcomeRecordedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The prison the visit is at. */
  prison: Prison;
  /** The prisoner's prison number. */
  prisonNumber: Scalars['ID']['output'];
  /** The booking reference, for example ab-cd-ef-gh. */
  reference: Scalars['ID']['output'];
  /** Open or closed. */
  restriction: VisitRestriction;
  /** The local start time, HH:MM. */
  startTime: Scalars['String']['output'];
  /** Reserved, booked, cancelled or expired. */
  status: VisitStatus;
  /** The visitors named on the booking (none yet on a reservation). */
  visitors: Array<Visitor>;
};

/** The sessions in which a prisoner can be visited, at the prison holding them now. */
export type VisitAvailability = {
  __typename?: 'VisitAvailability';
  /** The prison holding the prisoner now, according to P-Nomis. */
  prison: Prison;
  /** The prisoner's prison number. */
  prisonNumber: Scalars['ID']['output'];
  /** The prison's sessions in the dates asked for, with the places left. */
  sessions: Array<VisitSession>;
};

/** How a visit went, as prison staff record it. */
export type VisitOutcome =
  /** The visit took place as booked. */
  | 'COMPLETED'
  /** The prisoner declined the visit. */
  | 'PRISONER_REFUSED'
  /** The visit was stopped on security grounds. */
  | 'TERMINATED_ON_SECURITY_GROUNDS'
  /** The visitors did not come. */
  | 'VISITOR_DID_NOT_ATTEND';

/** Whether a visit takes place across a table (open) or behind a screen (closed). */
export type VisitRestriction =
  /** A closed visit, behind a screen. */
  | 'CLOSED'
  /** An open visit. */
  | 'OPEN';

/** A visit session at a prison on one date: a time slot with a fixed capacity for open and closed visits. */
export type VisitSession = {
  __typename?: 'VisitSession';
  /** Whether the prison has closed visits on this date (blockVisitDate). */
  blocked: Scalars['Boolean']['output'];
  /** Whether the session can be booked today: it has a place left, is inside the prison's booking window and its date is not closed. */
  bookable: Scalars['Boolean']['output'];
  /** Closed places left: the closed capacity less booked visits and reservations still held. */
  closedAvailable: Scalars['Int']['output'];
  /** How many closed visits are booked. */
  closedBooked: Scalars['Int']['output'];
  /** How many closed visits the session holds. */
  closedCapacity: Scalars['Int']['output'];
  /** The date of the session. */
  date: Scalars['Date']['output'];
  /** The local end time, HH:MM. */
  endTime: Scalars['String']['output'];
  /** Open places left: the open capacity less booked visits and reservations still held. */
  openAvailable: Scalars['Int']['output'];
  /** How many open visits are booked. */
  openBooked: Scalars['Int']['output'];
  /** How many open visits the session holds. */
  openCapacity: Scalars['Int']['output'];
  /** The prison the session is at. */
  prison: Prison;
  /** The local start time, HH:MM. */
  startTime: Scalars['String']['output'];
};

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

/** Which visits of a list to return. */
export type VisitTimeframe =
  /** Visits before today. */
  | 'PAST'
  /** Visits on or after today. */
  | 'UPCOMING';

/** A prisoner's visiting allowance as a booking today would find it. */
export type VisitingAllowance = {
  __typename?: 'VisitingAllowance';
  /** What the prisoner's visits are counted against. */
  basis: VisitingAllowanceBasis;
  /** The prisoner's prison number. */
  prisonNumber: Scalars['ID']['output'];
  /** Sentenced: privileged visiting orders free to book with, used first; null on remand. */
  privilegedVisitingOrders?: Maybe<Scalars['Int']['output']>;
  /** The day the soonest privileged visiting order lapses unless used; null when there is none. */
  privilegedVisitingOrdersLapseOn?: Maybe<Scalars['Date']['output']>;
  /** On remand: each week of the booking window with the visits booked and left in it; null when sentenced. */
  remandWeeks?: Maybe<Array<RemandWeek>>;
  /** When the allowance next renews: the next period's visiting orders are given, or, on remand, the next week begins. */
  renewsOn: Scalars['Date']['output'];
  /** Sentenced: ordinary visiting orders free to book with (unused ones carry over, up to 26); null on remand. */
  visitingOrders?: Maybe<Scalars['Int']['output']>;
};

/** What a prisoner's visits are counted against. */
export type VisitingAllowanceBasis =
  /** On remand: a number of visits a week (Monday to Sunday), without visiting orders. */
  | 'REMAND_WEEKLY_LIMIT'
  /** Sentenced: visiting orders, given every period (the statutory two every four weeks, more on the enhanced incentive level where the prison gives it), each visit booked using one. */
  | 'VISITING_ORDERS';

/** A visitor named on a booking; a public visit booker sees the visitors of their own bookings only. */
export type Visitor = {
  __typename?: 'Visitor';
  /** Date of birth; visitors aged 18 or over count as adults. */
  dateOfBirth: Scalars['Date']['output'];
  /** First name. */
  firstName: Scalars['String']['output'];
  /** Family name. */
  lastName: Scalars['String']['output'];
  /** Whether this visitor is the lead visitor (an adult) for the booking. */
  lead: Scalars['Boolean']['output'];
  /** The visitor's relationship to the prisoner, for example Wife or Son. */
  relationship: Scalars['String']['output'];
};

/**
 * A visitor as a booking names them: one of the prisoner's contacts approved for visits, named with the first and
 * family names and date of birth P-Nomis records for them (names match whatever their case or surrounding spaces).
 */
export type VisitorInput = {
  /** Date of birth: ages on the visit date decide who counts as an adult (18 or over by default). */
  dateOfBirth: Scalars['Date']['input'];
  /** First name. */
  firstName: Scalars['String']['input'];
  /** Family name. */
  lastName: Scalars['String']['input'];
  /** Whether this visitor is the lead visitor, who must be an adult; when none is marked, the first visitor is. */
  lead?: InputMaybe<Scalars['Boolean']['input']>;
  /** The visitor's relationship to the prisoner, for example Wife or Son. */
  relationship: Scalars['String']['input'];
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
  Offender: Offender;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Offender:
    ( { __typename: 'Offender' }
    & GraphQLRecursivePick<FederationTypes['Offender'], {"prisonNumber":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  BlockVisitDateInput: ResolverTypeWrapper<any>;
  ID: ResolverTypeWrapper<any>;
  String: ResolverTypeWrapper<any>;
  BlockedVisitDate: ResolverTypeWrapper<any>;
  BookVisitInput: ResolverTypeWrapper<any>;
  CancelVisitInput: ResolverTypeWrapper<any>;
  ConfirmVisitInput: ResolverTypeWrapper<any>;
  Date: ResolverTypeWrapper<any>;
  DateTime: ResolverTypeWrapper<any>;
  GrantPrivilegedVisitingOrderInput: ResolverTypeWrapper<any>;
  JourneyEvent: ResolverTypeWrapper<any>;
  JourneyEventKind: ResolverTypeWrapper<any>;
  JourneySystem: ResolverTypeWrapper<any>;
  LinkPrisonerInput: ResolverTypeWrapper<any>;
  LinkedPrisoner: ResolverTypeWrapper<BookerLinkTable>;
  Money: ResolverTypeWrapper<any>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Offender: ResolverTypeWrapper<any>;
  Prison: ResolverTypeWrapper<any>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordVisitOutcomeInput: ResolverTypeWrapper<any>;
  RemandWeek: ResolverTypeWrapper<any>;
  Int: ResolverTypeWrapper<any>;
  ReserveVisitInput: ResolverTypeWrapper<any>;
  Visit: ResolverTypeWrapper<VisitTable>;
  VisitAvailability: ResolverTypeWrapper<any>;
  VisitOutcome: ResolverTypeWrapper<any>;
  VisitRestriction: ResolverTypeWrapper<any>;
  VisitSession: ResolverTypeWrapper<any>;
  Boolean: ResolverTypeWrapper<any>;
  VisitStatus: ResolverTypeWrapper<any>;
  VisitTimeframe: ResolverTypeWrapper<any>;
  VisitingAllowance: ResolverTypeWrapper<any>;
  VisitingAllowanceBasis: ResolverTypeWrapper<any>;
  Visitor: ResolverTypeWrapper<any>;
  VisitorInput: ResolverTypeWrapper<any>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  BlockVisitDateInput: any;
  ID: any;
  String: any;
  BlockedVisitDate: any;
  BookVisitInput: any;
  CancelVisitInput: any;
  ConfirmVisitInput: any;
  Date: any;
  DateTime: any;
  GrantPrivilegedVisitingOrderInput: any;
  JourneyEvent: any;
  LinkPrisonerInput: any;
  LinkedPrisoner: BookerLinkTable;
  Money: any;
  Mutation: Record<PropertyKey, never>;
  Offender: any;
  Prison: any;
  Query: Record<PropertyKey, never>;
  RecordVisitOutcomeInput: any;
  RemandWeek: any;
  Int: any;
  ReserveVisitInput: any;
  Visit: VisitTable;
  VisitAvailability: any;
  VisitSession: any;
  Boolean: any;
  VisitingAllowance: any;
  Visitor: any;
  VisitorInput: any;
};

export type BlockedVisitDateResolvers<ContextType = VisitsContext, ParentType extends ResolversParentTypes['BlockedVisitDate'] = ResolversParentTypes['BlockedVisitDate']> = {
  blockedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  prison?: Resolver<ResolversTypes['Prison'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  visitsToRearrange?: Resolver<Array<ResolversTypes['Visit']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type JourneyEventResolvers<ContextType = VisitsContext, ParentType extends ResolversParentTypes['JourneyEvent'] = ResolversParentTypes['JourneyEvent']> = {
  kind?: Resolver<ResolversTypes['JourneyEventKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['JourneySystem'], ParentType, ContextType>;
};

export type LinkedPrisonerResolvers<ContextType = VisitsContext, ParentType extends ResolversParentTypes['LinkedPrisoner'] = ResolversParentTypes['LinkedPrisoner']> = {
  linkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  prison?: Resolver<ResolversTypes['Prison'], ParentType, ContextType>;
  prisonNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = VisitsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  blockVisitDate?: Resolver<ResolversTypes['BlockedVisitDate'], ParentType, ContextType, RequireFields<MutationBlockVisitDateArgs, 'input'>>;
  bookVisit?: Resolver<ResolversTypes['Visit'], ParentType, ContextType, RequireFields<MutationBookVisitArgs, 'input'>>;
  cancelVisit?: Resolver<ResolversTypes['Visit'], ParentType, ContextType, RequireFields<MutationCancelVisitArgs, 'input'>>;
  confirmVisit?: Resolver<ResolversTypes['Visit'], ParentType, ContextType, RequireFields<MutationConfirmVisitArgs, 'input'>>;
  grantPrivilegedVisitingOrder?: Resolver<ResolversTypes['VisitingAllowance'], ParentType, ContextType, RequireFields<MutationGrantPrivilegedVisitingOrderArgs, 'input'>>;
  linkPrisonerToBookingAccount?: Resolver<ResolversTypes['LinkedPrisoner'], ParentType, ContextType, RequireFields<MutationLinkPrisonerToBookingAccountArgs, 'input'>>;
  recordVisitOutcome?: Resolver<ResolversTypes['Visit'], ParentType, ContextType, RequireFields<MutationRecordVisitOutcomeArgs, 'input'>>;
  reserveVisit?: Resolver<ResolversTypes['Visit'], ParentType, ContextType, RequireFields<MutationReserveVisitArgs, 'input'>>;
};

export type OffenderResolvers<ContextType = VisitsContext, ParentType extends ResolversParentTypes['Offender'] = ResolversParentTypes['Offender'], FederationReferenceType extends FederationReferenceTypes['Offender'] = FederationReferenceTypes['Offender']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Offender']> | FederationReferenceType, FederationReferenceType, ContextType>;
  prisonNumber?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  visitEvents?: Resolver<Maybe<Array<ResolversTypes['JourneyEvent']>>, ParentType, ContextType>;
  visitingAllowance?: Resolver<Maybe<ResolversTypes['VisitingAllowance']>, ParentType, ContextType>;
  visits?: Resolver<Maybe<Array<ResolversTypes['Visit']>>, ParentType, ContextType>;
};

export type PrisonResolvers<ContextType = VisitsContext, ParentType extends ResolversParentTypes['Prison'] = ResolversParentTypes['Prison']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = VisitsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  blockedVisitDates?: Resolver<Array<ResolversTypes['BlockedVisitDate']>, ParentType, ContextType, RequireFields<QueryBlockedVisitDatesArgs, 'from' | 'prisonCode' | 'to'>>;
  myLinkedPrisoners?: Resolver<Array<ResolversTypes['LinkedPrisoner']>, ParentType, ContextType>;
  myVisitBookings?: Resolver<Array<ResolversTypes['Visit']>, ParentType, ContextType, RequireFields<QueryMyVisitBookingsArgs, 'when'>>;
  prisonerVisits?: Resolver<Array<ResolversTypes['Visit']>, ParentType, ContextType, RequireFields<QueryPrisonerVisitsArgs, 'prisonNumber' | 'when'>>;
  visit?: Resolver<Maybe<ResolversTypes['Visit']>, ParentType, ContextType, RequireFields<QueryVisitArgs, 'reference'>>;
  visitAvailability?: Resolver<ResolversTypes['VisitAvailability'], ParentType, ContextType, RequireFields<QueryVisitAvailabilityArgs, 'from' | 'prisonNumber' | 'to'>>;
  visitSessions?: Resolver<Array<ResolversTypes['VisitSession']>, ParentType, ContextType, RequireFields<QueryVisitSessionsArgs, 'from' | 'prisonCode' | 'to'>>;
  visitingAllowance?: Resolver<ResolversTypes['VisitingAllowance'], ParentType, ContextType, RequireFields<QueryVisitingAllowanceArgs, 'prisonNumber'>>;
};

export type RemandWeekResolvers<ContextType = VisitsContext, ParentType extends ResolversParentTypes['RemandWeek'] = ResolversParentTypes['RemandWeek']> = {
  visitsBooked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visitsLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weekBeginning?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type VisitResolvers<ContextType = VisitsContext, ParentType extends ResolversParentTypes['Visit'] = ResolversParentTypes['Visit']> = {
  bookedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  endTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holdExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['VisitOutcome']>, ParentType, ContextType>;
  outcomeNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcomeRecordedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  prison?: Resolver<ResolversTypes['Prison'], ParentType, ContextType>;
  prisonNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  restriction?: Resolver<ResolversTypes['VisitRestriction'], ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VisitStatus'], ParentType, ContextType>;
  visitors?: Resolver<Array<ResolversTypes['Visitor']>, ParentType, ContextType>;
};

export type VisitAvailabilityResolvers<ContextType = VisitsContext, ParentType extends ResolversParentTypes['VisitAvailability'] = ResolversParentTypes['VisitAvailability']> = {
  prison?: Resolver<ResolversTypes['Prison'], ParentType, ContextType>;
  prisonNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['VisitSession']>, ParentType, ContextType>;
};

export type VisitSessionResolvers<ContextType = VisitsContext, ParentType extends ResolversParentTypes['VisitSession'] = ResolversParentTypes['VisitSession']> = {
  blocked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  bookable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  closedAvailable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closedBooked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closedCapacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  endTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openAvailable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openBooked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openCapacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  prison?: Resolver<ResolversTypes['Prison'], ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VisitingAllowanceResolvers<ContextType = VisitsContext, ParentType extends ResolversParentTypes['VisitingAllowance'] = ResolversParentTypes['VisitingAllowance']> = {
  basis?: Resolver<ResolversTypes['VisitingAllowanceBasis'], ParentType, ContextType>;
  prisonNumber?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  privilegedVisitingOrders?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  privilegedVisitingOrdersLapseOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  remandWeeks?: Resolver<Maybe<Array<ResolversTypes['RemandWeek']>>, ParentType, ContextType>;
  renewsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  visitingOrders?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type VisitorResolvers<ContextType = VisitsContext, ParentType extends ResolversParentTypes['Visitor'] = ResolversParentTypes['Visitor']> = {
  dateOfBirth?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = VisitsContext> = {
  BlockedVisitDate?: BlockedVisitDateResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  JourneyEvent?: JourneyEventResolvers<ContextType>;
  LinkedPrisoner?: LinkedPrisonerResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Offender?: OffenderResolvers<ContextType>;
  Prison?: PrisonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RemandWeek?: RemandWeekResolvers<ContextType>;
  Visit?: VisitResolvers<ContextType>;
  VisitAvailability?: VisitAvailabilityResolvers<ContextType>;
  VisitSession?: VisitSessionResolvers<ContextType>;
  VisitingAllowance?: VisitingAllowanceResolvers<ContextType>;
  Visitor?: VisitorResolvers<ContextType>;
};

