/**
 * `npm run bench:bookings -- [--scale 1] [--seconds 20] [--concurrency 64] [--max-bookings 50000] [--bookers 200]
 * [--contended 0.2] [--engine sqlite|postgres] [--replicas 1]`: sustained booking load through the gateway, with
 * part of it racing for popular sessions.
 *
 * Seeds the benchmark's data at the scale given once (on SQLite data/bench/scale-<scale>, shared with `npm run
 * bench`; on PostgreSQL schemas bench_scale_<scale>_<store> of BENCH_POSTGRES_URL, by default the local server's
 * database test, where only P-Nomis and visits are written, the stores a booking reads, the others left empty;
 * national scale takes some minutes the first time), starts the subgraphs and `--replicas`
 * gateways each in a process of its own, as they are deployed (several behind a loopback round-robin, a process
 * too), and has `--concurrency` clients book visits for prisoners in custody as public visit bookers, through the
 * registered VisitBooking operation, for `--seconds` or until `--max-bookings` requests have been sent or every
 * planned booking has been tried once. `--contended` of the bookings aim at popular sessions (weekend afternoons
 * at the largest prisons), each asked for by three times more prisoners than it has places, mixed in random
 * order into the rest, which are spread over sessions with places left. Each booker first links the prisoners it
 * books for to its account (LinkPrisonerToBookingAccount, as a member of the public must), and names approved
 * contacts of the prisoner as visitors. It prints how fast the links were made, confirmed bookings per second,
 * the correct refusals (a session full, ...) and the errors (anything else) by code, the contended share's own
 * figures and how many popular sessions ended full, latency percentiles, each replica's requests, the CPU each
 * process used per booking, and then checks the visits store itself: the count of overbooked sessions and of
 * duplicate bookings, and of visiting-order balances below zero or disagreeing with the visits booked. The command
 * fails when any answer was an error or any of those counts is not zero.
 */
import { parseArgs } from 'node:util';
import { positiveOptionOrExit } from '../bench/positiveOption';
import type { BenchEngine } from '../bench/system/benchData';
import { runBookingBench } from './bookingBench/runBookingBench';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '64' },
    'max-bookings': { type: 'string', default: '50000' },
    bookers: { type: 'string', default: '200' },
    contended: { type: 'string', default: '0.2' },
    engine: { type: 'string', default: 'sqlite' },
    replicas: { type: 'string', default: '1' },
  },
});

function exitWith(message: string): never {
  console.error(message);
  process.exit(2);
}

const contended = Number(values.contended);
if (!(contended >= 0 && contended < 1))
  exitWith(`--contended must be a fraction from 0 to below 1, got "${values.contended}"`);
const engine = values.engine as BenchEngine;
if (engine !== 'sqlite' && engine !== 'postgres')
  exitWith(`--engine must be sqlite or postgres, got "${values.engine}"`);

runBookingBench(
  {
    scale: positiveOptionOrExit('scale', values.scale),
    seconds: positiveOptionOrExit('seconds', values.seconds),
    concurrency: Math.floor(positiveOptionOrExit('concurrency', values.concurrency)),
    maxBookings: Math.floor(positiveOptionOrExit('max-bookings', values['max-bookings'])),
    bookers: Math.floor(positiveOptionOrExit('bookers', values.bookers)),
    contended,
    engine,
    replicas: Math.floor(positiveOptionOrExit('replicas', values.replicas)),
  },
  (line) => console.log(line),
).then(
  (result) => {
    if (!result.passed) process.exitCode = 1;
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
