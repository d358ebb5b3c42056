import { createHash } from 'node:crypto';
import { badUserInput } from '@lib/graphql/errors';
import { requireIdentifier } from '@lib/identifiers/requireIdentifier';
import type { VisitorInput } from '../services/visitorRules';
import { requireIdempotencyKey } from './requestChecks';

/** What a caller sends to reserve a place (reserveVisit) or to book outright (bookVisit). */
export interface PlaceVisitInput {
  prisonNumber: string;
  prisonCode: string;
  date: string;
  startTime: string;
  restriction?: 'OPEN' | 'CLOSED' | null;
  idempotencyKey: string;
  visitors?: readonly VisitorInput[] | null;
}

/** A reservation or a booking request, its identifiers checked, with a digest that pins what it asked for. */
export interface PlaceVisitRequest {
  mode: 'RESERVE' | 'BOOK';
  prisonNumber: string;
  prisonCode: string;
  date: string;
  startTime: string;
  restriction: 'OPEN' | 'CLOSED';
  idempotencyKey: string;
  visitors: readonly VisitorInput[];
  digest: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Checks the form of a reservation or booking request; the rules are checked later. */
export function placeVisitRequest(
  mode: PlaceVisitRequest['mode'],
  input: PlaceVisitInput,
): PlaceVisitRequest {
  if (!TIME.test(input.startTime)) throw badUserInput('startTime must be a time of day, HH:MM', 'startTime');
  requireIdempotencyKey(input.idempotencyKey, 'booking');
  const request = {
    mode,
    prisonNumber: requireIdentifier('prisonNumber', input.prisonNumber, 'prisonNumber'),
    prisonCode: requireIdentifier('prisonCode', input.prisonCode, 'prisonCode'),
    date: input.date,
    startTime: input.startTime,
    restriction: input.restriction ?? 'OPEN',
    idempotencyKey: input.idempotencyKey,
    visitors: input.visitors ?? [],
  };
  const digest = createHash('sha256')
    .update(
      JSON.stringify([
        request.mode,
        request.prisonNumber,
        request.prisonCode,
        request.date,
        request.startTime,
        request.restriction,
        request.visitors.map((visitor) => [
          visitor.firstName,
          visitor.lastName,
          visitor.dateOfBirth,
          visitor.relationship,
          visitor.lead ?? false,
        ]),
      ]),
    )
    .digest('hex');
  return { ...request, digest };
}
