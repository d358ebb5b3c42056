/**
 * `npm run bench:events -- [--paced 300] [--rate 100] [--burst 2000]`: events from commit to verified delivery,
 * on the embedded default and on NATS JetStream (when a server answers at EVENTS_NATS_URL, default
 * nats://127.0.0.1:4222). For each, the notifications and confiscation subgraphs run each in a process of its own
 * over fresh stores, a webhook is registered for a receiver here that verifies every signature and counts, and:
 * - paced: `--paced` events committed at `--rate` a second, each in its own transaction: the latency from commit
 *   to verified delivery, p50 and p99, at a steady rate;
 * - burst: `--burst` events committed as fast as they commit: events a second from the first commit to the last
 *   delivery, and the latencies under that load.
 * Lost (not delivered within a minute) and duplicated (repeats the receiver dropped by id) must both be 0; the
 * command fails otherwise. Short on purpose: the machine may be shared.
 */
import { parseArgs } from 'node:util';
import { connect } from 'nats';
import { describeMachine } from '../report/machine';
import { positiveOptionOrExit } from '../positiveOption';
import { drivePhase, type PhaseResult } from './driveEvents';
import { startEventsSystem, type Transport } from './eventsSystem';

const { values } = parseArgs({
  options: {
    paced: { type: 'string', default: '300' },
    rate: { type: 'string', default: '100' },
    burst: { type: 'string', default: '2000' },
  },
});
const PACED = Math.floor(positiveOptionOrExit('paced', values.paced));
const RATE = positiveOptionOrExit('rate', values.rate);
const BURST = Math.floor(positiveOptionOrExit('burst', values.burst));
const NATS_URL = process.env.EVENTS_NATS_URL ?? 'nats://127.0.0.1:4222';

async function natsAnswers(): Promise<boolean> {
  try {
    const nc = await connect({ servers: NATS_URL.replace('nats://', ''), timeout: 2000 });
    await nc.close();
    return true;
  } catch {
    return false;
  }
}

function row(transport: string, phase: string, result: PhaseResult): string {
  const cells = [
    transport,
    phase,
    String(result.committed),
    result.eventsPerSecond.toFixed(0),
    result.p50Ms.toFixed(0),
    result.p99Ms.toFixed(0),
    String(result.lost),
    String(result.duplicated),
  ];
  return `| ${cells.join(' | ')} |`;
}

async function main(): Promise<void> {
  const transports: Transport[] = [{ name: 'embedded', natsUrl: null }];
  if (await natsAnswers()) transports.push({ name: 'NATS JetStream', natsUrl: NATS_URL });
  else console.log(`No NATS server at ${NATS_URL}: the embedded default only.`);
  const machine = describeMachine();
  console.log(`Machine: ${JSON.stringify(machine)}\n`);
  const rows = [
    '| transport | phase | events | events/s | p50 ms | p99 ms | lost | duplicated |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  let failed = false;
  for (const transport of transports) {
    const system = await startEventsSystem(transport);
    try {
      const paced = await drivePhase(system, PACED, RATE);
      rows.push(row(transport.name, `paced ${RATE}/s`, paced));
      const burst = await drivePhase(system, BURST, null);
      rows.push(row(transport.name, 'burst', burst));
      failed ||= [paced, burst].some((result) => result.lost > 0 || result.duplicated > 0);
    } finally {
      await system.stop();
    }
  }
  console.log(rows.join('\n'));
  if (failed) {
    console.error('\nEvents were lost or duplicated.');
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
