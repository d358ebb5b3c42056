import autocannon from 'autocannon';
import { percentile } from './percentile';

/** One HTTP request the load sends: a JSON body and its own headers (the caller's token among them). */
export interface LoadRequest {
  body: string;
  headers: Record<string, string>;
}

/** What one measurement saw from the client's side. */
export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Answers that were not 200, carried GraphQL errors, or never came (timeouts, resets). */
  errors: number;
  /** The error codes seen, with how often, to say what went wrong. */
  errorCodes: Record<string, number>;
  /** Every answer's latency, in ms, so that rounds can be pooled. */
  latenciesMs: number[];
}

// A GraphQL answer with errors has a top-level "errors" member; looking for it spares the load generator, which
// shares the cores with the gateway, a JSON parse of every answer.
const HAS_ERRORS = /"errors"\s*:\s*\[/;
const ERROR_CODE = /"code"\s*:\s*"([A-Z_]+)"/;

/**
 * Sends requests to `url` from `connections` concurrent connections for `seconds`, each request's body and
 * headers made by `nextRequest` (so every request can ask for someone else), and measures throughput, latency
 * percentiles and errors with autocannon.
 */
export async function driveLoad(options: {
  url: string;
  connections: number;
  seconds: number;
  nextRequest: () => LoadRequest;
  /** Stop once this many requests are sent, if that comes before the end of `seconds` (see below). */
  maxRequests?: number;
}): Promise<LoadResult> {
  let errors = 0;
  const errorCodes: Record<string, number> = {};
  const countError = (code: string) => {
    errors += 1;
    errorCodes[code] = (errorCodes[code] ?? 0) + 1;
  };
  const latencies: number[] = [];
  const runOptions: autocannon.Options = {
    url: options.url,
    method: 'POST',
    connections: options.connections,
    duration: options.seconds,
    // autocannon takes a number of requests or a duration, not both. A bound the measurement could not reach in
    // its time even at 1,000 requests a second (above any gateway's rate on this kind of machine for the bounded
    // workload, booking) is left to the duration; a smaller one is the measurement, however long it takes.
    ...(options.maxRequests !== undefined && options.maxRequests < options.seconds * 1000
      ? { amount: options.maxRequests }
      : {}),
    requests: [
      {
        setupRequest: (request) => {
          const next = options.nextRequest();
          return {
            ...request,
            method: 'POST',
            body: next.body,
            headers: { 'content-type': 'application/json', ...next.headers },
          };
        },
        onResponse: (status, body) => {
          if (status !== 200) countError(ERROR_CODE.exec(body)?.[1] ?? `HTTP_${status}`);
          else if (HAS_ERRORS.test(body)) countError(ERROR_CODE.exec(body)?.[1] ?? 'GRAPHQL_ERROR');
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolveRun, reject) => {
    const instance = autocannon(runOptions, (error, finished) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolveRun(finished),
    );
    // Each answer's own latency, so that p95 is read exactly (autocannon's summary has p90 and p97.5, not p95).
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  // Requests that never got an answer (connection errors, timeouts) are errors too.
  const unanswered = result.errors + result.timeouts;
  if (unanswered > 0) errorCodes.NO_ANSWER = (errorCodes.NO_ANSWER ?? 0) + unanswered;
  const seconds = result.duration;
  return {
    requests: result.requests.total,
    seconds,
    requestsPerSecond: result.requests.total / seconds,
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    p99Ms: percentile(latencies, 0.99),
    errors: errors + unanswered,
    errorCodes,
    latenciesMs: latencies,
  };
}
