import type { WebhookRow } from '../store/webhookStore';

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

/**
 * What a failed attempt changes on a webhook: one failure more, failing since the first, the error, when to try
 * next, and PAUSED once it has failed for long enough; `waitMs` is the wait before the next attempt.
 */
export function afterFailure(
  schedule: RetrySchedule,
  webhook: Pick<WebhookRow, 'consecutiveFailures' | 'failingSince'>,
  error: string,
  nowMs: number,
) {
  const consecutiveFailures = webhook.consecutiveFailures + 1;
  const failingSince = webhook.failingSince ?? new Date(nowMs).toISOString();
  const waitMs = nextAttemptDelay(schedule, consecutiveFailures);
  const paused = shouldPause(schedule, failingSince, nowMs);
  return {
    waitMs,
    paused,
    changes: {
      consecutiveFailures,
      failingSince,
      lastError: error.slice(0, 300),
      nextAttemptAt: new Date(nowMs + waitMs).toISOString(),
      ...(paused ? { state: 'PAUSED' as const } : {}),
    },
  };
}
