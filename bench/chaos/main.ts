/**
 * `npm run chaos -- [--scale 0.01] [--rate 30] [--fault-seconds 8] [--baseline-seconds 10] [--subgraphs a,b]
 * [--out docs/RESILIENCE.md]`: runs the one-command system (npm start's compiled supervisor) over a copy of the
 * seeded stores, drives a steady mixed load through the gateway, and breaks it in turn: each subgraph SIGKILLed,
 * frozen (SIGSTOP/SIGCONT) and restarted, a store write-locked, the supergraph reloaded. Prints per fault what
 * the requests got, the gateway's p99 and the time to recover, then checks in the stores that no acknowledged
 * write was lost or doubled. Loopback only. Exits 1 when a goal is missed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { currentLoad, describeMachine } from '../report/machine';
import { REPOSITORY_ROOT } from '../system/serviceProcess';
import { readChaosOptions, CHAOS_USAGE } from './chaosOptions';
import { runChaos } from './runChaos';
import { chaosGoals, formatChaosReport } from './chaosReport';

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(CHAOS_USAGE);
    return 0;
  }
  let options;
  try {
    options = readChaosOptions(argv);
  } catch (error) {
    console.error(`chaos: ${error instanceof Error ? error.message : String(error)}\n\n${CHAOS_USAGE}`);
    return 2;
  }
  const machine = describeMachine();
  const startedAt = new Date();
  const run = await runChaos(options, (line) => console.log(line));
  machine.loadAtEnd = currentLoad();
  const command = ['npm run chaos', ...(argv.length > 0 ? ['--', ...argv] : [])].join(' ');
  const report = {
    command,
    startedAt,
    machine,
    scale: options.scale,
    perSecond: options.rate,
    weights: options.weights,
    ...run,
  };
  const markdown = formatChaosReport(report);
  console.log(`\n${markdown}`);
  if (options.out) {
    const path = resolve(REPOSITORY_ROOT, options.out);
    writeResults(path, markdown);
    console.log(`Written to ${path}`);
  }
  return chaosGoals(report).every((goal) => goal.met) ? 0 : 1;
}

/** Replaces what lies between the results markers of the file (or the whole file, when it has none). */
function writeResults(path: string, markdown: string): void {
  const BEGIN = '<!-- chaos results: begin -->';
  const END = '<!-- chaos results: end -->';
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const begin = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  writeFileSync(
    path,
    begin >= 0 && end > begin
      ? `${current.slice(0, begin + BEGIN.length)}\n${markdown}\n${current.slice(end)}`
      : `${BEGIN}\n${markdown}\n${END}\n`,
  );
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
