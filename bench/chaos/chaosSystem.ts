import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedIfEmpty, storeLocations } from '../../seed/seedStores';
import type { StoreLocations } from '../../seed/storeStreams';
import { startOneCommandSystem, type OneCommandSystem } from '../../tests/support/oneCommandSystem';
import { seededDirFor } from '../system/benchData';

/** The one-command system under chaos, over its own copy of the seeded stores. */
export interface ChaosSystem {
  runDir: string;
  locations: StoreLocations;
  system: OneCommandSystem;
  /** The process id of a service as the supervisor last started it. */
  pidOf(name: string): number;
  /** How many times the supervisor has started a service. */
  startsOf(name: string): number;
  /** Stops the system as Ctrl-C does (SIGINT to the supervisor), and waits for it. */
  stop(): Promise<void>;
  /** Removes the run's copy of the stores. */
  dispose(): void;
}

const STARTED = /supervisor: (\S+) started \(pid (\d+)\)/g;

/**
 * Seeds the stores at `scale` into `seededDir` once (a later run reuses them, as the benchmark does; a folder
 * already seeded is used as it is), copies them into a scratch folder that the run may write to, and starts `npm
 * start`'s compiled supervisor over the copy.
 */
export async function startChaosSystem(
  scale: number,
  log: (line: string) => void,
  seededDir = seededDirFor(scale),
): Promise<ChaosSystem> {
  await seedIfEmpty({ dataDir: seededDir, scale, parallel: true, log });
  const runDir = mkdtempSync(join(tmpdir(), 'justice-chaos-'));
  cpSync(seededDir, runDir, { recursive: true });
  const system = await startOneCommandSystem({ ...process.env, LOG_LEVEL: 'warn', DATA_DIR: runDir });
  const starts = (name: string) =>
    [...system.output().matchAll(STARTED)]
      .filter((match) => match[1] === name)
      .map((match) => Number(match[2]));
  return {
    runDir,
    locations: storeLocations(runDir),
    system,
    pidOf: (name) => {
      const pid = starts(name).at(-1);
      if (pid === undefined) throw new Error(`the supervisor has not started ${name}`);
      return pid;
    },
    startsOf: (name) => starts(name).length,
    stop: async () => {
      const supervisor = system.supervisor;
      if (supervisor.exitCode !== null || supervisor.signalCode !== null) return;
      const exited = once(supervisor, 'exit');
      supervisor.kill('SIGINT');
      const killer = setTimeout(() => system.kill(), 30_000);
      await exited;
      clearTimeout(killer);
    },
    dispose: () => rmSync(runDir, { recursive: true, force: true }),
  };
}
