/** What the monitor knew at one moment: each subgraph ready or not, and each of the gateway's circuits. */
export interface SystemSample {
  /** When the newest of the two readings arrived. */
  at: number;
  ready: Record<string, boolean>;
  circuits: Record<string, string>;
}

/** Samples the system's readiness and the gateway's circuits while it runs. */
export interface SystemMonitor {
  samples: SystemSample[];
  /** The first moment at or after `from` when `holds` was true of a sample, or null. */
  firstWhen(from: number, holds: (sample: SystemSample) => boolean): number | null;
  /** Resolves at the first sample after now of which `holds` is true, or after `timeoutMs` with false. */
  waitFor(holds: (sample: SystemSample) => boolean, timeoutMs: number): Promise<boolean>;
  stop(): void;
}

async function isReady(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

const CIRCUIT_LINE = /^justice_gateway_subgraph_circuit_state\{subgraph="([^"]+)"\} (\d+)/gm;

/** The circuits as the gateway's /metrics gives them: at once, whatever the subgraphs are doing. */
async function circuitsOf(url: string): Promise<Record<string, string> | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    const text = await response.text();
    const states: Record<string, string> = {};
    for (const [, subgraph, level] of text.matchAll(CIRCUIT_LINE))
      states[subgraph ?? ''] = level === '0' ? 'closed' : 'open';
    return states;
  } catch {
    return null;
  }
}

/**
 * Watches the system as an operator's dashboard would, in two loops that cannot hold each other up: each
 * subgraph's /health/ready every 200 ms (a frozen one takes up to its 2 s timeout to say so), and the gateway's
 * circuits from its /metrics every 100 ms. Each reading is timed when it arrived.
 */
export function monitorSystem(ports: Record<string, number>): SystemMonitor {
  const samples: SystemSample[] = [];
  const subgraphs = Object.keys(ports).filter((name) => name !== 'gateway');
  let ready: Record<string, boolean> = {};
  let circuits: Record<string, string> = {};
  const record = () => samples.push({ at: Date.now(), ready, circuits });
  let stopped = false;
  const every = async (ms: number, read: () => Promise<void>) => {
    while (!stopped) {
      await read();
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
  };
  void every(200, async () => {
    const answers = await Promise.all(
      subgraphs.map((name) => isReady(`http://127.0.0.1:${ports[name]}/health/ready`)),
    );
    ready = Object.fromEntries(subgraphs.map((name, index) => [name, answers[index] ?? false]));
    record();
  });
  void every(100, async () => {
    circuits = (await circuitsOf(`http://127.0.0.1:${ports.gateway}/metrics`)) ?? circuits;
    record();
  });
  return {
    samples,
    firstWhen: (from, holds) => samples.find((entry) => entry.at >= from && holds(entry))?.at ?? null,
    waitFor: async (holds, timeoutMs) => {
      const from = Date.now();
      while (Date.now() - from < timeoutMs) {
        const latest = samples.at(-1);
        if (latest && latest.at >= from && holds(latest)) return true;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return false;
    },
    stop: () => {
      stopped = true;
    },
  };
}
