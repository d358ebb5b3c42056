import { cpus, loadavg, platform, release, totalmem } from 'node:os';

/** The machine a run measured on: figures only compare within one machine and one load. */
export interface Machine {
  os: string;
  cpuModel: string;
  cpuCount: number;
  memoryGb: number;
  node: string;
  /** The 1, 5 and 15 minute load averages when the run started and ended. */
  loadAtStart: number[];
  loadAtEnd: number[];
}

/** Describes this machine now; `loadAtEnd` is filled in when the run ends. */
export function describeMachine(): Machine {
  const processors = cpus();
  return {
    os: `${platform()} ${release()}`,
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cpuCount: processors.length,
    memoryGb: totalmem() / 1024 ** 3,
    node: process.version,
    loadAtStart: loadavg(),
    loadAtEnd: [],
  };
}

/** The load averages now. */
export function currentLoad(): number[] {
  return loadavg();
}
