/**
 * Preloaded into every service of the benchmark (`node --import tsx --import <this file>`, or `--require` for a
 * service run through tsx's CommonJS hook), gateways and subgraphs alike: records when each GraphQL request
 * arrived and when its answer was handed over to be written, on the system's monotonic clock (the same for every
 * process on the machine), and hands the records over when the benchmark asks through the IPC channel. From them the benchmark tells a gateway's own time from its subgraphs'
 * (addedLatency.ts). It changes nothing the services do; the cost is two clock reads per request.
 */
import { Server, type IncomingMessage, type ServerResponse } from 'node:http';

/** One request: when it arrived and when its answer was handed to end(), in ns of process.hrtime. */
export type TimedRequest = [start: number, end: number];

/** The message the benchmark sends to ask for the records (and forget them). */
export const TIMINGS_REQUEST = 'bench:timings';

const MAX_KEPT = 200_000;
const recorded: TimedRequest[] = [];
const nowNs = () => Number(process.hrtime.bigint());

// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the server as `this`
const emit = Server.prototype.emit;
Server.prototype.emit = function emitTimed(this: Server, event: string, ...args: unknown[]) {
  if (event === 'request') {
    const [request, response] = args as [IncomingMessage, ServerResponse];
    if (request.url?.startsWith('/graphql')) {
      const start = nowNs();
      // Stamped when the answer is handed to end(), not at 'finish': 'finish' waits for a later turn of the
      // service's event loop, and a subgraph descheduled in between (2 cores, six processes) would seem to answer
      // after the gateway had used its answer.
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the response as `this`
      const end = response.end;
      response.end = function endTimed(this: ServerResponse, ...endArguments: unknown[]) {
        if (recorded.length < MAX_KEPT) recorded.push([start, nowNs()]);
        response.end = end;
        return end.apply(this, endArguments as Parameters<typeof end>);
      } as typeof response.end;
    }
  }
  return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
} as typeof Server.prototype.emit;

process.on('message', (message) => {
  if (message === TIMINGS_REQUEST) process.send?.({ timings: recorded.splice(0) });
});
