/**
 * The outcomes that say a listed hearing did not take place. A hearing is held only when the court recorded an
 * outcome for it and that outcome is not one of these: a hearing listed for a date gone by with no outcome
 * recorded may have been taken out of the list, or not reached, so it is not counted as held. Here, with the
 * stores, since the waiting-times query filters by them (services/hearingHeld.ts reads them too).
 */
export const NOT_HELD_OUTCOMES = ['VACATED'] as const;
