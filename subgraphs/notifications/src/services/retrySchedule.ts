/** The waits between attempts to deliver to a failing webhook, and when it is paused. */
export interface RetrySchedule {
  baseMs: number;
  maxMs: number;
  pauseAfterMs: number;
}

/**
 * The wait before the next attempt after `failures` failures in a row: the base, doubled for each failure after
 * the first, up to the most, with up to a tenth more at random so that webhooks failing together do not all
 * retry in the same instant.
 */
export function nextAttemptDelay(schedule: RetrySchedule, failures: number): number {
  const exponential = schedule.baseMs * 2 ** Math.min(Math.max(failures - 1, 0), 30);
  const capped = Math.min(exponential, schedule.maxMs);
  return Math.round(capped * (1 + Math.random() * 0.1));
}

/** Whether a webhook failing since `failingSince` has failed long enough to be paused. */
export function shouldPause(schedule: RetrySchedule, failingSince: string, nowMs: number): boolean {
  return nowMs - Date.parse(failingSince) >= schedule.pauseAfterMs;
}
