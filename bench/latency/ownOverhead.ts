import type { AddedLatency } from './addedLatency';
import type { TransportFloor } from './transportFloor';

/**
 * The journey's query plan: P-Nomis; then courts, visits and confiscation side by side; then P-Nomis again for the
 * timeline, which needs the other systems' events (@requires). Any planner needs these three rounds one after the
 * other.
 */
export const JOURNEY_ROUNDS = 3;

/** A gateway's own overhead on the journey: its added latency less the transport floor under it, p50 in ms. */
export interface OwnOverhead {
  /** Measured inside the gateway (timing hook) less JOURNEY_ROUNDS floors; null without the hook. */
  insideP50Ms: number | null;
  /** Measured at the client less JOURNEY_ROUNDS + 1 floors (the client's own hop to the gateway is one more). */
  atClientP50Ms: number;
}

/** The added latency less the floor's round trips it holds: what the gateway's own work costs, hops aside. */
export function ownOverhead(added: AddedLatency, floor: TransportFloor): OwnOverhead {
  return {
    insideP50Ms: added.atGateway ? added.atGateway.addedP50Ms - JOURNEY_ROUNDS * floor.transportP50Ms : null,
    atClientP50Ms: added.addedAtClientP50Ms - (JOURNEY_ROUNDS + 1) * floor.transportP50Ms,
  };
}
