import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// Linux accounts CPU time in clock ticks; their length is the system's (almost always 100 a second).
const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** CPU time (user + system) a process has used, in ms, from /proc/<pid>/stat. */
export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; the fields after it start past its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}

/** A memory figure of a process from /proc/<pid>/status, in MB: VmRSS (now) or VmHWM (its peak so far). */
export function memoryMbOf(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return kilobytes / 1024;
}

/** What a process used while a measurement ran. */
export interface ProcessUsage {
  cpuMs: number;
  /** The largest resident set seen while sampling, in MB. */
  peakRssMb: number;
}

/**
 * Watches a process while `work` runs: its CPU time from start to end, and its resident memory sampled every
 * `intervalMs` (the largest value seen is the peak under this load).
 */
export async function measureProcess<Result>(
  pid: number,
  work: () => Promise<Result>,
  intervalMs = 100,
): Promise<[Result, ProcessUsage]> {
  let peakRssMb = memoryMbOf(pid, 'VmRSS');
  const sampler = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, memoryMbOf(pid, 'VmRSS'));
  }, intervalMs);
  const cpuBefore = cpuMsOf(pid);
  try {
    const result = await work();
    const cpuMs = cpuMsOf(pid) - cpuBefore;
    peakRssMb = Math.max(peakRssMb, memoryMbOf(pid, 'VmRSS'));
    return [result, { cpuMs, peakRssMb }];
  } finally {
    clearInterval(sampler);
  }
}
