import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The trap module, preloaded with NODE_OPTIONS="--require <path>" (see outboundTrap.cjs). */
export const OUTBOUND_TRAP = join(__dirname, 'outboundTrap.cjs');

/** One line the trap wrote: its loading in a process, or an outbound attempt it refused. */
export interface TrapEvent {
  event: 'loaded' | 'refused';
  pid: number;
  script: string | null;
  kind?: 'tcp' | 'udp' | 'dns';
  target?: string;
  stack?: string[];
}

/** The environment that puts the trap into a process and every process it starts, logging to `logFile`. */
export function trappedEnvironment(logFile: string, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const preload = `--require ${OUTBOUND_TRAP}`;
  const options = env.NODE_OPTIONS?.includes(preload)
    ? env.NODE_OPTIONS
    : [env.NODE_OPTIONS, preload].filter(Boolean).join(' ');
  return { ...env, NODE_OPTIONS: options, OUTBOUND_TRAP_LOG: logFile };
}

/** What the trap recorded in `logFile`: the processes it was loaded into and the attempts it refused. */
export function readTrapLog(logFile: string): { loadedPids: Set<number>; refused: TrapEvent[] } {
  const events = existsSync(logFile)
    ? readFileSync(logFile, 'utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as TrapEvent)
    : [];
  return {
    loadedPids: new Set(events.filter((event) => event.event === 'loaded').map((event) => event.pid)),
    refused: events.filter((event) => event.event === 'refused'),
  };
}

/** A refused attempt as one line, for a failure message that says who tried to reach what. */
export function describeRefusal(event: TrapEvent): string {
  return `${event.kind} ${event.target} from ${event.script} (pid ${event.pid})\n  ${(event.stack ?? []).join('\n  ')}`;
}

/** Put in a project-local scratch name so that nothing is mistaken for the trap log of another test. */
export function trapLogIn(folder: string): string {
  return join(folder, 'outbound-trap.jsonl');
}
