import { randomUUID } from 'node:crypto';
import { JOURNEY_QUERY } from '../../tests/support/journeyQuery';
import { purposeHeaders } from '../../tests/support/purposeHeaders';
import { SEND_CASE } from '../../tests/courts/support/courtsOperations';
import { addDays, londonNow } from '@lib/time/londonTime';
import { bookingInput, type BookingJob } from '../load/bookingJobs';
import { registeredOperation } from '../load/registeredOperations';
import { inTurn } from '../load/workloads';
import type { ChaosPeople } from './chaosPeople';

/** The kinds of request the chaos load mixes, and the subgraphs each one needs for a full answer. */
export const REQUEST_KINDS = {
  journey: ['courts', 'pnomis', 'visits', 'confiscation'],
  availability: ['visits', 'pnomis'],
  booking: ['visits', 'pnomis'],
  payment: ['confiscation'],
  transfer: ['courts'],
} as const;

/** A kind of request of the chaos load. */
export type RequestKind = keyof typeof REQUEST_KINDS;

/** A write the gateway acknowledged: what the store must hold once, afterwards. */
export type AcknowledgedWrite =
  | { kind: 'booking'; reference: string; idempotencyKey: string }
  | { kind: 'payment'; paymentId: string; idempotencyKey: string }
  | { kind: 'transfer'; urn: string; caseNumber: string };

/** One request to send: its body and headers, and how to read a write's acknowledgement from the answer. */
export interface ChaosRequest {
  kind: RequestKind;
  body: string;
  headers: Record<string, string>;
  /** For a write, the acknowledgement in a successful answer's data (null when the answer holds none). */
  acknowledgement?: (data: Record<string, unknown>) => AcknowledgedWrite | null;
  /** For a write, the same request again (same idempotency key), as a client retries one that got no answer. */
  retry?: () => ChaosRequest;
}

const headersFor = (token: string) => ({
  authorization: `Bearer ${token}`,
  ...purposeHeaders(token, 'Chaos run of the gateway (synthetic data)'),
});

/** Each kind's request maker, drawing its people and records from the seeded stores in turn. */
export function chaosRequestMakers(people: ChaosPeople): Record<RequestKind, () => ChaosRequest | null> {
  const today = londonNow(new Date()).date;
  // The caseworkers' front-ends send the booker's registered operations as text too.
  const availability = registeredOperation('public-visit-booker', 'VisitAvailabilityForPrisoner').body;
  const booking = registeredOperation('public-visit-booker', 'VisitBooking').body;
  const payment = registeredOperation('financial-investigator', 'RecordConfiscationPayment').body;
  const pncId = inTurn(people.pncIds);
  const prisoner = inTurn(people.prisonersInCustody);
  const order = inTurn(people.openOrders);
  const bookingJobs: BookingJob[] = [...people.bookingJobs];
  const cases = [...people.sendableCases];
  const request = (
    kind: RequestKind,
    token: string,
    query: string,
    variables: unknown,
    extra: Partial<ChaosRequest> = {},
  ): ChaosRequest => ({
    kind,
    body: JSON.stringify({ query, variables }),
    headers: { ...headersFor(token), 'x-request-id': randomUUID() },
    ...extra,
  });
  /** A write and its retries: the same body under a new request id each time. */
  const write = (
    kind: RequestKind,
    token: string,
    query: string,
    variables: unknown,
    read: ChaosRequest['acknowledgement'],
  ) => {
    const make = (): ChaosRequest =>
      request(kind, token, query, variables, { acknowledgement: read, retry: make });
    return make();
  };
  return {
    journey: () => request('journey', people.tokens.caseworker, JOURNEY_QUERY, { pncId: pncId() }),
    availability: () =>
      request('availability', people.tokens.prisonStaff, availability, {
        prisonNumber: prisoner().prisonNumber,
        from: addDays(today, 2),
        to: addDays(today, 9),
      }),
    booking: () => {
      const job = bookingJobs.shift();
      if (!job) return null;
      const idempotencyKey = `chaos-${randomUUID()}`;
      // Prison staff book, for anyone their caseload holds, naming approved contacts of the prisoner.
      const input = bookingInput(job, idempotencyKey);
      return write('booking', people.tokens.prisonStaff, booking, { input }, (data) => {
        const reference = (data.bookVisit as { reference?: string } | null)?.reference;
        return reference ? { kind: 'booking', reference, idempotencyKey } : null;
      });
    },
    payment: () => {
      const idempotencyKey = `chaos-${randomUUID()}`;
      const input = {
        accountNumber: order(),
        paidOn: today,
        source: 'VOLUNTARY',
        amount: '1.00',
        idempotencyKey,
      };
      return write('payment', people.tokens.investigator, payment, { input }, (data) => {
        const paymentId = (data.recordConfiscationPayment as { payment?: { paymentId?: string } } | null)
          ?.payment?.paymentId;
        return paymentId ? { kind: 'payment', paymentId, idempotencyKey } : null;
      });
    },
    transfer: () => {
      const sendable = cases.shift();
      if (!sendable) return null;
      const input = { ...sendable, sendingType: 'SENT_FOR_TRIAL', idempotencyKey: `chaos-${randomUUID()}` };
      return write('transfer', people.tokens.courtStaff, SEND_CASE, { input }, (data) => {
        const sent = data.sendCaseToCrownCourt as { crownCourtCase?: { caseNumber?: string } } | null;
        const caseNumber = sent?.crownCourtCase?.caseNumber;
        return caseNumber ? { kind: 'transfer', urn: sendable.urn, caseNumber } : null;
      });
    },
  };
}
