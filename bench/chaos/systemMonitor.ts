/** What the monitor saw at one moment: each subgraph ready or not, and each of the gateway's circuits. */
export interface SystemSample {
  at: number;
  ready: Record<string, boolean>;
  circuits: Record<string, string>;
}

/** Samples the system's readiness every `everyMs` while it runs. */
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

async function circuitsOf(url: string): Promise<Record<string, string>> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return ((await response.json()) as { circuits?: Record<string, string> }).circuits ?? {};
  } catch {
    return {};
  }
}

/** Polls each subgraph's /health/ready and the gateway's (for its circuits), as an operator's dashboard would. */
export function monitorSystem(ports: Record<string, number>, everyMs = 200): SystemMonitor {
  const samples: SystemSample[] = [];
  const subgraphs = Object.keys(ports).filter((name) => name !== 'gateway');
  const sample = async () => {
    const at = Date.now();
    const ready = await Promise.all(
      subgraphs.map((name) => isReady(`http://127.0.0.1:${ports[name]}/health/ready`)),
    );
    const circuits = await circuitsOf(`http://127.0.0.1:${ports.gateway}/health/ready`);
    samples.push({
      at,
      ready: Object.fromEntries(subgraphs.map((name, i) => [name, ready[i] ?? false])),
      circuits,
    });
  };
  let stopped = false;
  const loop = async () => {
    while (!stopped) {
      await sample();
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  };
  void loop();
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
