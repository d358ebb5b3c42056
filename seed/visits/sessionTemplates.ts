import type { Faker } from '@faker-js/faker';
import { PRISON_REGISTER } from '@lib/reference/prisonRegister';
import { addYears, type Day, formatDay } from '../calendar';
import { intBetween, pick, sample } from '../random';

/** A weekly visit session of a prison. */
export interface SessionTemplate {
  id: number;
  prisonCode: string;
  dayOfWeek: number;
  startTime: string;
  endTime: string;
  openCapacity: number;
  closedCapacity: number;
  validFrom: string;
}

const MORNINGS = [
  ['09:00', '11:00'],
  ['09:30', '11:30'],
  ['10:00', '12:00'],
] as const;
const AFTERNOONS = [
  ['13:45', '15:45'],
  ['14:00', '16:00'],
  ['14:15', '16:15'],
] as const;

/** Open capacity is the expected bookings of a session times this, plus a little: busy weeks still fit. */
const HEADROOM = 1.5;

/** Session templates by prison and ISO weekday (index 1 to 7). */
export type SessionsByPrison = Map<string, SessionTemplate[][]>;

/**
 * Each prison visits on four to six days a week, a morning and an afternoon session a day, valid from three
 * years before the as-of date. Open capacity follows the visits the prison is expected to get (its share of the
 * prisoner-days) spread over its sessions, with headroom; closed capacity is one to four.
 */
export function planSessionTemplates(
  faker: Faker,
  asOf: Day,
  expectedVisits: ReadonlyMap<string, number>,
  windowDays: number,
): { templates: SessionTemplate[]; byPrison: SessionsByPrison } {
  const templates: SessionTemplate[] = [];
  const byPrison: SessionsByPrison = new Map();
  const validFrom = formatDay(addYears(asOf, -3));
  for (const prison of PRISON_REGISTER) {
    const days = sample(faker, [1, 2, 3, 4, 5, 6, 7], intBetween(faker, 4, 6)).sort((a, b) => a - b);
    const times = [pick(faker, MORNINGS), pick(faker, AFTERNOONS)];
    const sessionsInWindow = (days.length * times.length * windowDays) / 7;
    const perSession = (expectedVisits.get(prison.code) ?? 0) / sessionsInWindow;
    const openCapacity = Math.max(3, Math.ceil(perSession * HEADROOM) + 2);
    const week: SessionTemplate[][] = Array.from({ length: 8 }, () => []);
    for (const dayOfWeek of days) {
      for (const [startTime, endTime] of times) {
        const template = {
          id: templates.length + 1,
          prisonCode: prison.code,
          dayOfWeek,
          startTime,
          endTime,
          openCapacity,
          closedCapacity: intBetween(faker, 1, 4),
          validFrom,
        };
        templates.push(template);
        week[dayOfWeek]?.push(template);
      }
    }
    byPrison.set(prison.code, week);
  }
  return { templates, byPrison };
}
