import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { LoggedEvent } from '../store/eventLogStore';
import type { WebhookRow } from '../store/webhookStore';
import type { NotificationsContext } from '../context';
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

/**
 * What happened in one of the justice systems, as a CloudEvents 1.0 event: the records it is about, not their
 * details. Who a record is about is personal data: reading events needs one of the scopes that read records.
 */
export type Event = {
  __typename?: 'Event';
  /** The whole CloudEvents envelope as JSON, exactly as a webhook receives it. */
  cloudEvent: Scalars['String']['output'];
  /** The CloudEvents `type`, for example uk.gov.justice.courts.case.sent-to-crown-court.v1. */
  cloudEventType: Scalars['String']['output'];
  /** The confiscation order it is about, by enforcement account number. */
  confiscationAccountNumber?: Maybe<Scalars['String']['output']>;
  /** The Crown Court case it is about, by its number at the centre crownCourtCode names. */
  crownCourtCaseNumber?: Maybe<Scalars['String']['output']>;
  /** The court code of the Crown Court centre that holds the case it is about: each centre numbers its own cases. */
  crownCourtCode?: Maybe<Scalars['String']['output']>;
  /** Its place in the feed: ask `events(after:)` with it for what came after. */
  cursor: Scalars['String']['output'];
  /** The prison holding the person, for events about someone in custody. */
  establishmentCode?: Maybe<Scalars['String']['output']>;
  /** The event's id (the CloudEvents `id` and the `webhook-id` of its deliveries): consumers deduplicate by it. */
  id: Scalars['ID']['output'];
  /** The PNC ID of the person it is about, when the recording system holds one. */
  pncId?: Maybe<Scalars['String']['output']>;
  /** The prison number of the person it is about, when the recording system holds one. */
  prisonNumber?: Maybe<Scalars['String']['output']>;
  /** The system that recorded it, as the CloudEvents `source`, for example /justice-gateway/courts. */
  source: Scalars['String']['output'];
  /** The record it is about, as the CloudEvents `subject`: the identifier's kind and value, e.g. urn/01AB2345678 (a Crown Court case's value is its centre's court code and its number, crownCourtCaseNumber/C13LS00/T20260001). */
  subject: Scalars['String']['output'];
  /** When it happened. */
  time: Scalars['DateTime']['output'];
  /** The kind of event. */
  type: EventType;
  /** The magistrates' case it is about. */
  urn?: Maybe<Scalars['String']['output']>;
  /** The visit it is about, by booking reference. */
  visitReference?: Maybe<Scalars['String']['output']>;
};

/** A page of the event feed. */
export type EventPage = {
  __typename?: 'EventPage';
  /** The cursor to ask for the next page with; the `after` given (or null) when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** The events, oldest first. */
  events: Array<Event>;
  /** Whether more events were waiting when the page was read. */
  hasMore: Scalars['Boolean']['output'];
};

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
  /** Removes a webhook: nothing more is delivered to it. True when there was one to remove. */
  deleteWebhook: Scalars['Boolean']['output'];
  /** Stops delivering to a webhook; events go on being kept, to deliver from where it stopped when it is resumed. */
  pauseWebhook: Webhook;
  /**
   * Registers a webhook for the caller's agency: events of the types given are POSTed to the URL as CloudEvents,
   * one per request, in order, signed with the secret returned here once (Standard Webhooks: webhook-id,
   * webhook-timestamp, webhook-signature). A type the caller's scopes do not read is refused
   * (EVENT_TYPE_NOT_ALLOWED); prison staff receive only events at the prisons of their caseload as it is now. The
   * URL must be https (INVALID_WEBHOOK_URL). Delivery starts with the next event, or after `from` to replay.
   */
  registerWebhook: RegisteredWebhook;
  /**
   * Resumes delivery to a webhook (paused by its agency, or after a day of failures), from where it stopped, or from
   * `from` to replay: every event after that cursor is delivered again, in order.
   */
  resumeWebhook: Webhook;
};


/** The entry points for changing the justice graph. */
export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for changing the justice graph. */
export type MutationPauseWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for changing the justice graph. */
export type MutationRegisterWebhookArgs = {
  input: RegisterWebhookInput;
};


/** The entry points for changing the justice graph. */
export type MutationResumeWebhookArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};

/** The entry points for reading the justice graph. */
export type Query = {
  __typename?: 'Query';
  /**
   * The events the caller may see, oldest first, after a cursor: a pull feed for consumers that cannot receive
   * webhooks. Only the types the caller's scopes read are returned (a type asked for that they do not read is
   * refused with EVENT_TYPE_NOT_ALLOWED), and for prison staff only events at the prisons of their caseload.
   */
  events: EventPage;
  /**
   * The latest events about one person, newest first, that the caller may see: what the caseworker's page shows.
   * Give the person's PNC ID, prison number, or both (events name whichever the recording system holds).
   */
  recentEvents: Array<Event>;
  /** The event types the caller may subscribe to, given their scopes. */
  subscribableEventTypes: Array<EventType>;
  /** The webhooks the caller's agency has registered, with how delivery to each is going. */
  webhooks: Array<Webhook>;
};


/** The entry points for reading the justice graph. */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  pncId?: InputMaybe<Scalars['String']['input']>;
  prisonNumber?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<EventType>>;
};


/** The entry points for reading the justice graph. */
export type QueryRecentEventsArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
  pncId?: InputMaybe<Scalars['String']['input']>;
  prisonNumber?: InputMaybe<Scalars['String']['input']>;
};

/** A webhook to register. */
export type RegisterWebhookInput = {
  /** What it is for, up to 200 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A cursor to start after (replaying what came after it); omit to start with the next event. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** The event types wanted: at least one, each readable with the caller's scopes. */
  types: Array<EventType>;
  /** The endpoint: an https URL. */
  url: Scalars['String']['input'];
};

/** A webhook just registered, with its signing secret: shown this once, so keep it. */
export type RegisteredWebhook = {
  __typename?: 'RegisteredWebhook';
  /** The secret that signs its deliveries (whsec_ and base64), as Standard Webhooks libraries take it. */
  secret: Scalars['String']['output'];
  /** The webhook. */
  webhook: Webhook;
};

/** A webhook an agency registered, with how delivery to it is going. */
export type Webhook = {
  __typename?: 'Webhook';
  /** How many attempts in a row have failed. */
  consecutiveFailures: Scalars['Int']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** The cursor of the last event delivered (or skipped past): events after it are still to come. */
  cursor?: Maybe<Scalars['String']['output']>;
  /** How many events have been delivered to it. */
  deliveredCount: Scalars['Int']['output'];
  /** What the agency said it is for. */
  description?: Maybe<Scalars['String']['output']>;
  /** For prison staff, the prisons whose events it receives; null for every prison the types allow. */
  establishmentCodes?: Maybe<Array<Scalars['String']['output']>>;
  /** Since when deliveries have been failing; null while they succeed. */
  failingSince?: Maybe<Scalars['DateTime']['output']>;
  /** The webhook's id. */
  id: Scalars['ID']['output'];
  /** When an event was last delivered. */
  lastDeliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the last delivery failed, for example `HTTP 503` or `connection refused`; null once one succeeds. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When the next attempt is due, while failing. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** How delivery stands. */
  status: WebhookStatus;
  /** The event types delivered to it. */
  types: Array<EventType>;
  /** Where events are POSTed. */
  url: Scalars['String']['output'];
};

/** How delivery to a webhook stands. */
export type WebhookStatus =
  /** Events are delivered as they come. */
  | 'ACTIVE'
  /** The last deliveries failed; they are being retried with growing waits, in order. */
  | 'FAILING'
  /** Nothing is delivered (paused by the agency, or after a day of failures); events are kept to resume from. */
  | 'PAUSED';



export type ResolverTypeWrapper<T> = Promise<T> | T;


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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Date: ResolverTypeWrapper<any>;
  DateTime: ResolverTypeWrapper<any>;
  Event: ResolverTypeWrapper<LoggedEvent>;
  String: ResolverTypeWrapper<any>;
  ID: ResolverTypeWrapper<any>;
  EventPage: ResolverTypeWrapper<any>;
  Boolean: ResolverTypeWrapper<any>;
  EventType: ResolverTypeWrapper<any>;
  JourneyEvent: ResolverTypeWrapper<any>;
  JourneyEventKind: ResolverTypeWrapper<any>;
  JourneySystem: ResolverTypeWrapper<any>;
  Money: ResolverTypeWrapper<any>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<any>;
  RegisterWebhookInput: ResolverTypeWrapper<any>;
  RegisteredWebhook: ResolverTypeWrapper<any>;
  Webhook: ResolverTypeWrapper<WebhookRow>;
  WebhookStatus: ResolverTypeWrapper<any>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Date: any;
  DateTime: any;
  Event: LoggedEvent;
  String: any;
  ID: any;
  EventPage: any;
  Boolean: any;
  JourneyEvent: any;
  Money: any;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  Int: any;
  RegisterWebhookInput: any;
  RegisteredWebhook: any;
  Webhook: WebhookRow;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EventResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  cloudEvent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cloudEventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confiscationAccountNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  crownCourtCaseNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  crownCourtCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  establishmentCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pncId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  prisonNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EventType'], ParentType, ContextType>;
  urn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  visitReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EventPageResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['EventPage'] = ResolversParentTypes['EventPage']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type JourneyEventResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['JourneyEvent'] = ResolversParentTypes['JourneyEvent']> = {
  kind?: Resolver<ResolversTypes['JourneyEventKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['JourneySystem'], ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  deleteWebhook?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteWebhookArgs, 'id'>>;
  pauseWebhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType, RequireFields<MutationPauseWebhookArgs, 'id'>>;
  registerWebhook?: Resolver<ResolversTypes['RegisteredWebhook'], ParentType, ContextType, RequireFields<MutationRegisterWebhookArgs, 'input'>>;
  resumeWebhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType, RequireFields<MutationResumeWebhookArgs, 'id'>>;
};

export type QueryResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  events?: Resolver<ResolversTypes['EventPage'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first'>>;
  recentEvents?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryRecentEventsArgs, 'last'>>;
  subscribableEventTypes?: Resolver<Array<ResolversTypes['EventType']>, ParentType, ContextType>;
  webhooks?: Resolver<Array<ResolversTypes['Webhook']>, ParentType, ContextType>;
};

export type RegisteredWebhookResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['RegisteredWebhook'] = ResolversParentTypes['RegisteredWebhook']> = {
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  webhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType>;
};

export type WebhookResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Webhook'] = ResolversParentTypes['Webhook']> = {
  consecutiveFailures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deliveredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  establishmentCodes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  failingSince?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastDeliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookStatus'], ParentType, ContextType>;
  types?: Resolver<Array<ResolversTypes['EventType']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = NotificationsContext> = {
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Event?: EventResolvers<ContextType>;
  EventPage?: EventPageResolvers<ContextType>;
  JourneyEvent?: JourneyEventResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisteredWebhook?: RegisteredWebhookResolvers<ContextType>;
  Webhook?: WebhookResolvers<ContextType>;
};

