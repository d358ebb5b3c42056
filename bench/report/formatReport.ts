import type { WorkloadName } from '../load/workloads';
import { GATEWAY_LABELS, type GatewayKind } from '../system/startGateways';
import type { BenchReport, Summary } from './benchReport';
import { checkTargets } from './targets';
import { tracingOverheadSection } from './tracingOverhead';

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const ratio = (ours: number, theirs: number) => (theirs > 0 ? `${(ours / theirs).toFixed(2)}x` : 'n/a');

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function errorsOf(summary: Summary): string {
  const codes = Object.entries(summary.errorCodes).map(([code, count]) => `${code} ${count}`);
  return codes.length === 0 ? String(summary.errors) : `${summary.errors} (${codes.join(', ')})`;
}

function workloadSection(report: BenchReport, workload: WorkloadName): string {
  const rows = report.summaries
    .filter((summary) => summary.workload === workload)
    .map((summary) => [
      GATEWAY_LABELS[summary.gateway],
      fixed(summary.requestsPerSecond, 0),
      summary.roundRequestsPerSecond.map((value) => value.toFixed(0)).join(' / '),
      fixed(summary.p50Ms),
      fixed(summary.p95Ms),
      fixed(summary.p99Ms),
      errorsOf(summary),
      fixed(summary.cpuMsPerRequest, 2),
      fixed(summary.peakRssMb, 0),
      fixed(summary.statementsPerRequest, 1),
    ]);
  return [
    `### ${workload}: ${report.workloadTitles[workload] ?? ''}`,
    '',
    table(
      [
        'gateway',
        'req/s',
        'req/s by round',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'errors',
        'gateway CPU ms/req',
        'gateway peak RSS MB',
        'SQL statements/req',
      ],
      rows,
    ),
  ].join('\n');
}

function ratiosSection(report: BenchReport): string {
  const peers = (['apollo', 'hive'] as GatewayKind[]).filter((peer) =>
    report.summaries.some((summary) => summary.gateway === peer),
  );
  if (peers.length === 0) return '';
  const rows = report.settings.workloads.flatMap((workload) => {
    const of = (gateway: GatewayKind) =>
      report.summaries.find((summary) => summary.workload === workload && summary.gateway === gateway);
    const ours = of('justice');
    if (!ours) return [];
    return [
      [
        workload,
        ...peers.flatMap((peer) => {
          const theirs = of(peer);
          return theirs
            ? [
                ratio(ours.requestsPerSecond, theirs.requestsPerSecond),
                ratio(ours.cpuMsPerRequest, theirs.cpuMsPerRequest),
                ratio(ours.p50Ms, theirs.p50Ms),
              ]
            : ['n/a', 'n/a', 'n/a'];
        }),
      ],
    ];
  });
  const header = [
    'workload',
    ...peers.flatMap((peer) => [
      `req/s vs ${GATEWAY_LABELS[peer]}`,
      `CPU/req vs ${GATEWAY_LABELS[peer]}`,
      `p50 vs ${GATEWAY_LABELS[peer]}`,
    ]),
  ];
  return [
    '## This gateway against its peers',
    '',
    'Ratios of this gateway to each peer: above 1 is better for req/s, below 1 is better for CPU per request and p50.',
    '',
    table(header, rows),
  ].join('\n');
}

function addedLatencySection(report: BenchReport): string {
  const rows = Object.entries(report.addedLatency).map(([kind, added]) => [
    GATEWAY_LABELS[kind as GatewayKind],
    String(added.samples),
    fixed(added.atGatewayP50Ms, 2),
    fixed(added.criticalPathP50Ms, 2),
    fixed(added.addedP50Ms, 2),
    fixed(added.addedP95Ms, 2),
    fixed(added.beforeFirstFetchP50Ms, 2),
    fixed(added.betweenFetchesP50Ms, 2),
    fixed(added.afterLastFetchP50Ms, 2),
    String(added.errors),
  ]);
  if (rows.length === 0) return '';
  return [
    '## Added latency on the journey',
    '',
    "Journeys sent one at a time. A hook preloaded into every process records, on the machine's monotonic clock,",
    'when each GraphQL request reached a service and when the service handed its answer to be written (the write',
    'itself, a syscall that wakes the reader, falls outside: stamped after it, a subgraph descheduled in between',
    'could seem to answer after the gateway had used its answer). For each journey, the',
    "critical path is the time during which at least one subgraph was answering the gateway's requests (the union",
    'of their intervals: parallel fetches overlap, sequential ones add up); the added latency is the time at the',
    'gateway minus that critical path: parsing, validation, planning, authorization, audit, its HTTP client and',
    'the loopback hops. The last three columns say where that time fell (the p50 of each part, so they need not',
    'add up): before the first subgraph request (reading, planning, the first hop), in the gaps between fetch',
    'stages (the hops back and out and the work between), and after the last subgraph answer (the hop back,',
    'shaping the result, audit, writing the answer).',
    '',
    table(
      [
        'gateway',
        'journeys',
        'at gateway p50 ms',
        'subgraph critical path p50 ms',
        'added p50 ms',
        'added p95 ms',
        'before first fetch p50 ms',
        'between fetches p50 ms',
        'after last fetch p50 ms',
        'errors',
      ],
      rows,
    ),
    transportFloorParagraph(report),
  ].join('\n');
}

// The journey's query plan: P-Nomis; then courts, visits and confiscation side by side; then P-Nomis again for the
// timeline, which needs the other systems' events (@requires).
const JOURNEY_ROUNDS = 3;

function transportFloorParagraph(report: BenchReport): string {
  const floor = report.transportFloor;
  if (!floor) return '';
  // One line: its figures vary in length, and markdown joins the lines of a paragraph anyway.
  const paragraph = [
    `Transport floor: ${floor.samples} HTTP round trips, one at a time, from the benchmark's process to a bare`,
    "node:http server in a process of its own (bench/latency/bareServer.ts, with this gateway's HTTP client), took",
    `${fixed(floor.roundTripP50Ms, 2)} ms at p50, of which ${fixed(floor.atServerP50Ms, 2)} ms at the server:`,
    `${fixed(floor.transportP50Ms, 2)} ms per round trip is transport, the two hops and the HTTP work at either`,
    `end. The journey makes ${JOURNEY_ROUNDS} rounds of subgraph calls one after the other, so about`,
    `${fixed(floor.transportP50Ms * JOURNEY_ROUNDS, 2)} ms of each gateway's added latency above is transport on this`,
    'machine, which the added latency counts against the gateway.',
  ].join(' ');
  return `\n${paragraph}`;
}

function batchingSection(report: BenchReport): string {
  const batching = report.batching;
  if (!batching) return '';
  const extraPrisoners = batching.longList.prisoners - batching.shortList.prisoners;
  const extraStatements = batching.longList.statements - batching.shortList.statements;
  return [
    '## Entity batching (this gateway, prison list)',
    '',
    table(
      ['prisoners on the page', 'SQL statements'],
      [
        [String(batching.shortList.prisoners), String(batching.shortList.statements)],
        [String(batching.longList.prisoners), String(batching.longList.statements)],
      ],
    ),
    '',
    extraStatements <= 0
      ? 'The statements do not grow with the list.'
      : extraStatements >= extraPrisoners
        ? `The statements grow with the list (${extraStatements} more for ${extraPrisoners} more prisoners): an N+1.`
        : `${extraStatements} more statement(s) for ${extraPrisoners} more prisoners: not one per prisoner, but a table reached only by some of them.`,
  ].join('\n');
}

function scaleSection(report: BenchReport): string {
  const comparison = report.scaleComparison;
  if (!comparison) return '';
  return [
    '## Journey p95 of this gateway by scale',
    '',
    table(
      ['scale', 'p95 ms'],
      [
        [String(comparison.scale), fixed(comparison.p95Ms)],
        [String(comparison.otherScale), fixed(comparison.otherP95Ms)],
      ],
    ),
    '',
    `Ratio ${ratio(comparison.p95Ms, comparison.otherP95Ms)} (scale ${comparison.scale} to ${comparison.otherScale}).`,
  ].join('\n');
}

function machineSection(report: BenchReport): string {
  const { machine, settings } = report;
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(', ');
  return [
    `Run ${report.startedAt} with \`${report.command}\`.`,
    '',
    `- Machine: ${machine.cpuCount} x ${machine.cpuModel}, ${machine.memoryGb.toFixed(1)} GB, ${machine.os}, Node ${machine.node}`,
    `- Load average (1, 5, 15 min): ${load(machine.loadAtStart)} at the start, ${load(machine.loadAtEnd)} at the end.` +
      (machine.loadAtStart[0] !== undefined && machine.loadAtStart[0] > machine.cpuCount
        ? ' The machine was busy with other work: throughput figures are noisy; CPU per request is the steadier figure.'
        : ''),
    `- Scale ${settings.scale}; ${settings.rounds} round(s) of ${settings.seconds} s per gateway and workload, ` +
      `${settings.connections} connections; gateways measured one at a time in an order rotated each round.`,
    '- Each request asks for a different person drawn from the seeded stores, with the token of one of 50 simulated',
    '  users; this gateway runs as shipped (tokens verified, authorization, audit, limits, trusted documents).',
    '- Errors are answers other than 200, answers with GraphQL errors, and requests never answered.',
    "- Gateway CPU is the gateway process's user + system time (/proc/<pid>/stat) over the measurement, divided by",
    '  the requests answered; peak RSS is the largest VmRSS sampled every 100 ms. SQL statements are counted by',
    '  the subgraphs (justice_subgraph_store_statements_total on their /metrics).',
  ].join('\n');
}

function targetsSection(report: BenchReport): string {
  const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'NOT met');
  return [
    '## Targets of issue 11 in this run',
    '',
    table(
      ['target', 'measured', ''],
      checkTargets(report).map((check) => [check.target, check.measured, verdict(check.met)]),
    ),
  ].join('\n');
}

/** The report as markdown: how it was run, then the figures by workload, the ratios and the other checks. */
export function formatReport(report: BenchReport): string {
  return [
    '# Benchmark: this gateway against stock @apollo/gateway and Hive Gateway',
    '',
    'Written by `npm run bench`; see the README\'s "Benchmark" section.',
    '',
    machineSection(report),
    '',
    targetsSection(report),
    '',
    '## Figures by workload',
    '',
    report.settings.workloads.map((workload) => workloadSection(report, workload)).join('\n\n'),
    '',
    ratiosSection(report),
    '',
    tracingOverheadSection(report),
    '',
    addedLatencySection(report),
    '',
    batchingSection(report),
    '',
    scaleSection(report),
    '',
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}
