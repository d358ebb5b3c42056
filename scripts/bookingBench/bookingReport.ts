import { loadavg } from 'node:os';
import type { Linking } from '../../bench/load/bookerLinks';
import { percentile } from '../../bench/load/percentile';
import { OutcomeTally } from './bookingOutcomes';
import type { ContendedSession } from './contendedJobs';
import type { drive } from './driveBookings';
import type { checkStore } from './storeChecks';
import type { checkVisitingOrders } from './visitingOrderChecks';

/** What a run measured, and what the store held afterwards. */
export interface BookingBenchFigures {
  linking: Linking;
  run: Awaited<ReturnType<typeof drive>>;
  /** The GraphQL requests each gateway replica served during the run, by its name. */
  requestsByReplica: readonly (readonly [name: string, requests: number])[];
  /** The popular sessions, with the open places each had left once the run was over. */
  contendedSessions: readonly (ContendedSession & { placesLeftAfter: number })[];
  store: Awaited<ReturnType<typeof checkStore>>;
  ledger: Awaited<ReturnType<typeof checkVisitingOrders>>;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const label = (text: string) => text.padEnd(25);

/** The report of a run, line by line. */
export function reportLines(figures: BookingBenchFigures): string[] {
  const { linking, run, requestsByReplica, contendedSessions, store, ledger } = figures;
  const { contended, spread } = run.outcomes;
  const all = OutcomeTally.together([contended, spread]);
  const booked = all.count('confirmed');
  const perBooking = (cpuMs: number) => `${(cpuMs / Math.max(1, booked)).toFixed(2)} ms`;
  const processes = [...run.cpuMsByProcess, ['the load (this process)', run.cpuMs] as const];
  const totalCpu = processes.reduce((sum, [, cpuMs]) => sum + cpuMs, 0);
  const full = contendedSessions.filter((session) => session.placesLeftAfter === 0).length;
  const placesOffered = contendedSessions.reduce((sum, session) => sum + session.placesLeft, 0);
  const share = (tally: OutcomeTally) =>
    `${tally.count('confirmed')} confirmed, ${tally.count('refused')} refused (${tally.describe('refused')}), ` +
    `${tally.count('error')} errors`;
  return [
    `${label('Linked')}${linking.linked} prisoners to their bookers in ${linking.seconds.toFixed(1)} s ` +
      `(${(linking.linked / linking.seconds).toFixed(0)} a second)`,
    '',
    `${label('Requests sent')}${run.sent} in ${run.seconds.toFixed(1)} s ` +
      `(load average ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')})`,
    `${label('Confirmed bookings')}${booked} (${(booked / run.seconds).toFixed(1)} per second)`,
    `${label('Correct refusals')}${all.count('refused')}: ${all.describe('refused')}`,
    `${label('Errors')}${all.count('error')}: ${all.describe('error')}` +
      (run.transportErrors.length > 0 ? ` (transport: ${run.transportErrors.join('; ')})` : ''),
    `${label('Contended share')}${share(contended)}`,
    `${label('Spread share')}${share(spread)}`,
    `${label('Popular sessions')}${contendedSessions.length}, ${placesOffered} open places for ` +
      `${contendedSessions.reduce((sum, session) => sum + session.contenders, 0)} contenders; full afterwards ` +
      `${full} of ${contendedSessions.length}`,
    `${label('Latency of bookings')}p50 ${ms(percentile(run.latencies, 0.5))}, ` +
      `p95 ${ms(percentile(run.latencies, 0.95))}, p99 ${ms(percentile(run.latencies, 0.99))}`,
    ...(requestsByReplica.length > 1
      ? [`${label('Requests by replica')}${requestsByReplica.map(([name, n]) => `${name} ${n}`).join(', ')}`]
      : []),
    `${label('CPU per booking')}${perBooking(totalCpu)} in all: ` +
      processes.map(([name, cpuMs]) => `${name} ${perBooking(cpuMs)}`).join(', '),
    `${label('Cores busy')}${(totalCpu / 1000 / run.seconds).toFixed(2)} (retries with the same key: ${run.retries})`,
    `${label('SQL statements')}${(run.statements / Math.max(1, run.sent)).toFixed(1)} per request (visits and P-Nomis)`,
    `${label('Stored bench bookings')}${store.storedBookings} (acknowledged: ${booked})`,
    `${label('Overbooked sessions')}${store.overbookedSessions}`,
    `${label('Duplicate bookings')}${store.duplicateBookings}`,
    `${label('Visiting orders')}${ledger.ordersUsed} used, ${ledger.ordersAvailable} free; balances below zero ` +
      `${ledger.balancesBelowZero} (${ledger.visitsWithoutOrder} visits without an order), disagreeing with ` +
      `the visits booked ${ledger.balancesDisagreeing} (${ledger.ordersDisagreeing} orders)`,
  ];
}
