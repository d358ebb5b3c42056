import type { BookingJob } from '../../bench/load/bookingJobs';
import { type ContactOnRecord, visitorParty } from '../../bench/load/visitorParty';
import type { PrisonerInCustody } from '../../bench/system/population';

/** How many times a popular session's open places its contenders outnumber (and two more, so a full one is asked too). */
const OVERSUBSCRIBED = 3;
const EXTRA_CONTENDERS = 2;

/** Popular sessions start at or after this, on a Saturday or a Sunday. */
const AFTERNOON = '12:00';

/** A popular session the contended share aims at: how many places it had left, and how many asked for them. */
export interface ContendedSession {
  key: string;
  placesLeft: number;
  contenders: number;
}

/** The contended share of a run's bookings. */
export interface ContendedPlan {
  jobs: BookingJob[];
  sessions: ContendedSession[];
  /** The prisoners booked for, each once: the rest of the plan leaves them alone. */
  prisonNumbers: Set<string>;
}

const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay());

/**
 * Bookings aimed at popular sessions, as real demand is: weekend afternoon sessions of the prisons holding the
 * most prisoners, each asked for by OVERSUBSCRIBED times its open places (plus EXTRA_CONTENDERS; a session already
 * full is asked for too), sessions added until `wanted` bookings are planned. A session's contenders are cut to what
 * is left of `wanted`, and it is taken only while they still outnumber its places: at national scale a popular
 * session has hundreds of places, and a short run would otherwise be all contenders for one of them. Each booking is for a different prisoner held at that prison, with approved contacts free
 * to visit that day: the only rule that can refuse one is the session's capacity.
 */
export function planContendedJobs(
  prisonersInCustody: readonly PrisonerInCustody[],
  placesLeft: ReadonlyMap<string, number>,
  contacts: ReadonlyMap<string, readonly ContactOnRecord[]>,
  wanted: number,
): ContendedPlan {
  const plan: ContendedPlan = { jobs: [], sessions: [], prisonNumbers: new Set() };
  if (wanted <= 0) return plan;
  const heldAt = new Map<string, PrisonerInCustody[]>();
  for (const prisoner of prisonersInCustody) {
    heldAt.set(prisoner.prisonCode, [...(heldAt.get(prisoner.prisonCode) ?? []), prisoner]);
  }
  const prisonRank = [...heldAt.keys()].sort(
    (a, b) => (heldAt.get(b)?.length ?? 0) - (heldAt.get(a)?.length ?? 0) || a.localeCompare(b),
  );
  const popular = [...placesLeft.keys()]
    .map((key) => {
      const [prisonCode = '', date = '', startTime = ''] = key.split('|');
      return { key, prisonCode, date, startTime };
    })
    .filter((session) => isWeekend(session.date) && session.startTime >= AFTERNOON)
    .sort(
      (a, b) =>
        prisonRank.indexOf(a.prisonCode) - prisonRank.indexOf(b.prisonCode) ||
        a.date.localeCompare(b.date) ||
        a.startTime.localeCompare(b.startTime),
    );
  for (const session of popular) {
    if (plan.jobs.length >= wanted) break;
    const left = placesLeft.get(session.key) ?? 0;
    const most = Math.min(OVERSUBSCRIBED * left + EXTRA_CONTENDERS, wanted - plan.jobs.length);
    const contenders: BookingJob[] = [];
    for (const prisoner of heldAt.get(session.prisonCode) ?? []) {
      if (contenders.length >= most) break;
      if (plan.prisonNumbers.has(prisoner.prisonNumber)) continue;
      const visitors = visitorParty(contacts.get(prisoner.prisonNumber) ?? [], session.date);
      const { prisonCode, date, startTime } = session;
      if (visitors)
        contenders.push({ prisonNumber: prisoner.prisonNumber, prisonCode, date, startTime, visitors });
    }
    // A session with no more prisoners to ask for it than places is no contest: left to the spread share.
    if (contenders.length <= left) continue;
    for (const job of contenders) plan.prisonNumbers.add(job.prisonNumber);
    plan.jobs.push(...contenders);
    plan.sessions.push({ key: session.key, placesLeft: left, contenders: contenders.length });
  }
  return plan;
}
