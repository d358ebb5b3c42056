import { inCaseload, outsideCaseload } from '@lib/authorization/caseload';
import { requireBookingWindow } from '../services/bookingWindow';
import { prisonSettings } from '../services/prisonSettings';
import { checkVisitors } from '../services/visitorRules';
import { visitRefusal } from '../services/visitRefusal';
import type { VisitTable } from '../store/visitsTables';
import {
  type Actor,
  type BookingDependencies,
  isUniqueViolation,
  moment,
  subjectOf,
  write,
} from './bookingDependencies';
import { placeVisitRequest, type PlaceVisitInput, type PlaceVisitRequest } from './placeRequest';
import { placeVisitUnit } from './placeVisitUnit';
import { requireLinked } from '../linking/bookerLinks';
import { requireVisitable } from './prisonerWhereabouts';

/** The visit an earlier request with the same key made, if it asked for the same thing. */
function replay(visit: VisitTable, request: PlaceVisitRequest): VisitTable {
  if (visit.requestDigest !== request.digest) {
    throw visitRefusal(
      'IDEMPOTENCY_KEY_REUSED',
      `The idempotency key ${request.idempotencyKey} was already used for a different request (visit ` +
        `${visit.reference}); use a new key for a new booking`,
    );
  }
  return visit;
}

/**
 * Reserves a place (a hold that lapses after ten minutes) or books a visit outright. Cheap checks come first;
 * then P-Nomis is asked, live, where the prisoner is held and whether on remand or sentenced, and whether the
 * visitors named are approved contacts of the prisoner free to visit that day; then one
 * transaction checks the prisoner's entitlement and the session's places and writes the visit. A retry with the
 * same idempotency key returns the visit the first request made, whichever of the two gets there first.
 */
export async function placeVisit(
  dependencies: BookingDependencies,
  actor: Actor,
  mode: PlaceVisitRequest['mode'],
  input: PlaceVisitInput,
): Promise<VisitTable> {
  const request = placeVisitRequest(mode, input);
  const bookedBy = subjectOf(actor);
  const { store } = dependencies;
  // A member of the public books only for a prisoner linked to their account, at the prison they linked them at
  // (a retry included: nothing of a prisoner no longer linked is given back); prison staff only at the prisons of
  // their caseload.
  const link = await requireLinked(store, actor, request.prisonNumber);
  if (link && link.prisonCode !== request.prisonCode) {
    throw visitRefusal(
      'PRISONER_NOT_AT_PRISON',
      `${request.prisonNumber} is linked to your booking account at ${link.prisonCode}, not ${request.prisonCode}`,
    );
  }
  const earlier = await store.findVisitByIdempotencyKey(bookedBy, request.idempotencyKey);
  if (earlier) return replay(earlier, request);
  if (!inCaseload(actor.caller, request.prisonCode)) throw outsideCaseload();
  const [settingsRow, template] = await Promise.all([
    store.findPrisonSettings(request.prisonCode),
    store.findSessionTemplateAt(request.prisonCode, request.date, request.startTime),
  ]);
  const settings = prisonSettings(settingsRow);
  const at = moment(dependencies);
  requireBookingWindow(request.date, at.date, settings);
  if (!template) {
    throw visitRefusal(
      'SESSION_NOT_FOUND',
      `${request.prisonCode} holds no visit session starting at ${request.startTime} on ${request.date}`,
    );
  }
  const visitors = mode === 'BOOK' ? checkVisitors(request.visitors, request.date, settings) : [];
  // One question to P-Nomis: where the prisoner is now, and whether each visitor named may come that day.
  const whereabouts = await requireVisitable(
    dependencies,
    actor,
    { prisonNumber: request.prisonNumber, prisonCode: request.prisonCode, link },
    { date: request.date, restriction: request.restriction, visitors },
  );
  try {
    const outcome = await write(
      dependencies,
      placeVisitUnit({
        request,
        visitors,
        template,
        settings,
        whereabouts,
        bookedBy,
        now: at.now,
        today: at.date,
      }),
    );
    return outcome.replayed ? replay(outcome.visit, request) : outcome.visit;
  } catch (error) {
    // Two requests with one key raced past the first look-up: the loser finds the winner's visit.
    if (!isUniqueViolation(error)) throw error;
    const winner = await store.findVisitByIdempotencyKey(bookedBy, request.idempotencyKey);
    if (winner) return replay(winner, request);
    // The other unique guard: one live visit per prisoner per session.
    throw visitRefusal('OVERLAPPING_VISIT', `${request.prisonNumber} already has a visit in this session`);
  }
}
