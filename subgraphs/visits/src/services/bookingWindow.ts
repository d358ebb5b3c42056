import { daysBetween } from '@lib/time/londonTime';
import type { PrisonSettings } from './prisonSettings';
import { visitRefusal } from './visitRefusal';

type Window = Pick<PrisonSettings, 'minDaysAhead' | 'maxDaysAhead'>;

/** Whether a session date may be booked today under a prison's booking window. */
export function withinBookingWindow(date: string, today: string, settings: Window): boolean {
  const ahead = daysBetween(today, date);
  return ahead >= settings.minDaysAhead && ahead <= settings.maxDaysAhead;
}

/** Refuses a session date outside the prison's booking window. */
export function requireBookingWindow(date: string, today: string, settings: Window): void {
  if (withinBookingWindow(date, today, settings)) return;
  const ahead = daysBetween(today, date);
  throw visitRefusal(
    'OUTSIDE_BOOKING_WINDOW',
    `Visits at this prison can be booked from ${settings.minDaysAhead} to ${settings.maxDaysAhead} days ahead; ` +
      `${date} is ${ahead} day${Math.abs(ahead) === 1 ? '' : 's'} from today (${today})`,
  );
}
