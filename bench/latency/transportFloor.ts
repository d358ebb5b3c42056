import { setTimeout as sleep } from 'node:timers/promises';
import { lightFetch } from '@lib/http/lightFetch';
import { percentile } from '../load/percentile';
import { answersOk, startServiceProcess } from '../system/serviceProcess';

/** What one HTTP round trip between two processes costs here, apart from the server's own work. */
export interface TransportFloor {
  samples: number;
  /** From the client's call to the whole answer read, p50 in ms. */
  roundTripP50Ms: number;
  /** From the request reaching the server to its answer handed to be written (the timing hook's window), p50 in ms. */
  atServerP50Ms: number;
  /** The first less the second, request by request, p50 in ms: the two hops and the HTTP work at both ends. */
  transportP50Ms: number;
}

// The request a gateway sends a subgraph on the journey is about this size (the query and its variables).
const REQUEST_BODY = JSON.stringify({ query: `query { ${'field '.repeat(250)}}`, variables: { pncId: 'x' } });

/**
 * Measures the floor under any gateway's added latency: HTTP round trips, one at a time, from this process to a
 * bare server in a process of its own (bareServer.ts, started as the subgraphs are, timing hook included), with
 * the gateway's own HTTP client (lightFetch, keep-alive). A pause between requests lets the server go idle, as a
 * subgraph does between a journey's calls. The added latency counts these hops against the gateway, since it
 * counts only the time subgraphs spend answering; a journey makes three rounds of calls, one after the other.
 */
export async function measureTransportFloor(options: {
  samples: number;
  pauseMs: number;
  env: Record<string, string | undefined>;
}): Promise<TransportFloor> {
  const server = await startServiceProcess({
    name: 'bare server',
    entry: 'bench/latency/bareServer.ts',
    portVariable: 'BARE_PORT',
    env: options.env,
    isReady: answersOk('/health'),
  });
  try {
    const url = server.graphqlUrl;
    const send = async () => {
      const response = await lightFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: REQUEST_BODY,
        timeoutMs: 5000,
      });
      await response.text();
    };
    await send();
    await server.takeTimings();
    const roundTrips: number[] = [];
    for (let sent = 0; sent < options.samples; sent += 1) {
      await sleep(options.pauseMs);
      const started = process.hrtime.bigint();
      await send();
      roundTrips.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    const atServer = (await server.takeTimings()).map(([start, end]) => (end - start) / 1e6);
    if (atServer.length !== roundTrips.length) {
      throw new Error(`the bare server saw ${atServer.length} requests of ${roundTrips.length}`);
    }
    return {
      samples: roundTrips.length,
      roundTripP50Ms: percentile(roundTrips, 0.5),
      atServerP50Ms: percentile(atServer, 0.5),
      transportP50Ms: percentile(
        roundTrips.map((roundTrip, index) => roundTrip - (atServer[index] ?? 0)),
        0.5,
      ),
    };
  } finally {
    await server.stop();
  }
}
