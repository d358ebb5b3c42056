import type { Caller } from '@lib/auth/caller';
import type { Notifications } from './buildNotifications';

/** Per-request state of the notifications subgraph. */
export function createNotificationsContext(notifications: Notifications, caller: Caller | null) {
  return {
    caller,
    notifications,
    /** Offenders whose records this request returned, reported to the gateway's audit log. */
    disclosed: new Set<string>(),
  };
}

/** The notifications request context. */
export type NotificationsContext = ReturnType<typeof createNotificationsContext>;
