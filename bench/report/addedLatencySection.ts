import type { AddedLatency } from '../latency/addedLatency';
import { JOURNEY_ROUNDS, ownOverhead } from '../latency/ownOverhead';
import { GATEWAY_LABELS, type GatewayKind } from '../system/gatewayKinds';
import type { BenchReport } from './benchReport';
import { fixed, table } from './markdown';

const ms = (value: number | null | undefined) =>
  value === null || value === undefined ? 'n/a' : fixed(value, 2);

function measured(report: BenchReport): [GatewayKind, AddedLatency][] {
  return Object.entries(report.addedLatency) as [GatewayKind, AddedLatency][];
}

function transportFloorParagraph(report: BenchReport): string {
  const floor = report.transportFloor;
  if (!floor) return '';
  // One line: its figures vary in length, and markdown joins the lines of a paragraph anyway.
  return [
    `Transport floor: ${floor.samples} HTTP round trips, one at a time, from the benchmark's process to a bare`,
    "node:http server in a process of its own (bench/latency/bareServer.ts, with this gateway's HTTP client), took",
    `${fixed(floor.roundTripP50Ms, 2)} ms at p50, of which ${fixed(floor.atServerP50Ms, 2)} ms at the server:`,
    `${fixed(floor.transportP50Ms, 2)} ms per round trip is transport, the two hops and the HTTP work at either`,
    `end. The journey makes ${JOURNEY_ROUNDS} rounds of subgraph calls one after the other, so about`,
    `${fixed(floor.transportP50Ms * JOURNEY_ROUNDS, 2)} ms of each gateway's added latency inside it is transport on`,
    `this machine, and ${fixed(floor.transportP50Ms * (JOURNEY_ROUNDS + 1), 2)} ms of the added latency seen from`,
    'the client (its own hop to the gateway is one round trip more); the own-overhead columns take them off.',
  ].join(' ');
}

function atClientTable(report: BenchReport): string {
  const floor = report.transportFloor;
  return table(
    [
      'gateway',
      'journeys',
      'round trip at client p50 ms',
      'subgraph critical path p50 ms',
      'added at client p50 ms',
      'added at client p95 ms',
      `own overhead p50 ms (less ${JOURNEY_ROUNDS + 1} floors)`,
      'errors',
    ],
    measured(report).map(([kind, added]) => [
      GATEWAY_LABELS[kind],
      String(added.samples),
      ms(added.roundTripP50Ms),
      ms(added.criticalPathP50Ms),
      ms(added.addedAtClientP50Ms),
      ms(added.addedAtClientP95Ms),
      ms(floor ? ownOverhead(added, floor).atClientP50Ms : null),
      String(added.errors),
    ]),
  );
}

function insideTable(report: BenchReport): string {
  const floor = report.transportFloor;
  const timed = measured(report).filter(([, added]) => added.atGateway !== null);
  if (timed.length === 0) return '';
  return table(
    [
      'gateway',
      'at gateway p50 ms',
      'added p50 ms',
      'added p95 ms',
      `own overhead p50 ms (less ${JOURNEY_ROUNDS} floors)`,
      'before first fetch p50 ms',
      'between fetches p50 ms',
      'after last fetch p50 ms',
    ],
    timed.map(([kind, added]) => [
      GATEWAY_LABELS[kind],
      ms(added.atGateway?.atGatewayP50Ms),
      ms(added.atGateway?.addedP50Ms),
      ms(added.atGateway?.addedP95Ms),
      ms(floor ? ownOverhead(added, floor).insideP50Ms : null),
      ms(added.atGateway?.beforeFirstFetchP50Ms),
      ms(added.atGateway?.betweenFetchesP50Ms),
      ms(added.atGateway?.afterLastFetchP50Ms),
    ]),
  );
}

function untimedParagraph(report: BenchReport): string {
  const untimed = measured(report)
    .filter(([, added]) => added.atGateway === null)
    .map(([kind]) => GATEWAY_LABELS[kind]);
  if (untimed.length === 0) return '';
  return [
    `Not timed inside: ${untimed.join(', ')}, a native binary into which no Node hook can be preloaded, so its own`,
    'time is not measured: it has no row in the second table, and its figures are those seen from the client,',
    "which count the client's hop to the gateway too; the first table measures every gateway that way, so its rows",
    'compare like with like.',
  ].join(' ');
}

/** The gateways' added latency on the journey: seen from the client for all, and inside those with the hook. */
export function addedLatencySection(report: BenchReport): string {
  if (measured(report).length === 0) return '';
  return [
    '## Added latency on the journey',
    '',
    'Journeys sent one at a time. The client stamps when it sent each and when it had read the whole answer, and a',
    'hook preloaded into every Node process records when each GraphQL request reached it and when it handed its',
    "answer to be written, all on the machine's monotonic clock (the write itself, a syscall that wakes the reader,",
    'falls outside: stamped after it, a subgraph descheduled in between could seem to answer after the gateway had',
    'used its answer). For each journey, the critical path is the time during which at least one subgraph was',
    "answering the gateway's requests (the union of their intervals: parallel fetches overlap, sequential ones add",
    'up); the added latency is the time less that critical path: parsing, validation, planning, authorization,',
    'audit, the HTTP clients and the loopback hops.',
    '',
    'Seen from the client, every gateway:',
    '',
    atClientTable(report),
    '',
    insideTable(report) === ''
      ? ''
      : [
          'Inside the gateway (its timing hook). The last three columns say where the added time fell (the p50 of',
          'each part, so they need not add up): before the first subgraph request (reading, planning, the first',
          'hop), in the gaps between fetch stages (the hops back and out and the work between), and after the last',
          'subgraph answer (the hop back, shaping the result, audit, writing the answer).',
          '',
          insideTable(report),
        ].join('\n'),
    '',
    untimedParagraph(report),
    '',
    transportFloorParagraph(report),
  ].join('\n');
}
