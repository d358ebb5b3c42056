/**
 * The outcomes that say a listed hearing did not take place. A hearing is held only when the court recorded an
 * outcome for it and that outcome is not one of these: a hearing listed for a date gone by with no outcome
 * recorded may have been taken out of the list, or not reached, so it is not counted as held.
 */
export const NOT_HELD_OUTCOMES = ['VACATED'] as const;

/** Whether a hearing's recorded outcome says it was held. */
export function wasHeld(outcome: string | null): boolean {
  return outcome !== null && !(NOT_HELD_OUTCOMES as readonly string[]).includes(outcome);
}
