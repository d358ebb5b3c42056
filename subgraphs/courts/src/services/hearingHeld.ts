import { NOT_HELD_OUTCOMES } from '../store/notHeldOutcomes';

/** Whether a hearing's recorded outcome says it was held. */
export function wasHeld(outcome: string | null): boolean {
  return outcome !== null && !(NOT_HELD_OUTCOMES as readonly string[]).includes(outcome);
}
