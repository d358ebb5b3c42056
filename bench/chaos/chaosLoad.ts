import type { AcknowledgedWrite, ChaosRequest, RequestKind } from './chaosRequests';

/** How one request of the chaos load ended. */
export type Outcome =
  /** Answered with no error. */
  | 'full'
  /** Answered with data and errors for the part a system could not give. */
  | 'partial'
  /** Answered with a clear refusal (a GraphQL error with a code, HTTP 200 or 4xx) and no data. */
  | 'refused'
  /** A 5xx, no answer in time, a broken connection, or an error without a code: what must never happen. */
  | 'failed';

/** One request sent, with its answer. */
export interface SentRequest {
  kind: RequestKind;
  requestId: string;
  startedAt: number;
  endedAt: number;
  status: number;
  outcome: Outcome;
  /** The error codes of the answer (or the failure: HTTP_5xx, NO_ANSWER, NO_CODE). */
  codes: string[];
  acknowledged: AcknowledgedWrite | null;
}

/** What the load does while it runs, and what it saw. */
export interface RunningLoad {
  sent: SentRequest[];
  /** Stops sending and resolves once every request in flight has its answer. */
  stop(): Promise<void>;
}

/** How long a request may take before it counts as unanswered: longer than any bound the gateway sets itself. */
const NO_ANSWER_MS = 30_000;

/** Sends one request to the gateway and classifies its answer. */
async function send(
  url: string,
  request: ChaosRequest,
): Promise<SentRequest & { data: Record<string, unknown> | null }> {
  const startedAt = Date.now();
  const requestId = request.headers['x-request-id'] ?? '';
  const ended = (
    status: number,
    outcome: Outcome,
    codes: string[],
    data: Record<string, unknown> | null = null,
  ) => ({
    kind: request.kind,
    requestId,
    startedAt,
    endedAt: Date.now(),
    status,
    outcome,
    codes,
    acknowledged: null,
    data,
  });
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...request.headers },
      body: request.body,
      signal: AbortSignal.timeout(NO_ANSWER_MS),
    });
    const text = await response.text();
    if (response.status >= 500) return ended(response.status, 'failed', [`HTTP_${response.status}`]);
    let body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return ended(response.status, 'failed', ['NOT_JSON']);
    }
    const codes = (body.errors ?? []).map((error) => error.extensions?.code ?? 'NO_CODE');
    const data = body.data ?? null;
    if (codes.length === 0) return ended(response.status, 'full', [], data);
    if (codes.includes('NO_CODE')) return ended(response.status, 'failed', codes, data);
    const hasData = data !== null && Object.values(data).some((value) => value !== null);
    return ended(response.status, hasData ? 'partial' : 'refused', codes, data);
  } catch {
    return ended(0, 'failed', ['NO_ANSWER']);
  }
}

/**
 * Sends a steady mixed load, open loop: `perSecond` requests a second whatever the answers take, as real users
 * keep coming whether a system is down or not, each of a kind drawn by `weights`. A write that got no
 * acknowledgement is sent again once, a second later, with the same idempotency key, as a careful client would.
 */
export function startChaosLoad(options: {
  url: string;
  perSecond: number;
  weights: Record<RequestKind, number>;
  makers: Record<RequestKind, () => ChaosRequest | null>;
}): RunningLoad {
  const sent: SentRequest[] = [];
  const inFlight = new Set<Promise<void>>();
  const kinds = Object.entries(options.weights) as [RequestKind, number][];
  const total = kinds.reduce((sum, [, weight]) => sum + weight, 0);
  const draw = (): RequestKind => {
    let pick = Math.random() * total;
    for (const [kind, weight] of kinds) {
      pick -= weight;
      if (pick < 0) return kind;
    }
    return 'journey';
  };
  const run = async (request: ChaosRequest, retried: boolean): Promise<void> => {
    const { data, ...recorded } = await send(options.url, request);
    recorded.acknowledged = data && request.acknowledgement ? request.acknowledgement(data) : null;
    sent.push(recorded);
    if (request.retry && !retried && !recorded.acknowledged && recorded.outcome !== 'full') {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await run(request.retry(), true);
    }
  };
  const dispatch = (request: ChaosRequest) => {
    const running = run(request, false);
    inFlight.add(running);
    void running.finally(() => inFlight.delete(running));
  };
  const interval = setInterval(() => {
    const request = options.makers[draw()]() ?? options.makers.journey();
    if (request) dispatch(request);
  }, 1000 / options.perSecond);
  return {
    sent,
    stop: async () => {
      clearInterval(interval);
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
